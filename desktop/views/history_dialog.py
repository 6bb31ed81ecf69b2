"""A record's history: who changed what, when, old → new.

Pages call `show_history(parent, sessions, "invoices", invoice_id, title)`
(or build a HistoryDialog) from a "History…" button or context-menu action.
The entries come from the audit trail (desktop.services.queries.audit_view), read in
one read-only session when the dialog opens."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

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
from desktop.views.formatting import (
    code_labels,
    format_code,
    format_date,
    format_datetime,
    format_decimal,
    format_minutes,
    format_money,
)

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?")
# Columns holding stored codes ("bank_transfer"), shown as words.
CODE_FIELDS = frozenset({"status", "kind", "method", "grouping", "role"})
MAX_SUMMARY_FIELDS = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryDialog", text)


def entity_label(entity: str) -> str:
    """What the dialog calls each audited table (audit_view's name), translated."""
    return _tr(ENTITY_NAMES.get(entity, entity))


def action_label(action: str) -> str:
    return _tr(ACTION_NAMES.get(action, action))


def field_names() -> dict[str, str]:
    """The audited columns as a reader calls them, translated."""
    return {
        "status": _tr("Status"),
        "number": _tr("Number"),
        "seq": _tr("Sequence number"),
        "kind": _tr("Kind"),
        "series_id": _tr("Series"),
        "client_id": _tr("Client"),
        "contract_id": _tr("Contract"),
        "invoice_id": _tr("Invoice"),
        "corrects_invoice_id": _tr("Corrects invoice"),
        "issue_date": _tr("Issue date"),
        "issued_at": _tr("Issued at"),
        "due_date": _tr("Due date"),
        "supply_from": _tr("Supplied from"),
        "supply_to": _tr("Supplied to"),
        "currency": _tr("Currency"),
        "language": _tr("Language"),
        "grouping": _tr("Grouping"),
        "net_minor": _tr("Net"),
        "tax_minor": _tr("VAT"),
        "total_minor": _tr("Total"),
        "paid_minor": _tr("Paid"),
        "notes": _tr("Notes"),
        "seller_snapshot": _tr("Seller details"),
        "buyer_snapshot": _tr("Buyer details"),
        "content_hash": _tr("Tamper check"),
        "prev_hash": _tr("Previous tamper check"),
        "position": _tr("Position"),
        "line_date": _tr("Date"),
        "description": _tr("Description"),
        "quantity_milli": _tr("Quantity"),
        "unit": _tr("Unit"),
        "unit_price_minor": _tr("Unit price"),
        "vat_rate_bp": _tr("VAT rate"),
        "vat_category": _tr("VAT category"),
        "vat_exemption_reason": _tr("VAT exemption reason"),
        "vat_adjust_minor": _tr("VAT rounding"),
        "raw_minutes": _tr("Time worked"),
        "billed_minutes": _tr("Time billed"),
        "period_from": _tr("Period from"),
        "period_to": _tr("Period to"),
        "credits_line_id": _tr("Credits line"),
        "releases_work": _tr("Releases the work"),
        "received_on": _tr("Received on"),
        "amount_minor": _tr("Amount"),
        "method": _tr("Method"),
        "reference": _tr("Reference"),
        "reason": _tr("Reason"),
        "reverses_payment_id": _tr("Reverses payment"),
        "name": _tr("Name"),
        "price_minor": _tr("Price"),
        "rate_minor": _tr("Rate"),
        "starts_on": _tr("Starts on"),
        "ends_on": _tr("Ends on"),
        "effective_from": _tr("Valid from"),
        "effective_to": _tr("Valid to"),
        "work_type_id": _tr("Work type"),
        "role": _tr("Role"),
        "minutes": _tr("Hours"),
        "occurred_at": _tr("When"),
    }


def field_label(field: str, names: dict[str, str] | None = None) -> str:
    """A column's name for a reader ("total_minor" → "Total")."""
    names = field_names() if names is None else names
    if field in names:
        return names[field]
    for suffix in ("_minor", "_milli", "_bp", "_id"):
        field = field.removesuffix(suffix)
    return field.replace("_", " ").capitalize()


def value_text(value: object, field: str = "", currency: str = "") -> str:
    """A stored value as the history shows it: amounts with their currency,
    quantities, rates, dates and states as the user's language writes them."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if isinstance(value, dict):
        return ", ".join(f"{k}: {value_text(v)}" for k, v in value.items())
    if isinstance(value, int):
        if field.endswith("_minor"):
            return format_money(value, currency) if currency else format_decimal(value)
        if field.endswith("_milli"):
            return format_decimal((Decimal(value) / 1000).normalize())
        if field.endswith("_bp"):
            return f"{format_decimal((Decimal(value) / 100).normalize())} %"
        if field.endswith("minutes"):
            return f"{format_minutes(value)} h"
        return str(value)
    if isinstance(value, str):
        if field.endswith("hash") and len(value) > 16:
            return value[:12] + "…"
        if ISO_DATE.fullmatch(value):
            return format_date(dt.date.fromisoformat(value))
        if ISO_DATETIME.fullmatch(value):
            return format_datetime(dt.datetime.fromisoformat(value))
        labels = code_labels()
        if value in labels or (field in CODE_FIELDS and "_" in value):
            return format_code(value, labels)
    return str(value)


def record_text(entry: HistoryEntry) -> str:
    """The record as a reader knows it: "Invoice 2026-0012", "Draft
    invoice", "Invoice line 3 · Remote support", "Contract Prepaid 20 h"."""
    record = entry.record
    if entry.entity == "invoices":
        return _tr("Invoice %1").replace("%1", record) if record else _tr("Draft invoice")
    if entry.entity == "invoice_lines" and record:
        return _tr("Invoice line %1").replace("%1", record)
    if entry.entity in ("payments", "contracts") and record:
        return f"{entity_label(entry.entity)} {record}"
    return entity_label(entry.entity)


def changed_text(entry: HistoryEntry, names: dict[str, str]) -> str:
    """The summary beside an entry: a status change in words ("Issued →
    Partly paid"), else the names of the fields it changed."""
    status = next((c for c in entry.changes if c.field == "status"), None)
    if status is not None and entry.action != "create":
        return f"{value_text(status.old, 'status')} → {value_text(status.new, 'status')}"
    labels = [field_label(c.field, names) for c in entry.changes if c.field != "id"]
    if len(labels) > MAX_SUMMARY_FIELDS:
        rest = len(labels) - MAX_SUMMARY_FIELDS
        more = QCoreApplication.translate("HistoryDialog", "and %n more", "", rest)
        return f"{', '.join(labels[:MAX_SUMMARY_FIELDS])} {more}"
    return ", ".join(labels)


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
        names = field_names()
        for entry in self.entries:
            what = f"{action_label(entry.action)} · {record_text(entry)}"
            who = entry.actor if entry.actor_is_person else self.tr("%1 (computer account)")
            item = QTreeWidgetItem(
                [
                    when_text(entry.at),
                    who.replace("%1", entry.actor),
                    what,
                    changed_text(entry, names),
                ]
            )
            for change in entry.changes:
                if change.field == "id":
                    continue  # the row's internal id says nothing to a reader
                old = value_text(change.old, change.field, entry.currency)
                new = value_text(change.new, change.field, entry.currency)
                QTreeWidgetItem(item, ["", "", field_label(change.field, names), f"{old} → {new}"])
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
