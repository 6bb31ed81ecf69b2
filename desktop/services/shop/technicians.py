"""The shop's people: add, edit, deactivate and reactivate technicians.

The Settings window and the `technician` commands both call these, so a
rule (a unique name, a valid e-mail, never deleting someone's work) has one
home. A technician with work is deactivated, never deleted: their time
entries, visits and tickets keep naming them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from desktop.models import (
    MaterialEntry,
    RunningTimer,
    Technician,
    Ticket,
    TicketEvent,
    TimeEntry,
    Visit,
)
from desktop.services.common.record_rules import EMAIL, check_lines
from desktop.services.records.clients import NotFound, ValidationError

LEVELS = ("junior", "standard", "senior", "expert")
MAX_RATE_MINOR = 2_147_483_647


@dataclass(frozen=True)
class TechnicianInfo:
    id: int
    name: str
    email: str | None
    tier: int
    level: str
    rate_minor: int | None
    active: bool
    has_work: bool


def _get(session: Session, technician_id: int) -> Technician:
    technician = session.get(Technician, technician_id)
    if technician is None:
        raise NotFound(f"There is no technician {technician_id}.")
    return technician


def _check(
    session: Session,
    *,
    name: str,
    email: str | None,
    tier: int,
    level: str,
    rate_minor: int | None,
    own_id: int | None,
) -> dict[str, str]:
    errors: dict[str, str] = {}
    clean = name.strip()
    if not clean:
        errors["name"] = "Enter the technician's name."
    elif len(clean) > 200:
        errors["name"] = "A name has at most 200 characters."
    else:
        # Names pick technicians in the CLI and the pickers, so two alike
        # (ignoring case) would be ambiguous.
        same = select(Technician.id).where(func.lower(Technician.name) == clean.lower())
        if own_id is not None:
            same = same.where(Technician.id != own_id)
        if session.scalar(same) is not None:
            errors["name"] = f"There is already a technician named {clean}."
    if email:
        if not EMAIL.match(email) or len(email) > 200:
            errors["email"] = "Enter an address such as anna@example.com."
        else:
            taken = select(Technician.id).where(Technician.email == email)
            if own_id is not None:
                taken = taken.where(Technician.id != own_id)
            if session.scalar(taken) is not None:
                errors["email"] = f"{email} belongs to another technician."
    if type(tier) is not int or not 0 <= tier <= 4:
        errors["tier"] = "Support tiers run from 0 to 4."
    if level not in LEVELS:
        errors["level"] = f"The level is one of: {', '.join(LEVELS)}."
    if rate_minor is not None and (
        type(rate_minor) is not int or not 0 <= rate_minor <= MAX_RATE_MINOR
    ):
        errors["rate"] = "A rate cannot be negative."
    check_lines(errors, name=name, email=email)
    return errors


def add_technician(
    session: Session,
    *,
    name: str,
    email: str | None,
    tier: int,
    level: str,
    rate_minor: int | None,
) -> Technician:
    email = (email or "").strip() or None
    errors = _check(
        session, name=name, email=email, tier=tier, level=level, rate_minor=rate_minor, own_id=None
    )
    if errors:
        raise ValidationError(errors)
    technician = Technician(
        name=name.strip(), email=email, tier=tier, level=level, default_rate_minor=rate_minor
    )
    session.add(technician)
    session.flush()
    return technician


def update_technician(
    session: Session,
    technician_id: int,
    *,
    name: str,
    email: str | None,
    tier: int,
    level: str,
    rate_minor: int | None,
) -> Technician:
    """Change a technician. Past work keeps its priced amounts; a new rate
    applies to work priced from now on."""
    technician = _get(session, technician_id)
    email = (email or "").strip() or None
    errors = _check(
        session,
        name=name,
        email=email,
        tier=tier,
        level=level,
        rate_minor=rate_minor,
        own_id=technician_id,
    )
    if errors:
        raise ValidationError(errors)
    technician.name = name.strip()
    technician.email = email
    technician.tier = tier
    technician.level = level
    technician.default_rate_minor = rate_minor
    session.flush()
    return technician


def set_technician_active(session: Session, technician_id: int, active: bool) -> Technician:
    """Deactivate (out of every picker, work kept) or reactivate."""
    technician = _get(session, technician_id)
    if not active and session.scalar(
        select(RunningTimer.id).where(RunningTimer.technician_id == technician_id)
    ):
        raise ValidationError(
            {"active": f"{technician.name}'s timer is running; stop it before deactivating."}
        )
    technician.active = active
    session.flush()
    return technician


def has_work(session: Session, technician_id: int) -> bool:
    """Whether any record names the technician (then it may not be deleted)."""
    checks = (
        TimeEntry.technician_id == technician_id,
        Visit.technician_id == technician_id,
        MaterialEntry.technician_id == technician_id,
        RunningTimer.technician_id == technician_id,
        Ticket.assigned_technician_id == technician_id,
        TicketEvent.technician_id == technician_id,
        TicketEvent.assigned_technician_id == technician_id,
    )
    return any(session.scalar(select(exists().where(check))) for check in checks)


def delete_technician(session: Session, technician_id: int) -> None:
    """Delete a technician added by mistake; one with work is refused."""
    technician = _get(session, technician_id)
    if has_work(session, technician_id):
        raise ValidationError(
            {"active": f"{technician.name} has recorded work; deactivate them instead of deleting."}
        )
    session.delete(technician)
    session.flush()


def list_technicians(session: Session) -> list[TechnicianInfo]:
    """Every technician, active ones first, by name."""
    rows = session.scalars(select(Technician).order_by(Technician.active.desc(), Technician.name))
    return [
        TechnicianInfo(
            t.id,
            t.name,
            t.email,
            t.tier,
            t.level,
            t.default_rate_minor,
            t.active,
            has_work(session, t.id),
        )
        for t in rows
    ]
