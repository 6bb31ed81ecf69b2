"""The big lists must never sort the whole table to show one page, and a
search must never read every row.

On two million time entries a plan that sorts takes 5–11 s, one that walks
an index takes 2 ms; a LIKE search that matches nothing read every row
(7 s). SQLite picks plans by statistics, which can mislead it, so the
queries fix their join order; these tests read the plans SQLite makes and
fail if a page would need a full sort or a full scan."""

from __future__ import annotations

import pytest
from sqlalchemy.dialects import sqlite

from desktop.app import open_database
from desktop.db.session import read_only
from desktop.services.queries.listing import TIME_ENTRIES, build_query, fetch_page
from desktop.services.queries.text_match import TimeEntrySearch, time_entry_match


@pytest.fixture
def db(tmp_path):
    database = open_database(str(tmp_path / "plans.db"))
    yield database
    database.close()


# sqlite_stat1 of a database with two million time entries (ANALYZE after
# migrating benchmarks/make_big_db.py's file): SQLite plans for a big table,
# as it would for the user's, not for the empty test file.
BIG_STATISTICS = (
    ("clients", "ix_clients_archived_name", "30 15 1"),
    ("technicians", "ix_technicians_name", "5 1"),
    ("work_types", "ix_work_types_name", "6 1"),
    # The tickets of the ten-year file (benchmarks/generate.py): 200k
    # tickets, 225 of them open, which the average per status hides.
    ("tickets", "sqlite_autoindex_tickets_1", "199756 1"),
    ("tickets", "ix_tickets_status_opened", "199756 39952 2"),
    ("tickets", "ix_tickets_opened_at", "199756 2"),
    ("tickets", "ix_tickets_client_opened", "199756 666 1"),
    ("tickets", "ix_tickets_assigned", "199756 19976"),
    ("tickets", "ix_tickets_title", "199756 417"),
    ("tickets", "ix_tickets_tier_opened", "199756 39952 1"),
    ("time_entries", "ix_time_entries_billable_started", "2000000 1000000 2"),
    ("time_entries", "ix_time_entries_billed_minutes", "2000000 41667"),
    ("time_entries", "ix_time_entries_client_started", "2000000 66667 1"),
    ("time_entries", "ix_time_entries_invoice_line", "9210 5"),
    ("time_entries", "ix_time_entries_raw_minutes", "2000000 6803"),
    ("time_entries", "ix_time_entries_started_at", "2000000 2"),
    ("time_entries", "ix_time_entries_technician_started", "2000000 400000 2"),
    ("time_entries", "ix_time_entries_ticket_started", "2000000 1000 1"),
    ("time_entries", "ix_time_entries_unbilled", "1990487 66350 1"),
    ("time_entries", "ix_time_entries_work_type_started", "2000000 400000 2"),
)


@pytest.fixture
def engine(db):
    with db.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.exec_driver_sql("DELETE FROM sqlite_stat1")
        for row in BIG_STATISTICS:
            conn.exec_driver_sql("INSERT INTO sqlite_stat1 VALUES (?, ?, ?)", row)
    db.engine.dispose()  # new connections read the statistics
    return db.engine


def _explain(engine, stmt) -> list[str]:
    sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with engine.connect() as conn:
        return [row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]


def _plan(engine, sort_column, order, match=None):
    return _explain(engine, build_query(TIME_ENTRIES, sort_column, order, match=match).limit(200))


def _full_scans(plan: list[str]) -> list[str]:
    """Steps that read every row of time_entries (a bare SCAN, no index)."""
    return [step for step in plan if step == "SCAN time_entries"]


@pytest.mark.parametrize("order", ["asc", "desc"])
@pytest.mark.parametrize(
    ("column", "walks"),
    [
        ("started_at", "SCAN time_entries USING INDEX ix_time_entries_started_at"),
        ("technician", "SCAN te_tech USING COVERING INDEX ix_technicians_name"),
        ("client", "SCAN te_client USING COVERING INDEX ix_clients_archived_name"),
        ("ticket", "SCAN time_entries USING INDEX ix_time_entries_ticket_started"),
        ("work_type", "SCAN te_work USING COVERING INDEX ix_work_types_name"),
        ("raw_minutes", "SCAN time_entries USING INDEX ix_time_entries_raw_minutes"),
        ("billed_minutes", "SCAN time_entries USING INDEX ix_time_entries_billed_minutes"),
        ("billable", "SCAN time_entries USING INDEX ix_time_entries_billable_started"),
    ],
)
def test_time_entries_pages_walk_an_index_instead_of_sorting(engine, column, walks, order):
    plan = _plan(engine, TIME_ENTRIES.column_index(column), order)
    assert plan[0] == walks
    assert not any("TEMP B-TREE" in step for step in plan), plan


def test_every_sortable_time_column_has_a_plan_test():
    tested = {
        "started_at", "technician", "client", "ticket", "work_type", "raw_minutes",
        "billed_minutes", "billable",
    }  # fmt: skip
    assert {c.key for c in TIME_ENTRIES.columns if c.sortable} == tested


