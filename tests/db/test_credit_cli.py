"""`client credit`, `payment apply-credit`, `payment refund` and `payment
list` as a script would use them."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.__main__ import main
from desktop.db.session import unit_of_work
from desktop.models import Invoice
from desktop.services.billing.invoices import draft_invoice, issue_invoice
from tests import factories

D = dt.date


def run(capsys, path, *argv):
    code = main(["--json", "--db", path, *argv])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), (json.loads(err) if err else None)


@pytest.fixture
def shop(db):
    """Invoice A: 800.00 net + 25 % VAT = 1,000.00 (March); invoice B:
    240.00 + 60.00 = 300.00 (April); one client."""
    if not db.url.startswith("sqlite"):
        pytest.skip("the command line is driven on a database file")
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        client = factories.client(s, name="Fjord Dental")
        numbers = []
        for month, net in ((3, 80000), (4, 24000)):
            factories.material(
                s, client, "Part", 1000, net, setup.standard.id, used_on=D(2026, month, 2)
            )
            draft = draft_invoice(
                s, client.id, period_from=D(2026, month, 1), period_to=D(2026, month, 28)
            )
            numbers.append(issue_invoice(s, draft.id, D(2026, month, 28)).number)
        client_id = client.id
    return db, db.url.removeprefix("sqlite:///"), str(client_id), *numbers


def status(db, number):
    with db.sessions() as s:
        return s.query(Invoice).filter_by(number=number).one().status


def test_overpay_apply_refund_on_the_command_line(shop, capsys):
    db, path, client, a, b = shop
    code, out, _ = run(capsys, path, "invoice", "pay", a, "--amount", "1250.00")
    assert code == 0
    code, out, _ = run(capsys, path, "client", "credit", client)
    assert code == 0 and out["credit"] == "250.00"  # 1,250.00 − 1,000.00
    assert out["sources"] == [{"invoice": a, "currency": "SEK", "surplus": "250.00"}]

    code, out, _ = run(
        capsys,
        path,
        "payment",
        "apply-credit",
        "--client",
        client,
        "--invoice",
        b,
        "--amount",
        "100.00",
        "--date",
        "2026-05-01",
    )
    assert code == 0, out
    assert out["outstanding"] == "200.00"  # 300.00 − 100.00
    assert out["credit"] == "150.00"  # 250.00 − 100.00
    assert status(db, b) == "partly_paid"

    code, _, err = run(
        capsys,
        path,
        "payment",
        "refund",
        "--client",
        client,
        "--amount",
        "150.01",
        "--reason",
        "Bank transfer",
    )
    assert code != 0 and err["message"].startswith("amount:") and "150.00" in err["message"]

    code, out, _ = run(
        capsys,
        path,
        "payment",
        "refund",
        "--client",
        client,
        "--amount",
        "150.00",
        "--reason",
        "Bank transfer",
        "--date",
        "2026-05-02",
    )
    assert code == 0 and out["credit"] == "0.00"  # 150.00 − 150.00

    code, out, _ = run(capsys, path, "payment", "list", a)
    assert [(p["kind"], p["amount"]) for p in out["payments"]] == [
        ("payment", "1250.00"),
        ("credit_out", "100.00"),
        ("refund", "150.00"),
    ]
    assert out["payments"][2]["reason"] == "Bank transfer"


def test_applying_more_than_the_balance_is_refused(shop, capsys):
    db, path, client, a, b = shop
    run(capsys, path, "invoice", "pay", a, "--amount", "1500.00")  # 500.00 credit
    code, _, err = run(
        capsys,
        path,
        "payment",
        "apply-credit",
        "--client",
        client,
        "--invoice",
        b,
        "--amount",
        "300.01",
    )
    assert code != 0 and "300.00" in err["message"]
    # No amount: min(500.00, 300.00) = 300.00, and B is paid.
    code, out, _ = run(capsys, path, "payment", "apply-credit", "--client", client, "--invoice", b)
    assert code == 0 and out["applied"] == "300.00" and out["credit"] == "200.00"
    assert status(db, b) == "paid"


def test_a_reversal_shows_in_the_payment_list(shop, capsys):
    db, path, _client, _a, b = shop
    _, out, _ = run(capsys, path, "invoice", "pay", b, "--amount", "300.00")
    run(capsys, path, "payment", "reverse", str(out["payment_id"]), "--reason", "Other client")
    code, out, _ = run(capsys, path, "payment", "list", b)
    assert code == 0 and [p["kind"] for p in out["payments"]] == ["payment", "reversal"]
    assert out["payments"][1]["reason"] == "Other client"
    assert status(db, b) == "issued"


def test_human_output_says_the_credit(shop, capsys):
    _db, path, client, a, _b = shop
    run(capsys, path, "invoice", "pay", a, "--amount", "1100.00")
    assert main(["--db", path, "client", "credit", client]) == 0
    out = capsys.readouterr().out
    assert "Fjord Dental: 100.00 SEK credit from earlier payments." in out
