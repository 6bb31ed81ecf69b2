"""The demo shop's reference data (company, VAT rates, work types, rates,
catalogue, series, SLA targets, templates, articles) and its clients with
their contacts and sites, planned as rows for demo_data to write."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.demo import catalog as cat
from desktop.demo import people as ppl
from desktop.demo.plan import Plan, stamp


def plan_reference(plan: Plan) -> None:
    rng = plan.rng
    born = dt.datetime.combine(plan.start - dt.timedelta(days=400), dt.time(9, 0))
    plan.add("shop", stamp(dict(cat.SHOP), born))
    for code, name, rate_bp, category, reason in cat.TAX_RATES:
        plan.tax_index[code] = plan.add(
            "tax_rates",
            {
                "code": code,
                "name": name,
                "rate_bp": rate_bp,
                "category": category,
                "exemption_reason": reason,
                "active": True,
            },
        )
    for code, name, _factor, on_site, billable in cat.WORK_TYPES:
        plan.work_type_index[code] = plan.add(
            "work_types",
            {
                "code": code,
                "name": name,
                "on_site": on_site,
                "billable": billable,
                "default_rate_minor": plan.rate(cat.SHOP_CURRENCY, code, plan.today),
                "active": True,
            },
        )
    for name, email, tier, level in ppl.TECHNICIANS:
        rate = plan.rate(cat.SHOP_CURRENCY, "remote", plan.today)
        bump = {"junior": 9000, "standard": 10000, "senior": 11000, "expert": 12000}[level]
        plan.add(
            "technicians",
            stamp(
                {
                    "name": name,
                    "email": email,
                    "tier": tier,
                    "level": level,
                    "active": True,
                    "default_rate_minor": rate * bump // 10000,
                },
                born,
            ),
        )
    for sku, name, unit, cost, price, tax in cat.PRODUCTS:
        plan.add(
            "products",
            {
                "sku": sku,
                "name": name,
                "unit": unit,
                "cost_minor": cost,
                "price_minor": price,
                "markup_bp": (price - cost) * 10000 // cost,
                "currency": cat.SHOP_CURRENCY,
                "tax_rate_id": plan.tax_index[tax],
                "active": sku != "LIC-WIN11-PRO",
            },
        )
    for year in range(plan.start.year, plan.today.year + 2):
        for month, day, name in cat.MANUAL_HOLIDAYS:
            plan.add("holidays", {"day": dt.date(year, month, day), "name": name, "country": "SE"})
    plan.add(
        "invoice_series",
        {
            "code": "F",
            "name": "Fakturor",
            "kind": "invoice",
            "pattern": "{YYYY}-{seq:05}",
            "next_seq": 1,
            "active": True,
        },
    )
    plan.add(
        "invoice_series",
        {
            "code": "K",
            "name": "Kreditfakturor",
            "kind": "credit_note",
            "pattern": "K{YYYY}-{seq:04}",
            "next_seq": 1,
            "active": True,
        },
    )
    for priority, (response, resolution) in cat.SLA_DEFAULTS.items():
        plan.add(
            "sla_targets",
            {
                "contract_id": None,
                "priority": priority,
                "first_response_minutes": response,
                "resolution_minutes": resolution,
            },
        )
    for language, (ack_s, ack_b, res_s, res_b) in cat.TEMPLATES.items():
        for kind, subject, body in (
            ("acknowledgement", ack_s, ack_b),
            ("resolution", res_s, res_b),
        ):
            plan.add(
                "message_templates",
                {
                    "kind": kind,
                    "language": language,
                    "name": "Standard",
                    "subject": subject,
                    "body": body,
                },
            )
    for language, name, subject, body in cat.CANNED_REPLIES:
        plan.add(
            "message_templates",
            {
                "kind": "canned",
                "language": language,
                "name": name,
                "subject": subject,
                "body": body,
            },
        )
    for title, symptoms, cause, workaround, fix, tags in cat.KB_ARTICLES:
        written = born + dt.timedelta(days=rng.randrange(0, 700))
        plan.add(
            "knowledge_articles",
            stamp(
                {
                    "title": title,
                    "symptoms": symptoms,
                    "cause": cause,
                    "workaround": workaround,
                    "fix": fix,
                    "tags": tags,
                    "published": True,
                },
                written,
            ),
        )
    _plan_rate_rules(plan)


def _plan_rate_rules(plan: Plan) -> None:
    """Shop-wide rules with the rate change one year ago, plus a few narrower ones."""
    first = plan.start - dt.timedelta(days=365)
    before = plan.rate_change - dt.timedelta(days=1)
    for code, _name, _factor, _on_site, billable in cat.WORK_TYPES:
        if not billable:
            continue
        for begins, ends, day in ((first, before, first), (plan.rate_change, None, plan.today)):
            plan.add("rate_rules", _rate_rule(plan, code, cat.SHOP_CURRENCY, begins, ends, day))
    # A senior/expert surcharge on project work.
    rule = _rate_rule(plan, "project", cat.SHOP_CURRENCY, plan.rate_change, None, plan.today)
    rule.update(technician_level="expert", rate_minor=rule["rate_minor"] * 11 // 10)
    plan.add("rate_rules", rule)


def _rate_rule(
    plan: Plan, code: str, currency: str, begins: dt.date, ends: dt.date | None, day: dt.date
) -> dict[str, Any]:
    return {
        "work_type_id": plan.work_type_index[code],
        "client_id": None,
        "contract_id": None,
        "technician_level": None,
        "rate_minor": plan.rate(currency, code, day),
        "currency": currency,
        "effective_from": begins,
        "effective_to": ends,
    }


# -- clients -------------------------------------------------------------------


def plan_clients(plan: Plan) -> None:
    rng = plan.rng
    for (
        name,
        country,
        currency,
        lang,
        street,
        postcode,
        city,
        km,
        terms,
        weight,
        contract_plan,
        grouping,
        archived,
    ) in ppl.CLIENTS:
        prefix, digits, suffix = ppl.VAT_FORMATS[country]
        number = "".join(str(rng.randrange(10)) for _ in range(digits))
        if country == "CH":
            number = f"{number[:3]}.{number[3:6]}.{number[6:]}"
            prefix += "-"
        phone = f"{ppl.PHONE_PREFIX[country]} {rng.randrange(100, 999)} {rng.randrange(10, 99)}"
        domain = "".join(ch for ch in name.lower() if ch.isascii() and ch.isalnum())[:14]
        since = plan.start - dt.timedelta(days=rng.randrange(60, 900))
        client = plan.add(
            "clients",
            stamp(
                {
                    "name": name,
                    "email": f"info@{domain or 'client'}.example",
                    "phone": phone,
                    "street": street,
                    "postcode": postcode,
                    "city": city,
                    "country": country,
                    "vat_id": prefix + number + suffix,
                    "currency": currency,
                    "document_language": lang,
                    "payment_terms_days": terms,
                    "default_rate_minor": plan.rate(currency, "remote", plan.today),
                    "rounding_increment_min": None,
                    "rounding_mode": None,
                    "minimum_charge_min": None,
                    "show_raw_time": grouping == "detail",
                    "notes": "",
                    "archived": archived,
                },
                dt.datetime.combine(since, dt.time(10, 0)),
            ),
        )
        if country == "SE":
            tax = "SE25"
        elif country in ppl.EU_COUNTRIES:
            tax = "AE"
        else:
            tax = "O"
        archived_on = plan.today - dt.timedelta(days=rng.randrange(150, 260)) if archived else None
        meta = {
            "weight": weight,
            "plan": contract_plan,
            "grouping": grouping,
            "tax": tax,
            "currency": currency,
            "lang": lang,
            "country": country,
            "archived_on": archived_on,
            "since": since,
            "contacts": [],
            "sites": [],
            "contracts": [],
        }
        plan.client_meta.append(meta)
        _plan_contacts(plan, client, meta)
        _plan_sites(plan, client, meta, (street, postcode, city, country, km))


def _plan_contacts(plan: Plan, client: int, meta: dict[str, Any]) -> None:
    rng = plan.rng
    lang = meta["lang"]
    names = rng.sample(ppl.FIRST_NAMES[lang], 4)
    for position in range(rng.randint(2, 4)):
        full = f"{names[position]} {rng.choice(ppl.LAST_NAMES[lang])}"
        login = "".join(ch for ch in names[position].lower() if ch.isascii()) or "kontakt"
        meta["contacts"].append(
            plan.add(
                "contacts",
                stamp(
                    {
                        "client_id": client,
                        "name": full,
                        "role": ppl.ROLES[position],
                        "email": f"{login}{position}@client{client}.example",
                        "phone": f"{ppl.PHONE_PREFIX[meta['country']]} {rng.randrange(1000, 9999)}",
                        "is_billing": position == 0,
                        "archived": position == 3,
                    },
                    dt.datetime.combine(meta["since"], dt.time(10, 5)),
                ),
            )
        )


def _plan_sites(plan: Plan, client: int, meta: dict[str, Any], address: tuple) -> None:
    rng = plan.rng
    street, postcode, city, country, km = address
    names = ppl.SITE_NAMES[meta["lang"]]
    for position in range(rng.choice((1, 1, 2, 2, 3))):
        site_km = km if position == 0 else km + rng.randrange(1, 25)
        metres = site_km * 1000 + rng.randrange(0, 999)
        # About 1 km per minute in town, faster on the motorway, flights far away.
        minutes = max(8, site_km * 60 // 70 + 10) if site_km < 700 else 150 + site_km // 12
        meta["sites"].append(
            plan.add(
                "sites",
                stamp(
                    {
                        "client_id": client,
                        "name": names[position % len(names)],
                        "street": street
                        if position == 0
                        else f"{street.split(' ')[0]} {position + 2}",
                        "postcode": postcode,
                        "city": city,
                        "country": country,
                        "distance_m": metres,
                        "travel_minutes": minutes,
                        "notes": "Key box code at reception" if position else "",
                        "archived": False,
                    },
                    dt.datetime.combine(meta["since"], dt.time(10, 10)),
                ),
            )
        )
