"""Credit notes never credit more than was invoiced, per line and per VAT
rate; the credit note that empties a line takes the cent residue."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.db.session import unit_of_work
from desktop.models import InvoiceLine
from desktop.services.billing.credit_shares import creditable, rate_left
from desktop.services.billing.invoices import draft_invoice, issue_invoice
from desktop.services.billing.payments import credit_invoice
from tests import factories

D = dt.date
MARCH = dict(period_from=D(2026, 3, 1), period_to=D(2026, 3, 31))


def _material_invoice(s, materials):
    """An issued invoice of material lines [(quantity_milli, unit_price_minor)]."""
    setup = factories.billing_shop(s)
    client = factories.client(s)
    for n, (quantity, price) in enumerate(materials):
        factories.material(s, client, f"Part {n}", quantity, price, setup.standard.id)
    invoice = draft_invoice(s, client.id, **MARCH)
    return issue_invoice(s, invoice.id, D(2026, 3, 31))


def _credit_nets(s, invoice, steps):
    """Credit `steps` (quantity_milli of the only line, in turn); the nets credited."""
    line_id = invoice.lines[0].id
    nets = []
    for day, quantity in enumerate(steps, start=1):
        note = credit_invoice(
            s,
            invoice.id,
            issue_date=D(2026, 4, day),
            reason="Returned part",
            quantities={line_id: quantity},
        )
        nets.append(-note.lines[0].net_minor)
    return nets


@pytest.mark.parametrize(
    ("quantity", "price", "steps", "expected"),
    [
        # 1.5 × 0.01 = 0.015 → line net 0.02 (half up). Thirds of 0.02 are
        # 0.00667 → 0.01 each; the second third leaves 0.00 and the last
        # third takes the residue 0.02 − 0.01 − 0.01 = 0.00, not another 0.01.
        (1500, 1, [500, 500, 500], [1, 1, 0]),
        # 3 × 33.33 = 99.99; a third is 33.33, the last takes 99.99 − 66.66 = 33.33.
        (3000, 3333, [1000, 1000, 1000], [3333, 3333, 3333]),
        # 3 × 0.05 = 0.15; two thirds = 0.10, the rest 0.15 − 0.10 = 0.05.
        (3000, 5, [2000, 1000], [10, 5]),
        # 7 × 0.01 = 0.07; half of it is 0.07 × 3.5 / 7 = 0.035
        # → 0.04, the rest 0.07 − 0.04 = 0.03.
        (7000, 1, [3500, 3500], [4, 3]),
    ],
)
def test_partial_credits_sum_to_the_line_exactly(db, quantity, price, steps, expected):
    with unit_of_work(db.sessions) as s:
        invoice = _material_invoice(s, [(quantity, price)])
        line_net = invoice.lines[0].net_minor
        nets = _credit_nets(s, invoice, steps)
        assert nets == expected
        assert sum(nets) == line_net
        share = creditable(s, invoice.id)[invoice.lines[0].id]
        assert (share.quantity_milli, share.net_minor) == (0, 0)
        assert invoice.status == "credited"


def test_the_old_rounding_would_have_overcredited(db):
    """1.5 units at 0.01: three thirds each rounded alone (0.005 → 0.01) would
    credit 0.03 of a 0.02 line; the residue rule credits 0.01 + 0.01 + 0.00."""
    with unit_of_work(db.sessions) as s:
        invoice = _material_invoice(s, [(1500, 1)])
        assert invoice.lines[0].net_minor == 2
        assert sum(_credit_nets(s, invoice, [500, 500, 500])) == 2


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    lines=st.lists(st.tuples(st.integers(1, 9000), st.integers(1, 99_999)), min_size=1, max_size=3),
    cuts=st.lists(st.integers(1, 4), min_size=1, max_size=4),
)
def test_credit_notes_never_exceed_the_invoice(db, lines, cuts):
    """Any sequence of partial credits stays within each line and each VAT
    rate; crediting the rest at the end leaves exactly 0 net on every line.
    Each example rolls back, so the next starts from an empty database."""
    s = db.sessions()
    try:
        _check_sequence(s, lines, cuts)
    finally:
        s.rollback()
        s.close()


def _check_sequence(s, lines, cuts):
    invoice = _material_invoice(s, lines)
    originals = {line.id: line for line in invoice.lines}
    for day, cut in enumerate(cuts, start=1):
        left = creditable(s, invoice.id)
        wanted = {i: share.quantity_milli // (cut + 1) for i, share in left.items()}
        wanted = {i: q for i, q in wanted.items() if q}
        if not wanted:
            break
        credit_invoice(s, invoice.id, issue_date=D(2026, 4, day), reason="Part", quantities=wanted)
        for line_id, share in creditable(s, invoice.id).items():
            net = originals[line_id].net_minor
            assert 0 <= share.net_minor <= net
            assert 0 <= share.quantity_milli <= originals[line_id].quantity_milli
        assert all(v >= 0 for v in rate_left(s, invoice.id).values())
    if any(share.quantity_milli for share in creditable(s, invoice.id).values()):
        credit_invoice(s, invoice.id, issue_date=D(2026, 5, 1), reason="The rest")
    assert all(v == 0 for v in rate_left(s, invoice.id).values())
    credited = s.query(InvoiceLine).filter(InvoiceLine.credits_line_id.in_(originals)).all()
    for line_id, line in originals.items():
        assert -sum(c.net_minor for c in credited if c.credits_line_id == line_id) == (
            line.net_minor
        )
    assert invoice.status == "credited"
