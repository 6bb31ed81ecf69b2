"""Reference data, clients, contacts, sites and contracts of the ten-year shop.

The shop, its VAT rates, work types, catalogue, templates and known errors
come from the demo shop's catalogue; the 300 clients and their contracts are
made up here from a seed."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from _gen_common import DAY, Calendar, Loader
from _gen_names import (
    EXTRA_TECHNICIANS,
)

from desktop.demo import catalog as cat
from desktop.demo import people as ppl
from desktop.services.billing.rounding import RoundingRule, bill_entry

YEARS = 10
RATE_GROWTH_BP = 300  # the shop raises its rates 3 % every January
TAX = {code: (rate, category, reason) for code, _n, rate, category, reason in cat.TAX_RATES}


@dataclass
class Shop:
    """Everything the later phases need to know about the generated shop."""

    rng: random.Random
    today: dt.date
    scale: float
    loader: Loader
    calendar: Calendar
    work_types: dict[str, int] = field(default_factory=dict)
    work_type_names: dict[int, str] = field(default_factory=dict)
    technicians: list[tuple[int, int]] = field(default_factory=list)  # (id, tier)
    clients: list[dict[str, Any]] = field(default_factory=list)
    articles: int = 0
    seller: dict[str, Any] = field(default_factory=dict)

    @property
    def start(self) -> dt.date:
        return self.today - dt.timedelta(days=365 * YEARS + 2)

    def rate(self, currency: str, code: str, year: int) -> int:
        """Hourly rate in whole units (so 6- and 15-minute steps give exact nets)."""
        base = cat.BASE_RATES[currency][1]
        factor = next(w[2] for w in cat.WORK_TYPES if w[0] == code)
        for _ in range(self.today.year - year):
            base = base * 10000 // (10000 + RATE_GROWTH_BP)
        return max(100, base * factor // 10000 // 100 * 100)


def stamp(row: dict[str, Any], when: dt.datetime) -> dict[str, Any]:
    row["created_at"] = when
    row["updated_at"] = when
    return row


def build_reference(shop: Shop) -> None:
    """The shop row and everything that does not depend on clients."""
    load, rng = shop.loader, shop.rng
    born = dt.datetime.combine(shop.start - 30 * DAY, dt.time(9, 0))
    load.add_dicts("shop", [stamp(dict(cat.SHOP, id=1, version=1), born)])
    shop.seller = {
        k: cat.SHOP[k]
        for k in (
            "legal_name street postcode city country vat_id registration iban bic email phone"
        ).split()
    }
    load.add_dicts(
        "tax_rates",
        [
            {
                "id": i,
                "code": c,
                "name": n,
                "rate_bp": r,
                "category": k,
                "exemption_reason": e,
                "active": True,
            }
            for i, (c, n, r, k, e) in enumerate(cat.TAX_RATES, start=1)
        ],
    )
    rows = []
    for i, (code, name, _factor, on_site, billable) in enumerate(cat.WORK_TYPES, start=1):
        shop.work_types[code] = i
        shop.work_type_names[i] = name
        rows.append(
            {
                "id": i,
                "code": code,
                "name": name,
                "on_site": on_site,
                "billable": billable,
                "active": True,
                "default_rate_minor": shop.rate(cat.SHOP_CURRENCY, code, shop.today.year),
            }
        )
    load.add_dicts("work_types", rows)
    rows = []
    remote = shop.rate(cat.SHOP_CURRENCY, "remote", shop.today.year)
    bump = {"junior": 9000, "standard": 10000, "senior": 11000, "expert": 12000}
    for i, (name, email, tier, level) in enumerate(ppl.TECHNICIANS + EXTRA_TECHNICIANS, start=1):
        shop.technicians.append((i, tier))
        rows.append(
            stamp(
                {
                    "id": i,
                    "name": name,
                    "email": email,
                    "tier": tier,
                    "level": level,
                    "active": True,
                    "default_rate_minor": remote * bump[level] // 10000,
                },
                born,
            )
        )
    load.add_dicts("technicians", rows)
    tax_ids = {code: i for i, (code, *_rest) in enumerate(cat.TAX_RATES, start=1)}
    load.add_dicts(
        "products",
        [
            {
                "id": i,
                "sku": sku,
                "name": name,
                "unit": unit,
                "cost_minor": cost,
                "price_minor": price,
                "markup_bp": (price - cost) * 10000 // cost,
                "currency": cat.SHOP_CURRENCY,
                "tax_rate_id": tax_ids[tax],
                "active": True,
            }
            for i, (sku, name, unit, cost, price, tax) in enumerate(cat.PRODUCTS, start=1)
        ],
    )
    load.add_dicts(
        "holidays",
        [
            {"day": dt.date(year, month, day), "name": name, "country": "SE"}
            for year in range(shop.start.year, shop.today.year + 2)
            for month, day, name in cat.MANUAL_HOLIDAYS
        ],
    )
    load.add_dicts(
        "invoice_series",
        [
            {
                "id": 1,
                "code": "F",
                "name": "Fakturor",
                "kind": "invoice",
                "pattern": "{YYYY}-{seq:05}",
                "next_seq": 1,
                "active": True,
            },
            {
                "id": 2,
                "code": "K",
                "name": "Kreditfakturor",
                "kind": "credit_note",
                "pattern": "K{YYYY}-{seq:04}",
                "next_seq": 1,
                "active": True,
            },
        ],
    )
    _templates_and_articles(shop, born)
    rules = []
    for code, _name, _factor, _on_site, billable in cat.WORK_TYPES:
        for year in range(shop.start.year, shop.today.year + 1) if billable else ():
            rules.append(
                {
                    "work_type_id": shop.work_types[code],
                    "client_id": None,
                    "contract_id": None,
                    "technician_level": None,
                    "rate_minor": shop.rate(cat.SHOP_CURRENCY, code, year),
                    "currency": cat.SHOP_CURRENCY,
                    "effective_from": dt.date(year, 1, 1),
                    "effective_to": None if year == shop.today.year else dt.date(year, 12, 31),
                }
            )
    load.add_dicts("rate_rules", rules)
    del rng


def _templates_and_articles(shop: Shop, born: dt.datetime) -> None:
    load = shop.loader
    load.add_dicts(
        "sla_targets",
        [
            {
                "contract_id": None,
                "priority": p,
                "first_response_minutes": r,
                "resolution_minutes": s,
            }
            for p, (r, s) in cat.SLA_DEFAULTS.items()
        ],
    )
    templates = []
    for language, (ack_s, ack_b, res_s, res_b) in cat.TEMPLATES.items():
        for kind, subject, body in (
            ("acknowledgement", ack_s, ack_b),
            ("resolution", res_s, res_b),
        ):
            templates.append(
                {
                    "kind": kind,
                    "language": language,
                    "name": "Standard",
                    "subject": subject,
                    "body": body,
                }
            )
    for language, name, subject, body in cat.CANNED_REPLIES:
        templates.append(
            {"kind": "canned", "language": language, "name": name, "subject": subject, "body": body}
        )
    load.add_dicts("message_templates", templates)
    articles = []
    for i, (title, symptoms, cause, workaround, fix, tags) in enumerate(cat.KB_ARTICLES, 1):
        written = born + shop.rng.randrange(0, 3000) * DAY
        articles.append(
            stamp(
                {
                    "id": i,
                    "version": 1,
                    "title": title,
                    "symptoms": symptoms,
                    "cause": cause,
                    "workaround": workaround,
                    "fix": fix,
                    "tags": tags,
                    "published": True,
                },
                written,
            )
        )
    load.add_dicts("knowledge_articles", articles)
    shop.articles = len(articles)


def shop_rules() -> dict[bool, tuple[str, list[int]]]:
    """The shop's own rounding (15 min up per entry) for work with no contract."""
    rule = RoundingRule(cat.SHOP["rounding_increment_min"], cat.SHOP["rounding_mode"])
    table = (rule.describe(), [bill_entry(r, rule) for r in range(601)])
    return {False: table, True: table}
