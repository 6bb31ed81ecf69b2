"""Dialogs of the invoicing page: payment, credit note and the month-end
run (sending by e-mail is in mail_dialogs.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.billing import payments
from desktop.services.billing.credit_shares import credit_preview
from desktop.services.billing.invoices import InvoiceError
from desktop.services.billing.line_drafts import GROUPINGS
from desktop.services.billing.unbilled import InvoiceView
from desktop.services.common.errors import UserError
from desktop.services.common.money import AmountError, parse_amount
from desktop.views.formatting import format_money
from desktop.views.record_dialog import RecordDialog

from .common import (
    QuantityError,
    credit_cells,
    date_edit,
    date_of,
    input_amount,
    parse_credit,
    tr,
)

PAYMENT_METHODS = ("bank_transfer", "card", "cash", "other")


def grouping_titles() -> dict[str, str]:
    titles = {
        "detail": tr("One line per entry"),
        "ticket": tr("One line per ticket"),
        "visit": tr("One line per visit"),
        "work_type": tr("One line per work type"),
    }
    return {key: titles[key] for key in GROUPINGS}


def grouping_combo(current: str = "ticket") -> QComboBox:
    combo = QComboBox()
    for key, title in grouping_titles().items():
        combo.addItem(title, key)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class _FitsWrappedText(RecordDialog):
    """A dialog whose wrapped intro text is as tall as it reads at the
    dialog's real width: the size hint measures it narrower (more lines),
    which left an empty gap above the buttons."""

    def setVisible(self, visible: bool) -> None:
        first = visible and not self._minimum_fixed
        super().setVisible(visible)
        if first:
            width = self.width()
            height = self.layout().totalHeightForWidth(width)
            if height > 0:
                self.setMinimumHeight(height)
                self.resize(width, height)


class _ActionDialog(_FitsWrappedText):
    """A RecordDialog whose service refusals (InvoiceError) are shown at the
    field they concern, or in the banner."""

    def error_field(self, message: str) -> str | None:
        return None

    def show_user_error(self, exc: UserError) -> None:
        # RecordDialog.accept catches every UserError and lands here.
        key = exc.field or self.error_field(str(exc))
        if key is None:
            super().show_user_error(exc)
        else:
            self.show_errors({key: str(exc)})


class PaymentDialog(_ActionDialog):
    """Money received for an issued invoice; a partial amount leaves it
    partly paid, too much shows as the client's credit."""

    def __init__(
        self, sessions: sessionmaker[Session], invoice: InvoiceView, parent: QWidget | None = None
    ) -> None:
        super().__init__(sessions, tr("Record a payment"), parent)
        self.invoice = invoice
        owed = max(invoice.outstanding_minor, 0)
        intro = QLabel(
            tr("Invoice %1 · %2 · outstanding %3")
            .replace("%1", invoice.number or "")
            .replace("%2", invoice.client_name)
            .replace("%3", format_money(invoice.outstanding_minor, invoice.currency))
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.form.insertRow(0, intro)
        self.amount_edit = self.add_field(
            "amount",
            tr("&Amount (%1)").replace("%1", invoice.currency),
            QLineEdit(input_amount(owed, invoice.currency)),
        )
        self.date_edit = self.add_field(
            "received_on", tr("&Received on"), date_edit(dt.date.today())
        )
        self.method_combo = QComboBox()
        for key, title in (
            ("bank_transfer", tr("Bank transfer")),
            ("card", tr("Card")),
            ("cash", tr("Cash")),
            ("other", tr("Other")),
        ):
            self.method_combo.addItem(title, key)
        self.add_field("method", tr("&Method"), self.method_combo)
        self.reference_edit = self.add_field("reference", tr("Re&ference"), QLineEdit())
        self.reference_edit.setPlaceholderText(tr("e.g. the bank statement line"))
        self.setMinimumWidth(460)
        self.amount_edit.selectAll()

    def error_field(self, message: str) -> str | None:
        return "amount" if "amount" in message else None

    def save(self, session: Session) -> int:
        amount = parse_amount(self.amount_edit.text(), self.invoice.currency)
        payment = payments.record_payment(
            session,
            self.invoice.id,
            amount_minor=amount,
            received_on=date_of(self.date_edit),
            method=self.method_combo.currentData(),
            reference=self.reference_edit.text().strip(),
        )
        return payment.id

    def accept(self) -> None:
        try:
            parse_amount(self.amount_edit.text(), self.invoice.currency)
        except AmountError as exc:
            self.clear_errors()
            self.show_errors({"amount": str(exc)})
            return
        super().accept()


class CreditNoteDialog(_ActionDialog):
    """A credit note for the whole invoice or chosen lines and quantities."""

    COL_LINE, COL_INVOICED, COL_LEFT, COL_CREDIT = range(4)

    def __init__(
        self, sessions: sessionmaker[Session], invoice: InvoiceView, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            sessions, tr("Credit note for %1").replace("%1", invoice.number or ""), parent
        )
        self.invoice = invoice
        self.credit_id: int | None = None
        self.whole_radio = QRadioButton(tr("The &whole invoice (what is left of it)"))
        self.lines_radio = QRadioButton(tr("&Chosen lines and quantities"))
        self.whole_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.whole_radio)
        group.addButton(self.lines_radio)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.whole_radio)
        column.addWidget(self.lines_radio)
        self.form.addRow(tr("Credit"), holder)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Line"), tr("Invoiced"), tr("Left"), tr("Credit")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_LINE, QHeaderView.ResizeMode.Stretch)
        for col in (self.COL_INVOICED, self.COL_LEFT, self.COL_CREDIT):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self._line_ids: list[int] = []
        for line in invoice.lines:
            left = line.quantity_milli - line.credited_milli
            cells = credit_cells(line)
            row = self.table.rowCount()
            self.table.insertRow(row)
            name = QTableWidgetItem(f"{line.position}. {line.description}")
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Unchecked)
            name.setToolTip(line.description)
            self.table.setItem(row, self.COL_LINE, name)
            for col, value in ((self.COL_INVOICED, cells[0]), (self.COL_LEFT, cells[1])):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
            credit = QTableWidgetItem(cells[2])
            credit.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not left:
                credit.setFlags(Qt.ItemFlag.ItemIsEnabled)
                name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, self.COL_CREDIT, credit)
            self._line_ids.append(line.id)
        self.table.setMinimumHeight(min(8, max(len(invoice.lines), 3)) * 28 + 30)
        self.add_field("lines", tr("Lines"), self.table)
        self.table.setEnabled(False)
        self.lines_radio.toggled.connect(self.table.setEnabled)
        self.net_label = QLabel()
        self.net_label.setObjectName("hint")
        self.form.addRow("", self.net_label)
        self.lines_radio.toggled.connect(lambda _on: self._update_net())
        self.table.itemChanged.connect(lambda _item: self._update_net())
        self._update_net()

        self.reason_edit = self.add_field("reason", tr("&Reason"), QLineEdit())
        self.reason_edit.setPlaceholderText(tr("Printed on the credit note"))
        self.release_check = QCheckBox(tr("Make the credited work &billable again"))
        self.release_check.setToolTip(
            tr(
                "Time and materials on fully credited lines go back to unbilled work, "
                "so they can be invoiced anew (for example at a corrected rate)."
            )
        )
        self.add_field("release", tr("Work"), self.release_check)
        self.date_edit = self.add_field("issue_date", tr("&Issue date"), date_edit(dt.date.today()))
        self.setMinimumWidth(640)

    def _update_net(self) -> None:
        """The net amount the credit note will take off, before VAT."""
        if not hasattr(self, "net_label"):
            return
        try:
            chosen = self.chosen_quantities()
        except QuantityError:
            self.net_label.setText(tr("Net credited: —"))
            return
        # The same plan the credit note is made from, so the figure shown is
        # the figure credited (residues and shares by the minute included).
        try:
            with read_only(self.sessions) as session:
                net = credit_preview(session, self.invoice.id, chosen)
        except InvoiceError:
            self.net_label.setText(tr("Net credited: —"))
            return
        self.net_label.setText(
            tr("Net credited: %1 (plus VAT)").replace(
                "%1", format_money(net, self.invoice.currency)
            )
        )

    def set_line_credit(self, row: int, checked: bool, quantity: str | None = None) -> None:
        """Tick (or untick) line `row` and type its credit quantity."""
        self.table.item(row, self.COL_LINE).setCheckState(
            Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        )
        if quantity is not None:
            self.table.item(row, self.COL_CREDIT).setText(quantity)

    def chosen_quantities(self) -> dict[int, int] | None:
        """None for the whole invoice; raises QuantityError naming the line."""
        if self.whole_radio.isChecked():
            return None
        chosen: dict[int, int] = {}
        lines = {line.id: line for line in self.invoice.lines}
        for row, line_id in enumerate(self._line_ids):
            if self.table.item(row, self.COL_LINE).checkState() != Qt.CheckState.Checked:
                continue
            text = self.table.item(row, self.COL_CREDIT).text()
            try:
                chosen[line_id] = parse_credit(text, lines[line_id])
            except QuantityError as exc:
                raise QuantityError(
                    tr("Line %1: %2").replace("%1", str(row + 1)).replace("%2", str(exc))
                ) from None
        if not chosen:
            raise QuantityError(tr("Tick the lines to credit."))
        return chosen

    def error_field(self, message: str) -> str | None:
        if "reason" in message:
            return "reason"
        if message.startswith("Line") or "credit" in message.lower():
            return "lines"
        return None

    def accept(self) -> None:
        self.clear_errors()
        try:
            self._quantities = self.chosen_quantities()
        except QuantityError as exc:
            self.show_errors({"lines": str(exc)})
            return
        if not self.reason_edit.text().strip():
            self.show_errors(
                {"reason": tr("Say why the invoice is corrected; the reason is printed.")}
            )
            return
        super().accept()

    def save(self, session: Session) -> int:
        credit = payments.credit_invoice(
            session,
            self.invoice.id,
            issue_date=date_of(self.date_edit),
            reason=self.reason_edit.text(),
            quantities=self._quantities,
            release=self.release_check.isChecked(),
        )
        self.credit_id = credit.id
        return credit.id


