"""Demo contracts: one of each kind across the clients, with their rules.

Each client's plan in `demo_people.CLIENTS` names its contract kind, or
"old>new" for a client that switched during the demo period. A draft and a
cancelled contract are added so every status shows up in the lists."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.demo import catalog as cat
from desktop.demo.plan import Plan, stamp

OFFICE_HOURS = {str(d): [["08:00", "17:00"]] if d <= 5 else [] for d in range(1, 8)}
CLINIC_HOURS = {
    **{str(d): [["07:00", "12:00"], ["13:00", "18:00"]] for d in range(1, 6)},
    "6": [["09:00", "13:00"]],
    "7": [],
}
HOTEL_HOURS = {str(d): [["07:00", "22:00"]] for d in range(1, 8)}

# Rounding per kind: increment, mode, on-site minimum (minutes). Increments are
# 6, 15 or 30 so billed hours are exact in thousandths.
ROUNDING = {
    "time_materials": (15, "up", 60),
    "prepaid": (6, "up", 30),
    "term": (30, "nearest", 0),
    "managed": (15, "up", 60),
}
# Work types a kind covers (managed/term) or draws from the block (prepaid).
COVERAGE = {
    "managed": ("covered", ("remote", "workshop")),
    "term": ("covered", ("remote", "onsite")),
    "prepaid": ("consumes", ("remote", "onsite", "project")),
}
# Managed-service fee lines: description, quantity range, unit, price (öre).
MANAGED_FEES = [
    ("Monitoring and patching, per device", (8, 40), "device", 9900),
    ("Helpdesk, per user", (5, 30), "user", 19900),
    ("Cloud backup, per 100 GB", (2, 12), "100 GB", 14900),
    ("Microsoft 365 administration, per user", (5, 30), "user", 4900),
]


def plan_contracts(plan: Plan) -> None:
    """Contracts, covered work types, fees and contract SLA targets."""
    rng = plan.rng
    negative_done = False
    for client, meta in enumerate(plan.client_meta):
        if not meta["plan"]:
            continue
        kinds = meta["plan"].split(">")
        begins = plan.start - dt.timedelta(days=rng.randrange(30, 400))
        switch = plan.start + dt.timedelta(days=rng.randrange(150, 350))
        for position, kind in enumerate(kinds):
            last = position == len(kinds) - 1
            starts = begins if position == 0 else switch + dt.timedelta(days=1)
            ends = None if last else switch
            status = "active" if last else "ended"
            if meta["archived_on"] is not None:
                ends, status = meta["archived_on"], "ended"
            overage = "bill"
            if kind == "prepaid" and not negative_done and meta["country"] != "SE":
                overage, negative_done = "negative", True
            _add_contract(plan, client, meta, kind, starts, ends, status, overage)
    # A proposed upgrade nobody has signed yet, and one that was called off.
    for status, client in (("draft", 2), ("cancelled", 12)):
        starts = plan.today.replace(day=1) + dt.timedelta(days=32)
        starts = starts.replace(day=1) if status == "draft" else plan.start
        _add_contract(
            plan,
            client,
            plan.client_meta[client],
            "managed",
            starts,
            None if status == "draft" else starts,
            status,
            "bill",
        )
    _client_rate_rules(plan)


def _client_rate_rules(plan: Plan) -> None:
    """Clients billed in another currency get their own remote rate, with the
    same change one year ago as the shop-wide rules."""
    before = plan.rate_change - dt.timedelta(days=1)
    for client, meta in enumerate(plan.client_meta):
        if meta["currency"] == cat.SHOP_CURRENCY:
            continue
        for begins, ends, day in (
            (meta["since"], before, plan.start),
            (plan.rate_change, None, plan.today),
        ):
            plan.add(
                "rate_rules",
                {
                    "work_type_id": plan.work_type_index["remote"],
                    "client_id": client,
                    "contract_id": None,
                    "technician_level": None,
                    "rate_minor": plan.rate(meta["currency"], "remote", day),
                    "currency": meta["currency"],
                    "effective_from": min(begins, before),
                    "effective_to": ends,
                },
            )


# Named in the client's language, as a shop names what it sells to a client.
CONTRACT_NAMES = {
    "en": {
        "time_materials": "Time and materials",
        "prepaid": "Prepaid support hours",
        "term": "Annual support agreement",
        "managed": "Managed IT services",
    },
    "pl": {
        "time_materials": "Rozliczenie godzinowe",
        "prepaid": "Pakiet godzin wsparcia",
        "term": "Roczna umowa serwisowa",
        "managed": "Zarządzanie IT",
    },
    "sv": {
        "time_materials": "Löpande räkning",
        "prepaid": "Förbetalda supporttimmar",
        "term": "Årligt supportavtal",
        "managed": "Drift av IT",
    },
    "el": {
        "time_materials": "Χρέωση ανά ώρα",
        "prepaid": "Προπληρωμένες ώρες υποστήριξης",
        "term": "Ετήσια σύμβαση υποστήριξης",
        "managed": "Διαχείριση IT",
    },
    "eo": {
        "time_materials": "Laŭ tempo kaj materialoj",
        "prepaid": "Antaŭpagitaj subtenhoroj",
        "term": "Jara subtena kontrakto",
        "managed": "Administrado de IT",
    },
}


def _add_contract(
    plan: Plan,
    client: int,
    meta: dict[str, Any],
    kind: str,
    starts: dt.date,
    ends: dt.date | None,
    status: str,
    overage: str,
) -> int:
    rng = plan.rng
    currency = meta["currency"]
    rate = plan.rate(currency, "remote", max(starts, plan.start))
    increment, mode, minimum = ROUNDING[kind]
    hours = CLINIC_HOURS if meta["weight"] in (6, 7) else OFFICE_HOURS
    if "Ξενοδοχείο" in plan.table("clients")[client]["name"]:
        hours = HOTEL_HOURS
    local = meta["country"] == "SE"
    block_hours = rng.choice((10, 20, 40)) if kind == "prepaid" else None
    included = 600 * rng.choice((1, 2, 3)) if kind == "term" else None
    row = {
        "client_id": client,
        "name": CONTRACT_NAMES.get(
            plan.table("clients")[client]["document_language"], CONTRACT_NAMES["en"]
        )[kind]
        + f" {starts.year}",
        "kind": kind,
        "status": status,
        "starts_on": starts,
        "ends_on": ends,
        "currency": currency,
        "billing_period": {"term": "quarter", "managed": "month"}.get(kind),
        "price_minor": 0,
        "included_minutes": included,
        "hourly_rate_minor": rate * 9 // 10 if kind == "prepaid" else rate,
        "overage_rule": overage,
        "overage_rate_minor": rate if kind in ("prepaid", "term") else None,
        "minimum_purchase_minutes": block_hours * 60 if block_hours else None,
        "after_hours_policy": "bill_separately" if kind == "managed" else "multiplier",
        "alert_thresholds_bp": [8000, 9500],
        "rounding_increment_min": increment,
        "rounding_mode": mode,
        "rounding_scope": "entry",
        "minimum_charge_min": minimum or None,
        "minimum_charge_scope": "visit" if minimum else None,
        "business_hours": hours,
        "after_hours_multiplier_bp": rng.choice((15000, 15000, 17500)),
        "weekend_multiplier_bp": rng.choice((15000, 20000)),
        "holiday_multiplier_bp": 20000,
        "trip_fee_minor": plan.convert(45000, currency) if local and meta["weight"] > 4 else None,
        "distance_rate_minor": plan.convert(650, currency)
        if local and meta["weight"] <= 4
        else None,
        "distance_unit": "km",
        "travel_rate_minor": rate // 2 if local and meta["weight"] <= 4 else None,
        "notes": "",
    }
    if included is not None:
        # A term contract: the quarter's price: the included hours at 85 % of the hourly rate.
        row["price_minor"] = included // 60 * rate * 85 // 100
    contract = plan.add("contracts", stamp(row, dt.datetime.combine(starts, dt.time(11, 0))))
    cmeta: dict[str, Any] = {
        "client": client,
        "kind": kind,
        "starts": starts,
        "ends": ends,
        "status": status,
        "rounding": (increment, mode, minimum),
        "covered": (),
        "consumes": (),
        "fees": [],
        "block_hours": block_hours,
    }
    plan.contract_meta.append(cmeta)
    if kind in COVERAGE:
        role, codes = COVERAGE[kind]
        cmeta["covered" if role == "covered" else "consumes"] = codes
        for code in codes:
            plan.add(
                "contract_work_types",
                {"contract_id": contract, "role": role, "work_type_id": plan.work_type_index[code]},
            )
    if kind == "managed":
        for description, (low, high), unit, price in MANAGED_FEES:
            quantity = rng.randint(low, high) * 1000
            unit_price = plan.convert(price, currency)
            cmeta["fees"].append(
                plan.add(
                    "contract_fees",
                    {
                        "contract_id": contract,
                        "description": description,
                        "quantity_milli": quantity,
                        "unit": unit,
                        "unit_price_minor": unit_price,
                        "tax_rate_id": plan.tax_index[meta["tax"]],
                    },
                )
            )
        # The fees are the price: a managed contract's own price_minor would be
        # billed on top of them by the month-end run.
        row["notes"] = "Priced by its fee lines; covered work is logged, not billed."
        for priority, (response, resolution) in cat.SLA_MANAGED.items():
            plan.add(
                "sla_targets",
                {
                    "contract_id": contract,
                    "priority": priority,
                    "first_response_minutes": response,
                    "resolution_minutes": resolution,
                },
            )
    if status in ("active", "ended"):
        meta["contracts"].append(contract)
    return contract
