"""Data → Import… and Export… in the window: a Clockify file imported off
the GUI thread with progress, the dry-run report, cancel, and an export."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from desktop.app import open_database
from desktop.db.session import read_only, unit_of_work
from desktop.models import Technician, TimeEntry, WorkType
from desktop.views.data import ExportDialog, ImportDialog
from desktop.views.data.table_models import ImportPreviewTableModel, RejectedRowsTableModel
from desktop.views.main_window import MainWindow
from tests.import_samples import DATA, seed_shop

# The offscreen platform says this whenever a dialog is shown; it is no app fault.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def shop_db(tmp_path):
    db = open_database(str(tmp_path / "import.db"))
    with unit_of_work(db.sessions) as s:
        seed_shop(s)
    yield db
    db.close()


def entry_figures(db) -> tuple[int, int]:
    with read_only(db.sessions) as s:
        return (
            s.scalar(select(func.count()).select_from(TimeEntry)),
            s.scalar(select(func.coalesce(func.sum(TimeEntry.raw_minutes), 0))),
        )


def open_import(qtbot, db) -> tuple[MainWindow, ImportDialog]:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    titles = [a.text() for a in window.menus["data"].actions() if not a.isSeparator()]
    assert "&Import…" in titles and "&Export…" in titles
    window.data_actions["import"].trigger()
    dialog = window.data_dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    return window, dialog


def test_window_imports_a_clockify_file_with_progress(qtbot, shop_db):
    _window, dialog = open_import(qtbot, shop_db)
    assert dialog.load_file(DATA / "clockify_detailed.csv")
    assert "Clockify" in dialog.file_info.text()
    # The preview shows the first rows under the mapped fields.
    model = dialog.preview_model
    headers = [model.headerData(c, _horizontal()) for c in range(model.columnCount())]
    assert headers[:3] == ["Start date", "Start time", "End date"]
    assert model.rowCount() == 5 and model.headerData(0, _vertical()) == "2"
    assert model.index(1, headers.index("Client")).data() == "Bergström Bygg"

    with qtbot.waitSignal(dialog.checked, timeout=10_000) as checked:
        dialog.check_button.click()
    assert checked.args[0].accepted == 5 and entry_figures(shop_db) == (0, 0)
    assert "Every row can be imported" in dialog.summary.text()

    seen = []
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as done:
        dialog.import_button.click()
        dialog.task.progressed.connect(lambda *args: seen.append(args))
        assert dialog.task.dialog.labelText().startswith("Importing")
    report = done.args[0]
    assert (report.imported, report.raw_minutes, report.rejected) == (5, 350, [])
    assert seen[-1][:2] == (5, 5)
    assert entry_figures(shop_db) == (5, 350)
    assert "Imported 5 rows" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_dry_run_lists_rejected_rows_and_the_import_writes_nothing(qtbot, shop_db):
    _window, dialog = open_import(qtbot, shop_db)
    dialog.load_file(DATA / "toggl_bad_rows.csv")
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.check_button.click()
    rejects = dialog.rejects_model
    assert dialog.rejects.isVisible()
    assert [rejects.index(r, 0).data() for r in range(rejects.rowCount())] == [
        "3",
        "4",
        "5",
        "6",
        "7",
    ]
    assert "Unknown GmbH" in rejects.index(0, 1).data()

    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.task.finished, timeout=10_000)
    assert "Nothing was imported" in dialog.summary.text()
    assert entry_figures(shop_db) == (0, 0)

    dialog.skip_bad.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as done:
        dialog.import_button.click()
    assert done.args[0].imported == 2 and entry_figures(shop_db) == (2, 105)


def test_mapping_is_editable_and_latin1_is_refused_with_the_line(qtbot, shop_db):
    _window, dialog = open_import(qtbot, shop_db)
    dialog.load_file(DATA / "kimai_timesheet.csv")
    dialog.set_column("work_type", "")
    assert "work_type" not in dialog.mapping()
    assert dialog.options().mapping["work_type"] == ""
    dialog.set_column("client", "")
    assert not dialog.import_button.isEnabled()
    assert "Client" in dialog.summary.text()

    dialog.set_kind("clients")
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("utf-8"))
    assert not dialog.load_file(DATA / "clients_latin1.csv")
    assert "Line 3 is not valid UTF-8" in dialog.summary.text()
    assert not dialog.check_button.isEnabled()
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1252"))
    assert dialog.table is not None and dialog.table.rows[1][1][0] == "Bergström Bygg"
    assert "guessed" not in dialog.file_info.text()
    # Automatic: not UTF-8, so read as Windows-1252, and the preview says so.
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("auto"))
    assert dialog.table is not None and dialog.table.rows[1][1][0] == "Bergström Bygg"
    assert "Windows-1252 (guessed" in dialog.file_info.text()


def tick(qtbot, box) -> None:
    """Click a check box on its indicator (a click right of its text misses)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_create_missing_option_lists_the_names_and_creates_them(qtbot, shop_db):
    _window, dialog = open_import(qtbot, shop_db)
    dialog.load_file(DATA / "kimai_export_may.csv")
    # The new option is there for time entries, and off.
    assert dialog.create_staff.isEnabled() and not dialog.create_staff.isChecked()
    with qtbot.waitSignal(dialog.checked, timeout=10_000) as checked:
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert [r.line for r in checked.args[0].rejected] == [5, 7, 8, 9, 10]
    assert not dialog.creations.isVisible()
    reasons = dialog.rejects_model
    assert "no work type 'Project work'" in reasons.index(0, 1).data()

    tick(qtbot, dialog.create_staff)
    assert dialog.create_staff.isChecked()
    with qtbot.waitSignal(dialog.checked, timeout=10_000) as checked:
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert [r.line for r in checked.args[0].rejected] == [7, 8, 10]
    assert dialog.creations.isVisible()
    assert dialog.report_panel.created_names() == [
        "Technician: Maria Lind",
        "Work type: Project work",
        "Work type: Training",
    ]
    assert dialog.report_panel.creations_title.text() == "Will be created (3):"
    assert "5 with the file's hourly rate, 1 not billable" in dialog.summary.text()
    assert entry_figures(shop_db) == (0, 0)  # a dry run writes nothing

    tick(qtbot, dialog.skip_bad)
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert (done.args[0].imported, done.args[0].new_work_types) == (6, ["Project work", "Training"])
    assert dialog.report_panel.creations_title.text() == "Created (3):"
    assert entry_figures(shop_db) == (6, 570)
    with read_only(shop_db.sessions) as s:
        assert s.scalar(select(func.count()).select_from(Technician)) == 3
        assert s.scalar(select(func.count()).select_from(WorkType)) == 4

    # Other kinds have no technicians or work types: the option is off for them.
    dialog.set_kind("clients")
    assert not dialog.create_staff.isEnabled()


