"""Messages to the client: acknowledgement, resolution and canned replies
from editable templates per language, sent by SMTP or saved as an .eml the
user's own mail program opens. Every message is on the ticket's timeline.

SMTP server settings travel with the data (Setting "smtp"); the password
lives only in the OS keyring. Without a keyring backend the window must ask
for the password each time: `smtp_password` raises KeyringUnavailable, and
PasswordNeeded when the keyring simply has none stored."""

from __future__ import annotations

import datetime as dt
import smtplib
import ssl
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from pathlib import Path

import keyring
from keyring.errors import KeyringError, NoKeyringError
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Client,
    Contact,
    MessageTemplate,
    Setting,
    Technician,
    Ticket,
    TicketEvent,
)
from desktop.services.billing.rules import the_shop
from desktop.services.common.errors import UserError
from desktop.services.common.files import write_atomically
from desktop.services.common.record_rules import refuse_control
from desktop.services.helpdesk.tickets import mark_responded

KEYRING_SERVICE = "TechLedger SMTP"
SMTP_KEY = "smtp"
SECURITY = ("starttls", "ssl", "none")


class MessageError(UserError, RuntimeError):
    """No template, no address, or the server refused: nothing was sent."""


class KeyringUnavailable(MessageError):
    """There is no OS keyring here: ask for the password each time."""


class PasswordNeeded(MessageError):
    """The keyring holds no password for this account: ask for it."""


@dataclass(frozen=True)
class Rendered:
    kind: str
    language: str
    template: str
    subject: str
    body: str
    to_name: str
    to_address: str | None


