"""Time-entry rows — the peers' exports and any CSV with dates and times.

The raw minutes are the source's duration when that column is mapped
(Toggl, Clockify and Kimai write the exact tracked time there), otherwise
end minus start; seconds round to the nearest minute, and exactly 30
seconds round up. Entries go in unbilled, with no billed minutes: the
billing engine rounds them as it does any entry. Billable as the source
says (a blank cell takes the work type's default). Project, task and tags
are kept in the description: 'Firewall review (Network; tags: security)'."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from desktop.models import TimeEntry
from desktop.services.data.imports.context import ImportContext, RowRejected, fail
from desktop.services.data.imports.entry_rates import EntryRates, split_tags
from desktop.services.data.imports.formats import DEFAULT_DATE_ORDER
from desktop.services.data.imports.report import Rejected
from desktop.services.data.imports.staff import NEW_TECHNICIAN, Staff
from desktop.services.data.imports.values import (
    CellError,
    date_order_of,
    minutes_from_seconds,
    parse_bool,
    parse_date,
    parse_duration_seconds,
    parse_time,
    split_date_time,
)

MAX_ENTRY = dt.timedelta(hours=24)


def describe(description: str, project: str, task: str, tags: list[str]) -> str:
    """The entry's description with the peer's project, task and tags."""
    context = " / ".join(part for part in (project, task) if part)
    extra = "; ".join(
        part for part in (context, "tags: " + ", ".join(tags) if tags else "") if part
    )
    if not extra:
        return description
    return f"{description} ({extra})" if description else extra


class TimeRows:
    def __init__(self, ctx: ImportContext) -> None:
        self.ctx = ctx

    def prepare(self) -> None:
        ctx = self.ctx
        self.staff = Staff(ctx.session, ctx.options.create_missing_technicians_and_work_types)
        wanted = ctx.options.default_work_type.strip()
        self.default_work_type = self.staff.default_work_type(wanted)
        if self.default_work_type is not None:
            name = self.staff.work_type_rows[self.default_work_type][0]
            how = "the chosen default" if wanted else "the first work type"
            ctx.notes.append(f"Entries without a work type are logged as '{name}' ({how}).")
        self.rates = EntryRates(ctx)
        column = ctx.mapping["start_date"]
        dates = [cells[column] for _, cells in ctx.table.rows if column < len(cells)]
        order = ctx.options.date_order
        if order == "auto":
            order = date_order_of(dates, DEFAULT_DATE_ORDER.get(ctx.format, "dmy"))
        self.date_order = order
        if any("/" in value for value in dates):
            ctx.notes.append(
                "Dates like 03/02/2026 are read as "
                + ("month/day/year." if order == "mdy" else "day/month/year.")
            )

    def _moment(self, date_text: str, time_text: str, label: str) -> dt.datetime:
        day_text, inline_time = split_date_time(date_text)
        time_text = time_text or inline_time
        try:
            day = parse_date(day_text, self.date_order)
        except CellError as exc:
            raise fail(f"{label} date", exc) from None
        if not time_text:
            raise RowRejected(f"{label} time: there is no time of day.")
        try:
            moment = parse_time(time_text)
        except CellError as exc:
            raise fail(f"{label} time", exc) from None
        return dt.datetime.combine(day, moment)

    def _span(self, get: Callable[[str], str]) -> tuple[dt.datetime, dt.datetime, int]:
        """Start, end and tracked seconds of the row."""
        started = self._moment(get("start_date"), get("start_time"), "Start")
        ended: dt.datetime | None = None
        end_text = get("end_time")
        if end_text:
            day_text, inline = split_date_time(end_text)
            if inline:
                ended = self._moment(day_text, inline, "End")
            elif get("end_date"):
                ended = self._moment(get("end_date"), end_text, "End")
            else:
                ended = self._moment(started.date().isoformat(), end_text, "End")
                if ended <= started:  # 23:00 to 01:00 crosses midnight
                    ended += dt.timedelta(days=1)
        duration = get("duration")
        if duration and self._in_seconds(duration, started, ended):
            seconds = int(duration)
        elif duration:
            try:
                seconds = parse_duration_seconds(duration)
            except CellError as exc:
                raise fail("Duration", exc) from None
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
        return started, ended, seconds

    def _in_seconds(self, text: str, started: dt.datetime, ended: dt.datetime | None) -> bool:
        """Kimai's CSV writes the duration in seconds ('5400'); 2.27 and
        later may write decimal hours instead, and name the Currency. A
        whole number is seconds when the From/To times agree with it (they
        are shown to the minute: up to two minutes apart), or in the older
        layout, which knows no other way."""
        if self.ctx.format != "kimai" or not text.isdigit():
            return False
        if ended is not None:
            return abs((ended - started).total_seconds() - int(text)) < 120
        return "currency" not in self.ctx.mapping

    def row(self, cells: tuple[str, ...]) -> dict[str, Any]:
        get = lambda key: self.ctx.cell(cells, key)  # noqa: E731
        started, ended, seconds = self._span(get)
        record: dict[str, Any] = {}
        on_site, billable_default = self.staff.work_type(
            get("work_type"), self.default_work_type, record
        )
        try:
            billable = parse_bool(get("billable"), billable_default)
        except CellError as exc:
            raise fail("Billable", exc) from None
        if get("entry_type").casefold() == "break":
            billable = False  # a Clockify break is time off, not work to bill
        if "technician_name" in self.ctx.mapping:  # Kimai: the name, then the login
            name, login = get("technician_name") or get("technician"), get("technician")
        else:
            name, login = get("technician"), ""
        self.staff.technician(name, get("technician_email"), record, login)
        currency = self.ctx.client_ref(get("client"), record)
        rate = self.rates.rate(cells, seconds, billable, get("client"), currency)
        record.update(
            started_at=started,
            ended_at=ended,
            raw_minutes=minutes_from_seconds(seconds),
            on_site=on_site,
            billable=billable,
            rate_minor=rate,
            description=describe(
                get("description"), get("project"), get("task"), split_tags(get("tags"))
            ),
        )
        return record

    def finish(self, records: list[dict[str, Any]], rejected: list[Rejected]) -> list[dict]:
        """Refuse entries already in the database (or earlier in the file):
        the same technician starting at the same minute, so importing one
        file twice does not double the work."""
        if records:
            records = self._drop_duplicates(records, rejected)
        rated = sum(1 for r in records if r["rate_minor"] is not None)
        self.ctx.notes.extend(self.rates.notes(rated))
        return records

    def _drop_duplicates(
        self, records: list[dict[str, Any]], rejected: list[Rejected]
    ) -> list[dict[str, Any]]:
        first = min(r["started_at"] for r in records)
        last = max(r["started_at"] for r in records)
        query = select(TimeEntry.technician_id, TimeEntry.started_at).where(
            TimeEntry.started_at >= first, TimeEntry.started_at <= last
        )
        existing = {(row[0], row[1]) for row in self.ctx.session.execute(query)}
        kept = []
        seen_in_file: dict[tuple[Any, dt.datetime], int] = {}
        for record in records:
            who = record["technician_id"] or ("new", record.get(NEW_TECHNICIAN))
            key = (who, record["started_at"])
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
