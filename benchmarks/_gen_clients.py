"""The ten-year shop's clients with their contacts, sites and contracts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from _gen_common import DAY
from _gen_names import (
    FOREIGN_CLIENTS,
    FOREIGN_NAMES,
    FOREIGN_TRADES,
    SWEDISH_NAMES,
    SWEDISH_PLACES,
    SWEDISH_TRADES,
)
from _gen_reference import Shop, stamp

from desktop.demo import catalog as cat
from desktop.demo import people as ppl
from desktop.demo.contracts import COVERAGE, MANAGED_FEES, OFFICE_HOURS, ROUNDING
from desktop.services.billing.rounding import RoundingRule, bill_entry

CONTRACT_KINDS = ("time_materials", "prepaid", "term", "managed", None)
CONTRACT_WEIGHTS = (25, 20, 10, 30, 15)


def build_clients(shop: Shop, count: int) -> None:
    """Clients joining over the ten years (the shop grows), each with contacts,
    sites and at most one contract; about one in twelve leaves and is archived."""
    rng, load = shop.rng, shop.loader
    span = (shop.today - shop.start).days
    clients, contacts, sites = [], [], []
    contracts, covered, fees, sla = [], [], [], []
    for cid in range(1, count + 1):
        foreign = rng.random() < 0.12
        if foreign:
            country, currency, lang, suffix, street, postcode, city, km = rng.choice(
                FOREIGN_CLIENTS
            )
            name = f"{rng.choice(FOREIGN_NAMES)} {rng.choice(FOREIGN_TRADES)} {suffix}"
        else:
            street, postcode, city, km = rng.choice(SWEDISH_PLACES)
            country, currency, lang = "SE", "SEK", "sv"
            name = f"{rng.choice(SWEDISH_NAMES)} {rng.choice(SWEDISH_TRADES)} AB"
        street = f"{street} {rng.randrange(1, 80)}"
        # A fifth are there from the start; the rest join at a growing pace.
        since = shop.start + (0 if cid <= count // 5 else int(span * rng.random() ** 1.2)) * DAY
        since = min(since, shop.today - 40 * DAY)
        archived_on = None
        if rng.random() < 0.08 and (shop.today - since).days > 400:
            archived_on = since + rng.randrange(300, (shop.today - since).days - 60) * DAY
        prefix, digits, tail = ppl.VAT_FORMATS[country]
        vat_id = prefix + "".join(str(rng.randrange(10)) for _ in range(digits)) + tail
        tax = "SE25" if country == "SE" else ("AE" if country in ppl.EU_COUNTRIES else "O")
        weight = rng.paretovariate(1.3)
        terms = rng.choice((10, 15, 30, 30, 30))
        created = dt.datetime.combine(since, dt.time(10, 0))
        domain = "".join(ch for ch in name.lower() if ch.isascii() and ch.isalnum())[:14]
        row = stamp(
            {
                "id": cid,
                "version": 1,
                "name": name,
                "email": f"info@{domain}{cid}.example",
                "phone": f"{ppl.PHONE_PREFIX[country]} {rng.randrange(100, 999)}"
                f" {rng.randrange(10, 99)}",
                "street": street,
                "postcode": postcode,
                "city": city,
                "country": country,
                "vat_id": vat_id,
                "currency": currency,
                "document_language": lang,
                "payment_terms_days": terms,
                "default_rate_minor": None,
                "rounding_increment_min": None,
                "rounding_mode": None,
                "minimum_charge_min": None,
                "show_raw_time": False,
                "notes": "",
                "archived": archived_on is not None,
            },
            created,
        )
        clients.append(row)
        grouping = rng.choices(("ticket", "work_type", "detail"), (80, 15, 5))[0]
        meta = {
            "id": cid,
            "name": name,
            "currency": currency,
            "lang": lang,
            "tax": tax,
            "since": since,
            "until": archived_on or shop.today,
            "weight": weight,
            "terms": terms,
            "grouping": grouping,
            "contacts": [],
            "sites": [],
            "buyer": {
                k: row[k]
                for k in ("name", "street", "postcode", "city", "country", "vat_id", "email")
            },
            "contract": None,
        }
        names = ppl.FIRST_NAMES.get(lang, ppl.FIRST_NAMES["en"])
        surnames = ppl.LAST_NAMES.get(lang, ppl.LAST_NAMES["en"])
        for position in range(rng.randint(2, 4)):
            contact_id = len(contacts) + 1
            full = f"{rng.choice(names)} {rng.choice(surnames)}"
            contacts.append(
                stamp(
                    {
                        "id": contact_id,
                        "version": 1,
                        "client_id": cid,
                        "name": full,
                        "role": ppl.ROLES[position],
                        "email": f"contact{contact_id}@client{cid}.example",
                        "phone": f"{ppl.PHONE_PREFIX[country]} {rng.randrange(1000, 9999)}",
                        "is_billing": position == 0,
                        "archived": False,
                    },
                    created,
                )
            )
            meta["contacts"].append((contact_id, full))
        for position in range(rng.choice((1, 1, 2, 3))):
            site_id = len(sites) + 1
            site_km = km + (rng.randrange(1, 25) if position else 0)
            minutes = max(8, site_km * 60 // 70 + 10) if site_km < 700 else 150 + site_km // 12
            site_names = ppl.SITE_NAMES.get(lang, ppl.SITE_NAMES["en"])
            sites.append(
                stamp(
                    {
                        "id": site_id,
                        "version": 1,
                        "client_id": cid,
                        "name": site_names[position % len(site_names)],
                        "street": street
                        if position == 0
                        else f"{street.split(' ')[0]} {position + 2}",
                        "postcode": postcode,
                        "city": city,
                        "country": country,
                        "distance_m": site_km * 1000 + rng.randrange(0, 999),
                        "travel_minutes": minutes,
                        "notes": "",
                        "archived": False,
                    },
                    created,
                )
            )
            meta["sites"].append((site_id, site_km * 1000, minutes))
        # The first clients have one contract of each kind, so every kind
        # shows up at any scale; the rest are drawn.
        kind = (
            CONTRACT_KINDS[cid - 1]
            if cid <= len(CONTRACT_KINDS)
            else rng.choices(CONTRACT_KINDS, CONTRACT_WEIGHTS)[0]
        )
        if kind is not None:
            meta["contract"] = _contract(
                shop, meta, kind, len(contracts) + 1, contracts, covered, fees, sla
            )
        shop.clients.append(meta)
    load.add_dicts("clients", clients)
    load.add_dicts("contacts", contacts)
    load.add_dicts("sites", sites)
    load.add_dicts("contracts", contracts)
    load.add_dicts("contract_work_types", covered)
    load.add_dicts("contract_fees", fees)
    load.add_dicts("sla_targets", sla)


def _contract(
    shop: Shop,
    meta: dict,
    kind: str,
    contract_id: int,
    contracts: list,
    covered: list,
    fees: list,
    sla: list,
) -> dict[str, Any]:
    rng = shop.rng
    starts = meta["since"] + rng.randrange(0, 60) * DAY
    ends = meta["until"] if meta["until"] < shop.today else None
    if ends is not None and ends < starts:
        starts = ends
    currency = meta["currency"]
    rate = shop.rate(currency, "remote", starts.year)
    increment, mode, minimum = ROUNDING[kind]
    block_hours = rng.choice((10, 20, 40)) if kind == "prepaid" else None
    included = 600 * rng.choice((1, 2, 3)) if kind == "term" else None
    local = meta["tax"] == "SE25"
    name = {
        "time_materials": "Time and materials",
        "prepaid": "Prepaid support hours",
        "term": "Support agreement",
        "managed": "Managed IT services",
    }[kind]
    row = stamp(
        {
            "id": contract_id,
            "version": 1,
            "client_id": meta["id"],
            "name": f"{name} {starts.year}",
            "kind": kind,
            "status": "ended" if ends else "active",
            "starts_on": starts,
            "ends_on": ends,
            "currency": currency,
            "billing_period": "month" if kind in ("term", "managed") else None,
            "price_minor": included // 60 * rate * 85 // 100 if included else 0,
            "included_minutes": included,
            "hourly_rate_minor": rate * 9 // 10 if kind == "prepaid" else rate,
            "overage_rule": "bill",
            "overage_rate_minor": rate if kind in ("prepaid", "term") else None,
            "minimum_purchase_minutes": block_hours * 60 if block_hours else None,
            "after_hours_policy": "multiplier",
            "alert_thresholds_bp": [8000, 9500],
            "rounding_increment_min": increment,
            "rounding_mode": mode,
            "rounding_scope": "entry",
            "minimum_charge_min": minimum or None,
            "minimum_charge_scope": None,
            "business_hours": OFFICE_HOURS,
            "after_hours_multiplier_bp": 15000,
            "weekend_multiplier_bp": 15000,
            "holiday_multiplier_bp": 20000,
            "trip_fee_minor": 45000 if local and kind == "time_materials" else None,
            "distance_rate_minor": None,
            "distance_unit": "km",
            "travel_rate_minor": None,
            "notes": "",
        },
        dt.datetime.combine(starts, dt.time(11, 0)),
    )
    contracts.append(row)
    info: dict[str, Any] = {
        "id": contract_id,
        "kind": kind,
        "name": row["name"],
        "starts": starts,
        "ends": ends,
        "covered": set(),
        "consumes": set(),
        "fees": [],
        "included": included,
        "price": row["price_minor"],
        "overage_rate": row["overage_rate_minor"],
        "hourly_rate": row["hourly_rate_minor"],
        "block": block_hours * 60 if block_hours else 0,
        "trip_fee": row["trip_fee_minor"],
        "rules": {},
    }
    for on_site in (False, True):
        rule = RoundingRule(increment, mode, "entry", minimum if on_site else 0)
        info["rules"][on_site] = (rule.describe(), [bill_entry(r, rule) for r in range(601)])
    if kind in COVERAGE:
        role, codes = COVERAGE[kind]
        for code in codes:
            covered.append(
                {"contract_id": contract_id, "work_type_id": shop.work_types[code], "role": role}
            )
            info["covered" if role == "covered" else "consumes"].add(shop.work_types[code])
    if kind == "managed":
        tax_id = next(i for i, t in enumerate(cat.TAX_RATES, 1) if t[0] == meta["tax"])
        for description, (low, high), unit, price in MANAGED_FEES:
            quantity = rng.randint(low, high) * 1000
            num, den = cat.FX_FROM_SEK[currency]
            unit_price = price * num // den // 10 * 10
            fees.append(
                {
                    "id": len(fees) + 1,
                    "contract_id": contract_id,
                    "description": description,
                    "quantity_milli": quantity,
                    "unit": unit,
                    "unit_price_minor": unit_price,
                    "tax_rate_id": tax_id,
                }
            )
            info["fees"].append((description, quantity, unit, unit_price))
        for priority, (response, resolution) in cat.SLA_MANAGED.items():
            sla.append(
                {
                    "contract_id": contract_id,
                    "priority": priority,
                    "first_response_minutes": response,
                    "resolution_minutes": resolution,
                }
            )
    return info
