"""What can be imported (kinds and their fields) and the peers' CSV layouts:
which of their columns feeds which field, and how to tell them apart by the
header line alone.

Kimai 2.x (CSV export of the timesheet list, up to 2.26): Date, From, To,
Duration (seconds), Price (the entry's total), Internal price, Name, User
(the login), Staff number, Customer, Project, Activity, Description,
Exported, Billable, Tags, Hourly price, Fixed price, Type, category…; 2.27+
add Currency and E-mail. Headers are translated (de, pl, sv read here).
Toggl Track (detailed report): User, Email, Client, Project, Task,
Description, Billable, Start date, Start time, End date, End time, Duration
(hh:mm:ss), Tags, Amount (SEK)…
Clockify (detailed report): Project, Client, Description, Task, User, Group,
Email, Tags, Billable, Start Date, Start Time (12-hour clock by default),
End Date, End Time, Duration (h) (hh:mm:ss), Duration (decimal), Billable
Rate (SEK), Billable Amount (SEK)…

A column named 'Amount' also matches 'Amount (SEK)' and 'Amount ()': the
peers put the workspace currency in the header."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.common.errors import UserError
from desktop.services.data.imports.currency_names import currency_code
from desktop.services.data.imports.reading import CsvTable

KINDS = ("clients", "contacts", "products", "time")
FORMATS = ("auto", "kimai", "toggl", "clockify", "itflow", "generic")


# Client details TechLedger has no field for; an import keeps them as lines
# of the client's notes.
NOTE_FIELDS = {
    "website": "Website",
    "industry": "Industry",
    "referral": "Referral",
    "state": "State",
    "abbreviation": "Abbreviation",
    "location_name": "Location",
    "contact_mobile": "Contact's mobile",
}


class MappingError(UserError, ValueError):
    """The chosen columns cannot make records of this kind."""


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    required: bool = False
    aliases: tuple[str, ...] = ()


FIELDS: dict[str, tuple[Field, ...]] = {
    "clients": (
        Field("name", "Name", True, ("client", "customer", "company", "client name")),
        Field("email", "E-mail", aliases=("e-mail", "mail")),
        Field("phone", "Phone", aliases=("telephone", "tel")),
        Field("street", "Street", aliases=("address", "street address")),
        Field("postcode", "Postcode", aliases=("postal code", "zip", "zip code")),
        Field("city", "City", aliases=("town",)),
        Field("country", "Country", aliases=("country code",)),
        Field("vat_id", "VAT id", aliases=("vat", "vat number", "vat id", "tax id")),
        Field("currency", "Currency"),
        Field("payment_terms_days", "Payment terms (days)", aliases=("terms", "terms days")),
        Field("default_rate", "Hourly rate", aliases=("rate", "hourly rate", "default rate")),
        Field("notes", "Notes", aliases=("comment", "comments")),
        # The client's main contact (ITFlow's primary contact) becomes one of
        # its contacts; its e-mail is the client's when the client has none.
        Field("contact_name", "Contact name", aliases=("primary contact name",)),
        Field("contact_role", "Contact's title"),
        Field("contact_email", "Contact's e-mail", aliases=("contact email",)),
        Field("contact_phone", "Contact's phone", aliases=("contact phone",)),
        Field("contact_extension", "Contact's extension"),
        # Kept in the client's notes, one line each ('Website: …').
        *(Field(key, f"{label} (kept in notes)") for key, label in NOTE_FIELDS.items()),
    ),
    "contacts": (
        Field("client", "Client", True, ("customer", "company", "client name")),
        Field("name", "Name", True, ("contact", "contact name", "full name")),
        Field("role", "Role", aliases=("title", "position")),
        Field("email", "E-mail", aliases=("e-mail", "mail")),
        Field("phone", "Phone", aliases=("telephone", "tel", "mobile")),
        Field("is_billing", "Billing contact", aliases=("billing", "billing contact")),
    ),
    "products": (
        Field("name", "Name", True, ("product", "product name", "description")),
        Field("sku", "SKU", aliases=("article", "article number", "item number", "code")),
        Field("unit", "Unit"),
        Field("price", "Price", True, ("unit price", "sales price", "price")),
        Field("cost", "Cost", aliases=("purchase price", "unit cost", "cost price")),
        Field("currency", "Currency"),
        Field("tax_rate", "VAT rate", aliases=("vat", "tax", "tax rate", "vat code")),
    ),
    "time": (
        Field("start_date", "Start date", True, ("date", "start", "started", "start date")),
        Field("start_time", "Start time", aliases=("from", "start time")),
        Field("end_date", "End date", aliases=("end date",)),
        Field("end_time", "End time", aliases=("to", "end", "end time", "ended")),
        Field("duration", "Duration", aliases=("duration", "hours", "raw")),
        Field("client", "Client", True, ("customer", "client name")),
        Field("technician", "Technician", True, ("user", "member", "technician name")),
        Field("technician_email", "Technician e-mail", aliases=("email", "e-mail")),
        # Kimai: 'User' is the login, 'Name' the person's name.
        Field("technician_name", "Technician's full name"),
        Field("work_type", "Work type", aliases=("activity", "work type", "type")),
        Field("project", "Project"),
        Field("task", "Task"),
        Field("description", "Description", aliases=("note", "notes", "comment")),
        Field("billable", "Billable"),
        Field("rate", "Hourly rate", aliases=("hourly rate", "rate", "billable rate")),
        Field("amount", "Amount", aliases=("amount", "billable amount")),
        Field("fixed_rate", "Fixed rate", aliases=("fixed rate", "fixed price")),
        Field("currency", "Currency"),
        Field("tags", "Tags", aliases=("tag", "labels")),
        # Clockify: 'Break' entries are not work.
        Field("entry_type", "Entry type"),
    ),
}

# Peer layouts for time entries: field → the peer's column names, first
# found wins. Kimai's are its English, German, Polish and Swedish headers
# (its translations/messages.*.xlf); 'Rate'/'Hourly rate' are Kimai 1.x's.
PEER_COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "kimai": {
        "start_date": ("Date", "Datum", "Data"),
        "start_time": ("From", "Von", "Od", "Från"),
        "end_time": ("To", "Bis", "Do", "Till"),
        "duration": ("Duration", "Dauer", "Czas trwania", "Längd"),
        "technician": ("User", "Benutzer", "Użytkownik", "Användare"),
        "technician_name": ("Name", "Namn", "Nazwa"),
        "technician_email": ("E-mail", "E-Mail", "E-post"),
        "client": ("Customer", "Kunde", "Klient", "Kund"),
        "project": ("Project", "Projekt"),
        "work_type": ("Activity", "Tätigkeit", "Aktywność", "Aktivitet"),
        "description": ("Description", "Beschreibung", "Opis", "Beskrivning"),
        "billable": ("Billable", "Abrechenbar", "Płatne", "Debiterbar"),
        "rate": (
            "Hourly price",
            "Hourly rate",
            "Preis pro Stunde",
            "Stawka godzinowa",
            "Timpris",
        ),
        "amount": ("Price", "Rate", "Preis", "Stawka", "Pris"),
        "fixed_rate": ("Fixed price", "Fixed rate", "Festpreis", "Stała stawka", "Fast pris"),
        "currency": ("Currency", "Währung", "Waluta", "Valuta"),
        "tags": ("Tags", "Schlagworte", "Tagi", "Etiketter"),
    },
    "toggl": {
        "technician": ("User",),
        "technician_email": ("Email",),
        "client": ("Client",),
        "project": ("Project",),
        "task": ("Task",),
        "description": ("Description",),
        "billable": ("Billable",),
        "start_date": ("Start date",),
        "start_time": ("Start time",),
        "end_date": ("End date",),
        "end_time": ("End time",),
        "duration": ("Duration",),
        "amount": ("Amount",),
        "tags": ("Tags",),
    },
    "clockify": {
        "project": ("Project",),
        "client": ("Client",),
        "description": ("Description",),
        "task": ("Task",),
        "technician": ("User",),
        "technician_email": ("Email",),
        "billable": ("Billable",),
        "entry_type": ("Type",),
        "start_date": ("Start Date",),
        "start_time": ("Start Time",),
        "end_date": ("End Date",),
        "end_time": ("End Time",),
        "duration": ("Duration (h)",),
        "rate": ("Billable Rate",),
        "amount": ("Billable Amount",),
        "tags": ("Tags",),
    },
}

# ITFlow's clients export (agent/post/client.php 'export_clients', columns
# from functions/export.php getExportColumns('clients'); its import template
# has the same 22 headers): one row per client with its primary location
# and primary contact.
ITFLOW_CLIENT_COLUMNS: dict[str, str] = {
    "name": "Client Name",
    "industry": "Industry",
    "referral": "Referral",
    "website": "Website",
    "location_name": "Primary Location Name",
    "phone": "Location Phone",
    "street": "Location Address",
    "city": "City",
    "state": "State",
    "postcode": "Postal Code",
    "country": "Country",
    "contact_name": "Primary Contact Name",
    "contact_role": "Title",
    "contact_phone": "Contact Phone",
    "contact_extension": "Extension",
    "contact_mobile": "Contact Mobile",
    "contact_email": "Contact Email",
    "default_rate": "Hourly Rate",
    "currency": "Currency",
    "payment_terms_days": "Payment Terms",
    "vat_id": "Tax ID",
    "abbreviation": "Abbreviation",
}
_ITFLOW_SIGNS = {"client name", "primary location name", "primary contact name", "payment terms"}

# The header words that give Kimai away, in each language it is read in.
_KIMAI_SIGNS = (
    {"date", "from", "to", "customer", "activity"},
    {"datum", "von", "bis", "kunde", "tätigkeit"},
    {"data", "od", "do", "klient", "aktywność"},
    {"datum", "från", "till", "kund", "aktivitet"},
)

# Clockify's default account settings write US dates; the others day-first.
DEFAULT_DATE_ORDER = {"clockify": "mdy", "kimai": "dmy", "toggl": "dmy", "generic": "dmy"}

FORMAT_NAMES = {
    "auto": "Detect from the header",
    "kimai": "Kimai",
    "toggl": "Toggl Track",
    "clockify": "Clockify",
    "itflow": "ITFlow (clients)",
    "generic": "Other CSV (columns by name)",
}


def fields_of(kind: str) -> tuple[Field, ...]:
    if kind not in FIELDS:
        raise MappingError(f"There is no import of '{kind}'; choose one of {', '.join(KINDS)}.")
    return FIELDS[kind]


def detect_format(headers: tuple[str, ...] | list[str]) -> str:
    """The peer whose export has this header line, or 'generic'."""
    names = {h.strip().casefold() for h in headers}
    if names >= _ITFLOW_SIGNS:
        return "itflow"
    if {"duration (h)", "start date", "user"} <= names or "duration (decimal)" in names:
        return "clockify"
    if {"start date", "start time", "duration", "user"} <= names:
        return "toggl"
    if any(signs <= names for signs in _KIMAI_SIGNS):
        return "kimai"
    return "generic"


def find_column(table: CsvTable, name: str) -> int | None:
    """The column called `name`, or `name (…)` with a currency in brackets."""
    index = table.column(name)
    if index is not None:
        return index
    wanted = name.strip().casefold()
    for index, header in enumerate(table.headers):
        head, sep, tail = header.strip().rpartition("(")
        inside, closed, rest = tail.partition(")")
        if (
            sep
            and closed
            and not rest.strip()
            and head.strip().casefold() == wanted
            and currency_code(inside) is not None
        ):
            return index
    return None


def default_mapping(table: CsvTable, kind: str, fmt: str) -> dict[str, int]:
    """Field → column index: the peer's layout for a peer format, otherwise
    columns whose header equals a field's key, label or one of its aliases."""
    fields = fields_of(kind)
    mapping: dict[str, int] = {}
    taken: set[int] = set()
    if kind == "time" and fmt in PEER_COLUMNS:
        for key, headers in PEER_COLUMNS[fmt].items():
            for header in headers:
                index = find_column(table, header)
                if index is not None and index not in taken:
                    mapping[key] = index
                    taken.add(index)
                    break
        return mapping
    if kind == "clients" and fmt == "itflow":
        for key, header in ITFLOW_CLIENT_COLUMNS.items():
            index = table.column(header)
            if index is not None:
                mapping[key] = index
        return mapping
    for field in fields:
        for name in (field.key, field.key.replace("_", " "), field.label, *field.aliases):
            index = find_column(table, name)
            if index is not None and index not in taken:
                mapping[field.key] = index
                taken.add(index)
                break
    return mapping


