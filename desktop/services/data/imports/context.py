"""What every row of an import is checked against: the file, the chosen
columns, the company's defaults and the clients already in TechLedger.

Names are matched case-insensitively (Unicode case folding, so 'ÅSA AB'
finds 'Åsa AB' on SQLite too). A row that cannot become a record raises
RowRejected with a reason fit for the user; the planner records its line."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Client, Shop
from desktop.services.common.errors import UserError
from desktop.services.common.record_rules import control_character
from desktop.services.data.imports.formats import check_mapping, fields_of, resolve
from desktop.services.data.imports.reading import CsvTable
from desktop.services.data.imports.report import ImportOptions

MULTILINE_FIELDS = frozenset({"description", "notes"})
NEW_CLIENT = "_new_client"  # key in a planned record naming a client still to be created


class RowRejected(UserError, ValueError):
    """One row cannot be imported; the message is the reason shown."""


def fail(label: str, exc: Exception) -> RowRejected:
    return RowRejected(f"{label}: {exc}")


class Names:
    """Names → ids, compared with Unicode case folding."""

    def __init__(self) -> None:
        self._ids: dict[str, set[int]] = {}

    def add(self, name: str | None, record_id: int) -> None:
        if name:
            self._ids.setdefault(name.strip().casefold(), set()).add(record_id)

    def find(self, name: str, label: str) -> int | None:
        ids = self._ids.get(name.strip().casefold(), set())
        if len(ids) > 1:
            raise RowRejected(f"More than one {label} is called '{name}'; rename one first.")
        return next(iter(ids), None)


class ImportContext:
    """The file, the resolved mapping and the clients; shared by the row
    readers of every kind. Raises MappingError when the columns cannot work."""

    def __init__(self, session: Session, table: CsvTable, options: ImportOptions) -> None:
        self.session = session
        self.table = table
        self.options = options
        self.format, self.mapping = resolve(table, options.kind, options.format, options.mapping)
        check_mapping(options.kind, self.mapping)
        self.labels = {f.key: f.label for f in fields_of(options.kind)}
        self.notes: list[str] = [table.encoding_note] if table.encoding_note else []
        shop = session.scalar(select(Shop).order_by(Shop.id).limit(1))
        self.shop_defaults = (shop.country, shop.default_currency) if shop else None
        self.clients = Names()
        self.client_currency: dict[int, str] = {}
        for client_id, name, currency in session.execute(
            select(Client.id, Client.name, Client.currency)
        ):
            self.clients.add(name, client_id)
            self.client_currency[client_id] = currency
        self.new_clients: dict[str, str] = {}  # folded name → name as written

    def cell(self, cells: tuple[str, ...], key: str) -> str:
        """The cell of field `key`, stripped. Text with a control character
        (a NUL, say) rejects the row, as the form would refuse it: only
        descriptions and notes may hold tabs and line breaks."""
        index = self.mapping.get(key)
        if index is None or index >= len(cells):
            return ""
        text = cells[index].strip()
        found = control_character(text, multiline=key in MULTILINE_FIELDS)
        if found is not None:
            label = self.labels.get(key, key)
            raise RowRejected(
                f"{label}: the cell holds the control character {found}; "
                "remove it in the file and import again."
            )
        return text

    def header(self, key: str) -> str:
        """The header of the column mapped to `key` ('' when unmapped)."""
        index = self.mapping.get(key)
        return "" if index is None else self.table.headers[index]

    def client_ref(self, name: str, record: dict[str, Any]) -> str:
        """Put the client's id into `record`, or mark it for creation.
        Returns the currency the client is billed in."""
        if not name:
            raise RowRejected("Client: the cell is empty; every record needs a client.")
        client_id = self.clients.find(name, "client")
        if client_id is not None:
            record["client_id"] = client_id
            return self.client_currency[client_id]
        if not self.options.create_missing_clients:
            raise RowRejected(
                f"Client: there is no client '{name}'. Add it first, or tick "
                "'Create missing clients'."
            )
        if self.shop_defaults is None:
            raise RowRejected(
                f"Client: there is no client '{name}', and new clients take the company's "
                "country and currency: set up the company first."
            )
        self.new_clients.setdefault(name.casefold(), name)
        record["client_id"] = None
        record[NEW_CLIENT] = name.casefold()
        return self.shop_defaults[1]
