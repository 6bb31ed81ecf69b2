"""The lower half of the import dialog: the verdict of a dry run or an
import, the rejected rows (line and reason), the list of the clients,
technicians and work types the import will create (or created), and the
file's columns that are not imported, each with the reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.common.durations import format_minutes
from desktop.services.data.imports import ImportReport
from desktop.views.record_dialog import service_message

from .table_models import RejectedRowsTableModel


class ImportReportPanel(QWidget):
    """`summary` holds the headline and figures; `rejects` lists rejected
    rows; `creations` the names the import adds, `unused` the columns left
    out and why (each hidden when empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self.tr("Choose a file to see its first rows."))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Room for the headline and three lines of notes, whatever the width.
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 4 + 4)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.rejects_model = RejectedRowsTableModel(self)
        self.rejects = QTableView()
        self.rejects.setObjectName("importRejects")
        self.rejects.setModel(self.rejects_model)
        self.rejects.setWordWrap(True)
        header = self.rejects.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.rejects.verticalHeader().hide()
        self.rejects.setMinimumHeight(110)
        self.creations_title = QLabel()
        self.creations_title.setObjectName("creationsTitle")
        self.creations = QListWidget()
        self.creations.setObjectName("importCreations")
        self.creations.setMinimumWidth(260)
        self.unused_title = QLabel()
        self.unused_title.setObjectName("unusedColumnsTitle")
        self.unused = QListWidget()
        self.unused.setObjectName("importUnusedColumns")
        self.unused.setWordWrap(True)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.creations_title)
        side.addWidget(self.creations, 1)
        side.addWidget(self.unused_title)
        side.addWidget(self.unused, 1)
        self._side = QWidget()
        self._side.setLayout(side)
        lists = QHBoxLayout()
        lists.setContentsMargins(0, 0, 0, 0)
        lists.addWidget(self.rejects, 2)
        lists.addWidget(self._side, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(lists, 1)
        self.clear()

    def hasHeightForWidth(self) -> bool:
        # The wrapped summary would make the whole dialog lay out
        # height-for-width, and that squeezes the options above below their
        # minimum; the summary has a fixed minimum height instead.
        return False

    def clear(self) -> None:
        self.rejects_model.set_rows([])
        self.rejects.hide()
        self.creations.clear()
        self.unused.clear()
        self._side.hide()

    def show_text(self, text: str) -> None:
        self.summary.setText(text)

    def show_problem(self, text: str) -> None:
        self.summary.setText(f"<span style='color:#B3261E'>{text}</span>")

    def figures(self, report: ImportReport) -> str:
        text = (
            self.tr("%1 rows read, %2 rejected")
            .replace("%1", str(report.rows))
            .replace("%2", str(len(report.rejected)))
        )
        if report.kind == "time":
            text += (
                self.tr(", %1 h raw time, %2 with the file's hourly rate, %3 not billable")
                .replace("%1", format_minutes(report.raw_minutes))
                .replace("%2", str(report.rated))
                .replace("%3", str(report.non_billable))
            )
        return text

    def show_report(self, report: ImportReport, headline: str) -> None:
        notes = " ".join(service_message(n) for n in report.notes)
        self.summary.setText(f"<b>{headline}</b> {self.figures(report)}.<br>{notes}")
        self.rejects_model.set_rows(report.rejected)
        self.rejects.setVisible(bool(report.rejected))
        self.rejects.resizeRowsToContents()
        self.creations.clear()
        for label, names in (
            (self.tr("Client"), report.new_clients),
            (self.tr("Technician"), report.new_technicians),
            (self.tr("Work type"), report.new_work_types),
        ):
            for name in names:
                self.creations.addItem(f"{label}: {name}")
        count = self.creations.count()
        self.creations_title.setText(
            (
                self.tr("Will be created (%1):") if report.dry_run else self.tr("Created (%1):")
            ).replace("%1", str(count))
        )
        self.creations_title.setVisible(count > 0)
        self.creations.setVisible(count > 0)
        self.unused.clear()
        for column, reason in report.not_imported:
            self.unused.addItem(f"{column}: {service_message(reason)}")
        unused = self.unused.count()
        self.unused_title.setText(self.tr("Columns not imported (%1):").replace("%1", str(unused)))
        self.unused_title.setVisible(unused > 0)
        self.unused.setVisible(unused > 0)
        self._side.setVisible(count > 0 or unused > 0)

    def unused_columns(self) -> list[str]:
        return [self.unused.item(row).text() for row in range(self.unused.count())]

    def created_names(self) -> list[str]:
        return [self.creations.item(row).text() for row in range(self.creations.count())]
