"""Data → Export…: time entries, invoices or the accounting export for a
period, as CSV or XLSX. The file is written off the GUI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.common.errors import UserError
from desktop.services.data.exports import EXPORT_NAMES, ExportResult, export
from desktop.views.formatting import date_display_format, format_number
from desktop.views.operations import Progress, run_in_background
from desktop.views.record_dialog import service_message


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def last_month(today: dt.date) -> tuple[dt.date, dt.date]:
    """The calendar month before `today`'s: what month-end exports want."""
    end = today.replace(day=1) - dt.timedelta(days=1)
    return end.replace(day=1), end


class ExportDialog(QDialog):
    """`exported` carries the ExportResult when the file is written."""

    exported = Signal(object)

    def __init__(
        self,
        sessions: sessionmaker[Session],
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.task = None
        self.setWindowTitle(self.tr("Export data"))
        self.setObjectName("exportDialog")

        self.kind = QComboBox()
        for key, label in EXPORT_NAMES.items():
            self.kind.addItem(self.tr(label), key)
        first, last = last_month(today or dt.date.today())
        self.date_from = QDateEdit(_qdate(first))
        self.date_to = QDateEdit(_qdate(last))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_display_format())
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.date_to)
        period.addStretch(1)
        self.csv = QRadioButton(self.tr("CSV (UTF-8)"))
        self.xlsx = QRadioButton(self.tr("Excel workbook (XLSX)"))
        self.csv.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.csv)
        group.addButton(self.xlsx)
        formats = QHBoxLayout()
        formats.addWidget(self.csv)
        formats.addWidget(self.xlsx)
        formats.addStretch(1)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Where to save the file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        note = QLabel(
            self.tr(
                "Amounts are exact decimals. Text that a spreadsheet would run as a "
                "formula (starting with = + - @) is written with a leading apostrophe."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        note.setStyleSheet("color: #5B6878;")

        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Export:"), self.kind)
        form.addRow(self.tr("Period:"), period)
        form.addRow(self.tr("Format:"), formats)
        form.addRow(self.tr("File:"), path_row)
        self.result = QLabel()
        self.result.setObjectName("exportResult")
        self.result.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.start_export)
        self.xlsx.toggled.connect(self._fix_suffix)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _suffix(self) -> str:
        return ".xlsx" if self.xlsx.isChecked() else ".csv"

    def _fix_suffix(self) -> None:
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(self._suffix())))

    def choose_file(self) -> None:
        settings = QSettings()
        folder = Path(str(settings.value("export/folder", str(Path.home()))))
        name = f"{self.kind.currentData()}-{self.date_from.date().toString('yyyy-MM-dd')}"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            str(folder / (name + self._suffix())),
            self.tr("CSV files (*.csv)")
            if self._suffix() == ".csv"
            else self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            settings.setValue("export/folder", str(Path(path).parent))
            self.path.setText(path)
            self._fix_suffix()

    def start_export(self) -> None:
        target = self.path.text().strip()
        if not target:
            self._problem(self.tr("Choose where to save the file."))
            return
        kind = self.kind.currentData()
        date_from = self.date_from.date().toPython()
        date_to = self.date_to.date().toPython()
        xlsx = self.xlsx.isChecked()

        def work(session: Session, _progress: Progress) -> ExportResult:
            return export(session, kind, date_from, date_to, target, xlsx=xlsx)

        self.export_button.setEnabled(False)
        self.result.setText(self.tr("Writing…"))
        self.task = run_in_background(
            work,
            sessions=self.sessions,
            reading=True,
            parent=self,
            title=self.tr("Exporting"),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, result: ExportResult) -> None:
        self.export_button.setEnabled(True)
        self.result.setText(
            self.tr("Wrote %1 rows to %2.")
            .replace("%1", format_number(result.rows))
            .replace("%2", str(result.path))
        )
        self.exported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(exc, UserError):
            self._problem(service_message(str(exc)))
            return
        self._problem(self.tr("The export failed: %1").replace("%1", str(exc)))
        raise exc

    def _problem(self, text: str) -> None:
        self.result.setText(f"<span style='color:#B3261E'>{text}</span>")
