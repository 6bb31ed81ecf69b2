"""When two users change the same draft: the change that was refused is
kept (a PendingChange, saved by services/billing/pending_change.py) and
shown next to the draft as the other user saved it, with what they changed
marked; the user re-applies it on top of their version or discards it.
Nothing typed is lost silently. This module is only the Qt part."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.billing.pending_change import PendingChange
from desktop.services.billing.unbilled import InvoiceView, LineView
from desktop.views.formatting import format_date, format_money

from .common import amount_text, format_quantity, tr

CONFLICT_STYLE = """
QFrame#draftConflict { background: #FFF8E6; border: 1px solid #F2D49B; border-radius: 8px; }
QFrame#draftConflict QLabel { background: transparent; }
QLabel#conflictHeading { color: #7A4A00; font-weight: 600; font-size: 11pt; }
QLabel#myChange { background: #FFFFFF; border: 1px solid #E3E7EC; border-radius: 6px;
                  padding: 6px 8px; color: #1D2733; }
QTableWidget#theirLines { background: #FFFFFF; }
QTableWidget#theirLines::item { padding: 0 6px; }
"""


def describe_change(change: PendingChange, currency: str) -> str:
    """The change in a sentence or two, with every value the user typed."""
    parts = []
    if change.description is not None:
        parts.append(tr("“%1”").replace("%1", change.description))
    if change.quantity_milli is not None:
        parts.append(
            tr("quantity %1").replace("%1", format_quantity(change.quantity_milli, change.unit))
        )
    if change.unit_price_minor is not None:
        parts.append(
            tr("unit price %1").replace("%1", format_money(change.unit_price_minor, currency))
        )
    amounts = " · ".join(parts) or tr("no change")
    if change.kind == "edit":
        return tr("Change line %1: %2").replace("%1", str(change.position)).replace("%2", amounts)
    if change.kind == "add":
        return tr("Add a line: %1").replace("%1", amounts)
    if change.kind == "discount":
        return tr("Add a discount: %1").replace("%1", amounts)
    if change.kind == "remove":
        return (
            tr("Remove line %1 (“%2”)")
            .replace("%1", str(change.position))
            .replace("%2", change.description or "")
        )
    if change.kind == "delete":
        return tr("Delete this draft (its work becomes unbilled again)")
    if change.kind == "notes":
        return tr("Set the notes to: %1").replace("%1", change.notes.strip() or tr("(none)"))
    return tr("Issue the draft, dated %1").replace("%1", format_date(change.issue_date))


def line_changes(mine: InvoiceView | None, theirs: InvoiceView) -> dict[int, str]:
    """How each of their lines differs from the draft the user had open:
    "new" or "changed" by line id (unchanged lines are left out)."""
    if mine is None:
        return {}
    opened = {line.id: line for line in mine.lines}
    marks = {}
    for line in theirs.lines:
        before = opened.get(line.id)
        if before is None:
            marks[line.id] = "new"
        elif (before.description, before.quantity_milli, before.unit_price_minor) != (
            line.description,
            line.quantity_milli,
            line.unit_price_minor,
        ):
            marks[line.id] = "changed"
    return marks


def describe_changes(mine: InvoiceView | None, theirs: InvoiceView | None) -> str:
    """What someone else changed since `mine` was read, in a few words
    ("1 line changed · notes changed · total now 1 234,00 SEK")."""
    if theirs is None:
        return tr("someone else deleted it")
    if not theirs.is_draft:
        return tr("someone else issued it as %1").replace("%1", theirs.number or "")
    marks = line_changes(mine, theirs)
    kept = {line.id for line in theirs.lines}
    removed = sum(1 for line in (mine.lines if mine else ()) if line.id not in kept)
    parts = []
    for count, text in (
        (sum(1 for m in marks.values() if m == "changed"), tr("%1 line(s) changed")),
        (sum(1 for m in marks.values() if m == "new"), tr("%1 line(s) added")),
        (removed, tr("%1 line(s) removed")),
    ):
        if count:
            parts.append(text.replace("%1", str(count)))
    if mine is not None and mine.notes != theirs.notes:
        parts.append(tr("notes changed"))
    parts.append(
        tr("total now %1").replace("%1", format_money(theirs.total_minor, theirs.currency))
    )
    return " · ".join(parts)


class DraftConflictPanel(QFrame):
    """The refused change and the draft as the other user saved it. The
    editor connects `reapply_button` and `discard_button`."""

    COL_MARK, COL_POS, COL_DESCRIPTION, COL_QTY, COL_PRICE, COL_NET = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftConflict")
        self.setStyleSheet(CONFLICT_STYLE)
        self.heading = QLabel(tr("Someone else changed this draft after you opened it"))
        self.heading.setObjectName("conflictHeading")
        self.message = QLabel()
        self.message.setWordWrap(True)
        mine_title = QLabel(tr("Your change (not saved yet)"))
        mine_title.setObjectName("factName")
        self.mine_label = QLabel()
        self.mine_label.setObjectName("myChange")
        self.mine_label.setWordWrap(True)
        self.mine_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.theirs_title = QLabel()
        self.theirs_title.setObjectName("factName")
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("theirLines")
        self.table.setHorizontalHeaderLabels(
            ["", tr("#"), tr("Description"), tr("Qty"), tr("Price"), tr("Net")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reapply_button = QPushButton(tr("Reload theirs and re-apply my change"))
        self.reapply_button.setDefault(True)
        self.discard_button = QPushButton(tr("Discard my change"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.reapply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        for widget in (
            self.heading,
            self.message,
            mine_title,
            self.mine_label,
            self.theirs_title,
            self.table,
            self.notes_label,
        ):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.change: PendingChange | None = None
        self.hide()

    def show_conflict(
        self, change: PendingChange, mine: InvoiceView | None, theirs: InvoiceView | None
    ) -> None:
        """Show `change` next to `theirs` (None: the draft is gone)."""
        self.change = change
        currency = (theirs or mine).currency if (theirs or mine) else ""
        self.mine_label.setText(describe_change(change, currency))
        if theirs is None:
            self.message.setText(
                tr(
                    "The draft no longer exists, so your change cannot be saved. "
                    "Copy what you need."
                )
            )
        elif not theirs.is_draft:
            self.message.setText(
                tr("They issued it: it can no longer change. Correct it with a credit note.")
            )
        else:
            self.message.setText(
                tr(
                    "Your change was not saved, so nothing of theirs was overwritten. Their "
                    "saved version is listed here, with what they changed marked; the draft "
                    "as you had it stays below. Re-apply your change on top of theirs, or "
                    "discard yours."
                )
            )
        self.reapply_button.setEnabled(theirs is not None and theirs.is_draft)
        self._fill_theirs(mine, theirs)
        self.show()

    def _fill_theirs(self, mine: InvoiceView | None, theirs: InvoiceView | None) -> None:
        lines: tuple[LineView, ...] = theirs.lines if theirs else ()
        marks = line_changes(mine, theirs) if theirs else {}
        removed = [
            line
            for line in (mine.lines if mine else ())
            if theirs and line.id not in {t.id for t in theirs.lines}
        ]
        mark_titles = {"new": tr("new"), "changed": tr("changed"), "removed": tr("removed")}
        rows = [(line, marks.get(line.id, "")) for line in lines] + [
            (line, "removed") for line in removed
        ]
        self.table.setRowCount(len(rows))
        currency = theirs.currency if theirs else ""
        bold = QFont(self.font())
        bold.setBold(True)
        for row, (line, mark) in enumerate(rows):
            values = (
                mark_titles.get(mark, ""),
                str(line.position),
                line.description,
                format_quantity(line.quantity_milli, line.unit),
                amount_text(line.unit_price_minor, currency),
                amount_text(line.net_minor, currency),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column >= self.COL_QTY:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if mark in ("new", "changed"):
                    item.setFont(bold)
                    item.setBackground(QBrush(QColor("#FFF1CC")))
                elif mark == "removed":
                    font = QFont(self.font())
                    font.setStrikeOut(True)
                    item.setFont(font)
                    item.setForeground(QBrush(QColor("#8A94A3")))
                self.table.setItem(row, column, item)
        shown = min(max(len(rows), 1), 4)
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + shown * (self.table.fontMetrics().height() + 10)
            + 2 * self.table.frameWidth()
        )
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        # Their changes first in view, however long the draft.
        first = next((row for row, (_line, mark) in enumerate(rows) if mark), None)
        if first is not None:  # once laid out at its new height
            QTimer.singleShot(0, self.table, lambda: self._scroll_to(first))
        if theirs is None:
            self.theirs_title.setText(tr("Their version: the draft was deleted"))
            self.notes_label.hide()
            return
        self.theirs_title.setText(
            tr("Their saved draft: %1 lines, total %2")
            .replace("%1", str(len(theirs.lines)))
            .replace("%2", format_money(theirs.total_minor, currency))
        )
        notes_changed = mine is not None and mine.notes != theirs.notes
        self.notes_label.setText(
            (tr("Their notes (changed): %1") if notes_changed else tr("Their notes: %1")).replace(
                "%1", theirs.notes or tr("(none)")
            )
        )
        self.notes_label.setVisible(bool(theirs.notes) or notes_changed)

    def _scroll_to(self, row: int) -> None:
        item = self.table.item(row, self.COL_MARK) if row < self.table.rowCount() else None
        if item is not None:
            self.table.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtTop)

    def marks(self) -> dict[str, str]:
        """Their lines' descriptions with their mark ("" when unchanged)."""
        return {
            self.table.item(row, self.COL_DESCRIPTION).text(): self.table.item(
                row, self.COL_MARK
            ).text()
            for row in range(self.table.rowCount())
        }
