"""Messages to clients: templates per language, .eml files, and SMTP against
a local test server (127.0.0.1, no real network) with the keyring mocked."""

from __future__ import annotations

import datetime as dt
import email
import socket
from email import policy

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from keyring.backends import fail
from sqlalchemy import select

from desktop.app import open_database
from desktop.db.session import read_only, unit_of_work
from desktop.demo.catalog import TEMPLATES
from desktop.models import Contact, MessageTemplate, TicketEvent
from desktop.services.helpdesk import messaging, tickets
from desktop.services.helpdesk.messaging import SmtpSettings
from tests import factories

MON = dt.datetime(2026, 11, 30, 9, 0)


@pytest.fixture
def db(tmp_path):
    database = open_database(str(tmp_path / "shop.db"))
    with unit_of_work(database.sessions) as s:
        factories.shop(s, legal_name="Västkust IT AB", email="help@vastkust.example")
        for language, (ack_s, ack_b, res_s, res_b) in TEMPLATES.items():
            s.add(
                MessageTemplate(
                    kind="acknowledgement",
                    language=language,
                    name="Standard",
                    subject=ack_s,
                    body=ack_b,
                )
            )
            s.add(
                MessageTemplate(
                    kind="resolution", language=language, name="Standard", subject=res_s, body=res_b
                )
            )
        s.add(
            MessageTemplate(
                kind="canned",
                language="en",
                name="Restart",
                subject="[{ticket_number}] Restart",
                body="Hi {contact_name}, restart please. {technician_name} {unknown}",
            )
        )
    yield database
    database.close()


def make_ticket(db, language: str, email_address="kasia@example.pl"):
    with unit_of_work(db.sessions) as s:
        client = factories.client(
            s, name=f"Klient {language}", document_language=language, email="office@example.com"
        )
        contact = Contact(client_id=client.id, name="Kasia Nowak", email=email_address)
        s.add(contact)
        s.flush()
        tech = factories.technician(s, name="Zofia Kowal")
        t = tickets.create_ticket(
            s,
            tickets.TicketInput(
                client_id=client.id, contact_id=contact.id, title="Drukarka nie drukuje"
            ),
            now=MON,
        )
        return t.id, tech.id


@pytest.mark.parametrize(
    ("language", "ack_words", "res_words"),
    [
        ("en", "We have received your request", "was resolved"),
        ("pl", "Otrzymaliśmy Państwa zgłoszenie", "zostało rozwiązane"),
        ("sv", "Vi har tagit emot ditt ärende", "löstes"),
        ("el", "Λάβαμε το αίτημά σας", "επιλύθηκε"),
        ("eo", "Ni ricevis vian peton", "estis solvita"),
    ],
)
def test_templates_in_the_clients_language(db, language, ack_words, res_words):
    ticket_id, tech = make_ticket(db, language)
    with unit_of_work(db.sessions) as s:
        t = tickets.get_ticket(s, ticket_id)
        ack = messaging.render(s, t, "acknowledgement", technician_id=tech)
        assert ack.language == language
        assert ack.subject.startswith(f"[{t.number}] ") and ack_words in ack.subject + ack.body
        assert "Zofia Kowal" in ack.body and "Kasia Nowak" in ack.body
        tickets.resolve(
            s, t, "Wyczyszczono kolejkę wydruku.", who=tech, now=MON.replace(hour=11, minute=5)
        )
        res = messaging.render(s, t, "resolution", technician_id=tech)
        assert res_words in res.subject + res.body
        assert "2026-11-30 11:05" in res.body and "Wyczyszczono kolejkę" in res.body


def test_unknown_language_falls_back_and_placeholders_survive(db):
    ticket_id, tech = make_ticket(db, "de")
    with read_only(db.sessions) as s:
        t = tickets.get_ticket(s, ticket_id)
        assert messaging.render(s, t, "acknowledgement", technician_id=tech).language == "en"
        canned = s.scalar(select(MessageTemplate).where(MessageTemplate.kind == "canned"))
        reply = messaging.render(s, t, "canned", technician_id=tech, template_id=canned.id)
        assert reply.body == "Hi Kasia Nowak, restart please. Zofia Kowal {unknown}"


