"""Row readers for clients, contacts and products: each turns one row into
the values of one record or raises RowRejected with the reason."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from desktop.models import Product, TaxRate
from desktop.services.common.money import AmountError, parse_amount
from desktop.services.data.imports.context import ImportContext, Names, RowRejected, fail
from desktop.services.data.imports.country_names import country_code
from desktop.services.data.imports.formats import NOTE_FIELDS
from desktop.services.data.imports.values import CellError, parse_bool, parse_int
from desktop.services.records.clients import ClientInput
from desktop.services.records.clients import validate as validate_client
from desktop.services.records.contacts_sites import ContactInput, validate_contact

CONTACT = "_contact"  # key in a planned client: the contact to create with it


class ClientRows:
    """Clients: validated like the client form; a name already in TechLedger
    (or on an earlier line) is refused. Countries may be ISO codes or English
    names. A mapped contact becomes the client's contact; details TechLedger
    has no field for (ITFlow's website, industry…) become lines of the notes."""

    def __init__(self, ctx: ImportContext) -> None:
        self.ctx = ctx

    def prepare(self) -> None:
        self.seen: set[str] = set()
        if self.ctx.shop_defaults:
            country, currency = self.ctx.shop_defaults
            self.ctx.notes.append(
                f"Empty country or currency cells take the company's ({country}, {currency})."
            )
        kept = [self.ctx.header(key) for key in NOTE_FIELDS if key in self.ctx.mapping]
        if kept:
            self.ctx.notes.append(
                "Kept in each client's notes, one line each: " + ", ".join(kept) + "."
            )
        if "contact_name" in self.ctx.mapping:
            self.ctx.notes.append(
                f"'{self.ctx.header('contact_name')}' becomes a contact of the client, "
                "with its title, e-mail and phone."
            )

    def _notes(self, get: Callable[[str], str]) -> str:
        lines = [get("notes")] if get("notes") else []
        lines += [f"{label}: {get(key)}" for key, label in NOTE_FIELDS.items() if get(key)]
        return "\n".join(lines)

    def _contact(self, get: Callable[[str], str]) -> dict[str, Any] | None:
        if not get("contact_name"):
            return None
        phone = get("contact_phone")
        if phone and get("contact_extension"):
            phone = f"{phone} ext. {get('contact_extension')}"
        data = ContactInput(
            name=get("contact_name"),
            role=get("contact_role"),
            email=get("contact_email"),
            phone=phone,
        )
        errors = validate_contact(data)
        if errors:
            raise RowRejected(
                " ".join(f"Contact {k.replace('_', ' ')}: {v}" for k, v in errors.items())
            )
        return {
            "name": data.name,
            "role": data.role or None,
            "email": data.email or None,
            "phone": data.phone or None,
            "is_billing": False,
        }

    def row(self, cells: tuple[str, ...]) -> dict[str, Any]:
        get = lambda key: self.ctx.cell(cells, key)  # noqa: E731
        country, currency = self.ctx.shop_defaults or ("", "")
        try:
            terms = parse_int(get("payment_terms_days"), 30)
        except CellError as exc:
            raise fail(self.ctx.labels["payment_terms_days"], exc) from None
        code = country_code(get("country"))
        if code is None and len(get("country")) == 2:
            code = get("country").upper()  # refused by the client's own check
        if code is None:
            raise RowRejected(
                f"Country: '{get('country')}' is not a country name TechLedger knows; "
                "write its ISO code instead (for example SE)."
            )
        data = ClientInput(
            name=get("name"),
            email=get("email") or get("contact_email"),
            phone=get("phone"),
            street=get("street"),
            postcode=get("postcode"),
            city=get("city"),
            country=code or country,
            vat_id=get("vat_id"),
            currency=(get("currency") or currency).upper(),
            payment_terms_days=terms,
            default_rate=get("default_rate"),
            notes=self._notes(get),
        )
        errors = validate_client(data)
        if errors:
            raise RowRejected(
                " ".join(f"{self.ctx.labels.get(k, k)}: {v}" for k, v in errors.items())
            )
        contact = self._contact(get)
        key = data.name.strip().casefold()
        if self.ctx.clients.find(data.name, "client") is not None:
            raise RowRejected(f"Name: there is already a client called '{data.name.strip()}'.")
        if key in self.seen:
            raise RowRejected(f"Name: '{data.name.strip()}' is on an earlier line too.")
        self.seen.add(key)
        record: dict[str, Any] = {
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
        if contact is not None:
            record[CONTACT] = contact
        return record


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
