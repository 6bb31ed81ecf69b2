"""From unbilled time entries to invoice line drafts.

Per contract: round raw time (per entry, visit or ticket), apply minimum
charges, split work at business-hours boundaries and price each part at its
multiplier; then let the contract decide what is billed: everything (time &
materials), covered work at zero (managed services, term support within its
hour cap), or hours deducted from prepaid blocks with any overage billed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.documents.phrases import factor, phrase
from desktop.models import (
    Client,
    Contract,
    ContractWorkType,
    InvoiceLine,
    Shop,
    Ticket,
    TimeEntry,
    WorkType,
)
from desktop.services.billing.line_drafts import HOUR_UNIT, LineDraft
from desktop.services.billing.pricing import PricedPiece, price_entry, share_out
from desktop.services.billing.rates import RateBook, WorkContext, resolve_rate
from desktop.services.billing.rounding import RoundingRule, bill_entry, bill_group
from desktop.services.billing.rules import VatTreatment, multipliers, rounding_rule, vat_treatment
from desktop.services.billing.tax import BASIS_POINTS
from desktop.services.billing.visit_groups import visit_groups
from desktop.services.common.business_hours import NORMAL, split_by_kind
from desktop.services.common.money import round_half_up
from desktop.services.common.periods import period_window
from desktop.services.common.settings_store import shop_business_hours
from desktop.services.prepaid import ledger as prepaid


def _scope_key(entry: TimeEntry, scope: str) -> tuple:
    target = {"visit": entry.visit_id, "ticket": entry.ticket_id}.get(scope)
    return (scope, target) if target is not None else ("entry", entry.id)


def _grouped(entries: list[TimeEntry], scope: str) -> list[list[TimeEntry]]:
    groups: dict[tuple, list[TimeEntry]] = defaultdict(list)
    for entry in entries:
        groups[_scope_key(entry, scope)].append(entry)
    return list(groups.values())


def assign_billed_minutes(entries: list[TimeEntry], rule: RoundingRule, minimum_scope: str) -> None:
    """Set billed minutes and the rule's description; raw minutes stay as they are."""
    rounding_only = dataclasses.replace(rule, minimum_min=0)
    billed: dict[int, int] = {}
    for group in _grouped(entries, rule.scope):
        raws = [entry.raw_minutes for entry in group]
        parts = (
            [bill_entry(raws[0], rounding_only)]
            if len(group) == 1
            else bill_group(raws, rounding_only)
        )
        billed.update(zip((entry.id for entry in group), parts, strict=True))
    minimum_groups = (
        visit_groups(entries) if minimum_scope == "visit" else _grouped(entries, minimum_scope)
    )
    for group in minimum_groups:
        total = sum(billed[entry.id] for entry in group)
        if 0 < total < rule.minimum_min or (
            total == 0 and rule.minimum_min and sum(e.raw_minutes for e in group)
        ):
            weights = [billed[e.id] or e.raw_minutes for e in group]
            for entry, part in zip(group, share_out(rule.minimum_min, weights), strict=True):
                billed[entry.id] = part
    for entry in entries:
        entry.billed_minutes = billed[entry.id]
        entry.rounding_rule = rule.describe()


@dataclasses.dataclass
class _Context:
    session: Session
    shop: Shop
    client: Client
    grouping: str
    holidays: frozenset
    vat: VatTreatment
    work_types: dict[int, WorkType]
    tickets: dict[int, Ticket]
    now: dt.datetime
    shop_hours: dict  # the shop's week, for contracts that name no hours
    language: str  # the invoice's: composed text is written in it (documents/phrases.py)
    rates: dict = dataclasses.field(default_factory=dict)  # WorkContext -> rate, this draft
    rate_book: RateBook | None = None  # the client currency's rate rules, read once


def _group_key(ctx: _Context, entry: TimeEntry, piece_kind: str) -> tuple:
    if ctx.grouping == "detail":
        return ("entry", entry.id, piece_kind)
    target = {"ticket": entry.ticket_id, "visit": entry.visit_id}.get(ctx.grouping)
    return (ctx.grouping, target, entry.work_type_id, piece_kind)


def _describe(ctx: _Context, entry: TimeEntry, piece: PricedPiece, note: str = "") -> str:
    work_type = ctx.work_types[entry.work_type_id].name
    ticket = ctx.tickets.get(entry.ticket_id) if entry.ticket_id else None
    if ctx.grouping == "detail":
        text = entry.description.strip() or work_type
        if ticket is not None:
            text = f"{ticket.number}: {text}"
    elif ctx.grouping == "ticket" and ticket is not None:
        text = f"{ticket.number} {ticket.title} — {work_type}"
    elif ctx.grouping == "visit" and entry.visit_id is not None:
        text = phrase(
            ctx.language, "visit", date=f"{entry.started_at:%Y-%m-%d}", work_type=work_type
        )
    else:
        text = work_type
    if piece.kind != NORMAL:
        kind = phrase(ctx.language, piece.kind)
        times = factor(ctx.language, piece.multiplier_bp)
        text += " " + phrase(ctx.language, "surcharge", kind=kind, factor=times)
    return f"{text} {note}".rstrip()


