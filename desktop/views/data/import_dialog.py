"""Data → Import…: choose a file and what it holds, see the first rows under
the fields they will fill (and change any column), check it (a dry run that
lists every rejected row with its line and reason), then import it in one
transaction off the GUI thread, with progress and Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.common.errors import UserError
from desktop.services.data.imports import (
    FORMAT_NAMES,
    CsvTable,
    ImportCancelled,
    ImportOptions,
    ImportRejected,
    ImportReport,
    check_import,
    check_mapping,
    fields_of,
    preview_rows,
    read_table,
    resolve,
    run_import,
    work_type_choices,
)
from desktop.views import changes
from desktop.views.operations import Cancelled, Progress, run_in_background
from desktop.views.record_dialog import service_message

from .import_options import ImportOptionsBox
from .import_report import ImportReportPanel
from .import_source import ImportSourceForm
from .mapping_panel import ColumnMappingPanel
from .table_models import ImportPreviewTableModel

PREVIEW_ROWS = 8


class _FixedLayoutWidget(QWidget):
    """A column whose height does not depend on its width. Its forms report
    height-for-width, and a parent laying out height-for-width then ignores
    their minimum heights — the options ended up drawn over the preview."""

    def hasHeightForWidth(self) -> bool:
        return False


class ImportDialog(QDialog):
    """See the module docstring. `checked` and `imported` carry the
    ImportReport of a finished dry run or import (for the window and tests)."""

    checked = Signal(object)
    imported = Signal(object)

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.table: CsvTable | None = None
        self.task = None
        self.last_report: ImportReport | None = None
        self._mapping: dict[str, int] = {}
        self.setWindowTitle(self.tr("Import data"))
        self.setObjectName("importDialog")

        # -- what and where ------------------------------------------------
        self.source = ImportSourceForm()
        self.source.file_chosen.connect(self.load_file)
        self.kind = self.source.kind
        self.format = self.source.format
        self.encoding = self.source.encoding
        self.path = self.source.path
        self.file_info = self.source.file_info

        # -- mapping and preview -----------------------------------------------
        self.mapping_box = ColumnMappingPanel()
        self.mapping_box.edited.connect(self._mapping_edited)
        self.preview_model = ImportPreviewTableModel(self)
        self.preview = QTableView()
        self.preview.setObjectName("importPreview")
        self.preview.setModel(self.preview_model)
        self.preview.setAlternatingRowColors(True)
        self.preview.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.verticalHeader().setDefaultSectionSize(24)
        self.preview.setMinimumHeight(150)
        preview_box = QGroupBox(self.tr("First rows, as they will be read"))
        QVBoxLayout(preview_box).addWidget(self.preview)

        # -- options -------------------------------------------------------
        self.options_box = ImportOptionsBox()
        self.create_clients = self.options_box.create_clients
        self.create_staff = self.options_box.create_staff
        self.work_type = self.options_box.work_type
        self.date_order = self.options_box.date_order
        self.skip_bad = self.options_box.skip_bad
        self.setStyleSheet("QLabel#hint, QLabel#fileInfo { color: #5B6878; }")

        # -- report ----------------------------------------------------------
        self.report_panel = ImportReportPanel()
        self.summary = self.report_panel.summary
        self.rejects = self.report_panel.rejects
        self.rejects_model = self.report_panel.rejects_model
        self.creations = self.report_panel.creations

        self.check_button = QPushButton(self.tr("Check (dry run)"))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.check_button.clicked.connect(self.start_check)
        self.import_button.clicked.connect(self.start_import)

        left = _FixedLayoutWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.source)
        left_layout.addWidget(self.options_box)
        left_layout.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(left, 1)
        top.addWidget(self.mapping_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(preview_box, 1)
        layout.addWidget(self.report_panel, 1)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.format.currentIndexChanged.connect(self._reset_mapping)
        self.encoding.currentIndexChanged.connect(self._reload)
        with read_only(self.sessions) as session:
            self.options_box.set_work_types(work_type_choices(session))
        self._kind_changed()
        self.resize(1060, 820)

    # -- choices -------------------------------------------------------------

    def load_file(self, path: str | Path) -> bool:
        """Read `path` and show its first rows; False (and the reason shown)
        when it cannot be read."""
        self.path.setText(str(path))
        self._clear_report()
        try:
            self.table = read_table(path, self.encoding.currentData())
        except UserError as exc:
            self.table = None
            self._mapping = {}
            self.file_info.clear()
            self._rebuild_mapping()
            self._show_problem(service_message(str(exc)))
            return False
        self._reset_mapping()
        return True

    def _encoding_text(self) -> str:
        """The encoding read; a guess says so, and where to choose another."""
        assert self.table is not None
        if not self.table.encoding_note:
            return self.table.encoding
        return self.tr("%1 (guessed: the file is not UTF-8; choose its encoding above)").replace(
            "%1", self.table.encoding
        )

    def _reload(self) -> None:
        if self.path.text():
            self.load_file(self.path.text())

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def set_format(self, fmt: str) -> None:
        self.format.setCurrentIndex(self.format.findData(fmt))

    def _kind_changed(self) -> None:
        is_time = self.kind.currentData() == "time"
        self.options_box.set_time_only_enabled(is_time)
        # Time entries come from Kimai, Toggl or Clockify; clients from ITFlow.
        self.format.setEnabled(is_time or self.kind.currentData() == "clients")
        self._reset_mapping()

    # -- mapping ---------------------------------------------------------------

    def _reset_mapping(self) -> None:
        """Take the detected or the chosen program's columns afresh."""
        self._clear_report()
        self._mapping = {}
        if self.table is not None:
            peer = self.kind.currentData() in ("time", "clients")
            fmt = self.format.currentData() if peer else "generic"
            try:
                detected, self._mapping = resolve(self.table, self.kind.currentData(), fmt)
            except UserError as exc:
                self._show_problem(service_message(str(exc)))
                detected = "generic"
            self.file_info.setText(
                self.tr("%1 — %2, %3, %4 rows")
                .replace("%1", self.table.name or self.path.text())
                .replace("%2", self.tr(FORMAT_NAMES[detected]))
                .replace("%3", self._encoding_text())
                .replace("%4", str(len(self.table.rows)))
            )
        else:
            self.file_info.clear()
        self._rebuild_mapping()

    def _rebuild_mapping(self) -> None:
        headers = self.table.headers if self.table is not None else ()
        self.mapping_box.rebuild(headers, fields_of(self.kind.currentData()), self._mapping)
        self._show_preview()

    def set_column(self, field: str, header: str) -> None:
        """Map `field` to the column called `header` ('' to leave it out)."""
        index = self.table.column(header) if (self.table and header) else None
        self.mapping_box.set_column(field, index)

    def _mapping_edited(self) -> None:
        self._mapping = self.mapping_box.mapping()
        self._clear_report()
        self._show_preview()

    def mapping(self) -> dict[str, int]:
        return dict(self._mapping)

    def _show_preview(self) -> None:
        if self.table is None:
            self.preview_model.set_preview([], [])
            self.check_button.setEnabled(False)
            self.import_button.setEnabled(False)
            return
        fields = fields_of(self.kind.currentData())
        columns = [(f.key, self.tr(f.label)) for f in fields if f.key in self._mapping]
        self.preview_model.set_preview(
            columns, preview_rows(self.table, self._mapping, PREVIEW_ROWS)
        )
        self.preview.resizeColumnsToContents()  # a handful of rows only
        for column in range(self.preview_model.columnCount()):
            if self.preview.columnWidth(column) > 260:
                self.preview.setColumnWidth(column, 260)
        try:
            check_mapping(self.kind.currentData(), self._mapping)
        except UserError as exc:
            self._show_problem(service_message(str(exc)))
            ok = False
        else:
            ok = True
            if not self.rejects_model.rowCount():
                self.summary.setText(self.tr("Check the columns, then run a dry run or import."))
        self.check_button.setEnabled(ok)
        self.import_button.setEnabled(ok)

    # -- running -------------------------------------------------------------

    def options(self) -> ImportOptions:
        """What the dialog holds, as the import service takes it."""
        assert self.table is not None
        overrides = {
            key: (self.table.headers[self._mapping[key]] if key in self._mapping else "")
            for key in self.mapping_box.field_keys()
        }
        is_time = self.kind.currentData() == "time"
        return ImportOptions(
            kind=self.kind.currentData(),
            format=self.format.currentData()
            if self.kind.currentData() in ("time", "clients")
            else "generic",
            mapping=overrides,
            create_missing_clients=self.create_clients.isChecked(),
            create_missing_technicians_and_work_types=is_time and self.create_staff.isChecked(),
            default_work_type=(self.work_type.currentData() or "") if is_time else "",
            date_order=self.date_order.currentData() if is_time else "auto",
            skip_bad_rows=self.skip_bad.isChecked(),
        )

    def _busy(self, busy: bool) -> None:
        for widget in (self.check_button, self.import_button, self.kind, self.format):
            widget.setEnabled(not busy)
        self.mapping_box.setEnabled(not busy)

    def start_check(self) -> None:
        if self.table is None:
            return
        table, options = self.table, self.options()

        def work(session: Session, _progress: Progress) -> ImportReport:
            return check_import(session, table, options)

        self._busy(True)
        self.summary.setText(self.tr("Checking every row…"))
        self.task = run_in_background(
            work,
            sessions=self.sessions,
            reading=True,
            parent=self,
            on_done=self._check_done,
            on_error=self._failed,
        )

    def start_import(self) -> None:
        if self.table is None:
            return
        table, options = self.table, self.options()

        def work(session: Session, progress: Progress) -> ImportReport:
            return run_import(
                session,
                table,
                options,
                progress=progress.report,
                should_stop=lambda: progress.cancelled,
            )

        self._busy(True)
        self.summary.setText(self.tr("Importing…"))
        # Committed on the worker; every page showing imported records follows.
        self.task = run_in_background(
            work,
            sessions=self.sessions,
            changes=changes.EVERYTHING,
            parent=self,
            title=self.tr("Importing %1").replace("%1", table.name or self.tr("the file")),
            on_done=self._import_done,
            on_error=self._failed,
        )

    def _show_report(self, report: ImportReport, headline: str) -> None:
        self.last_report = report
        self.report_panel.show_report(report, headline)

    def _check_done(self, report: ImportReport) -> None:
        self._busy(False)
        if report.rejected:
            headline = (
                self.tr("%1 of %2 rows can be imported.")
                .replace("%1", str(report.accepted))
                .replace("%2", str(report.rows))
            )
        else:
            headline = self.tr("Every row can be imported.")
        self._show_report(report, headline)
        self.checked.emit(report)

    def _import_done(self, report: ImportReport) -> None:
        self._busy(False)
        self._show_report(
            report,
            self.tr("Imported %1 rows in %2 s.")
            .replace("%1", str(report.imported))
            .replace("%2", f"{report.seconds:.2f}"),
        )
        self.import_button.setEnabled(False)  # the same file twice would be refused anyway
        self.imported.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, ImportRejected):
            self._show_report(
                exc.report,
                self.tr(
                    "Nothing was imported: %1 rows are rejected. Fix them in the file, or "
                    "tick 'Skip bad rows'."
                ).replace("%1", str(len(exc.report.rejected))),
            )
        elif isinstance(exc, Cancelled | ImportCancelled):
            self.summary.setText(self.tr("Import cancelled; nothing was imported."))
        elif isinstance(exc, UserError | ValueError):
            self._show_problem(service_message(str(exc)))
        else:
            self._show_problem(
                self.tr("The import failed and nothing was imported: %1").replace("%1", str(exc))
            )
            raise exc

    def _show_problem(self, text: str) -> None:
        self.report_panel.show_problem(text)

    def _clear_report(self) -> None:
        self.last_report = None
        self.report_panel.clear()
