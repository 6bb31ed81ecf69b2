"""The client help site from the window: an article ticked for clients in
its dialog, then Data → Export client help site… writes it; an article not
ticked and the internal notes stay out."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.views.data.help_site import export_help_site
from desktop.views.main_window import MainWindow
from desktop.views.tickets.knowledge_page import ArticleDialog


def _article(qtbot, db, title: str, shared: bool, notes: str) -> None:
    dialog = ArticleDialog(db.sessions)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.title_edit, title)
    qtbot.keyClicks(dialog.fix_edit, "Restart <the> spooler")
    qtbot.keyClicks(dialog.internal_edit, notes)
    if shared:
        qtbot.mouseClick(dialog.for_clients_box, Qt.MouseButton.LeftButton)
    assert dialog.for_clients_box.isChecked() is shared
    dialog.accept()
    assert dialog.result() == 1


def test_export_the_help_site_from_the_window(qtbot, small_db, tmp_path):
    _article(qtbot, small_db, "Printer offline", True, "admin pw SECRET-1")
    _article(qtbot, small_db, "Domain admin reset", False, "SECRET-2")
    window = MainWindow(small_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.data_actions["help_site"].text().startswith("Export client")
    # Wait for the window's own start-up work first: its status-bar notes
    # (the automatic backup) would replace the export's.
    backups = getattr(window, "backups", None)
    if backups is not None:
        qtbot.waitUntil(lambda: backups.auto_task is not None and backups.auto_task.finished)
    qtbot.waitUntil(lambda: not window.schedules.busy)
    task = export_help_site(window, str(tmp_path / "site"))
    qtbot.waitUntil(lambda: task.finished, timeout=10_000)
    qtbot.waitUntil(lambda: "1 article" in window.statusBar().currentMessage())
    text = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "Printer offline" in text and "Restart &lt;the&gt; spooler" in text
    for hidden in ("Domain admin reset", "SECRET-1", "SECRET-2"):
        assert hidden not in text
