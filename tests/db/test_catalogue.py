"""The catalogue service the Settings window and the `product` commands
share: a markup makes the price follow the cost (rounded once, half up),
a fixed price stays, bad input is refused field by field, deactivating
keeps the product out of the pickers."""

from __future__ import annotations

import pytest

from desktop.db.session import read_only, unit_of_work
from desktop.models import Product
from desktop.services.records.clients import ValidationError
from desktop.services.records.visits import product_choices
from desktop.services.shop import catalogue
from desktop.services.shop.catalogue import ProductInput
from tests import factories


def _setup(db):
    with unit_of_work(db.sessions) as s:
        return factories.billing_shop(s).standard.id


def test_markup_price_follows_the_cost_rounded_once_half_up(db):
    vat = _setup(db)
    with unit_of_work(db.sessions) as s:
        product = catalogue.add_product(
            s,
            ProductInput(
                name="USB-C cable 2 m",
                sku="USBC2",
                unit="pc",
                cost="89,90",
                markup="33,35",
                tax_rate_id=vat,
            ),
        )
        product_id = product.id
        # 8990 öre × 1.3335 = 11988.165 → half up to the öre: 11988
        assert (product.cost_minor, product.price_minor, product.markup_bp) == (
            8990,
            11988,
            3335,
        )
    with unit_of_work(db.sessions) as s:
        data = catalogue.load_product(s, product_id)
        assert (data.cost, data.markup, data.price) == ("89.90", "33.35", "119.88")
        data.cost = "90.01"
        catalogue.update_product(s, product_id, data)
    with read_only(db.sessions) as s:
        row = s.get(Product, product_id)
        # 9001 × 1.3335 = 12002.8335 → 12003 (the typed price is ignored)
        assert (row.cost_minor, row.price_minor) == (9001, 12003)


def test_half_an_ore_rounds_up(db):
    _setup(db)
    with unit_of_work(db.sessions) as s:
        # 1 öre at 50 %: 1.5 öre → 2 öre;
        # 3 öre at 50 %: 4.5 öre → 5 (banker's rounding would give 4).
        one = catalogue.add_product(s, ProductInput(name="A", cost="0.01", markup="50"))
        three = catalogue.add_product(s, ProductInput(name="B", cost="0.03", markup="50"))
        assert (one.price_minor, three.price_minor) == (2, 5)


def test_fixed_price_stays_when_the_cost_changes(db):
    _setup(db)
    with unit_of_work(db.sessions) as s:
        product_id = catalogue.add_product(
            s, ProductInput(name="SSD 1 TB", sku="SSD1T", cost="890.00", price="1290.00")
        ).id
    with unit_of_work(db.sessions) as s:
        data = catalogue.load_product(s, product_id)
        assert data.markup == ""
        data.cost = "950.00"
        catalogue.update_product(s, product_id, data)
    with read_only(db.sessions) as s:
        row = s.get(Product, product_id)
        assert (row.cost_minor, row.price_minor, row.markup_bp) == (95000, 129000, None)


def test_bad_input_is_refused_at_each_field(db):
    _setup(db)
    with unit_of_work(db.sessions) as s:
        catalogue.add_product(s, ProductInput(name="SSD", sku="SSD1T", price="10"))
    with pytest.raises(ValidationError) as err, unit_of_work(db.sessions) as s:
        catalogue.add_product(
            s,
            ProductInput(
                name=" ", sku="ssd1t", unit="", cost="-5", markup="12.345", tax_rate_id=999
            ),
        )
    errors = err.value.errors
    assert set(errors) == {"name", "sku", "unit", "cost", "markup", "tax_rate"}
    assert "SSD1T" not in errors["sku"] and "already" in errors["sku"]
    with pytest.raises(ValidationError) as err, unit_of_work(db.sessions) as s:
        catalogue.add_product(s, ProductInput(name="No price", cost="5"))
    assert set(err.value.errors) == {"price"}
    with pytest.raises(ValidationError) as err, unit_of_work(db.sessions) as s:
        catalogue.add_product(s, ProductInput(name="Big", markup="1000.01", cost="1"))
    assert "1000" in err.value.errors["markup"]


def test_deactivated_product_leaves_the_picker_and_comes_back(db):
    _setup(db)
    with unit_of_work(db.sessions) as s:
        product_id = catalogue.add_product(s, ProductInput(name="Toner", price="450")).id
    with unit_of_work(db.sessions) as s:
        catalogue.set_product_active(s, product_id, False)
    with read_only(db.sessions) as s:
        assert [c.id for c in product_choices(s)] == []
        (info,) = catalogue.list_products(s)
        assert info.active is False and info.price_minor == 45000
        assert catalogue.list_products(s, include_inactive=False) == []
    with unit_of_work(db.sessions) as s:
        catalogue.set_product_active(s, product_id, True)
    with read_only(db.sessions) as s:
        assert [c.id for c in product_choices(s)] == [product_id]


def test_an_imported_rounded_down_markup_is_a_fixed_price(db):
    """Imports store an informative markup (rounded down); such a price is
    not the markup's, so editing the cost must not move it."""
    _setup(db)
    with unit_of_work(db.sessions) as s:
        row = Product(name="Old", cost_minor=300, price_minor=400, markup_bp=3333, currency="SEK")
        s.add(row)
        s.flush()
        product_id = row.id
    with read_only(db.sessions) as s:
        # 300 × 1.3333 = 399.99 → 400 öre: this one does follow the cost.
        assert catalogue.load_product(s, product_id).markup == "33.33"
    with unit_of_work(db.sessions) as s:
        # 300 × 1.3333 = 399.99 → 400, not the stored 401: a fixed price.
        s.get(Product, product_id).price_minor = 401
    with read_only(db.sessions) as s:
        assert catalogue.load_product(s, product_id).markup == ""