def test_counting_the_matches_reads_indexes_only(engine):
    plan = _explain(engine, TimeEntrySearch("printer toner").ids())
    assert not _full_scans(plan), plan
    assert any("time_entries_fts VIRTUAL TABLE" in step for step in plan), plan
    assert any("ix_time_entries_client_started" in step for step in plan), plan
    assert any("ix_time_entries_ticket_started" in step for step in plan), plan


@pytest.mark.parametrize("column", ["started_at", "technician", "client", "raw_minutes"])
def test_a_search_with_few_matches_fetches_them_by_id(engine, column):
    match = TimeEntrySearch("printer toner").few()
    plan = _plan(engine, TIME_ENTRIES.column_index(column), "desc", match)
    # The rows come by id from the match set; only those few are sorted.
    assert plan[0] == "SEARCH time_entries USING INTEGER PRIMARY KEY (rowid=?)", plan
    assert not _full_scans(plan), plan


@pytest.mark.parametrize(
    ("column", "walks"),
    [
        ("started_at", "SCAN time_entries USING INDEX ix_time_entries_started_at"),
        ("client", "SCAN te_client USING COVERING INDEX ix_clients_archived_name"),
        ("raw_minutes", "SCAN time_entries USING INDEX ix_time_entries_raw_minutes"),
    ],
)
def test_a_search_with_many_matches_walks_the_sort_index(engine, column, walks):
    match = TimeEntrySearch("backup").many()
    plan = _plan(engine, TIME_ENTRIES.column_index(column), "desc", match)
    assert plan[0] == walks, plan
    assert not any("TEMP B-TREE" in step for step in plan), plan


def _log(session, technician, client, work_type, description, day, ticket=None):
    import datetime as dt

    from desktop.models import TimeEntry

    start = dt.datetime(2026, 3, day, 9, 0)
    session.add(
        TimeEntry(
            technician_id=technician,
            client_id=client,
            work_type_id=work_type,
            ticket_id=ticket,
            started_at=start,
            ended_at=start + dt.timedelta(minutes=30),
            raw_minutes=30,
            description=description,
        )
    )


def test_the_search_finds_words_names_and_keeps_the_index_in_step(db):
    from desktop.db.session import unit_of_work
    from desktop.models import Client, Technician, WorkType

    with unit_of_work(db.sessions) as session:
        client = Client(name="Nordlicht Bäckerei", street="1", postcode="1", city="Kiel",
                        country="DE", currency="EUR")  # fmt: skip
        tech = Technician(name="Ana Sousa")
        work = WorkType(code="remote", name="Remote", default_rate_minor=9000)
        session.add_all([client, tech, work])
        session.flush()
        _log(session, tech.id, client.id, work.id, "Replaced the backup drive", 2)
        _log(session, tech.id, client.id, work.id, "Printer toner swapped", 3)
    with read_only(db.sessions) as session:

        def found(typed: str) -> list[str]:
            rows = fetch_page(session, TIME_ENTRIES, None, None, typed, 0)
            return [row.values[TIME_ENTRIES.column_index("description")] for row in rows]

        assert found("backup") == ["Replaced the backup drive"]
        assert found("TONER swap") == ["Printer toner swapped"]  # any case
        assert found("toner print") == []  # the text as typed, not loose words
        assert found("nordlicht") == ["Printer toner swapped", "Replaced the backup drive"]
        assert found("sousa") == ["Printer toner swapped", "Replaced the backup drive"]
        assert found("qwzx") == []
        assert time_entry_match(session, "backup").few
    # The triggers keep the FTS index in step with edits.
    from sqlalchemy import update

    from desktop.models import TimeEntry

    with unit_of_work(db.sessions) as session:
        session.execute(
            update(TimeEntry)
            .where(TimeEntry.description == "Replaced the backup drive")
            .values(description="Replaced the disk")
        )
    with read_only(db.sessions) as session:
        assert fetch_page(session, TIME_ENTRIES, None, None, "backup", 0) == []
        assert len(fetch_page(session, TIME_ENTRIES, None, None, "disk", 0)) == 1


def _statements(engine, work) -> list[tuple[str, object]]:
    from sqlalchemy import event

    seen: list[tuple[str, object]] = []

    def remember(_conn, _cursor, statement, parameters, *_args):
        seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", remember)
    try:
        work()
    finally:
        event.remove(engine, "before_cursor_execute", remember)
    return seen


