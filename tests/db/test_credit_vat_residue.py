"""Credit notes never credit more VAT than the invoice charged, per rate;
the credit note that empties a rate takes its VAT cent residue, and the
stored, printed and XML figures agree."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.db.session import unit_of_work
from desktop.models import Invoice
from desktop.services.billing.credit_shares import creditable, vat_left
from desktop.services.billing.invoices import draft_invoice, issue_invoice
from desktop.services.billing.payments import credit_invoice
from desktop.services.printing.invoice_data import invoice_data
from tests import factories

D = dt.date
MARCH = dict(period_from=D(2026, 3, 1), period_to=D(2026, 3, 31))


def _invoice(s, materials):
    """An issued invoice of material lines [(quantity_milli, price_minor, "25" or "12")]."""
    setup = factories.billing_shop(s)
    client = factories.client(s)
    rates = {"25": setup.standard.id, "12": setup.reduced.id}
    for n, (quantity, price, rate) in enumerate(materials):
        factories.material(s, client, f"Part {n}", quantity, price, rates[rate])
    invoice = draft_invoice(s, client.id, **MARCH)
    return issue_invoice(s, invoice.id, D(2026, 3, 31))


def _vat_rows(s, invoice_id):
    """{rate in basis points: VAT} as printed on the document."""
    return {row.rate_bp: row.tax_minor for row in invoice_data(s, invoice_id).vat_rows}


def _credit(s, invoice, day, quantities=None):
    return credit_invoice(
        s, invoice.id, issue_date=D(2026, 4, day), reason="Returned", quantities=quantities
    )


def _by_rate(invoice):
    return {line.vat_rate_bp: line.id for line in invoice.lines}


@pytest.mark.parametrize(
    ("price", "rate", "invoice_vat", "first_vat", "second_vat"),
    [
        # 2 × 50.02 = 100.04 at 25 %: VAT 25.01 (25.010). Half is 50.02, whose
        # VAT 12.505 rounds up to 12.51; twice that would be 25.02, a cent more
        # than invoiced. The second (emptying) note takes 25.01 − 12.51 = 12.50.
        (5002, "25", 2501, 1251, 1250),
        # 2 × 50.04 = 100.08 at 12 %: VAT 12.0096 → 12.01. Half: 6.0048 → 6.00;
        # twice would be 12.00, a cent short. The second takes 12.01 − 6.00 = 6.01.
        (5004, "12", 1201, 600, 601),
        # 2 × 40.00 = 80.00 at 25 %: 20.00, halves 10.00 each: no residue.
        (4000, "25", 2000, 1000, 1000),
    ],
)
def test_the_credit_note_that_empties_a_rate_takes_its_vat_residue(
    db, price, rate, invoice_vat, first_vat, second_vat
):
    with unit_of_work(db.sessions) as s:
        invoice = _invoice(s, [(2000, price, rate)])
        line_id = invoice.lines[0].id
        assert invoice.tax_minor == invoice_vat
        first = _credit(s, invoice, 1, {line_id: 1000})
        second = _credit(s, invoice, 2, {line_id: 1000})
        assert (-first.tax_minor, -second.tax_minor) == (first_vat, second_vat)
        assert first_vat + second_vat == invoice_vat
        assert -(first.total_minor + second.total_minor) == invoice.total_minor
        # What the PDF and the XML print is what was stored.
        rate_bp = int(rate) * 100
        assert _vat_rows(s, second.id) == {rate_bp: -second_vat}
        assert _vat_rows(s, first.id) == {rate_bp: -first_vat}


def test_two_rates_each_take_their_own_residue(db):
    """25 %: 2 × 50.02 (VAT 25.01, halves 12.51 then 12.50); 12 %: 2 × 50.04
    (VAT 12.01, halves 6.00 then 6.01). Invoice total 200.12 + 37.02 = 237.14."""
    with unit_of_work(db.sessions) as s:
        invoice = _invoice(s, [(2000, 5002, "25"), (2000, 5004, "12")])
        assert invoice.total_minor == 200_12 + 37_02
        lines = _by_rate(invoice)
        half = {lines[2500]: 1000, lines[1200]: 1000}
        first = _credit(s, invoice, 1, half)
        second = _credit(s, invoice, 2)  # the rest
        assert _vat_rows(s, first.id) == {2500: -1251, 1200: -600}
        assert _vat_rows(s, second.id) == {2500: -1250, 1200: -601}
        assert -(first.total_minor + second.total_minor) == 237_14
        assert all(left == (0, 0) for left in vat_left(s, invoice.id).values())


def test_a_partial_credit_never_takes_more_vat_than_is_left(db):
    """4 × 0.02 = 0.08 at 25 %: VAT 0.02. Each quarter (0.02) alone rounds
    0.005 up to 0.01; the third quarter finds no VAT left and credits 0.00,
    the last (emptying) one 0.02 − 0.01 − 0.01 − 0.00 = 0.00."""
    with unit_of_work(db.sessions) as s:
        invoice = _invoice(s, [(4000, 2, "25")])
        line_id = invoice.lines[0].id
        vats = [-_credit(s, invoice, day, {line_id: 1000}).tax_minor for day in (1, 2, 3, 4)]
        assert vats == [1, 1, 0, 0]


def test_the_adjustment_is_sealed_in_the_invoice_chain(db):
    """The stored VAT adjustment is part of what the chain hashes: changing it
    afterwards (freezing triggers dropped) is found by the check."""
    from desktop.db.integrity_chain import verify_chains

    with unit_of_work(db.sessions) as s:
        invoice = _invoice(s, [(2000, 5002, "25")])
        line_id = invoice.lines[0].id
        _credit(s, invoice, 1, {line_id: 1000})
        second = _credit(s, invoice, 2)
        second_id = second.id
    with db.engine.begin() as conn:
        assert verify_chains(conn).ok
    with db.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            triggers = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='invoice_lines'"
            ).scalars()
            for name in list(triggers):
                conn.exec_driver_sql(f"DROP TRIGGER {name}")
            conn.exec_driver_sql(
                "UPDATE invoice_lines SET vat_adjust_minor = 0 WHERE invoice_id = ?", (second_id,)
            )
        else:
            pytest.skip("the tamper step drops SQLite triggers")
    with db.engine.begin() as conn:
        assert not verify_chains(conn).ok


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    lines=st.lists(
        st.tuples(st.integers(1, 9000), st.integers(1, 99_999), st.sampled_from(["25", "12"])),
        min_size=1,
        max_size=4,
    ),
    cuts=st.lists(st.integers(1, 4), min_size=0, max_size=4),
)
def test_credit_notes_never_exceed_the_vat_of_any_rate(db, lines, cuts):
    """Any sequence of partial credit notes, then one for the rest: per rate,
    the VAT credited never exceeds the VAT invoiced and ends equal to it; the
    credit notes' totals sum to the invoice's total; each note's stored VAT
    is the sum of its printed VAT rows."""
    s = db.sessions()
    try:
        invoice = _invoice(s, lines)
        invoiced = _vat_rows(s, invoice.id)
        notes: list[Invoice] = []
        for day, cut in enumerate(cuts, start=1):
            left = creditable(s, invoice.id)
            wanted = {i: share.quantity_milli // (cut + 1) for i, share in left.items()}
            wanted = {i: q for i, q in wanted.items() if q}
            if not wanted:
                break
            notes.append(_credit(s, invoice, day, wanted))
            for (_, rate, _), (_, vat) in vat_left(s, invoice.id).items():
                assert 0 <= vat <= invoiced[rate]
        if any(share.quantity_milli for share in creditable(s, invoice.id).values()):
            notes.append(_credit(s, invoice, 28))
        credited: dict[int, int] = {}
        for note in notes:
            rows = _vat_rows(s, note.id)
            assert note.tax_minor == sum(rows.values())
            for rate, vat in rows.items():
                credited[rate] = credited.get(rate, 0) - vat
        assert credited == {rate: vat for rate, vat in invoiced.items()}
        assert -sum(note.total_minor for note in notes) == invoice.total_minor
    finally:
        s.rollback()
        s.close()
