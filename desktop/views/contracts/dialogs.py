"""The two dialogs of the prepaid overview: buying a block of hours, and
choosing the period and file of a prepaid statement."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.session import read_only
from desktop.services.billing.blocks import invoice_on_purchase
from desktop.services.common.durations import parse_duration as parse_hours
from desktop.services.common.money import AmountError, minor_digits, parse_amount, to_decimal
from desktop.services.common.record_rules import ValidationError
from desktop.services.prepaid.overview import PrepaidRow
from desktop.services.prepaid.purchases import (
    debt_paid_by,
    record_top_up,
    suggested_price,
)
from desktop.views.formatting import (
    NumberTextError,
    date_display_format,
    format_minutes,
    input_decimal,
    normalise_number,
)
from desktop.views.record_dialog import RecordDialog


def date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_display_format())
    return edit


def picked(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def _a_year_after(day: dt.date) -> dt.date:
    """The same day next year (28 February for 29 February)."""
    if day.month == 2 and day.day == 29:
        return day.replace(year=day.year + 1, day=28)
    return day.replace(year=day.year + 1)


class TopUpDialog(RecordDialog):
    """Hours, price, purchase date and expiry of a new block. The price
    follows the hours at the contract's rate until the user types one; a
    purchase below the contract's minimum is refused under the hours. A
    note says how much of the block first pays a debt, and when the block
    is invoiced (at once as a draft, or by the next month-end run)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        row: PrepaidRow,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(
            sessions, self.tr("Top up prepaid hours — %1").replace("%1", row.client_name), parent
        )
        self.row = row
        self._today = today or dt.date.today()
        self._price_typed = False
        self.draft_invoice_id: int | None = None  # invoice on purchase: the draft
        intro = QLabel(
            self.tr("<b>%1</b><br>%2 h left now.")
            .replace("%1", row.contract_name)
            .replace("%2", format_minutes(row.balance_minutes))
        )
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.form.addRow(intro)

        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("e.g. 10 or 7:30"))
        if row.minimum_purchase_minutes:
            self.hours.setText(format_minutes(row.minimum_purchase_minutes).removesuffix(":00"))
            self.hours.setToolTip(
                self.tr("This contract needs a purchase of at least %1 h.").replace(
                    "%1", format_minutes(row.minimum_purchase_minutes)
                )
            )
        self.add_field("hours", self.tr("Hours"), self.hours)

        self.price = QLineEdit()
        self.price.setAlignment(Qt.AlignmentFlag.AlignRight)
        price_row = QWidget()
        price_layout = QHBoxLayout(price_row)
        price_layout.setContentsMargins(0, 0, 0, 0)
        price_layout.addWidget(self.price, 1)
        price_layout.addWidget(QLabel(row.currency))
        self.add_field("price", self.tr("Price"), price_row)
        self._fields["price"] = self.price  # errors highlight the line edit

        self.purchased_on = date_edit(self._today)
        self.add_field("purchased_on", self.tr("Purchase date"), self.purchased_on)

        self.expires = QCheckBox(self.tr("Expires on"))
        self.expires.setChecked(True)
        self.expires_on = date_edit(_a_year_after(self._today))
        expiry_row = QWidget()
        expiry_layout = QHBoxLayout(expiry_row)
        expiry_layout.setContentsMargins(0, 0, 0, 0)
        expiry_layout.addWidget(self.expires)
        expiry_layout.addWidget(self.expires_on, 1)
        self.add_field("expires_on", self.tr("Expiry"), expiry_row)
        self._fields["expires_on"] = self.expires_on
        self.expires.toggled.connect(self.expires_on.setEnabled)

        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Order or invoice reference (optional)"))
        self.add_field("note", self.tr("Note"), self.note)

        # What the block will do: pay a debt first, and when it is invoiced.
        self.debt_note = QLabel()
        self.debt_note.setObjectName("topUpDebtNote")
        self.debt_note.setWordWrap(True)
        self.form.addRow(self.debt_note)
        with read_only(sessions) as session:
            at_once = invoice_on_purchase(session)
        self.invoice_note = QLabel(
            self.tr("A draft invoice for the block is created when you save.")
            if at_once
            else self.tr("The next month-end run for this client invoices the block.")
        )
        self.invoice_note.setObjectName("topUpInvoiceNote")
        self.invoice_note.setWordWrap(True)
        self.form.addRow(self.invoice_note)

        self.hours.textChanged.connect(self._follow_hours)
        self.hours.textChanged.connect(self._show_debt)
        self.purchased_on.dateChanged.connect(self._show_debt)
        self.price.textEdited.connect(self._on_price_typed)
        self._follow_hours()
        self._show_debt()
        self.hours.setFocus()
        self.setMinimumWidth(420)

    def _on_price_typed(self) -> None:
        self._price_typed = True

    def _follow_hours(self) -> None:
        """Keep the price at hours × contract rate until the user types one."""
        if self._price_typed:
            return
        try:
            minutes = parse_hours(self.hours.text())
        except ValueError:
            return
        price = suggested_price(minutes, self.row.hourly_rate_minor)
        if price is not None:
            # In the locale's decimal point ("17100,00" in Polish), as typed.
            currency = self.row.currency
            self.price.setText(input_decimal(to_decimal(price, currency), minor_digits(currency)))

    def _show_debt(self) -> None:
        """Say how much of the block first pays the debt owed on the day of
        purchase (the same rule the ledger applies when it is saved)."""
        try:
            minutes = parse_hours(self.hours.text())
        except ValueError:
            minutes = 0
        with read_only(self.sessions) as session:
            paid = debt_paid_by(session, self.row.contract_id, minutes, picked(self.purchased_on))
        if not paid:
            self.debt_note.clear()
            self.debt_note.hide()
            return
        self.debt_note.setText(
            self.tr("The block first pays the %1 h owed: %2 h of it will be left.")
            .replace("%1", format_minutes(paid))
            .replace("%2", format_minutes(minutes - paid))
        )
        self.debt_note.show()

    def save(self, session: Session) -> int:
        errors: dict[str, str] = {}
        minutes = amount = 0
        try:
            minutes = parse_hours(self.hours.text())
        except ValueError as exc:
            errors["hours"] = str(exc)
        try:
            # normalise_number first: its refusal shows the user's own format.
            amount = parse_amount(normalise_number(self.price.text()), self.row.currency)
        except (AmountError, NumberTextError) as exc:
            errors["price"] = str(exc)
        if errors:
            raise ValidationError(errors)
        # Recorded at midnight of the day, as the command line does.
        bought = record_top_up(
            session,
            self.row.contract_id,
            minutes=minutes,
            amount_minor=amount,
            on=picked(self.purchased_on),
            expires_on=picked(self.expires_on) if self.expires.isChecked() else None,
            note=self.note.text().strip(),
        )
        self.draft_invoice_id = bought.draft_invoice_id
        return bought.entry.id