@pytest.mark.parametrize(
    "query", ["clients_to_bill", "unbilled_time", "unbilled_by_client", "unbilled_estimate"]
)
def test_unbilled_work_is_read_through_the_unbilled_index(db, engine, query):
    """Not through the index of invoice lines (all unbilled entries under
    one NULL key: 38 s for the month-end's client list) nor through
    ix_time_entries_billable_started (the Billable sort's), which an equal
    `billable = 1` could drive: the statistics here are of a file whose two
    million entries are nearly all unbilled, where that would read every
    entry in random order (30 s for the dashboard's total)."""
    import datetime as dt

    from desktop.services.billing.invoices import _unbilled_time
    from desktop.services.billing.month_end import clients_to_bill
    from desktop.services.billing.unbilled import unbilled_by_client
    from desktop.services.queries.overview import unbilled_estimate

    day = dt.date(2026, 3, 31)
    calls = {
        "clients_to_bill": lambda s: clients_to_bill(s, day),
        "unbilled_time": lambda s: _unbilled_time(s, 1, day),
        "unbilled_by_client": lambda s: unbilled_by_client(s, day),
        "unbilled_estimate": unbilled_estimate,  # the dashboard's unbilled total
    }

    def work():
        with read_only(db.sessions) as session:
            calls[query](session)

    statement, parameters = next(
        (sql, params) for sql, params in _statements(engine, work) if "time_entries" in sql
    )
    with engine.connect() as conn:
        plan = [r[3] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)]
    steps = [step for step in plan if "time_entries" in step]
    assert steps and all("ix_time_entries_unbilled" in step for step in steps), plan


# -- The ticket list and queue ----------------------------------------------


def _ticket_plan(engine, key, column, order):
    import datetime as dt

    from desktop.services.helpdesk.ticket_queue import queue_spec

    spec = queue_spec(key, dt.datetime(2026, 12, 1, 9, 0), me=1)
    return _explain(engine, build_query(spec, spec.column_index(column), order).limit(200))


@pytest.mark.parametrize("order", ["asc", "desc"])
@pytest.mark.parametrize("key", ["all", "resolved"])
@pytest.mark.parametrize(
    ("column", "walks"),
    [
        # Clients in (archived, name) order, each one's tickets by opening.
        ("client", "SCAN t_client USING COVERING INDEX ix_clients_archived_name"),
        ("number", "SCAN tickets USING INDEX sqlite_autoindex_tickets_1"),
        ("title", "SCAN tickets USING INDEX ix_tickets_title"),
        ("tier", "SCAN tickets USING INDEX ix_tickets_tier_opened"),
    ],
)
def test_every_ticket_page_walks_an_index_instead_of_sorting(engine, key, column, walks, order):
    plan = _ticket_plan(engine, key, column, order)
    assert plan[0] == walks, plan
    assert not any("TEMP B-TREE" in step for step in plan), plan


@pytest.mark.parametrize("order", ["asc", "desc"])
def test_all_tickets_by_status_walks_the_status_index(engine, order):
    plan = _ticket_plan(engine, "all", "status", order)
    assert plan[0].startswith("SCAN tickets USING INDEX ix_tickets_status_opened"), plan
    assert not any("TEMP B-TREE" in step for step in plan), plan


@pytest.mark.parametrize("order", ["asc", "desc"])
@pytest.mark.parametrize(
    "key", ["open", "mine", "unassigned", "attention", "waiting_customer", "waiting_vendor", "tier"]
)
@pytest.mark.parametrize(
    "column", ["number", "title", "client", "status", "priority", "assignee", "sla", "due"]
)
def test_an_open_queue_reads_only_the_open_tickets(engine, key, column, order):
    """Open tickets are few at any age of the file; the statistics say
    40,000 per status. Without the hint SQLite walked all 200k tickets in
    client order for the default queue (0.3-0.7 s on the ten-year file)."""
    plan = _ticket_plan(engine, key, column, order)
    tickets = [step for step in plan if " tickets " in f"{step} "]
    # "At risk or overdue" reads two sets of statuses (MULTI-INDEX OR).
    assert tickets and all(
        step.startswith("SEARCH tickets USING INDEX ix_tickets_status_opened (status=?)")
        for step in tickets
    ), plan
    assert not any(step.startswith("SCAN") for step in plan), plan


def test_the_hint_is_sqlite_only():
    from sqlalchemy.dialects import postgresql

    from desktop.models import Ticket
    from desktop.services.queries.join_order import rare

    condition = rare(Ticket.status.in_(("new", "open")))
    on_sqlite = str(condition.compile(dialect=sqlite.dialect()))
    on_postgres = str(condition.compile(dialect=postgresql.dialect()))
    assert on_sqlite.startswith("likelihood(tickets.status IN (") and on_sqlite.endswith(", 0.01)")
    assert on_postgres.startswith("tickets.status IN (") and "likelihood" not in on_postgres


def test_whether_a_fee_period_was_billed_reads_the_credit_index(db, engine):
    """Drafting asks it for every fee period of every contract; the credit
    notes of the fee line were found by reading every invoice line (30-75 ms
    a client on 456k lines: most of a month-end's time per client)."""
    import datetime as dt

    from desktop.services.billing.extras import fee_period_billed

    def work():
        with read_only(db.sessions) as session:
            fee_period_billed(session, 1, dt.date(2026, 3, 1))

    statement, parameters = next(
        (sql, params) for sql, params in _statements(engine, work) if "invoice_lines" in sql
    )
    with engine.connect() as conn:
        plan = [r[3] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)]
    assert not any(step.startswith("SCAN invoice_lines") for step in plan), plan
    assert any("ix_invoice_lines_credits_line" in step for step in plan), plan
