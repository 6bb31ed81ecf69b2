"""The window refuses control characters at the field (issue 14), the way
the services do for the CLI and imports: a NUL pasted into the client's
name is shown at the name, and what was typed stays in the form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from desktop.db.session import read_only
from desktop.models import Client
from desktop.views.client_dialog import ClientDialog


def test_client_form_shows_the_control_character_at_its_field(qtbot, small_db):
    with read_only(small_db.sessions) as s:
        before = s.scalar(select(func.count()).select_from(Client))
    dialog = ClientDialog(small_db.sessions, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("Paste\x1bd AB")  # as a paste from another program can
    dialog.city_edit.setText("Malmö")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.saved_id is None
    assert "U+001B at character 6" in dialog.error_text("name")
    assert dialog.error_text("city") == ""
    assert dialog.name_edit.text() == "Paste\x1bd AB"  # nothing typed is lost
    with read_only(small_db.sessions) as s:
        assert s.scalar(select(func.count()).select_from(Client)) == before

    dialog.name_edit.setText("Pasted AB")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    with read_only(small_db.sessions) as s:
        assert s.get(Client, dialog.saved_id).name == "Pasted AB"
