"""Checking every row of an import before anything is written: each row
becomes the values of one record, or a rejection with its line number and
the reason. The same check serves the dry run and the import itself, so a
dry run that reports no rejects means the import will write every row.

Names are matched case-insensitively (Unicode case folding, so 'ÅSA AB'
finds 'Åsa AB' on SQLite too): clients by name; technicians by e-mail, then
name; work types by code, then name; VAT rates by code, then name.

Time entries: the raw minutes are the source's duration when that column is
mapped (Toggl, Clockify and Kimai write the exact tracked time there),
otherwise end minus start; seconds round to the nearest minute, and exactly
30 seconds round up. Entries go in unbilled; billable as the source says (a
blank cell takes the work type's default)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Client, Product, Shop, TaxRate, Technician, TimeEntry, WorkType
from desktop.services.clients import ClientInput
from desktop.services.clients import validate as validate_client
from desktop.services.contacts_sites import ContactInput, validate_contact
from desktop.services.money import AmountError, parse_amount

from .formats import DEFAULT_DATE_ORDER, MappingError, check_mapping, fields_of, resolve
from .reading import CsvTable
from .values import (
    CellError,
    date_order_of,
    minutes_from_seconds,
    parse_bool,
    parse_date,
    parse_duration_seconds,
    parse_int,
    parse_time,
    split_date_time,
)

MAX_ENTRY = dt.timedelta(hours=24)
NEW_CLIENT = "_new_client"  # key in a planned record naming a client still to be created


@dataclass
class ImportOptions:
    """What the user chose. `mapping` overrides the detected columns:
    field → column header ('' leaves the field unmapped)."""

    kind: str
    format: str = "auto"
    mapping: dict[str, str] = field(default_factory=dict)
    create_missing_clients: bool = False
    default_work_type: str = ""  # code or name; '' = the first active work type
    date_order: str = "auto"
    skip_bad_rows: bool = False


@dataclass(frozen=True)
class Rejected:
    line: int
    reason: str


@dataclass
class ImportReport:
    """The outcome of a dry run or an import."""

    kind: str
    format: str
    encoding: str
    rows: int
    accepted: int
    rejected: list[Rejected]
    new_clients: list[str]
    raw_minutes: int
    notes: list[str]
    dry_run: bool = True
    imported: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "format": self.format,
            "encoding": self.encoding,
            "dry_run": self.dry_run,
            "rows": self.rows,
            "accepted": self.accepted,
            "imported": self.imported,
            "rejected": [{"line": r.line, "reason": r.reason} for r in self.rejected],
            "new_clients": list(self.new_clients),
            "raw_minutes": self.raw_minutes,
            "notes": list(self.notes),
            "seconds": round(self.seconds, 3),
        }


@dataclass
class Plan:
    report: ImportReport
    records: list[dict[str, Any]]
    new_clients: dict[str, str]  # folded name → name as written
    client_defaults: tuple[str, str] | None  # (country, currency) for new clients


class RowRejected(ValueError):
    pass


class _Names:
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


def _fail(label: str, exc: Exception) -> RowRejected:
    return RowRejected(f"{label}: {exc}")


class _Planner:
    def __init__(self, session: Session, table: CsvTable, options: ImportOptions) -> None:
        self.session = session
        self.table = table
        self.options = options
        self.format, self.mapping = resolve(table, options.kind, options.format, options.mapping)
        check_mapping(options.kind, self.mapping)
        self.labels = {f.key: f.label for f in fields_of(options.kind)}
        self.notes: list[str] = []
        shop = session.scalar(select(Shop).order_by(Shop.id).limit(1))
        self.shop_defaults = (shop.country, shop.default_currency) if shop else None
        self.clients = _Names()
        for client_id, name in session.execute(select(Client.id, Client.name)):
            self.clients.add(name, client_id)
        self.new_clients: dict[str, str] = {}

    # -- cells -------------------------------------------------------------

    def cell(self, cells: tuple[str, ...], key: str) -> str:
        index = self.mapping.get(key)
        if index is None or index >= len(cells):
            return ""
        return cells[index].strip()

    def client_ref(self, name: str, record: dict[str, Any]) -> None:
        """Put the client's id into `record`, or mark it for creation."""
        if not name:
            raise RowRejected("Client: the cell is empty; every record needs a client.")
        client_id = self.clients.find(name, "client")
        if client_id is not None:
            record["client_id"] = client_id
            return
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

    # -- the run -------------------------------------------------------------

    def plan(self) -> Plan:
        row_parser: Callable[[tuple[str, ...]], dict[str, Any]] = {
            "clients": self.client_row,
            "contacts": self.contact_row,
            "products": self.product_row,
            "time": self.time_row,
        }[self.options.kind]
        getattr(self, f"prepare_{self.options.kind}")()
        needed = max(self.mapping.values(), default=-1) + 1
        records: list[dict[str, Any]] = []
        rejected: list[Rejected] = []
        for line, cells in self.table.rows:
            if len(cells) < needed:
                rejected.append(
                    Rejected(
                        line,
                        f"The row has {len(cells)} cells; the header has "
                        f"{len(self.table.headers)}.",
                    )
                )
                continue
            try:
                record = row_parser(cells)
            except RowRejected as exc:
                rejected.append(Rejected(line, str(exc)))
                continue
            record["_line"] = line
            records.append(record)
        if self.options.kind == "time":
            records = self.drop_duplicate_entries(records, rejected)
        # Clients planned for creation but only named on rejected rows are not created.
        used = {r[NEW_CLIENT] for r in records if NEW_CLIENT in r}
        new_clients = {k: v for k, v in self.new_clients.items() if k in used}
        if new_clients:
            self.notes.append(
                f"{len(new_clients)} new client(s) will be created with the company's "
                f"country and currency: {', '.join(sorted(new_clients.values()))}."
            )
        rejected.sort(key=lambda r: r.line)
        report = ImportReport(
            kind=self.options.kind,
            format=self.format,
            encoding=self.table.encoding,
            rows=len(self.table.rows),
            accepted=len(records),
            rejected=rejected,
            new_clients=sorted(new_clients.values()),
            raw_minutes=sum(r.get("raw_minutes", 0) for r in records),
            notes=self.notes,
        )
        return Plan(report, records, new_clients, self.shop_defaults)

    # -- clients -----------------------------------------------------------

    def prepare_clients(self) -> None:
        self.seen: set[str] = set()
        if self.shop_defaults:
            country, currency = self.shop_defaults
            self.notes.append(
                f"Empty country or currency cells take the company's ({country}, {currency})."
            )

    def client_row(self, cells: tuple[str, ...]) -> dict[str, Any]:
        get = lambda key: self.cell(cells, key)  # noqa: E731
        country, currency = self.shop_defaults or ("", "")
        try:
            terms = parse_int(get("payment_terms_days"), 30)
        except CellError as exc:
            raise _fail(self.labels["payment_terms_days"], exc) from None
        data = ClientInput(
            name=get("name"),
            email=get("email"),
            phone=get("phone"),
            street=get("street"),
            postcode=get("postcode"),
            city=get("city"),
            country=(get("country") or country).upper(),
            vat_id=get("vat_id"),
            currency=(get("currency") or currency).upper(),
            payment_terms_days=terms,
            default_rate=get("default_rate"),
            notes=get("notes"),
        )
        errors = validate_client(data)
        if errors:
            raise RowRejected(" ".join(f"{self.labels.get(k, k)}: {v}" for k, v in errors.items()))
        key = data.name.strip().casefold()
        if self.clients.find(data.name, "client") is not None:
            raise RowRejected(f"Name: there is already a client called '{data.name.strip()}'.")
        if key in self.seen:
            raise RowRejected(f"Name: '{data.name.strip()}' is on an earlier line too.")
        self.seen.add(key)
        return {
            "name": data.name.strip(),
            "email": data.email or None,
            "phone": data.phone or None,
            "street": data.street,
            "postcode": data.postcode,
            "city": data.city,
            "country": data.country,
            "vat_id": data.vat_id or None,
            "currency": data.currency,
            "payment_terms_days": data.payment_terms_days,
            "default_rate_minor": parse_amount(data.default_rate, data.currency)
            if data.default_rate
            else None,
            "notes": data.notes,
        }

    # -- contacts ----------------------------------------------------------

    def prepare_contacts(self) -> None:
        pass

    def contact_row(self, cells: tuple[str, ...]) -> dict[str, Any]:
        get = lambda key: self.cell(cells, key)  # noqa: E731
        try:
            billing = parse_bool(get("is_billing"), False)
        except CellError as exc:
            raise _fail(self.labels["is_billing"], exc) from None
        data = ContactInput(
            name=get("name"),
            role=get("role"),
            email=get("email"),
            phone=get("phone"),
            is_billing=billing,
        )
        errors = validate_contact(data)
        if errors:
            raise RowRejected(" ".join(f"{self.labels.get(k, k)}: {v}" for k, v in errors.items()))
        record: dict[str, Any] = {
            "name": data.name,
            "role": data.role or None,
            "email": data.email or None,
            "phone": data.phone or None,
            "is_billing": data.is_billing,
        }
        self.client_ref(get("client"), record)
        return record

    # -- products ----------------------------------------------------------

    def prepare_products(self) -> None:
        self.skus = {sku.casefold() for sku in self.session.scalars(select(Product.sku)) if sku}
        self.tax_rates = _Names()
        for rate_id, code, name in self.session.execute(
            select(TaxRate.id, TaxRate.code, TaxRate.name)
        ):
            self.tax_rates.add(code, rate_id)
            self.tax_rates.add(name, rate_id)

    def product_row(self, cells: tuple[str, ...]) -> dict[str, Any]:
        get = lambda key: self.cell(cells, key)  # noqa: E731
        name = get("name")
        if not name:
            raise RowRejected("Name: the cell is empty; name the product.")
        if len(name) > 200:
            raise RowRejected("Name: at most 200 characters.")
        currency = (get("currency") or (self.shop_defaults or ("", ""))[1]).upper()
        if not currency:
            raise RowRejected("Currency: the cell is empty and the company has no currency yet.")
        try:
            price = parse_amount(get("price"), currency)
        except AmountError as exc:
            raise _fail("Price", exc) from None
        try:
            cost = parse_amount(get("cost"), currency) if get("cost") else 0
        except AmountError as exc:
            raise _fail("Cost", exc) from None
        sku = get("sku") or None
        if sku:
            if len(sku) > 50:
                raise RowRejected("SKU: at most 50 characters.")
            if sku.casefold() in self.skus:
                raise RowRejected(f"SKU: there is already a product with SKU '{sku}'.")
            self.skus.add(sku.casefold())
        tax_rate_id = None
        if get("tax_rate"):
            tax_rate_id = self.tax_rates.find(get("tax_rate"), "VAT rate")
            if tax_rate_id is None:
                raise RowRejected(f"VAT rate: there is no VAT rate '{get('tax_rate')}'.")
        unit = get("unit") or "pc"
        if len(unit) > 20:
            raise RowRejected("Unit: at most 20 characters.")
        return {
            "name": name,
            "sku": sku,
            "unit": unit,
            "price_minor": price,
            "cost_minor": cost,
            "markup_bp": (price - cost) * 10_000 // cost if cost else None,
            "currency": currency,
            "tax_rate_id": tax_rate_id,
        }

    # -- time entries ------------------------------------------------------

    def prepare_time(self) -> None:
        self.technicians = _Names()
        self.technician_emails = _Names()
        for tech_id, name, email in self.session.execute(
            select(Technician.id, Technician.name, Technician.email)
        ):
            self.technicians.add(name, tech_id)
            self.technician_emails.add(email, tech_id)
        self.work_types = _Names()
        self.work_type_codes = _Names()
        self.work_type_rows: dict[int, tuple[str, bool, bool]] = {}
        self.active_work_types: list[int] = []
        for row in self.session.execute(
            select(
                WorkType.id,
                WorkType.code,
                WorkType.name,
                WorkType.on_site,
                WorkType.billable,
                WorkType.active,
            ).order_by(WorkType.id)
        ):
            self.work_type_codes.add(row.code, row.id)
            self.work_types.add(row.name, row.id)
            self.work_type_rows[row.id] = (row.name, row.on_site, row.billable)
            if row.active:
                self.active_work_types.append(row.id)
        self.default_work_type = self._default_work_type()
        order = self.options.date_order
        if order == "auto":
            column = self.mapping["start_date"]
            order = date_order_of(
                (cells[column] for _, cells in self.table.rows if column < len(cells)),
                DEFAULT_DATE_ORDER.get(self.format, "dmy"),
            )
        self.date_order = order
        column = self.mapping["start_date"]
        if any("/" in cells[column] for _, cells in self.table.rows if column < len(cells)):
            self.notes.append(
                "Dates like 03/02/2026 are read as "
                + ("month/day/year." if order == "mdy" else "day/month/year.")
            )

    def _default_work_type(self) -> int | None:
        wanted = self.options.default_work_type.strip()
        if wanted:
            found = self.work_type_codes.find(wanted, "work type") or self.work_types.find(
                wanted, "work type"
            )
            if found is None:
                raise MappingError(f"There is no work type '{wanted}'.")
        else:
            found = next(iter(self.active_work_types), None)
        if found is not None:
            name = self.work_type_rows[found][0]
            how = "the chosen default" if wanted else "the first work type"
            self.notes.append(f"Entries without a work type are logged as '{name}' ({how}).")
        return found

    def _work_type(self, name: str) -> int:
        if not name:
            if self.default_work_type is None:
                raise RowRejected("Work type: none given, and the shop has no work types yet.")
            return self.default_work_type
        found = self.work_type_codes.find(name, "work type")
        if found is None:
            found = self.work_types.find(name, "work type")
        if found is None:
            raise RowRejected(
                f"Work type: there is no work type '{name}'. Add it under Settings, or "
                "leave the column unmapped to use the default."
            )
        return found

    def _technician(self, name: str, email: str) -> int:
        if email:
            found = self.technician_emails.find(email, "technician")
            if found is not None:
                return found
        if not name and not email:
            raise RowRejected("Technician: the cell is empty; every entry needs a technician.")
        found = self.technicians.find(name, "technician") if name else None
        if found is None:
            raise RowRejected(
                f"Technician: there is no technician '{name or email}'. "
                "Add them under Settings first."
            )
        return found

    def _moment(self, date_text: str, time_text: str, label: str) -> tuple[dt.datetime, bool]:
        """The date-time of one end; the flag says whether it carried a date."""
        day_text, inline_time = split_date_time(date_text)
        time_text = time_text or inline_time
        try:
            day = parse_date(day_text, self.date_order)
        except CellError as exc:
            raise _fail(f"{label} date", exc) from None
        if not time_text:
            raise RowRejected(f"{label} time: there is no time of day.")
        try:
            moment = parse_time(time_text)
        except CellError as exc:
            raise _fail(f"{label} time", exc) from None
        return dt.datetime.combine(day, moment), True

    def time_row(self, cells: tuple[str, ...]) -> dict[str, Any]:
        get = lambda key: self.cell(cells, key)  # noqa: E731
        started, _ = self._moment(get("start_date"), get("start_time"), "Start")
        ended: dt.datetime | None = None
        end_text = get("end_time")
        if end_text:
            day_text, inline = split_date_time(end_text)
            if inline:
                ended, _ = self._moment(day_text, inline, "End")
            elif get("end_date"):
                ended, _ = self._moment(get("end_date"), end_text, "End")
            else:
                ended, _ = self._moment(started.date().isoformat(), end_text, "End")
                if ended <= started:  # 23:00 to 01:00 crosses midnight
                    ended += dt.timedelta(days=1)
        duration = get("duration")
        if duration:
            try:
                seconds = parse_duration_seconds(duration)
            except CellError as exc:
                raise _fail("Duration", exc) from None
        elif ended is not None:
            seconds = int((ended - started).total_seconds())
        else:
            raise RowRejected("Duration: there is neither an end time nor a duration.")
        if ended is None:
            ended = started + dt.timedelta(seconds=seconds)
        if seconds <= 0 or ended <= started:
            raise RowRejected("End time: the work must end after it starts.")
        if seconds > MAX_ENTRY.total_seconds() or ended - started > MAX_ENTRY:
            raise RowRejected(
                "Duration: one entry cannot be longer than 24 hours; split it by day."
            )
        work_type_id = self._work_type(get("work_type"))
        _name, on_site, billable_default = self.work_type_rows[work_type_id]
        try:
            billable = parse_bool(get("billable"), billable_default)
        except CellError as exc:
            raise _fail("Billable", exc) from None
        context = " / ".join(part for part in (get("project"), get("task")) if part)
        description = get("description")
        if context:
            description = f"{description} ({context})" if description else context
        record: dict[str, Any] = {
            "technician_id": self._technician(get("technician"), get("technician_email")),
            "work_type_id": work_type_id,
            "started_at": started,
            "ended_at": ended,
            "raw_minutes": minutes_from_seconds(seconds),
            "on_site": on_site,
            "billable": billable,
            "description": description,
        }
        self.client_ref(get("client"), record)
        return record

    def drop_duplicate_entries(
        self, records: list[dict[str, Any]], rejected: list[Rejected]
    ) -> list[dict[str, Any]]:
        """Refuse entries already in the database (or earlier in the file):
        the same technician starting at the same minute, so importing one
        file twice does not double the work."""
        if not records:
            return records
        first = min(r["started_at"] for r in records)
        last = max(r["started_at"] for r in records)
        query = select(TimeEntry.technician_id, TimeEntry.started_at).where(
            TimeEntry.started_at >= first, TimeEntry.started_at <= last
        )
        existing = {(row[0], row[1]) for row in self.session.execute(query)}
        kept = []
        seen_in_file: dict[tuple[int, dt.datetime], int] = {}
        for record in records:
            key = (record["technician_id"], record["started_at"])
            if key in existing:
                rejected.append(
                    Rejected(
                        record["_line"],
                        "This entry is already in TechLedger (same technician and start).",
                    )
                )
            elif key in seen_in_file:
                rejected.append(
                    Rejected(
                        record["_line"],
                        f"Same technician and start as line {seen_in_file[key]}.",
                    )
                )
            else:
                seen_in_file[key] = record["_line"]
                kept.append(record)
        return kept


def plan_import(session: Session, table: CsvTable, options: ImportOptions) -> Plan:
    """Check every row; raises MappingError when the columns cannot work."""
    return _Planner(session, table, options).plan()