class MonthEndDialog(_FitsWrappedText):
    """What the month-end run bills: period, issue date and grouping."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        period: tuple[dt.date, dt.date],
        grouping: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(sessions, tr("Month-end run"), parent)
        intro = QLabel(
            tr(
                "Drafts and issues one invoice per client with unbilled work or a fee due. "
                "Each client is saved on its own: cancelling keeps the invoices issued so "
                "far and leaves the rest unbilled."
            )
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.form.insertRow(0, intro)
        self.from_edit = self.add_field("period_from", tr("Period &from"), date_edit(period[0]))
        self.to_edit = self.add_field("period_to", tr("Period &to"), date_edit(period[1]))
        self.issue_edit = self.add_field(
            "issue_date", tr("&Issue date"), date_edit(max(dt.date.today(), period[1]))
        )
        self.grouping_combo = self.add_field("grouping", tr("&Lines"), grouping_combo(grouping))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Run"))
        self.setMinimumWidth(480)

    def values(self) -> tuple[dt.date, dt.date, dt.date, str]:
        return (
            date_of(self.from_edit),
            date_of(self.to_edit),
            date_of(self.issue_edit),
            self.grouping_combo.currentData(),
        )

    def accept(self) -> None:
        period_from, period_to, issue, _grouping = self.values()
        self.clear_errors()
        if period_to < period_from:
            self.show_errors({"period_to": tr("The period ends before it starts.")})
            return
        if issue < period_to:
            self.show_errors(
                {"issue_date": tr("Issue the invoices on or after the last day of the period.")}
            )
            return
        QDialog.accept(self)


def open_dialog(dialog: QDialog, on_accept: Callable[[QDialog], None], style: str) -> QDialog:
    """Show `dialog` window-modal without a nested event loop; call
    `on_accept(dialog)` when it is accepted."""
    dialog.setStyleSheet(style)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            on_accept(dialog)

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
