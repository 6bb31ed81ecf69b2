"""An issued invoice (or credit note) by e-mail: the message in the client's
document language with the PDF attached, sent through the shop's SMTP
server (`messaging.send_email`, password from the keyring or given)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Client, Contact, Invoice
from desktop.services.billing.invoices import InvoiceError
from desktop.services.billing.rules import the_shop
from desktop.services.helpdesk.messaging import MessageError, smtp_settings

# Subject and body per document language; {number}, {client}, {shop} and
# {total} are filled in. The user edits the text before it is sent.
TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "invoice": (
            "Invoice {number} from {shop}",
            "Hello {client},\n\nplease find attached invoice {number} of {total}.\n\n"
            "Kind regards,\n{shop}",
        ),
        "credit_note": (
            "Credit note {number} from {shop}",
            "Hello {client},\n\nplease find attached credit note {number} of {total}.\n\n"
            "Kind regards,\n{shop}",
        ),
    },
    "pl": {
        "invoice": (
            "Faktura {number} od {shop}",
            "Dzień dobry,\n\nw załączniku przesyłamy fakturę {number} na kwotę {total}.\n\n"
            "Z poważaniem\n{shop}",
        ),
        "credit_note": (
            "Faktura korygująca {number} od {shop}",
            "Dzień dobry,\n\nw załączniku przesyłamy fakturę korygującą {number} na kwotę "
            "{total}.\n\nZ poważaniem\n{shop}",
        ),
    },
    "sv": {
        "invoice": (
            "Faktura {number} från {shop}",
            "Hej {client},\n\nbifogat finns faktura {number} på {total}.\n\n"
            "Med vänliga hälsningar\n{shop}",
        ),
        "credit_note": (
            "Kreditfaktura {number} från {shop}",
            "Hej {client},\n\nbifogat finns kreditfaktura {number} på {total}.\n\n"
            "Med vänliga hälsningar\n{shop}",
        ),
    },
    "el": {
        "invoice": (
            "Τιμολόγιο {number} από {shop}",
            "Καλησπέρα σας,\n\nσας επισυνάπτουμε το τιμολόγιο {number} ποσού {total}.\n\n"
            "Με εκτίμηση,\n{shop}",
        ),
        "credit_note": (
            "Πιστωτικό τιμολόγιο {number} από {shop}",
            "Καλησπέρα σας,\n\nσας επισυνάπτουμε το πιστωτικό τιμολόγιο {number} ποσού "
            "{total}.\n\nΜε εκτίμηση,\n{shop}",
        ),
    },
    "eo": {
        "invoice": (
            "Fakturo {number} de {shop}",
            "Saluton {client},\n\nkunsendita estas la fakturo {number} pri {total}.\n\n"
            "Kore,\n{shop}",
        ),
        "credit_note": (
            "Kreditnoto {number} de {shop}",
            "Saluton {client},\n\nkunsendita estas la kreditnoto {number} pri {total}.\n\n"
            "Kore,\n{shop}",
        ),
    },
}


@dataclass(frozen=True)
class InvoiceMail:
    """The message as proposed; the window lets the user change the words."""

    invoice_id: int
    number: str
    to_name: str
    to_address: str
    subject: str
    body: str
    filename: str


def recipient(session: Session, client: Client) -> tuple[str, str]:
    """The billing contact's address if there is one, else the client's."""
    contact = session.scalar(
        select(Contact)
        .where(
            Contact.client_id == client.id,
            Contact.is_billing == True,  # noqa: E712
            Contact.archived == False,  # noqa: E712
            Contact.email.is_not(None),
        )
        .order_by(Contact.id)
        .limit(1)
    )
    if contact is not None and contact.email:
        return contact.name, contact.email
    return client.name, client.email or ""


def propose(session: Session, invoice_id: int, total_text: str) -> InvoiceMail:
    """The message for an issued invoice, in its document language.
    `total_text` is the total as the window shows it."""
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise InvoiceError(f"There is no invoice {invoice_id}.")
    if invoice.status == "draft" or not invoice.number:
        raise InvoiceError("Issue the draft first; a draft is not sent to the client.")
    client = session.get(Client, invoice.client_id)
    assert client is not None
    shop = the_shop(session)
    texts = TEXTS.get(invoice.language, TEXTS["en"])[invoice.kind]
    to_name, to_address = recipient(session, client)
    values = {
        "number": invoice.number,
        "client": to_name,
        "shop": shop.trading_name or shop.legal_name,
        "total": total_text,
    }
    safe_number = "".join(c if c.isalnum() or c in "-_" else "-" for c in invoice.number)
    return InvoiceMail(
        invoice.id,
        invoice.number,
        to_name,
        to_address,
        texts[0].format(**values),
        texts[1].format(**values),
        f"{safe_number}.pdf",
    )


def build_invoice_email(
    session: Session,
    mail: InvoiceMail,
    pdf: bytes,
    *,
    now: dt.datetime | None = None,
) -> EmailMessage:
    """A MIME message from the shop with the PDF attached."""
    if not mail.to_address.strip():
        raise MessageError("Give the address to send the invoice to.")
    shop = the_shop(session)
    settings = smtp_settings(session)
    sender = (settings.from_address if settings else "") or shop.email or "billing@localhost"
    email = EmailMessage()
    email["From"] = formataddr((shop.trading_name or shop.legal_name, sender))
    email["To"] = formataddr((mail.to_name, mail.to_address.strip()))
    email["Subject"] = mail.subject
    email["Date"] = format_datetime((now or dt.datetime.now()).astimezone())
    email["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    email.set_content(mail.body)
    email.add_attachment(pdf, maintype="application", subtype="pdf", filename=mail.filename)
    return email
