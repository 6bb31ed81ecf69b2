"""Data → Import…: choose a file and what it holds, see the first rows under
the fields they will fill (and change any column), check it (a dry run that
lists every rejected row with its line and reason), then import it in one
transaction off the GUI thread, with progress and Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only, unit_of_work
from desktop.services.imports import (
    FORMAT_NAMES,
    CsvTable,
    ImportCancelled,
    ImportFileError,
    ImportOptions,
    ImportRejected,
    ImportReport,
    MappingError,
    check_import,
    check_mapping,
    fields_of,
    preview_rows,
    read_table,
    resolve,
    run_import,
    work_type_choices,
)
from desktop.views.operations import Cancelled, run_in_background
from desktop.views.record_dialog import service_message

from .table_models import ImportPreviewTableModel, RejectedRowsTableModel

PREVIEW_ROWS = 8


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
        self._combos: dict[str, QComboBox] = {}
        self._filling = False
        self.setWindowTitle(self.tr("Import data"))
        self.setObjectName("importDialog")

        # -- what and where ------------------------------------------------
        self.kind = QComboBox()
        for key, label in (
            ("time", self.tr("Time entries")),
            ("clients", self.tr("Clients")),
            ("contacts", self.tr("Contacts")),
            ("products", self.tr("Products")),
        ):
            self.kind.addItem(label, key)
        self.format = QComboBox()
        for key, label in FORMAT_NAMES.items():
            self.format.addItem(self.tr(label), key)
        self.encoding = QComboBox()
        for key, label in (
            ("auto", self.tr("Automatic (UTF-8 or UTF-16)")),
            ("cp1252", self.tr("Windows-1252 (Western European)")),
            ("latin-1", self.tr("Latin-1 (ISO 8859-1)")),
            ("utf-8", self.tr("UTF-8")),
            ("utf-16", self.tr("UTF-16")),
        ):
            self.encoding.addItem(label, key)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("Choose a CSV file…"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.file_info = QLabel()
        self.file_info.setObjectName("fileInfo")
        self.file_info.setWordWrap(True)
        source = QFormLayout()
        source.addRow(self.tr("File:"), path_row)
        source.addRow(self.tr("Contents:"), self.kind)
        source.addRow(self.tr("Exported by:"), self.format)
        source.addRow(self.tr("Encoding:"), self.encoding)
        source.addRow("", self.file_info)

        # -- mapping and preview -----------------------------------------------
        self.mapping_box = QGroupBox(self.tr("Columns"))
        self._mapping_layout = QVBoxLayout(self.mapping_box)
        self._mapping_panel: QWidget | None = None
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
        self.create_clients = QCheckBox(self.tr("Create missing clients"))
        create_note = QLabel(
            self.tr(
                "Clients are matched by name, ignoring case. A name TechLedger does not "
                "know is created as a new client with the company's country and currency "
                "when this is ticked; otherwise its rows are rejected."
            )
        )
        create_note.setWordWrap(True)
        create_note.setObjectName("hint")
        self.work_type = QComboBox()
        self.date_order = QComboBox()
        for key, label in (
            ("auto", self.tr("Decide from the file")),
            ("dmy", self.tr("Day first (31/03/2026)")),
            ("mdy", self.tr("Month first (03/31/2026)")),
        ):
            self.date_order.addItem(label, key)
        self.skip_bad = QCheckBox(self.tr("Skip bad rows"))
        skip_note = QLabel(
            self.tr(
                "Ticked, the good rows are imported and the rejected ones left out. "
                "Unticked, nothing is imported while any row is rejected."
            )
        )
        skip_note.setWordWrap(True)
        skip_note.setObjectName("hint")
        options_box = QGroupBox(self.tr("Options"))
        options = QFormLayout(options_box)
        options.addRow(self.create_clients)
        options.addRow(create_note)
        options.addRow(self.tr("Work type when none is given:"), self.work_type)
        options.addRow(self.tr("Dates like 03/02/2026:"), self.date_order)
        options.addRow(self.skip_bad)
        options.addRow(skip_note)
        self._time_only = [self.work_type, self.date_order]
        # Wrapped hints keep their three lines however tight the dialog gets.
        for hint in (create_note, skip_note):
            hint.setMinimumHeight(hint.fontMetrics().lineSpacing() * 3 + 2)
        self.setStyleSheet("QLabel#hint, QLabel#fileInfo { color: #5B6878; }")

        # -- report ----------------------------------------------------------
        self.summary = QLabel(self.tr("Choose a file to see its first rows."))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rejects_model = RejectedRowsTableModel(self)
        self.rejects = QTableView()
        self.rejects.setObjectName("importRejects")
        self.rejects.setModel(self.rejects_model)
        self.rejects.setWordWrap(True)
        self.rejects.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.rejects.horizontalHeader().setStretchLastSection(True)
        self.rejects.verticalHeader().hide()
        self.rejects.setMinimumHeight(110)
        self.rejects.hide()

        self.check_button = QPushButton(self.tr("Check (dry run)"))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.check_button.clicked.connect(self.start_check)
        self.import_button.clicked.connect(self.start_import)

        left = QVBoxLayout()
        left.addLayout(source)
        left.addWidget(options_box)
        left.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addWidget(self.mapping_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(preview_box, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.rejects, 1)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.format.currentIndexChanged.connect(self._reset_mapping)
        self.encoding.currentIndexChanged.connect(self._reload)
        self._load_work_types()
        self._kind_changed()
        self.resize(1060, 820)

    # -- choices -------------------------------------------------------------

    def _load_work_types(self) -> None:
        with read_only(self.sessions) as session:
            choices = work_type_choices(session)
        self.work_type.clear()
        for code, name in choices:
            self.work_type.addItem(f"{name} ({code})", code)
        if not choices:
            self.work_type.addItem(self.tr("(no work types yet)"), "")

    def choose_file(self) -> None:
        settings = QSettings()
        folder = str(settings.value("import/folder", str(Path.home())))
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a CSV file"),
            folder,
            self.tr("CSV files (*.csv *.txt *.tsv);;All files (*)"),
        )
        if path:
            settings.setValue("import/folder", str(Path(path).parent))
            self.load_file(path)

    def load_file(self, path: str | Path) -> bool:
        """Read `path` and show its first rows; False (and the reason shown)
        when it cannot be read."""
        self.path.setText(str(path))
        self._clear_report()
        try:
            self.table = read_table(path, self.encoding.currentData())
        except ImportFileError as exc:
            self.table = None
            self._mapping = {}
            self.file_info.clear()
            self._rebuild_mapping()
            self._show_problem(service_message(str(exc)))
            return False
        self._reset_mapping()
        return True

    def _reload(self) -> None:
        if self.path.text():
            self.load_file(self.path.text())

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def set_format(self, fmt: str) -> None:
        self.format.setCurrentIndex(self.format.findData(fmt))

    def _kind_changed(self) -> None:
        is_time = self.kind.currentData() == "time"
        for widget in self._time_only:
            widget.setEnabled(is_time)
        self.format.setEnabled(is_time)
        self._reset_mapping()

    # -- mapping ---------------------------------------------------------------

    def _reset_mapping(self) -> None:
        """Take the detected or the chosen program's columns afresh."""
        self._clear_report()
        self._mapping = {}
        if self.table is not None:
            fmt = self.format.currentData() if self.kind.currentData() == "time" else "generic"
            try:
                detected, self._mapping = resolve(self.table, self.kind.currentData(), fmt)
            except MappingError as exc:
                self._show_problem(service_message(str(exc)))
                detected = "generic"
            self.file_info.setText(
                self.tr("%1 — %2, %3, %4 rows")
                .replace("%1", self.table.name or self.path.text())
                .replace("%2", self.tr(FORMAT_NAMES[detected]))
                .replace("%3", self.table.encoding)
                .replace("%4", str(len(self.table.rows)))
            )
        else:
            self.file_info.clear()
        self._rebuild_mapping()

    def _rebuild_mapping(self) -> None:
        self._filling = True
        if self._mapping_panel is not None:
            # Hidden at once; deleted when the event loop next turns.
            self._mapping_panel.hide()
            self._mapping_layout.removeWidget(self._mapping_panel)
            self._mapping_panel.deleteLater()
        self._mapping_panel = QWidget()
        grid = QGridLayout(self._mapping_panel)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        self._combos = {}
        headers = self.table.headers if self.table is not None else ()
        fields = fields_of(self.kind.currentData())
        per_column = (len(fields) + 1) // 2
        for number, field in enumerate(fields):
            label = QLabel(self.tr(field.label) + (" *" if field.required else ""))
            combo = QComboBox()
            combo.setObjectName(f"map_{field.key}")
            combo.addItem(self.tr("(not imported)"), -1)
            for index, header in enumerate(headers):
                combo.addItem(header or self.tr("column %1").replace("%1", str(index + 1)), index)
            combo.setCurrentIndex(max(combo.findData(self._mapping.get(field.key, -1)), 0))
            combo.currentIndexChanged.connect(self._mapping_edited)
            row, pair = number % per_column, number // per_column
            grid.addWidget(label, row, pair * 2)
            grid.addWidget(combo, row, pair * 2 + 1)
            self._combos[field.key] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(per_column, 1)
        self._mapping_layout.addWidget(self._mapping_panel)
        self._filling = False
        self._show_preview()

    def set_column(self, field: str, header: str) -> None:
        """Map `field` to the column called `header` ('' to leave it out)."""
        combo = self._combos[field]
        index = self.table.column(header) if (self.table and header) else None
        combo.setCurrentIndex(combo.findData(-1 if index is None else index))

    def _mapping_edited(self) -> None:
        if self._filling:
            return
        self._mapping = {
            key: combo.currentData()
            for key, combo in self._combos.items()
            if combo.currentData() >= 0
        }
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
        except MappingError as exc:
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
            for key in self._combos
        }
        is_time = self.kind.currentData() == "time"
        return ImportOptions(
            kind=self.kind.currentData(),
            format=self.format.currentData() if is_time else "generic",
            mapping=overrides,
            create_missing_clients=self.create_clients.isChecked(),
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
        table, options, sessions = self.table, self.options(), self.sessions

        def work(_progress):
            with read_only(sessions) as session:
                return check_import(session, table, options)

        self._busy(True)
        self.summary.setText(self.tr("Checking every row…"))
        self.task = run_in_background(
            work, parent=self, on_done=self._check_done, on_error=self._failed
        )

    def start_import(self) -> None:
        if self.table is None:
            return
        table, options, sessions = self.table, self.options(), self.sessions

        def work(progress):
            with unit_of_work(sessions) as session:
                return run_import(
                    session,
                    table,
                    options,
                    progress=progress.report,
                    should_stop=lambda: progress.cancelled,
                )

        self._busy(True)
        self.summary.setText(self.tr("Importing…"))
        self.task = run_in_background(
            work,
            parent=self,
            title=self.tr("Importing %1").replace("%1", table.name or self.tr("the file")),
            on_done=self._import_done,
            on_error=self._failed,
        )

    def _figures(self, report: ImportReport) -> str:
        text = (
            self.tr("%1 rows read, %2 rejected")
            .replace("%1", str(report.rows))
            .replace("%2", str(len(report.rejected)))
        )
        if report.kind == "time":
            text += self.tr(", %1 h raw time").replace(
                "%1", f"{report.raw_minutes // 60}:{report.raw_minutes % 60:02d}"
            )
        return text

    def _show_report(self, report: ImportReport, headline: str) -> None:
        self.last_report = report
        notes = " ".join(service_message(n) for n in report.notes)
        self.summary.setText(f"<b>{headline}</b> {self._figures(report)}.<br>{notes}")
        self.rejects_model.set_rows(report.rejected)
        self.rejects.setVisible(bool(report.rejected))
        self.rejects.resizeRowsToContents()

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
        elif isinstance(exc, MappingError | ImportFileError | ValueError):
            self._show_problem(service_message(str(exc)))
        else:
            self._show_problem(
                self.tr("The import failed and nothing was imported: %1").replace("%1", str(exc))
            )
            raise exc

    def _show_problem(self, text: str) -> None:
        self.summary.setText(f"<span style='color:#B3261E'>{text}</span>")

    def _clear_report(self) -> None:
        self.last_report = None
        self.rejects_model.set_rows([])
        self.rejects.hide()