class StatementDialog(RecordDialog):
    """The period of a prepaid statement and where to save the PDF. Only
    checks what it is given; the page renders in the background."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        row: PrepaidRow,
        folder: Path,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(
            sessions, self.tr("Prepaid statement — %1").replace("%1", row.client_name), parent
        )
        self.row = row
        today = today or dt.date.today()
        first = today.replace(day=1)
        start = (first - dt.timedelta(days=1)).replace(day=1)
        start = (start - dt.timedelta(days=1)).replace(day=1)  # two months back
        self.period_from = date_edit(start)
        self.add_field("period_from", self.tr("From"), self.period_from)
        self.period_to = date_edit(today)
        self.add_field("period_to", self.tr("To"), self.period_to)

        self.path = QLineEdit()
        self.path.setMinimumWidth(340)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QWidget()
        path_layout = QHBoxLayout(path_row)
        path_layout.setContentsMargins(0, 0, 0, 0)
        path_layout.addWidget(self.path, 1)
        path_layout.addWidget(browse)
        self.add_field("path", self.tr("Save as"), path_row)
        self._fields["path"] = self.path
        self._folder = folder
        self.period_from.dateChanged.connect(self._suggest_name)
        self.period_to.dateChanged.connect(self._suggest_name)
        self._suggested = ""
        self._suggest_name()
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Save PDF"))

    def _file_name(self) -> str:
        safe = "".join(c for c in self.row.client_name if c not in '\\/:*?"<>|').strip()
        return (
            self.tr("Prepaid statement %1 %2 to %3.pdf")
            .replace("%1", safe)
            .replace("%2", picked(self.period_from).isoformat())
            .replace("%3", picked(self.period_to).isoformat())
        )

    def _suggest_name(self) -> None:
        # Follow the period only while the user has not chosen a file.
        if self.path.text() in ("", self._suggested):
            self._suggested = str(self._folder / self._file_name())
            self.path.setText(self._suggested)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save prepaid statement"), self.path.text(), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.path.setText(path)

    def chosen(self) -> tuple[dt.date, dt.date, Path]:
        return picked(self.period_from), picked(self.period_to), Path(self.path.text().strip())

    def save(self, session: Session) -> int:
        errors = {}
        period_from, period_to, path = self.chosen()
        if period_to < period_from:
            errors["period_to"] = self.tr("The period ends before it starts.")
        if not self.path.text().strip():
            errors["path"] = self.tr("Choose where to save the PDF.")
        elif not path.parent.is_dir():
            errors["path"] = self.tr("The folder %1 does not exist.").replace(
                "%1", str(path.parent)
            )
        if errors:
            raise ValidationError(errors)
        return self.row.contract_id
