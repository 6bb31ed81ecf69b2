"""What the renderers print: frozen dataclasses, filled by the services.

Why a layer of its own: the renderers must never reach into the database
(a PDF is rendered on a worker thread, or in a batch of hundreds, and must be
reproducible from the data alone), and the services must not know reportlab.
Money is in integer minor units, quantities in thousandths, VAT rates in basis
points and times are naive local datetimes, as everywhere in the app."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Party:
    """A seller or buyer as printed (for issued invoices: from the snapshot)."""

    name: str
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""  # ISO 3166 alpha-2
    vat_id: str | None = None
    registration: str | None = None
    email: str | None = None
    phone: str | None = None

    def address_lines(self) -> tuple[str, ...]:
        town = " ".join(part for part in (self.postcode, self.city) if part)
        return tuple(line for line in (self.street, town) if line)


@dataclass(frozen=True)
class Brand:
    """The shop's look and footer, shared by every document."""

    name: str
    legal_name: str
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""
    vat_id: str | None = None
    registration: str | None = None
    iban: str | None = None
    bic: str | None = None
    bank_name: str | None = None
    email: str | None = None
    phone: str | None = None
    website: str | None = None
    logo_png: bytes | None = None
    accent_color: str = "#1F5A96"


@dataclass(frozen=True)
class InvoiceLineData:
    position: int
    kind: str  # labour|travel|material|fee|covered|prepaid|discount|adjustment
    description: str
    quantity_milli: int
    unit: str
    unit_price_minor: int
    net_minor: int
    vat_rate_bp: int
    vat_category: str
    line_date: dt.date | None = None
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    raw_minutes: int | None = None
    billed_minutes: int | None = None
    # Time priced by the minute: the quantity is billed_minutes (printed
    # H:MM), the unit price is per hour and net = minutes × price ÷ 60.
    by_minute: bool = False


@dataclass(frozen=True)
class VatRow:
    """One group of the VAT summary, as `desktop.services.billing.tax.vat_summary` made it."""

    category: str
    rate_bp: int
    taxable_minor: int
    tax_minor: int
    exemption_reason: str | None = None


@dataclass(frozen=True)
class InvoiceData:
    """An invoice or credit note, issued or draft (then `number` is None)."""

    kind: str  # invoice | credit_note
    status: str
    language: str
    currency: str
    seller: Party
    buyer: Party
    brand: Brand
    lines: tuple[InvoiceLineData, ...]
    vat_rows: tuple[VatRow, ...]
    net_minor: int
    tax_minor: int
    total_minor: int
    number: str | None = None
    series_code: str = ""
    series_name: str = ""
    issue_date: dt.date | None = None
    supply_from: dt.date | None = None
    supply_to: dt.date | None = None
    due_date: dt.date | None = None
    payment_terms_days: int | None = None
    paid_minor: int = 0
    credited_minor: int = 0
    balance_minor: int = 0
    # Of paid_minor, what came from the client's earlier overpayments; and
    # the credit they still hold that could pay this invoice.
    credit_applied_minor: int = 0
    credit_available_minor: int = 0
    corrects_number: str | None = None
    corrects_issue_date: dt.date | None = None
    notes: str = ""
    show_raw_time: bool = False
    embed_e_invoice: bool = True

    @property
    def is_draft(self) -> bool:
        return self.number is None


@dataclass(frozen=True)
class VisitWork:
    """One time entry of a visit, with how it is (or will be) paid for."""

    description: str
    work_type: str
    started_at: dt.datetime
    raw_minutes: int
    billed_minutes: int | None
    billing: str  # billed|covered|prepaid|pending|not_billable


@dataclass(frozen=True)
class VisitTicket:
    number: str | None  # None: work logged without a ticket
    title: str
    status: str
    work: tuple[VisitWork, ...]


@dataclass(frozen=True)
class VisitMaterial:
    description: str
    quantity_milli: int
    unit: str
    billable: bool


@dataclass(frozen=True)
class VisitData:
    visit_id: int
    language: str
    brand: Brand
    client: Party
    site_name: str
    site: Party
    contact_name: str | None
    contact_phone: str | None
    technician: str
    arrived_at: dt.datetime
    departed_at: dt.datetime | None
    travel_minutes: int
    travel_distance_m: int
    summary: str
    tickets: tuple[VisitTicket, ...]
    materials: tuple[VisitMaterial, ...]
    signature_png: bytes | None = None
    signer_name: str | None = None
    signed_at: dt.datetime | None = None


@dataclass(frozen=True)
class StatementEntry:
    """One line of the prepaid ledger within the period (deductions of one
    time entry drawn from several blocks are shown as one)."""

    kind: str  # purchase|deduction|expiry|adjustment
    on: dt.date
    minutes: int  # signed, as in the ledger
    balance_after: int
    technician: str | None = None
    ticket: str | None = None
    description: str = ""
    amount_minor: int = 0
    expires_on: dt.date | None = None
    invoice_number: str | None = None  # a purchase: the issued invoice that bills it


@dataclass(frozen=True)
class StatementData:
    language: str
    currency: str
    brand: Brand
    client: Party
    contract_name: str
    period_from: dt.date
    period_to: dt.date
    opening_minutes: int
    closing_minutes: int
    entries: tuple[StatementEntry, ...]
    # Balance at the end of each day that changed it, plus both period ends.
    balance_points: tuple[tuple[dt.date, int], ...] = field(default_factory=tuple)
    minutes_per_week: int = 0  # the recent rate of use
    runs_out_on: dt.date | None = None

    def total(self, kind: str) -> int:
        return sum(entry.minutes for entry in self.entries if entry.kind == kind)
