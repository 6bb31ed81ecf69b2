"""Row readers for clients, contacts and products: each turns one row into
the values of one record or raises RowRejected with the reason."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from desktop.models import Product, TaxRate
from desktop.services.common.money import AmountError, parse_amount
from desktop.services.data.imports.context import ImportContext, Names, RowRejected, fail
from desktop.services.data.imports.values import CellError, parse_bool, parse_int
from desktop.services.records.clients import ClientInput
from desktop.services.records.clients import validate as validate_client
from desktop.services.records.contacts_sites import ContactInput, validate_contact


class ClientRows:
    """Clients: validated like the client form; a name already in TechLedger
    (or on an earlier line) is refused."""

    def __init__(self, ctx: ImportContext) -> None:
        self.ctx = ctx

    def prepare(self) -> None:
        self.seen: set[str] = set()
        if self.ctx.shop_defaults:
            country, currency = self.ctx.shop_defaults
            self.ctx.notes.append(
                f"Empty country or currency cells take the company's ({country}, {currency})."
            )

    def row(self, cells: tuple[str, ...]) -> dict[str, Any]:
        get = lambda key: self.ctx.cell(cells, key)  # noqa: E731
        country, currency = self.ctx.shop_defaults or ("", "")
        try:
            terms = parse_int(get("payment_terms_days"), 30)
        except CellError as exc:
            raise fail(self.ctx.labels["payment_terms_days"], exc) from None
        data = ClientInput(
            name=get("name"),
            email=get("email"),
            phone=get("phone"),
            street=get("street"),
            postcode=get("postcode"),
            city=get("city"),
            country=(get("country") or country).upper(),
            vat_id=get("vat_id"),
            currency=(get("currency") or currency).upper(),
            payment_terms_days=terms,
            default_rate=get("default_rate"),
            notes=get("notes"),
        )
        errors = validate_client(data)
        if errors:
            raise RowRejected(
                " ".join(f"{self.ctx.labels.get(k, k)}: {v}" for k, v in errors.items())
            )
        key = data.name.strip().casefold()
        if self.ctx.clients.find(data.name, "client") is not None:
            raise RowRejected(f"Name: there is already a client called '{data.name.strip()}'.")
        if key in self.seen:
            raise RowRejected(f"Name: '{data.name.strip()}' is on an earlier line too.")
        self.seen.add(key)
        return {
            "name": data.name.strip(),
            "email": data.email or None,
            "phone": data.phone or None,
            "street": data.street,
            "postcode": data.postcode,
            "city": data.city,
            "country": data.country,
            "vat_id": data.vat_id or None,
            "currency": data.currency,
            "payment_terms_days": data.payment_terms_days,
            "default_rate_minor": parse_amount(data.default_rate, data.currency)
            if data.default_rate
            else None,
            "notes": data.notes,
        }


class ContactRows:
    """Contacts, each attached to a client named in the row."""

    def __init__(self, ctx: ImportContext) -> None:
        self.ctx = ctx

    def prepare(self) -> None:
        pass

    def row(self, cells: tuple[str, ...]) -> dict[str, Any]:
        get = lambda key: self.ctx.cell(cells, key)  # noqa: E731
        try:
            billing = parse_bool(get("is_billing"), False)
        except CellError as exc:
            raise fail(self.ctx.labels["is_billing"], exc) from None
        data = ContactInput(
            name=get("name"),
            role=get("role"),
            email=get("email"),
            phone=get("phone"),
            is_billing=billing,
        )
        errors = validate_contact(data)
        if errors:
            raise RowRejected(
                " ".join(f"{self.ctx.labels.get(k, k)}: {v}" for k, v in errors.items())
            )
        record: dict[str, Any] = {
            "name": data.name,
            "role": data.role or None,
            "email": data.email or None,
            "phone": data.phone or None,
            "is_billing": data.is_billing,
        }
        self.ctx.client_ref(get("client"), record)
        return record


class ProductRows:
    """Products: prices in the row's currency (or the company's), SKUs unique,
    VAT rates by code or name."""

    def __init__(self, ctx: ImportContext) -> None:
        self.ctx = ctx

    def prepare(self) -> None:
        self.skus = {sku.casefold() for sku in self.ctx.session.scalars(select(Product.sku)) if sku}
        self.tax_rates = Names()
        for rate_id, code, name in self.ctx.session.execute(
            select(TaxRate.id, TaxRate.code, TaxRate.name)
        ):
            self.tax_rates.add(code, rate_id)
            self.tax_rates.add(name, rate_id)

    def row(self, cells: tuple[str, ...]) -> dict[str, Any]:
        get = lambda key: self.ctx.cell(cells, key)  # noqa: E731
        name = get("name")
        if not name:
            raise RowRejected("Name: the cell is empty; name the product.")
        if len(name) > 200:
            raise RowRejected("Name: at most 200 characters.")
        currency = (get("currency") or (self.ctx.shop_defaults or ("", ""))[1]).upper()
        if not currency:
            raise RowRejected("Currency: the cell is empty and the company has no currency yet.")
        try:
            price = parse_amount(get("price"), currency)
        except AmountError as exc:
            raise fail("Price", exc) from None
        try:
            cost = parse_amount(get("cost"), currency) if get("cost") else 0
        except AmountError as exc:
            raise fail("Cost", exc) from None
        sku = get("sku") or None
        if sku:
            if len(sku) > 50:
                raise RowRejected("SKU: at most 50 characters.")
            if sku.casefold() in self.skus:
                raise RowRejected(f"SKU: there is already a product with SKU '{sku}'.")
            self.skus.add(sku.casefold())
        tax_rate_id = None
        if get("tax_rate"):
            tax_rate_id = self.tax_rates.find(get("tax_rate"), "VAT rate")
            if tax_rate_id is None:
                raise RowRejected(f"VAT rate: there is no VAT rate '{get('tax_rate')}'.")
        unit = get("unit") or "pc"
        if len(unit) > 20:
            raise RowRejected("Unit: at most 20 characters.")
        return {
            "name": name,
            "sku": sku,
            "unit": unit,
            "price_minor": price,
            "cost_minor": cost,
            "markup_bp": (price - cost) * 10_000 // cost if cost else None,
            "currency": currency,
            "tax_rate_id": tax_rate_id,
        }
