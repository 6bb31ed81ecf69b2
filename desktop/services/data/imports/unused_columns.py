"""The columns of a file that feed no field, each with the reason, so the
preview and the dry run show what stays behind instead of dropping it
silently. The peers' own columns have their reason here (every language
the headers are read in); any other column is not mapped to a field."""

from __future__ import annotations

from desktop.services.data.imports.entry_rates import header_currency
from desktop.services.data.imports.reading import CsvTable

_NOT_MAPPED = "no field is chosen for it (map it in the preview or with --map)"
_COST = "internal cost: TechLedger bills from its own rates and keeps no cost per entry"
_EXPORTED = "the peer's own export mark: every entry comes in unbilled"
_CUSTOMER = "a detail of the customer: import clients from a client list instead"
_STAFF_NO = "technicians are matched by login, e-mail and name, not by staff number"
_KIND = "the peer's entry type or category: only Clockify's 'Break' changes an entry"
_ROUNDED = "the same time as the duration used, in another unit"
_GROUP = "user groups are not kept; the technician is"
_AMOUNT = "the entry's total: the hourly rate is imported; invoices bill rate × billed time"

# Folded header (no currency in brackets) → why it is not imported.
_REASONS = {
    "internal price": _COST,
    "internal rate": _COST,
    "interner preis": _COST,
    "stawka wewnętrzna": _COST,
    "internt värde": _COST,
    "cost rate": _COST,
    "cost amount": _COST,
    "exported": _EXPORTED,
    "exportiert": _EXPORTED,
    "wyeksportowane": _EXPORTED,
    "exporterad": _EXPORTED,
    "invoiced": _EXPORTED,
    "account": _CUSTOMER,
    "kundennummer": _CUSTOMER,
    "numer klienta": _CUSTOMER,
    "konto": _CUSTOMER,
    "vat-id": _CUSTOMER,
    "umsatzsteuer-id": _CUSTOMER,
    "nip": _CUSTOMER,
    "vat-id / orgnr": _CUSTOMER,
    "order number": _CUSTOMER,
    "bestellnummer": _CUSTOMER,
    "numer zamówienia": _CUSTOMER,
    "ordernummer": _CUSTOMER,
    "staff number": _STAFF_NO,
    "personalnummer": _STAFF_NO,
    "numer pracownika": _STAFF_NO,
    "anställningsnummer": _STAFF_NO,
    "type": _KIND,
    "typ": _KIND,
    "category": _KIND,
    "kategorie": _KIND,
    "kategoria": _KIND,
    "kategori": _KIND,
    "duration (decimal)": _ROUNDED,
    "group": _GROUP,
}


def not_imported(
    table: CsvTable, mapping: dict[str, int], amount_used: bool = True
) -> list[tuple[str, str]]:
    """(header, reason) for every column no field reads; the entry's total
    too when no row needed it (every rated row had its hourly rate)."""
    taken = {index: key for key, index in mapping.items()}
    listed = []
    for index, header in enumerate(table.headers):
        name = header.strip()
        key = taken.get(index)
        if key == "amount" and not amount_used:
            listed.append((name, _AMOUNT))
            continue
        if key is not None:
            continue
        folded = name.casefold()
        if header_currency(name):
            folded = name.rpartition("(")[0].strip().casefold()
        listed.append((name or f"column {index + 1}", _REASONS.get(folded, _NOT_MAPPED)))
    return listed