def resolve(
    table: CsvTable, kind: str, fmt: str = "auto", overrides: dict[str, str] | None = None
) -> tuple[str, dict[str, int]]:
    """The format in use and the field → column mapping, with the user's
    choices (`overrides`: field → column header; '' unmaps) applied.
    Raises MappingError naming the field or column that is wrong."""
    fields = {f.key: f for f in fields_of(kind)}
    if fmt not in FORMATS:
        raise MappingError(f"Unknown format '{fmt}'; choose one of {', '.join(FORMATS)}.")
    if fmt == "auto":
        fmt = detect_format(table.headers)
        if (fmt == "itflow") != (kind == "clients"):
            fmt = "generic"
    elif fmt == "itflow" and kind != "clients":
        raise MappingError("ITFlow's export read here is its clients list; import it as clients.")
    mapping = default_mapping(table, kind, fmt)
    for key, header in (overrides or {}).items():
        if key not in fields:
            raise MappingError(
                f"'{key}' is not a field of {kind}; the fields are: {', '.join(fields)}."
            )
        if not header.strip():
            mapping.pop(key, None)
            continue
        index = table.column(header)
        if index is None:
            raise MappingError(f"The file has no column '{header}' (for the field {key}).")
        mapping[key] = index
    return fmt, mapping


def check_mapping(kind: str, mapping: dict[str, int]) -> None:
    """Raise MappingError when a required field has no column."""
    missing = [f.label for f in fields_of(kind) if f.required and f.key not in mapping]
    if missing:
        raise MappingError(f"Choose a column for: {', '.join(missing)}.")
    if kind == "time" and "end_time" not in mapping and "duration" not in mapping:
        raise MappingError("Choose a column for the end time or for the duration.")
