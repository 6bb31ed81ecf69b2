"""Table models for a client's contacts, sites and contracts (short lists)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt

from desktop.views.formatting import format_date, format_decimal, format_minutes
from desktop.views.itemmodels.records_table_model import RecordColumn, RecordsTableModel

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClientDetails", text)


def _km(metres: int) -> str:
    """1234 m → "1.2 km" ("1,2 km" in Polish): one decimal, the locale's mark."""
    return f"{format_decimal(Decimal(metres).scaleb(-3), 1)} km"


class ContactsTableModel(RecordsTableModel):
    """Rows are desktop.services.records.clients.ContactRow."""

    COL_NAME, COL_ROLE, COL_EMAIL, COL_PHONE, COL_BILLING = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                RecordColumn(_tr("Name"), lambda r: r.name),
                RecordColumn(_tr("Role"), lambda r: r.role),
                RecordColumn(_tr("Email"), lambda r: r.email),
                RecordColumn(_tr("Phone"), lambda r: r.phone),
                RecordColumn(
                    _tr("Invoices"),
                    lambda r: r.is_billing,
                    lambda v: _tr("Receives") if v else "",
                ),
            ],
            parent,
        )


class SitesTableModel(RecordsTableModel):
    """Rows are desktop.services.records.clients.SiteRow."""

    COL_NAME, COL_CITY, COL_COUNTRY, COL_DISTANCE, COL_TRAVEL = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                RecordColumn(_tr("Name"), lambda r: r.name),
                RecordColumn(_tr("City"), lambda r: r.city),
                RecordColumn(_tr("Country"), lambda r: r.country),
                RecordColumn(_tr("Distance"), lambda r: r.distance_m, _km, _RIGHT),
                RecordColumn(_tr("Travel"), lambda r: r.travel_minutes, format_minutes, _RIGHT),
            ],
            parent,
        )


def contract_kind_text(kind: str) -> str:
    return {
        "time_materials": _tr("Time and materials"),
        "prepaid": _tr("Prepaid hours"),
        "term": _tr("Term"),
        "managed": _tr("Managed services"),
    }.get(kind, kind)


def contract_state_text(state: str) -> str:
    return {
        "active": _tr("Active"),
        "not_started": _tr("Not started"),
        "ended": _tr("Ended"),
        "draft": _tr("Draft"),
        "cancelled": _tr("Cancelled"),
    }.get(state, state)


class ContractsTableModel(RecordsTableModel):
    """Rows are desktop.services.records.client_contracts.ContractRow."""

    COL_NAME, COL_KIND, COL_STARTS, COL_ENDS, COL_STATE = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                RecordColumn(_tr("Name"), lambda r: r.name),
                RecordColumn(_tr("Kind"), lambda r: r.kind, contract_kind_text),
                RecordColumn(_tr("Starts"), lambda r: r.starts_on, format_date),
                RecordColumn(_tr("Ends"), lambda r: r.ends_on, format_date),
                RecordColumn(_tr("State"), lambda r: r.state, contract_state_text),
            ],
            parent,
        )