def test_saved_eml_opens_in_a_mail_program_and_is_on_the_timeline(db, tmp_path):
    ticket_id, tech = make_ticket(db, "pl")
    with unit_of_work(db.sessions) as s:
        t = tickets.get_ticket(s, ticket_id)
        message = messaging.render(s, t, "acknowledgement", technician_id=tech)
        path = messaging.save_eml(messaging.build_email(s, message), tmp_path / "ack")
        messaging.record_sent(s, t, message, "Saved as .eml", who=tech, now=MON)
        assert t.first_response_at is None  # the automatic acknowledgement is no answer
    parsed = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert path.suffix == ".eml"
    assert parsed["To"] == "Kasia Nowak <kasia@example.pl>"
    assert "Otrzymaliśmy" in parsed["Subject"]
    assert "Zofia Kowal" in parsed.get_content()
    with read_only(db.sessions) as s:
        event = s.scalar(select(TicketEvent).where(TicketEvent.kind == "message_sent"))
        assert event.body.startswith("Saved as .eml: [T2026-00001]")


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # aiosmtpd calls it so
        self.messages.append((envelope.mail_from, envelope.rcpt_tos, envelope.content))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_server():
    inbox = Inbox()

    def authenticate(server, session, envelope, mechanism, data):
        ok = (data.login, data.password) == (b"helpdesk", b"s3cret")
        return AuthResult(success=ok)

    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=_free_port(),
        authenticator=authenticate,
        auth_require_tls=False,
    )
    controller.start()
    yield controller, inbox
    controller.stop()


def test_smtp_with_the_password_from_the_keyring(db, smtp_server, memory_keyring):
    controller, inbox = smtp_server
    ticket_id, tech = make_ticket(db, "el")
    settings = SmtpSettings(
        host="127.0.0.1",
        port=controller.port,
        security="none",
        username="helpdesk",
        from_address="help@vastkust.example",
        timeout_s=3,
    )
    with unit_of_work(db.sessions) as s:
        messaging.save_smtp_settings(s, settings)
    with read_only(db.sessions) as s:
        assert messaging.smtp_settings(s) == settings
        t = tickets.get_ticket(s, ticket_id)
        mail = messaging.build_email(
            s, messaging.render(s, t, "acknowledgement", technician_id=tech)
        )
    with pytest.raises(messaging.PasswordNeeded):
        messaging.send_email(settings, mail)
    messaging.remember_smtp_password(settings, "s3cret")
    assert "s3cret" in memory_keyring.secrets.values()
    messaging.send_email(settings, mail)
    (sender, recipients, content) = inbox.messages[0]
    assert sender == "help@vastkust.example" and recipients == ["kasia@example.pl"]
    received = email.message_from_bytes(content, policy=policy.default)
    assert "Λάβαμε" in received["Subject"]
    # The password is in the keyring only, never in the database.
    with read_only(db.sessions) as s:
        from desktop.models import Setting

        assert "s3cret" not in str(s.get(Setting, "smtp").value)
    # A server that is not there: a clear error, not a traceback.
    nowhere = SmtpSettings(host="127.0.0.1", port=_free_port(), security="none")
    with pytest.raises(messaging.MessageError, match="did not take"):
        messaging.send_email(nowhere, mail)


def test_without_a_keyring_the_password_is_asked_each_time(smtp_server):
    controller, inbox = smtp_server
    settings = SmtpSettings(
        host="127.0.0.1", port=controller.port, security="none", username="helpdesk"
    )
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(messaging.KeyringUnavailable, match="each time"):
            messaging.smtp_password(settings)
        with pytest.raises(messaging.KeyringUnavailable):
            messaging.remember_smtp_password(settings, "s3cret")
        mail = email.message.EmailMessage()
        mail["From"], mail["To"], mail["Subject"] = "a@example.com", "b@example.com", "Hi"
        mail.set_content("typed password")
        messaging.send_email(settings, mail, password="s3cret")
    finally:
        keyring.set_keyring(previous)
    assert len(inbox.messages) == 1


def test_a_message_without_an_address_is_refused(db):
    ticket_id, tech = make_ticket(db, "en", email_address=None)
    with read_only(db.sessions) as s:
        t = tickets.get_ticket(s, ticket_id)
        rendered = messaging.render(s, t, "acknowledgement", technician_id=tech)
        assert rendered.to_address == "office@example.com"  # the client's address
