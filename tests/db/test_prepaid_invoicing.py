"""Buying a block is invoiced: the next month-end run bills every purchase
once at the block's price plus VAT, or the top-up drafts its invoice at once
when the shop invoices on purchase. Figures by hand, arithmetic written out."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from desktop.app import open_database
from desktop.db.engine import make_engine
from desktop.db.migrate import alembic_config, upgrade_database
from desktop.db.session import unit_of_work
from desktop.models import Client, Contract, Invoice, InvoiceLine, PrepaidLedgerEntry
from desktop.services.billing.blocks import blocks_due, set_invoice_on_purchase
from desktop.services.billing.invoices import delete_draft
from desktop.services.billing.month_end import clients_to_bill, run_month_end
from desktop.services.billing.payments import credit_invoice
from desktop.services.prepaid.purchases import buy_block
from tests import factories

T = dt.datetime
D = dt.date

PRICE = 850_000  # 8 500.00 SEK for 10 h
VAT = PRICE * 25 // 100  # 25 %: 2 125.00 SEK = 212 500 minor units


def _shop_with_block(db, *, on_purchase: bool = False):
    with unit_of_work(db.sessions) as s:
        factories.billing_shop(s)
        client = factories.client(s, name="Ångström Konsult AB")
        contract = factories.contract(s, client, "prepaid", name="Prepaid 2026")
        if on_purchase:
            set_invoice_on_purchase(s, True)
        bought = buy_block(
            s,
            contract.id,
            minutes=10 * 60,
            amount_minor=PRICE,
            at=T(2026, 3, 5),
            expires_on=D(2026, 12, 31),
        )
        return client.id, contract.id, bought


def _march(db, **kwargs):
    return run_month_end(
        db.sessions,
        period_from=D(2026, 3, 1),
        period_to=D(2026, 3, 31),
        issue_date=D(2026, 3, 31),
        **kwargs,
    )


def _lines_for(s, purchase_id):
    return s.scalars(
        select(InvoiceLine)
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(Invoice.kind == "invoice", InvoiceLine.description.like("Prepaid hours%"))
    ).all()


def test_the_next_run_bills_the_block_once_at_its_price_and_vat(db):
    client_id, _contract_id, bought = _shop_with_block(db)
    assert bought.draft_invoice_id is None  # the default: the run bills it
    first = _march(db)
    assert [(r.client_id, r.total_minor) for r in first if r.number] == [
        (client_id, PRICE + VAT)  # 8 500.00 + 2 125.00 = 10 625.00 SEK
    ]
    with db.sessions() as s:
        invoice = s.get(Invoice, first[0].invoice_id)
        assert (invoice.net_minor, invoice.tax_minor) == (PRICE, VAT)
        (line,) = invoice.lines
        assert (line.kind, line.quantity_milli, line.unit_price_minor, line.net_minor) == (
            "fee",
            1000,
            PRICE,
            PRICE,
        )
        assert line.vat_rate_bp == 2500 and line.line_date == D(2026, 3, 5)
        assert "block of 10 h" in line.description
        purchase = s.get(PrepaidLedgerEntry, bought.entry.id)
        assert purchase.invoice_line_id == line.id
    # A second run: nothing of the client's is due any more.
    second = _march(db)
    assert [r for r in second if r.client_id == client_id and r.number] == []
    with db.sessions() as s:
        assert len(_lines_for(s, bought.entry.id)) == 1


def test_a_block_bought_after_the_period_waits_for_its_month(db):
    client_id, _cid, _bought = _shop_with_block(db)
    with db.sessions() as s:
        # Bought 5 March: not due in a February run, due in March.
        assert client_id not in [c for c, _ in clients_to_bill(s, D(2026, 2, 28))]
        assert client_id in [c for c, _ in clients_to_bill(s, D(2026, 3, 31))]


def test_a_cancelled_run_leaves_the_block_to_the_next(db):
    client_id, _cid, bought = _shop_with_block(db)
    assert _march(db, cancelled=lambda: True) == []
    with db.sessions() as s:
        assert [p.id for p in blocks_due(s, client_id, D(2026, 3, 31))] == [bought.entry.id]
    again = _march(db)
    assert [r.total_minor for r in again if r.number] == [PRICE + VAT]


def test_deleting_the_draft_or_crediting_with_release_frees_the_block(db):
    client_id, _cid, bought = _shop_with_block(db, on_purchase=True)
    with unit_of_work(db.sessions) as s:
        delete_draft(s, bought.draft_invoice_id, T(2026, 3, 6))
        assert [p.id for p in blocks_due(s, client_id, D(2026, 3, 31))] == [bought.entry.id]
    issued = [r for r in _march(db) if r.number]
    assert [r.total_minor for r in issued] == [PRICE + VAT]
    with unit_of_work(db.sessions) as s:
        # A credit note without release (money back, hours kept): still invoiced.
        credit_invoice(
            s, issued[0].invoice_id, issue_date=D(2026, 4, 2), reason="Goodwill", release=False
        )
        assert blocks_due(s, client_id, D(2026, 4, 30)) == []
    with db.sessions() as s:
        assert s.get(PrepaidLedgerEntry, bought.entry.id).invoice_line_id is not None


def test_crediting_the_line_with_release_makes_it_due_again(db):
    client_id, _cid, bought = _shop_with_block(db)
    issued = [r for r in _march(db) if r.number]
    with unit_of_work(db.sessions) as s:
        credit_invoice(
            s, issued[0].invoice_id, issue_date=D(2026, 4, 2), reason="Wrong price", release=True
        )
        assert [p.id for p in blocks_due(s, client_id, D(2026, 4, 30))] == [bought.entry.id]
    april = run_month_end(
        db.sessions, period_from=D(2026, 4, 1), period_to=D(2026, 4, 30), issue_date=D(2026, 4, 30)
    )
    assert [r.total_minor for r in april if r.number] == [PRICE + VAT]


def test_invoice_on_purchase_drafts_at_once_and_the_run_skips_the_block(db):
    client_id, contract_id, bought = _shop_with_block(db, on_purchase=True)
    with db.sessions() as s:
        draft = s.get(Invoice, bought.draft_invoice_id)
        assert (draft.status, draft.number, draft.client_id) == ("draft", None, client_id)
        assert (draft.net_minor, draft.tax_minor, draft.total_minor) == (PRICE, VAT, PRICE + VAT)
        assert draft.contract_id == contract_id and draft.supply_from == D(2026, 3, 5)
        assert [line.unit_price_minor for line in draft.lines] == [PRICE]
        assert client_id not in [c for c, _ in clients_to_bill(s, D(2026, 3, 31))]
    assert [r for r in _march(db) if r.number] == []


def test_a_free_block_has_nothing_to_invoice(db):
    with unit_of_work(db.sessions) as s:
        factories.billing_shop(s)
        client = factories.client(s)
        contract = factories.contract(s, client, "prepaid")
        set_invoice_on_purchase(s, True)
        bought = buy_block(s, contract.id, minutes=120, amount_minor=0, at=T(2026, 3, 5))
        assert bought.draft_invoice_id is None
        assert blocks_due(s, client.id, D(2026, 3, 31)) == []


@pytest.mark.real_migrations
def test_purchases_made_before_the_upgrade_are_not_invoiced(tmp_path):
    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0008")
    with engine.begin() as conn:
        conn.execute(insert(Client.__table__).values(name="Old", country="SE", currency="SEK"))
        conn.execute(
            insert(Contract.__table__).values(
                client_id=1,
                name="Old block",
                kind="prepaid",
                starts_on=D(2025, 1, 1),
                currency="SEK",
            )
        )
        conn.execute(
            text(
                "INSERT INTO prepaid_ledger (contract_id, kind, occurred_at, minutes,"
                " amount_minor, note) VALUES (1, 'purchase', '2026-03-05 00:00:00', 600,"
                " 850000, '')"
            )
        )
    upgrade_database(engine)
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT invoiced_elsewhere, invoice_line_id FROM prepaid_ledger")
        ).one()
    with Session(engine) as s:
        # The next run finds nothing to bill for it.
        assert blocks_due(s, 1, D(2026, 3, 31)) == []
        assert clients_to_bill(s, D(2026, 3, 31)) == []
    engine.dispose()
    assert (bool(row.invoiced_elsewhere), row.invoice_line_id) == (True, None)


def test_the_command_line_invoices_on_purchase_and_names_the_invoice(db, capsys):
    if not db.url.startswith("sqlite"):
        pytest.skip("the command line is driven on a database file")
    import json

    from desktop.__main__ import main

    with unit_of_work(db.sessions) as s:
        factories.billing_shop(s)
        client = factories.client(s)
        cid = str(factories.contract(s, client, "prepaid", name="Blocks").id)
    path = db.url.removeprefix("sqlite:///")

    def run(*argv):
        code = main(["--json", "--db", path, *argv])
        out, err = capsys.readouterr()
        assert code == 0, err
        return json.loads(out)

    run("prepaid", "settings", "--invoice-on-purchase", "yes")
    out = run(
        "prepaid", "topup", cid, "--hours", "10", "--price", "8500.00", "--date", "2026-03-05"
    )
    draft = out["draft_invoice"]
    assert draft is not None
    ledger = run("prepaid", "ledger", cid)["ledger"]
    assert [(r["kind"], r["invoice"]) for r in ledger] == [("purchase", f"draft {draft}")]
    shown = run("invoice", "show", str(draft))
    # 8500.00 + 25 % VAT 2125.00 = 10625.00.
    assert (shown["net"], shown["vat"], shown["total"]) == ("8500.00", "2125.00", "10625.00")
    issued = run("invoice", "issue", str(draft), "--date", "2026-03-05")
    ledger = run("prepaid", "ledger", cid)["ledger"]
    assert ledger[0]["invoice"] == issued["number"]
    balance = run("prepaid", "balance", cid, "--date", "2026-03-05")
    assert balance["blocks"][0]["invoice"] == issued["number"]
    # The human line names the draft.
    run("prepaid", "settings", "--invoice-on-purchase", "yes")
    code = main(["--db", path, "prepaid", "topup", cid, "--hours", "5", "--price", "4250.00"])
    text = capsys.readouterr().out
    assert code == 0 and "Draft invoice" in text and "bills the block" in text


block_ops = st.lists(
    st.one_of(
        st.tuples(st.just("buy"), st.integers(0, 3).map(lambda n: n * 100_000)),
        st.tuples(st.just("run"), st.just(0)),
        st.tuples(st.just("cancelled run"), st.just(0)),
        st.tuples(st.just("at once"), st.booleans().map(int)),
        st.tuples(st.just("delete a draft"), st.just(0)),
        st.tuples(st.just("credit with release"), st.just(0)),
    ),
    max_size=10,
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=block_ops)
def test_every_priced_block_is_on_exactly_one_live_line_after_a_run(tmp_path_factory, ops):
    """Whatever the order of purchases, runs (cancelled or not), drafts
    deleted and credits with release: after a run every priced block bought
    by then is billed by one live line, and no live line bills a block twice."""
    db = open_database(str(tmp_path_factory.mktemp("blocks") / "b.db"))
    try:
        with unit_of_work(db.sessions) as s:
            factories.billing_shop(s)
            client = factories.client(s)
            contract = factories.contract(s, client, "prepaid").id
        month = D(2026, 1, 1)
        for kind, value in ops:
            last = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(1)
            with unit_of_work(db.sessions) as s:
                if kind == "buy":
                    buy_block(s, contract, minutes=60, amount_minor=value, at=T(2026, 1, 1))
                elif kind == "at once":
                    set_invoice_on_purchase(s, bool(value))
                elif kind == "delete a draft":
                    draft = s.scalar(select(Invoice.id).where(Invoice.status == "draft"))
                    if draft is not None:
                        delete_draft(s, draft, T(2026, 1, 2))
                elif kind == "credit with release":
                    issued = s.scalar(
                        select(Invoice.id).where(
                            Invoice.kind == "invoice", Invoice.status == "issued"
                        )
                    )
                    if issued is not None:
                        credit_invoice(s, issued, issue_date=last, reason="Test", release=True)
            if kind in ("run", "cancelled run"):
                run_month_end(
                    db.sessions,
                    period_from=month,
                    period_to=last,
                    issue_date=last,
                    cancelled=lambda kind=kind: kind == "cancelled run",
                )
                month = last + dt.timedelta(days=1)
            with db.sessions() as s:
                priced = s.scalars(
                    select(PrepaidLedgerEntry).where(
                        PrepaidLedgerEntry.kind == "purchase", PrepaidLedgerEntry.amount_minor > 0
                    )
                ).all()
                linked = [p.invoice_line_id for p in priced if p.invoice_line_id is not None]
                assert len(linked) == len(set(linked))  # one line, one block
                for line_id in linked:
                    line = s.get(InvoiceLine, line_id)
                    purchase = next(p for p in priced if p.invoice_line_id == line_id)
                    assert line.net_minor == purchase.amount_minor  # at its price
                if kind == "run":
                    assert all(p.invoice_line_id is not None for p in priced)
    finally:
        db.close()