def test_cancel_rolls_the_whole_import_back(qtbot, shop_db, tmp_path):
    lines = [
        "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,"
        "End date,End time,Duration,Tags,Amount (SEK)"
    ]
    start = dt.datetime(2025, 1, 1, 8, 0)
    for n in range(6000):
        s = start + dt.timedelta(hours=n)
        e = s + dt.timedelta(minutes=30)
        lines.append(
            f"Anna Berg,anna@nordicfix.se,Acme Oy,P,,Work {n},Yes,{s:%Y-%m-%d},"
            f"{s:%H:%M:%S},{e:%Y-%m-%d},{e:%H:%M:%S},00:30:00,,475.00"
        )
    big = tmp_path / "big.csv"
    big.write_text("\n".join(lines), encoding="utf-8")
    _window, dialog = open_import(qtbot, shop_db)
    dialog.load_file(big)
    dialog.import_button.click()
    # The user presses Cancel on the progress dialog.
    dialog.task.dialog.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: dialog.task.finished, timeout=20_000)
    assert "cancelled" in dialog.summary.text()
    assert entry_figures(shop_db) == (0, 0)


def test_window_exports_time_entries(qtbot, shop_db, tmp_path):
    window = MainWindow(shop_db)
    qtbot.addWidget(window)
    window.data_actions["export"].trigger()
    dialog = window.data_dialog
    assert isinstance(dialog, ExportDialog)
    dialog.path.setText(str(tmp_path / "time.csv"))
    dialog.xlsx.setChecked(True)  # the suffix follows the format
    assert dialog.path.text().endswith("time.xlsx")
    dialog.path.setText("")
    dialog.export_button.click()
    assert "Choose where" in dialog.result.text()
    dialog.path.setText(str(tmp_path / "time.xlsx"))
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as done:
        dialog.export_button.click()
    assert done.args[0].rows == 0 and (tmp_path / "time.xlsx").exists()
    assert "Wrote 0 rows" in dialog.result.text()


def test_item_models_pass_the_model_tester(qtmodeltester):
    preview = ImportPreviewTableModel()
    preview.set_preview([("client", "Client")], [(2, {"client": "Acme Oy"})])
    qtmodeltester.check(preview)
    from desktop.services.data.imports import Rejected

    rejects = RejectedRowsTableModel()
    rejects.set_rows([Rejected(3, "No client")])
    qtmodeltester.check(rejects)


def _horizontal():
    return Qt.Orientation.Horizontal


def _vertical():
    return Qt.Orientation.Vertical


def test_dry_run_of_a_kimai_export_lists_the_columns_not_imported(qtbot, shop_db):
    """Kimai 2.26 in English: durations in seconds, the columns TechLedger
    does not keep shown beside the report with their reasons."""
    _window, dialog = open_import(qtbot, shop_db)
    assert dialog.load_file(DATA / "kimai_2_26_en.csv")
    assert "Kimai" in dialog.file_info.text()
    with qtbot.waitSignal(dialog.checked, timeout=10_000) as checked:
        dialog.check_button.click()
    # 5400 + 8100 + 1200 + 28800 seconds = 90 + 135 + 20 + 480 minutes; line 5
    # (a SEK rate for the EUR client Müller GmbH) is rejected.
    assert checked.args[0].raw_minutes == 90 + 135 + 20 + 480
    panel = dialog.report_panel
    assert panel.unused.isVisible()
    listed = panel.unused_columns()
    assert len(listed) == 9 and panel.unused_title.text() == "Columns not imported (9):"
    assert any(line.startswith("Staff number: ") for line in listed)
    assert any(line.startswith("Internal price: internal cost") for line in listed)
