"""A record's history: who changed what, when, old → new.

Pages call `show_history(parent, sessions, "invoices", invoice_id, title)`
(or build a HistoryDialog) from a "History…" button or context-menu action.
The entries come from the audit trail (desktop.services.queries.audit_view), read in
one read-only session when the dialog opens."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.queries.audit_view import (
    ACTION_NAMES,
    ENTITY_NAMES,
    HistoryEntry,
    record_history,
)
from desktop.views.formatting import format_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryDialog", text)


def entity_label(entity: str) -> str:
    """What the dialog calls each audited table (audit_view's name), translated."""
    return _tr(ENTITY_NAMES.get(entity, entity))


def action_label(action: str) -> str:
    return _tr(ACTION_NAMES.get(action, action))


def value_text(value: object) -> str:
    """A stored value as the history shows it."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if isinstance(value, dict):
        return ", ".join(f"{k}: {value_text(v)}" for k, v in value.items())
    return str(value)


def when_text(moment: dt.datetime) -> str:
    """The locale's date with a 24-hour time to the second: an audit trail
    orders changes made within the same minute."""
    return f"{format_date(moment.date())} {moment:%H:%M:%S}"


class HistoryDialog(QDialog):
    """One row per audit entry (newest first); expand it for the fields it
    changed, each as old → new."""

    COL_WHEN, COL_WHO, COL_WHAT, COL_DETAIL = range(4)

    def __init__(
        self,
        sessions: sessionmaker[Session],
        entity: str,
        entity_id: int,
        title: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(title or self.tr("History"))
        self.resize(760, 480)
        with read_only(sessions) as session:
            self.entries: list[HistoryEntry] = record_history(session, entity, entity_id)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("historyTree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Old → new")]
        )
        self.tree.header().setSectionResizeMode(self.COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        self.tree.setUniformRowHeights(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self._fill()

    def _fill(self) -> None:
        if not self.entries:
            self.summary.setText(self.tr("No changes have been recorded for this record yet."))
            return
        self.summary.setText(self.tr("%n recorded change(s), newest first.", "", len(self.entries)))
        for entry in self.entries:
            what = f"{action_label(entry.action)} · {entity_label(entry.entity)}"
            if entry.entity_id is not None:
                what += f" #{entry.entity_id}"
            item = QTreeWidgetItem(
                [
                    when_text(entry.at),
                    entry.actor,
                    what,
                    self.tr("%n field(s)", "", len(entry.changes)),
                ]
            )
            for change in entry.changes:
                QTreeWidgetItem(
                    item,
                    ["", "", change.field, f"{value_text(change.old)} → {value_text(change.new)}"],
                )
            self.tree.addTopLevelItem(item)
        if self.tree.topLevelItemCount():
            self.tree.topLevelItem(0).setExpanded(True)
        for column in (self.COL_WHEN, self.COL_WHO, self.COL_WHAT):
            self.tree.resizeColumnToContents(column)

    def change_lines(self) -> list[str]:
        """Every change as 'field: old → new' (for tests and copying)."""
        lines = []
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            for child in range(item.childCount()):
                sub = item.child(child)
                lines.append(f"{sub.text(self.COL_WHAT)}: {sub.text(self.COL_DETAIL)}")
        return lines


def show_history(
    parent: QWidget | None,
    sessions: sessionmaker[Session],
    entity: str,
    entity_id: int,
    title: str | None = None,
) -> HistoryDialog:
    """Open the history of one record, window-modal, without blocking; the
    dialog deletes itself when closed."""
    dialog = HistoryDialog(sessions, entity, entity_id, title, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
