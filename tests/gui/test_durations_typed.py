"""The table of typed durations (tests/unit/test_durations.py) typed into
the window: the quick entry's Duration field and the prepaid top-up's Hours
field give the parser's minutes or its refusal, under the field (and the
visit editor's work lines read theirs the same way)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.db.session import read_only
from desktop.models import Client, Contract, PrepaidLedgerEntry, Technician
from desktop.services.prepaid.overview import prepaid_overview
from desktop.services.records.clients import ValidationError
from desktop.views.contracts.dialogs import TopUpDialog
from desktop.views.time.fields import select_id
from desktop.views.time.quick_entry import QuickEntryDialog
from desktop.views.visits.visit_editor_ui import parse_work_times
from tests.unit.test_durations import DURATIONS, Refused

START = dt.datetime(2026, 11, 23, 9, 0)


def _type(qtbot, line_edit, text: str) -> None:
    """Type `text` key by key; QTest knows ASCII keys only, so other
    characters ("−", "²") arrive as key events carrying their text."""
    line_edit.clear()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(line_edit, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    line_edit,
                    QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char),
                )
    assert line_edit.text() == text


def test_quick_entry_duration_answers_the_table(qtbot, small_db):
    with read_only(small_db.sessions) as s:
        technician = s.scalars(select(Technician.id).order_by(Technician.id)).first()
        client = s.scalars(select(Client.id).where(Client.name == "Dental Lund")).one()
    dialog = QuickEntryDialog(small_db.sessions, technician_id=technician, start=START)
    qtbot.addWidget(dialog)
    select_id(dialog.client, client)
    for text, expected in DURATIONS:
        dialog.end.clear()
        _type(qtbot, dialog.duration, text)
        if isinstance(expected, Refused):
            with pytest.raises(ValidationError) as refused:
                dialog.entry_input()
            if text.strip():
                assert expected in refused.value.errors["duration"], text
            else:
                assert "duration" in refused.value.errors  # "Give the duration or the end."
        else:
            data = dialog.entry_input()
            assert data.started_at == START
            assert data.ended_at - data.started_at == dt.timedelta(minutes=expected), text


def test_a_bad_duration_is_refused_even_when_the_end_followed_an_earlier_text(qtbot, small_db):
    """Typing "1:2:3" passes through "1:2", which set the end to 10:02; the
    entry must not be saved as 62 minutes."""
    with read_only(small_db.sessions) as s:
        client = s.scalars(select(Client.id).where(Client.name == "Dental Lund")).one()
    dialog = QuickEntryDialog(small_db.sessions, technician_id=1, start=START)
    qtbot.addWidget(dialog)
    select_id(dialog.client, client)
    _type(qtbot, dialog.duration, "1:2:3")
    assert dialog.end.text() == "10:02"  # 09:00 + 1:02, from the text on the way
    with pytest.raises(ValidationError) as refused:
        dialog.entry_input()
    assert "is not a duration" in refused.value.errors["duration"]
    assert dialog.duration.text() == "1:2:3"  # what was typed stays


def test_prepaid_top_up_hours_answer_the_table(qtbot, small_db):
    with read_only(small_db.sessions) as s:
        contract = s.scalars(select(Contract.id).where(Contract.name == "Prepaid 20 h")).one()
        row = next(
            r for r in prepaid_overview(s, dt.date(2026, 11, 23)) if r.contract_id == contract
        )
    assert row.hourly_rate_minor is None and not row.minimum_purchase_minutes
    dialog = TopUpDialog(small_db.sessions, row, today=dt.date(2026, 11, 23))
    qtbot.addWidget(dialog)
    _type(qtbot, dialog.price, "0")
    for text, expected in DURATIONS:
        _type(qtbot, dialog.hours, text)
        session = small_db.sessions()
        try:
            if isinstance(expected, Refused):
                with pytest.raises(ValidationError) as refused:
                    dialog.save(session)
                assert expected in refused.value.errors["hours"], text
            else:
                entry_id = dialog.save(session)
                assert session.get(PrepaidLedgerEntry, entry_id).minutes == expected, text
        finally:
            session.rollback()
            session.close()


def test_a_visit_work_line_duration_answers_the_table():
    """The visit editor reads its work durations with the same parser."""
    for text, expected in DURATIONS:
        if isinstance(expected, Refused):
            with pytest.raises(ValidationError) as refused:
                parse_work_times("2026-11-23 09:00", text)
            assert expected in refused.value.errors["duration"], text
        else:
            assert parse_work_times("2026-11-23 09:00", text) == (START, expected), text
