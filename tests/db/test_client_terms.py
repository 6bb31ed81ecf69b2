"""A client's own rounding, minimum, terms, language and currency, through
the service the client dialog and `client edit` share, and a draft that
follows the client's rounding. Figures worked out by hand."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.__main__ import main
from desktop.db.session import read_only, unit_of_work
from desktop.models import Client, Product
from desktop.services.billing.invoices import draft_invoice
from desktop.services.records import clients as client_service
from desktop.services.records.clients import ValidationError
from tests import factories

MARCH = dict(period_from=dt.date(2026, 3, 1), period_to=dt.date(2026, 3, 31))


def test_client_rounding_and_minimum_are_saved_and_billed(db):
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)  # shop: 15 min up, per entry, no minimum
        client_id = factories.client(s).id
    with unit_of_work(db.sessions) as s:
        data, version = client_service.load_client(s, client_id)
        assert (data.rounding_increment, data.rounding_mode, data.minimum_charge) == (
            None,
            None,
            "",
        )
        data.rounding_increment = 30
        data.rounding_mode = "up"
        data.minimum_charge = "1:00"
        client_service.update_client(s, client_id, data, version)
    with unit_of_work(db.sessions) as s:
        client = s.get(Client, client_id)
        assert (
            client.rounding_increment_min,
            client.rounding_mode,
            client.minimum_charge_min,
        ) == (30, "up", 60)
        factories.time_entry(s, setup, client, dt.datetime(2026, 3, 2, 9), 20)
        factories.time_entry(s, setup, client, dt.datetime(2026, 3, 3, 9), 70)
        invoice = draft_invoice(s, client_id, **MARCH)
        s.refresh(invoice)
        # 20 min → minimum 60 min = 1.00 h × 950.00 = 950.00
        # 70 min → 30-min steps up: 90 min = 1.50 h × 950.00 = 1425.00
        # (the shop's 15 min up would have given 30 and 75 minutes)
        assert [(line.quantity_milli, line.net_minor) for line in invoice.lines] == [
            (1000, 95000),
            (1500, 142500),
        ]
        assert invoice.net_minor == 95000 + 142500


def test_bad_terms_are_refused_at_their_fields_and_clear_back_to_the_shop(db):
    with unit_of_work(db.sessions) as s:
        factories.shop(s)
        client_id = factories.client(s, rounding_increment_min=15, minimum_charge_min=30).id
    with pytest.raises(ValidationError) as err, unit_of_work(db.sessions) as s:
        data, version = client_service.load_client(s, client_id)
        assert data.minimum_charge == "0:30"
        data.rounding_increment = 7
        data.rounding_mode = "sideways"
        data.minimum_charge = "1:75"
        data.payment_terms_days = 400
        data.document_language = "xx"
        data.currency = "ABC"
        client_service.update_client(s, client_id, data, version)
    assert set(err.value.errors) == {
        "rounding_increment",
        "rounding_mode",
        "minimum_charge",
        "payment_terms_days",
        "document_language",
        "currency",
    }
    with pytest.raises(ValidationError) as err, unit_of_work(db.sessions) as s:
        data, version = client_service.load_client(s, client_id)
        data.minimum_charge = "25:00"
        client_service.update_client(s, client_id, data, version)
    assert "24 hours" in err.value.errors["minimum_charge"]
    with unit_of_work(db.sessions) as s:
        data, version = client_service.load_client(s, client_id)
        data.rounding_increment, data.minimum_charge = None, ""
        client_service.update_client(s, client_id, data, version)
    with read_only(db.sessions) as s:
        client = s.get(Client, client_id)
        assert (client.rounding_increment_min, client.minimum_charge_min) == (None, None)


def _cli(capsys, path, *argv):
    code = main(["--json", "--db", path, *argv])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), (json.loads(err) if err else None)


def test_cli_client_edit_and_product_verbs(db, capsys):
    if not db.url.startswith("sqlite"):
        pytest.skip("the command line is driven on a database file")
    with unit_of_work(db.sessions) as s:
        factories.billing_shop(s)
        factories.client(s, name="Acme AB")
    path = db.url.removeprefix("sqlite:///")

    code, _, _ = _cli(
        capsys,
        path,
        "client",
        "edit",
        "Acme AB",
        "--rounding",
        "30",
        "--minimum",
        "1h",
        "--terms",
        "10",
        "--language",
        "sv",
        "--currency",
        "eur",
    )
    assert code == 0
    code, _, err = _cli(capsys, path, "client", "edit", "Acme AB", "--rounding", "7")
    assert code == 1 and "rounding_increment" in json.dumps(err)
    code, _, err = _cli(capsys, path, "client", "edit", "Acme AB", "--minimum", "soon")
    assert code == 1 and "minimum_charge" in json.dumps(err)
    with read_only(db.sessions) as s:
        acme = s.query(Client).filter_by(name="Acme AB").one()
        assert (
            acme.rounding_increment_min,
            acme.minimum_charge_min,
            acme.payment_terms_days,
            acme.document_language,
            acme.currency,
        ) == (30, 60, 10, "sv", "EUR")
    code, _, _ = _cli(capsys, path, "client", "edit", "Acme AB", "--rounding", "shop")
    with read_only(db.sessions) as s:
        assert s.query(Client).filter_by(name="Acme AB").one().rounding_increment_min is None

    code, _, _ = _cli(
        capsys,
        path,
        *("product", "add", "--sku", "CAB2", "--name", "Cable 2 m"),
        *("--cost", "40.00", "--markup", "25", "--vat", "SE25"),
    )
    assert code == 0
    code, _, err = _cli(
        capsys, path, "product", "add", "--name", "X", "--price", "1", "--markup", "5"
    )
    assert code == 1 and "not both" in json.dumps(err)
    code, _, err = _cli(capsys, path, "product", "add", "--name", "X", "--sku", "cab2")
    assert code == 1 and "sku" in json.dumps(err)
    # The cost moves, the markup keeps the price following: 44.45 × 1.25 =
    # 55.5625 → 55.56
    code, _, _ = _cli(capsys, path, "product", "edit", "CAB2", "--cost", "44.45")
    assert code == 0
    code, rows, _ = _cli(capsys, path, "product", "list")
    (row,) = rows["products"]
    assert (row["cost"], row["price"], row["markup"], row["vat"]) == (
        "44.45",
        "55.56",
        "25.00 %",
        "SE25",
    )
    # A fixed price: the markup goes, the price stays when the cost moves.
    code, _, _ = _cli(capsys, path, "product", "edit", "CAB2", "--price", "60.00")
    code, _, _ = _cli(capsys, path, "product", "edit", "CAB2", "--cost", "50")
    code, _, _ = _cli(capsys, path, "product", "deactivate", "CAB2")
    assert code == 0
    code, rows, _ = _cli(capsys, path, "product", "list")
    assert rows["products"] == []
    with read_only(db.sessions) as s:
        product = s.query(Product).one()
        assert (product.cost_minor, product.price_minor, product.markup_bp) == (5000, 6000, None)
        assert product.active is False