def _line(
    ctx: _Context,
    entry: TimeEntry,
    piece: PricedPiece,
    kind: str,
    price: int,
    minutes: int,
    note: str = "",
    raw: int | None = None,
) -> LineDraft:
    return LineDraft(
        kind=kind,
        group_key=_group_key(ctx, entry, piece.kind),
        description=_describe(ctx, entry, piece, note),
        unit=HOUR_UNIT,
        unit_price_minor=price,
        vat=ctx.vat,
        line_date=entry.started_at.date(),
        minutes=minutes,
        raw_minutes=piece.raw_minutes if raw is None else raw,
        time_entry_ids=[entry.id],
        contract_id=entry.contract_id,
    )


def _roles(session: Session, contract: Contract) -> dict[str, set[int]]:
    roles: dict[str, set[int]] = {"covered": set(), "consumes": set()}
    for row in session.scalars(
        select(ContractWorkType).where(ContractWorkType.contract_id == contract.id)
    ):
        roles[row.role].add(row.work_type_id)
    return roles


@dataclasses.dataclass
class _Coverage:
    """Hours a term or managed contract includes per billing period (None: no
    cap), and how many of them this draft and earlier invoices have used."""

    session: Session
    contract: Contract
    spent: dict[tuple[dt.date, dt.date], int] = dataclasses.field(default_factory=dict)

    def _used_before(self, start: dt.date, end: dt.date) -> int:
        lo, hi = (dt.datetime.combine(day, dt.time.min) for day in (start, end))
        used = self.session.scalar(
            select(func.coalesce(func.sum(TimeEntry.billed_minutes), 0))
            .join(InvoiceLine, InvoiceLine.id == TimeEntry.invoice_line_id)
            .where(
                TimeEntry.contract_id == self.contract.id,
                InvoiceLine.kind == "covered",
                TimeEntry.started_at >= lo,
                TimeEntry.started_at < hi,
            )
        )
        return int(used or 0)

    def take(self, entry: TimeEntry, minutes: int) -> int:
        """Covered minutes of this entry; the rest is beyond the cap."""
        window = period_window(self.contract.billing_period or "month", entry.started_at.date())
        if window not in self.spent:
            self.spent[window] = self._used_before(*window)
        cap = self.contract.included_minutes
        covered = minutes if cap is None else max(0, min(minutes, cap - self.spent[window]))
        self.spent[window] += covered
        return covered


def _tm_lines(ctx: _Context, entry: TimeEntry, pieces: list[PricedPiece]) -> list[LineDraft]:
    return [
        _line(ctx, entry, piece, "labour", piece.unit_price_minor, piece.billed_minutes)
        for piece in pieces
        if piece.billed_minutes or piece.raw_minutes
    ]


def _prepaid_lines(
    ctx: _Context, contract: Contract, entry: TimeEntry, rate: int, pieces: list[PricedPiece]
) -> list[LineDraft]:
    separately = contract.after_hours_policy == "bill_separately"
    lines = [] if not separately else _tm_lines(ctx, entry, [p for p in pieces if p.kind != NORMAL])
    drawn_pieces = [p for p in pieces if not separately or p.kind == NORMAL]
    to_deduct = sum(
        round_half_up(p.billed_minutes * p.multiplier_bp, BASIS_POINTS) for p in drawn_pieces
    )
    if to_deduct == 0:
        return lines
    result = prepaid.deduct(
        ctx.session,
        contract.id,
        minutes=to_deduct,
        # Dated by the work, not the run: the ledger, the statement's chart
        # and the forecast show the hours used when they were used.
        at=entry.started_at,
        work_day=entry.started_at.date(),
        time_entry_id=entry.id,
        note=phrase(ctx.language, "work_of", date=f"{entry.started_at:%Y-%m-%d}"),
    )
    deducted = to_deduct - result.overage_minutes
    normal = PricedPiece(
        NORMAL, sum(p.raw_minutes for p in drawn_pieces), deducted, BASIS_POINTS, 0
    )
    if deducted:
        lines.append(
            _line(ctx, entry, normal, "prepaid", 0, deducted, phrase(ctx.language, "prepaid"))
        )
    if result.overage_minutes:
        lines.append(
            _overage_line(
                ctx,
                contract,
                entry,
                rate,
                result.overage_minutes,
                phrase(ctx.language, "beyond_prepaid"),
            )
        )
    return lines


