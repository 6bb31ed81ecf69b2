"""The terms of one contract, read-only, under the "All contracts" list."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.prepaid.overview import ContractFacts
from desktop.views.formatting import (
    code_labels,
    format_code,
    format_date,
    format_minutes,
    format_money,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContractsPage", text)


def _money_or_dash(minor: int | None, currency: str) -> str:
    return format_money(minor, currency) if minor is not None else "—"


class ContractDetails(QLabel):
    """The terms of the contract selected in the list, read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contractDetails")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMargin(12)
        self.show_facts(None)

    def show_facts(self, facts: ContractFacts | None) -> None:
        if facts is None:
            hint = escape(_tr("Select a contract to see its terms."))
            self.setText(f"<span style='color:#5B6878'>{hint}</span>")
            return
        labels = code_labels()
        money = facts.currency
        period = (
            format_date(facts.starts_on)
            + " – "
            + (format_date(facts.ends_on) if facts.ends_on else _tr("open-ended"))
        )
        rows = [
            (_tr("Client"), facts.client_name),
            (_tr("Kind"), format_code(facts.kind, labels)),
            (_tr("Status"), format_code(facts.status, labels)),
            (_tr("Period"), period),
        ]
        if facts.billing_period and facts.price_minor:
            rows.append(
                (
                    _tr("Price"),
                    _tr("%1 per %2")
                    .replace("%1", format_money(facts.price_minor, money))
                    .replace("%2", _period_word(facts.billing_period)),
                )
            )
        elif facts.price_minor:
            rows.append((_tr("Price"), format_money(facts.price_minor, money)))
        rows.append((_tr("Hourly rate"), _money_or_dash(facts.hourly_rate_minor, money)))
        if facts.included_minutes:
            rows.append((_tr("Hours included"), format_minutes(facts.included_minutes)))
        if facts.kind in ("prepaid", "term"):
            rule = (
                _tr("billed at %1 an hour").replace(
                    "%1", _money_or_dash(facts.overage_rate_minor, money)
                )
                if facts.overage_rule == "bill"
                else _tr("balance may go negative")
            )
            rows.append((_tr("Overage"), rule))
        if facts.minimum_purchase_minutes:
            rows.append(
                (_tr("Minimum purchase"), format_minutes(facts.minimum_purchase_minutes) + " h")
            )
        if facts.covered_work_types:
            rows.append((_tr("Covers"), ", ".join(facts.covered_work_types)))
        if facts.consumed_work_types:
            rows.append((_tr("Draws hours for"), ", ".join(facts.consumed_work_types)))
        for fee in facts.fees:
            quantity = f"{fee.quantity_milli / 1000:g}"
            rows.append(
                (
                    _tr("Fee"),
                    f"{fee.description}: {quantity} {fee.unit} × "
                    f"{format_money(fee.unit_price_minor, money)}",
                )
            )
        if facts.notes:
            rows.append((_tr("Notes"), facts.notes))
        cells = "".join(
            f"<tr><td style='color:#5B6878; padding:2px 16px 2px 0'>{escape(name)}</td>"
            f"<td style='padding:2px 0'>{escape(value)}</td></tr>"
            for name, value in rows
        )
        self.setText(f"<b style='font-size:11pt'>{escape(facts.name)}</b><table>{cells}</table>")


def _period_word(code: str) -> str:
    return {"month": _tr("month"), "quarter": _tr("quarter"), "year": _tr("year")}.get(code, code)
