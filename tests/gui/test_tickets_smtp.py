"""Sending a message by SMTP from the ticket window: the conversation with
the server runs off the GUI thread (the window keeps working meanwhile),
the message is on the timeline only after the server took it, a server that
is down is an error in the dialog, and a missing password is asked for on
the GUI thread before the work starts. A local aiosmtpd server stands in
for the mail server; the keyring is the tests' in-memory one."""

from __future__ import annotations

import asyncio
import email
import socket
import threading
from email import policy

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QToolButton
from sqlalchemy import func, select

from desktop.db.session import read_only, unit_of_work
from desktop.models import Client, Contact, TicketEvent
from desktop.services.helpdesk import messaging
from desktop.services.helpdesk import tickets as ticket_service
from desktop.services.helpdesk.messaging import SmtpSettings
from desktop.views.tickets.message_dialog import MessageDialog
from desktop.views.tickets.queue_page import QueuePage
from desktop.views.tickets.ticket_page import TicketPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


class Inbox:
    """Takes messages; with `hold` set it keeps the client waiting until
    `release` is set, like a slow server."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.hold = False
        self.release = threading.Event()
        self.waiting = threading.Event()

    async def handle_DATA(self, server, session, envelope):  # aiosmtpd calls it so
        if self.hold:
            self.waiting.set()
            await asyncio.get_running_loop().run_in_executor(None, self.release.wait, 10)
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
        return AuthResult(success=(data.login, data.password) == (b"helpdesk", b"s3cret"))

    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=_free_port(),
        authenticator=authenticate,
        auth_require_tls=False,
    )
    controller.start()
    yield controller, inbox
    inbox.release.set()
    controller.stop()


def settings_for(port: int) -> SmtpSettings:
    return SmtpSettings(
        host="127.0.0.1",
        port=port,
        security="none",
        username="helpdesk",
        from_address="help@example.com",
        timeout_s=5,
    )


@pytest.fixture
def ticket_id(demo_db) -> int:
    """A fresh ticket whose contact has an e-mail address."""
    with unit_of_work(demo_db.sessions) as s:
        client = s.scalar(
            select(Client).where(Client.archived == False).order_by(Client.id).limit(1)  # noqa: E712
        )
        contact = Contact(client_id=client.id, name="Kasia Nowak", email="kasia@example.pl")
        s.add(contact)
        s.flush()
        ticket = ticket_service.create_ticket(
            s,
            ticket_service.TicketInput(
                client_id=client.id, contact_id=contact.id, title="Scanner to e-mail fails"
            ),
        )
        return ticket.id


@pytest.fixture
def ticket_page(qtbot, demo_db, ticket_id) -> TicketPage:
    queue = QueuePage(demo_db.sessions)
    qtbot.addWidget(queue)
    queue.show()
    page = queue.open_ticket(ticket_id)
    qtbot.addWidget(page)
    qtbot.waitExposed(page)
    return page


def save_settings(demo_db, settings: SmtpSettings) -> None:
    with unit_of_work(demo_db.sessions) as s:
        messaging.save_smtp_settings(s, settings)


def messages_on_timeline(demo_db, ticket_id: int) -> int:
    with read_only(demo_db.sessions) as s:
        return s.scalar(
            select(func.count())
            .select_from(TicketEvent)
            .where(TicketEvent.ticket_id == ticket_id, TicketEvent.kind == "message_sent")
        )


def resolve_through_the_window(qtbot, page: TicketPage) -> MessageDialog:
    """Resolve with the quick action; the resolution message follows."""
    action = page.actions["resolve"]
    button = next(b for b in page.findChildren(QToolButton) if b.defaultAction() is action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.open_dialog is not None and page.open_dialog.isVisible())
    resolve = page.open_dialog
    qtbot.keyClicks(resolve.resolution_edit, "Scanner firmware 1.2 installed")
    with qtbot.waitSignal(resolve.finished):
        qtbot.mouseClick(
            resolve.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    qtbot.waitUntil(lambda: isinstance(page.open_dialog, MessageDialog))
    message = page.open_dialog
    assert message.kind_combo.currentData() == "resolution"
    return message


def test_sending_runs_in_the_background_and_lands_on_the_timeline(
    qtbot, demo_db, ticket_id, ticket_page, smtp_server, memory_keyring
):
    controller, inbox = smtp_server
    settings = settings_for(controller.port)
    save_settings(demo_db, settings)
    messaging.remember_smtp_password(settings, "s3cret")
    message = resolve_through_the_window(qtbot, ticket_page)
    assert "Scanner firmware 1.2 installed" in message.body_edit.toPlainText()
    before = messages_on_timeline(demo_db, ticket_id)

    inbox.hold = True  # a slow server: the send stays in flight until released
    qtbot.mouseClick(message.send_button, Qt.MouseButton.LeftButton)
    assert message.sending is not None
    qtbot.waitUntil(inbox.waiting.is_set, timeout=5000)

    # Meanwhile the GUI thread is free: timers fire, the progress dialog
    # appears, the dialog says it is sending and cannot send twice.
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1])
    progress = message.sending.dialog
    qtbot.waitUntil(progress.isVisible, timeout=3000)
    assert "kasia@example.pl" in progress.windowTitle()
    assert "Connecting to 127.0.0.1" in progress.labelText()
    assert not message.send_button.isEnabled() and not message.save_button.isEnabled()
    assert message.send_button.text() == "Sending…"
    assert messages_on_timeline(demo_db, ticket_id) == before  # nothing yet
    ticket_page.reload()  # the window still reads and paints
    assert message.isVisible()

    with qtbot.waitSignal(message.sent, timeout=10_000):
        inbox.release.set()
    qtbot.waitUntil(lambda: not message.isVisible())
    assert not progress.isVisible()
    assert messages_on_timeline(demo_db, ticket_id) == before + 1
    assert "Sent to Kasia Nowak <kasia@example.pl>" in ticket_page.timeline.toPlainText()

    (sender, recipients, content) = inbox.messages[0]
    assert sender == "help@example.com" and recipients == ["kasia@example.pl"]
    received = email.message_from_bytes(content, policy=policy.default)
    assert "Scanner firmware 1.2 installed" in received.get_content()


def test_a_server_that_is_down_is_an_error_and_nothing_is_recorded(
    qtbot, demo_db, ticket_id, ticket_page, memory_keyring
):
    settings = settings_for(_free_port())  # nobody listens there
    save_settings(demo_db, settings)
    messaging.remember_smtp_password(settings, "s3cret")
    message = resolve_through_the_window(qtbot, ticket_page)
    message.body_edit.appendPlainText("P.S. typed before sending")
    before = messages_on_timeline(demo_db, ticket_id)

    with qtbot.waitSignal(message.send_failed, timeout=10_000) as failure:
        qtbot.mouseClick(message.send_button, Qt.MouseButton.LeftButton)
    assert failure.args[0].startswith("Not sent.")
    assert "did not take the message" in failure.args[0]
    assert message.isVisible() and message.banner.isVisible()
    assert message.banner.text() == failure.args[0]
    assert message.send_button.isEnabled() and message.send_button.text() == "Send"
    assert message.sending is None
    assert message.body_edit.toPlainText().endswith("P.S. typed before sending")
    assert messages_on_timeline(demo_db, ticket_id) == before
    assert "Sent to" not in ticket_page.timeline.toPlainText()
    with qtbot.waitSignal(message.finished):
        message.reject()


def test_a_missing_password_is_asked_for_before_sending(
    qtbot, demo_db, ticket_id, ticket_page, smtp_server, memory_keyring
):
    controller, inbox = smtp_server
    settings = settings_for(controller.port)
    save_settings(demo_db, settings)  # no password in the keyring
    message = resolve_through_the_window(qtbot, ticket_page)

    qtbot.mouseClick(message.send_button, Qt.MouseButton.LeftButton)
    prompt = message.password_prompt
    assert prompt is not None and message.sending is None  # asked first, on the GUI thread
    qtbot.waitUntil(prompt.isVisible)
    assert "helpdesk" in prompt.labelText()
    prompt.setTextValue("s3cret")
    with qtbot.waitSignal(message.sent, timeout=10_000):
        prompt.accept()
    assert len(inbox.messages) == 1
    # The keyring had room for it and the server accepted it: remembered.
    assert "s3cret" in memory_keyring.secrets.values()
    assert messages_on_timeline(demo_db, ticket_id) >= 1


def test_a_message_without_an_address_is_refused_at_the_field(
    qtbot, demo_db, ticket_id, ticket_page, memory_keyring
):
    save_settings(demo_db, settings_for(_free_port()))
    message = resolve_through_the_window(qtbot, ticket_page)
    message.to_edit.clear()
    qtbot.mouseClick(message.send_button, Qt.MouseButton.LeftButton)
    assert message.sending is None and message.banner.isVisible()
    assert "“To”" in message.banner.text()
    assert message.to_edit.hasFocus() or not message.isActiveWindow()