def _overage_line(
    ctx: _Context, contract: Contract, entry: TimeEntry, rate: int, minutes: int, note: str
) -> LineDraft:
    """Work beyond what the contract includes, at its overage rate (or the
    ordinary rate when it names none)."""
    price = contract.overage_rate_minor if contract.overage_rate_minor is not None else rate
    extra = PricedPiece(NORMAL, 0, minutes, BASIS_POINTS, price)
    return _line(ctx, entry, extra, "labour", price, minutes, note, raw=0)


def _covered_lines(
    ctx: _Context, coverage: _Coverage, entry: TimeEntry, rate: int, pieces: list[PricedPiece]
) -> list[LineDraft]:
    contract = coverage.contract
    billed = sum(p.billed_minutes for p in pieces)
    covered = coverage.take(entry, billed)
    raw = sum(p.raw_minutes for p in pieces)
    normal = PricedPiece(NORMAL, raw, covered, BASIS_POINTS, 0)
    note = phrase(ctx.language, "covered", contract=contract.name)
    lines = [_line(ctx, entry, normal, "covered", 0, covered, note)]
    if billed > covered:
        lines.append(
            _overage_line(
                ctx,
                contract,
                entry,
                rate,
                billed - covered,
                phrase(ctx.language, "beyond_included"),
            )
        )
    return [line for line in lines if line.minutes or line.kind == "covered"]


def _bill_entry(
    ctx: _Context,
    contract: Contract | None,
    roles: dict[str, set[int]],
    coverage: _Coverage | None,
    entry: TimeEntry,
) -> list[LineDraft]:
    work = WorkContext(
        client_id=ctx.client.id,
        work_type_id=entry.work_type_id,
        on=entry.started_at.date(),
        technician_id=entry.technician_id,
        contract_id=entry.contract_id,
        entry_rate_minor=entry.rate_minor,
    )
    # Rules cannot change while one invoice is drafted: one lookup per kind
    # of work and day instead of several queries per entry.
    if work not in ctx.rates:
        if ctx.rate_book is None:
            ctx.rate_book = RateBook(ctx.session, ctx.client.currency)
        ctx.rates[work] = resolve_rate(ctx.session, work, ctx.rate_book).rate_minor
    rate = ctx.rates[work]
    segments = split_by_kind(
        entry.started_at,
        entry.ended_at,
        (contract.business_hours if contract and contract.business_hours else None)
        or ctx.shop_hours,
        ctx.holidays,
    )
    pieces = price_entry(entry.billed_minutes or 0, segments, rate, multipliers(contract))
    if (
        contract is not None
        and contract.kind == "prepaid"
        and (not roles["consumes"] or entry.work_type_id in roles["consumes"])
    ):
        return _prepaid_lines(ctx, contract, entry, rate, pieces)
    if coverage is not None and (
        entry.work_type_id in roles["covered"]
        or (coverage.contract.kind == "term" and not roles["covered"])
    ):
        return _covered_lines(ctx, coverage, entry, rate, pieces)
    return _tm_lines(ctx, entry, pieces)


def bill_time(
    session: Session,
    shop: Shop,
    client: Client,
    entries: Iterable[TimeEntry],
    grouping: str,
    holidays: frozenset,
    now: dt.datetime,
) -> list[LineDraft]:
    """Line drafts for these entries; sets their billed minutes and, for
    prepaid contracts, writes the ledger deductions (dated by the work)."""
    entries = sorted(entries, key=lambda e: (e.started_at, e.id))
    ticket_ids = {e.ticket_id for e in entries if e.ticket_id}
    ctx = _Context(
        session=session,
        shop=shop,
        client=client,
        grouping=grouping,
        holidays=holidays,
        vat=vat_treatment(session, shop, client),
        work_types={w.id: w for w in session.scalars(select(WorkType))},
        tickets={t.id: t for t in session.scalars(select(Ticket).where(Ticket.id.in_(ticket_ids)))},
        now=now,
        shop_hours=shop_business_hours(session),
        language=client.document_language,
    )
    by_contract: dict[int | None, list[TimeEntry]] = defaultdict(list)
    for entry in entries:
        by_contract[entry.contract_id].append(entry)
    lines: list[LineDraft] = []
    for contract_id, group in by_contract.items():
        contract = session.get(Contract, contract_id) if contract_id else None
        rule, minimum_scope = rounding_rule(shop, client, contract)
        assign_billed_minutes(group, rule, minimum_scope)
        roles = _roles(session, contract) if contract else {"covered": set(), "consumes": set()}
        coverage = (
            _Coverage(session, contract)
            if contract is not None and contract.kind in ("managed", "term")
            else None
        )
        for entry in group:
            lines += _bill_entry(ctx, contract, roles, coverage, entry)
        if contract is not None and contract.kind == "prepaid":
            # Once all of the contract's work is deducted: the thresholds
            # crossed are the same as entry by entry, at the same moment.
            prepaid.raise_alerts(session, contract.id, at=now)
    return lines