class _Keep(dict):
    """Unknown placeholders stay as typed, so a template typo shows in the
    message instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def templates(session: Session, kind: str, language: str | None = None) -> list[MessageTemplate]:
    stmt = select(MessageTemplate).where(MessageTemplate.kind == kind)
    if language:
        stmt = stmt.where(MessageTemplate.language == language)
    return list(session.scalars(stmt.order_by(MessageTemplate.language, MessageTemplate.name)))


def save_template(
    session: Session, kind: str, language: str, name: str, subject: str, body: str
) -> MessageTemplate:
    """Add or edit the template (kind, language, name)."""
    if not body.strip() or not name.strip():
        raise MessageError("A template needs a name and a text.")
    refuse_control(name=name, subject=subject)
    refuse_control(multiline=True, body=body)
    row = session.scalar(
        select(MessageTemplate).where(
            MessageTemplate.kind == kind,
            MessageTemplate.language == language,
            MessageTemplate.name == name.strip(),
        )
    )
    if row is None:
        row = MessageTemplate(kind=kind, language=language, name=name.strip(), body=body)
        session.add(row)
    row.subject, row.body = subject, body
    session.flush()
    return row


def _pick(
    session: Session, kind: str, language: str, template_id: int | None, fallback: str
) -> MessageTemplate:
    if template_id is not None:
        row = session.get(MessageTemplate, template_id)
        if row is None or row.kind != kind:
            raise MessageError("There is no such template.")
        return row
    for lang in dict.fromkeys((language, fallback, "en")):
        found = templates(session, kind, lang)
        if found:
            return next((t for t in found if t.name == "Standard"), found[0])
    raise MessageError(f"There is no {kind} template; add one in the templates first.")


def render(
    session: Session,
    ticket: Ticket,
    kind: str,
    *,
    technician_id: int | None,
    template_id: int | None = None,
    language: str | None = None,
    resolution: str = "",
) -> Rendered:
    """The message in the client's language (else the shop's, else English),
    signed by the technician who sends it."""
    shop = the_shop(session)
    client = session.get(Client, ticket.client_id)
    assert client is not None
    contact = session.get(Contact, ticket.contact_id) if ticket.contact_id else None
    tech = session.get(Technician, technician_id) if technician_id else None
    lang = language or client.document_language or shop.document_language
    row = _pick(session, kind, lang, template_id, shop.document_language)
    if kind == "resolution" and not resolution:
        resolution = _last_public_note(session, ticket)
    resolved = ticket.resolved_at.strftime("%Y-%m-%d %H:%M") if ticket.resolved_at else ""
    values = _Keep(
        ticket_number=ticket.number,
        title=ticket.title,
        contact_name=contact.name if contact else client.name,
        client_name=client.name,
        shop_name=shop.trading_name or shop.legal_name,
        technician_name=tech.name if tech else (shop.trading_name or shop.legal_name),
        resolved_at=resolved,
        resolution=resolution,
        opened_at=ticket.opened_at.strftime("%Y-%m-%d %H:%M"),
    )
    address = (contact.email if contact and contact.email else client.email) or None
    return Rendered(
        kind,
        row.language,
        row.name,
        row.subject.format_map(values),
        row.body.format_map(values),
        contact.name if contact else client.name,
        address,
    )


def _last_public_note(session: Session, ticket: Ticket) -> str:
    return (
        session.scalar(
            select(TicketEvent.body)
            .where(TicketEvent.ticket_id == ticket.id, TicketEvent.kind == "public_note")
            .order_by(TicketEvent.at.desc(), TicketEvent.id.desc())
            .limit(1)
        )
        or ""
    )


def build_email(
    session: Session,
    message: Rendered,
    *,
    to_address: str | None = None,
    now: dt.datetime | None = None,
) -> EmailMessage:
    """A standard MIME message (UTF-8) from the shop to the client."""
    shop = the_shop(session)
    settings = smtp_settings(session)
    sender = (settings.from_address if settings else "") or shop.email or "helpdesk@localhost"
    email = EmailMessage()
    email["From"] = formataddr((shop.trading_name or shop.legal_name, sender))
    address = to_address or message.to_address
    if address:
        email["To"] = formataddr((message.to_name, address))
    email["Subject"] = message.subject
    email["Date"] = format_datetime((now or dt.datetime.now()).astimezone())
    email["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    email.set_content(message.body)
    return email


def record_sent(
    session: Session,
    ticket: Ticket,
    message: Rendered,
    how: str,
    *,
    who: int | None,
    now: dt.datetime | None = None,
) -> TicketEvent:
    """Put the message on the timeline. A message other than the automatic
    acknowledgement is an answer: it stops the response clock."""
    at = (now or dt.datetime.now()).replace(microsecond=0)
    if message.kind != "acknowledgement":
        mark_responded(ticket, at)
    event = TicketEvent(
        ticket_id=ticket.id,
        at=at,
        technician_id=who,
        kind="message_sent",
        body=f"{how}: {message.subject}\n\n{message.body}",
    )
    session.add(event)
    session.flush()
    return event


def save_eml(email: EmailMessage, path: Path) -> Path:
    """Write the message as an .eml file (RFC 5322 bytes), atomically."""
    path = Path(path)
    if path.suffix.lower() != ".eml":
        path = path.with_suffix(".eml")
    return write_atomically(path, bytes(email))


# -- SMTP -------------------------------------------------------------------


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    security: str = "starttls"
    username: str = ""
    from_address: str = ""
    timeout_s: int = 20


def smtp_settings(session: Session) -> SmtpSettings | None:
    row = session.get(Setting, SMTP_KEY)
    return SmtpSettings(**row.value) if row is not None and row.value else None


def save_smtp_settings(session: Session, settings: SmtpSettings) -> None:
    """Store the server settings (never a password) with the data."""
    if not settings.host.strip() or not 0 < settings.port < 65536:
        raise MessageError("Give the SMTP server's name and a port 1–65535.")
    if settings.security not in SECURITY:
        raise MessageError(f"Security is one of: {', '.join(SECURITY)}.")
    row = session.get(Setting, SMTP_KEY)
    if row is None:
        session.add(Setting(key=SMTP_KEY, value=asdict(settings)))
    else:
        row.value = asdict(settings)
    session.flush()


def _account(settings: SmtpSettings) -> str:
    return f"{settings.username}@{settings.host}:{settings.port}"


def smtp_password(settings: SmtpSettings) -> str:
    """The stored password; raises KeyringUnavailable or PasswordNeeded."""
    try:
        password = keyring.get_password(KEYRING_SERVICE, _account(settings))
    except NoKeyringError as exc:
        raise KeyringUnavailable(
            "This computer has no password store (keyring); TechLedger will not "
            "write the password to disk. Enter it each time you send."
        ) from exc
    except KeyringError as exc:
        raise KeyringUnavailable(f"The password store cannot be read: {exc}") from exc
    if password is None:
        raise PasswordNeeded(f"Enter the password for {settings.username} on {settings.host}.")
    return password


def remember_smtp_password(settings: SmtpSettings, password: str) -> None:
    """Keep the password in the OS keyring; KeyringUnavailable if none."""
    try:
        keyring.set_password(KEYRING_SERVICE, _account(settings), password)
    except KeyringError as exc:
        raise KeyringUnavailable(
            "This computer has no password store (keyring): the password cannot be "
            "remembered and will be asked for each time."
        ) from exc


def send_email(settings: SmtpSettings, email: EmailMessage, password: str | None = None) -> None:
    """Deliver by SMTP. Call it outside a write transaction: the network may
    be slow and the database should not wait on it."""
    if not email.get("To"):
        raise MessageError("The client (or the contact) has no e-mail address.")
    if settings.username and password is None:
        password = smtp_password(settings)
    context = ssl.create_default_context()
    try:
        if settings.security == "ssl":
            server: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=settings.timeout_s, context=context
            )
        else:
            server = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_s)
        with server:
            if settings.security == "starttls":
                server.starttls(context=context)
            if settings.username:
                server.login(settings.username, password or "")
            server.send_message(email)
    except (OSError, smtplib.SMTPException) as exc:
        raise MessageError(f"The mail server did not take the message: {exc}") from exc
