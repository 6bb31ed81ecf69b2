"""Technicians and work types named by time-entry rows: found by e-mail, then
name, then a login (Kimai's 'User': the technician's name or the part of
their e-mail before the @), by code then name (work types); or, when the user asked
for it, planned for creation so the dry run can list exactly which names the
import will add. Without that choice a row naming an unknown one is rejected
with the name in the reason."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Technician, WorkType
from desktop.services.data.imports.context import Names, RowRejected
from desktop.services.data.imports.formats import MappingError

NEW_TECHNICIAN = "_new_technician"  # planned record key → NewStaff.technicians key
NEW_WORK_TYPE = "_new_work_type"  # planned record key → NewStaff.work_types key
CREATE_HINT = "tick 'Create missing technicians and work types'"


def work_type_code(name: str, taken: set[str]) -> str:
    """A short lowercase code for a new work type, unique among `taken`
    (folded codes): 'On-site support' → 'on-site-support'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:30] or "work"
    code, number = base, 1
    while code.casefold() in taken:
        number += 1
        suffix = f"-{number}"
        code = base[: 30 - len(suffix)] + suffix
    taken.add(code.casefold())
    return code


class Staff:
    """Lookups for one import, plus the technicians and work types it plans
    to create (folded key → (name, e-mail) and → (code, name))."""

    def __init__(self, session: Session, create: bool) -> None:
        self.create = create
        self.technicians = Names()
        self.technician_emails = Names()
        self.technician_logins = Names()
        for tech_id, name, email in session.execute(
            select(Technician.id, Technician.name, Technician.email)
        ):
            self.technicians.add(name, tech_id)
            self.technician_emails.add(email, tech_id)
            if email:
                self.technician_logins.add(email.partition("@")[0], tech_id)
        self.work_types = Names()
        self.work_type_codes = Names()
        self.work_type_rows: dict[int, tuple[str, bool, bool]] = {}
        self.active_work_types: list[int] = []
        self._codes: set[str] = set()
        for row in session.execute(
            select(
                WorkType.id,
                WorkType.code,
                WorkType.name,
                WorkType.on_site,
                WorkType.billable,
                WorkType.active,
            ).order_by(WorkType.id)
        ):
            self.work_type_codes.add(row.code, row.id)
            self.work_types.add(row.name, row.id)
            self.work_type_rows[row.id] = (row.name, row.on_site, row.billable)
            self._codes.add(row.code.casefold())
            if row.active:
                self.active_work_types.append(row.id)
        self.new_technicians: dict[str, tuple[str, str | None]] = {}
        self._new_by_email: dict[str, str] = {}
        self.new_work_types: dict[str, tuple[str, str]] = {}

    # -- technicians -----------------------------------------------------------

    def technician(self, name: str, email: str, record: dict[str, Any], login: str = "") -> None:
        """Put the technician's id into `record`, or the key of a planned one."""
        if email:
            found = self.technician_emails.find(email, "technician")
            if found is not None:
                record["technician_id"] = found
                return
        if not name and not email:
            raise RowRejected("Technician: the cell is empty; every entry needs a technician.")
        found = self.technicians.find(name, "technician") if name else None
        if found is None and login:
            found = self.technicians.find(login, "technician")
            if found is None:
                found = self.technician_logins.find(login, "technician")
        if found is not None:
            record["technician_id"] = found
            return
        shown = name or email
        if not self.create:
            raise RowRejected(
                f"Technician: there is no technician '{shown}'. Add them under Settings "
                f"first, or {CREATE_HINT}."
            )
        if len(shown) > 200 or len(email) > 200:
            raise RowRejected("Technician: names and e-mails have at most 200 characters.")
        record["technician_id"] = None
        record[NEW_TECHNICIAN] = self._plan_technician(shown, email)

    def _plan_technician(self, name: str, email: str) -> str:
        email_key = email.casefold()
        if email_key and email_key in self._new_by_email:
            return self._new_by_email[email_key]
        key = name.casefold()
        planned = self.new_technicians.get(key)
        if planned is None or (email_key and planned[1] and planned[1].casefold() != email_key):
            # Same name, another e-mail: a second person (kept apart by e-mail).
            key = key if planned is None else f"{key} <{email_key}>"
            self.new_technicians[key] = (name, email or None)
        elif email and not planned[1]:
            self.new_technicians[key] = (planned[0], email)
        if email_key:
            self._new_by_email[email_key] = key
        return key

    # -- work types ------------------------------------------------------------

    def default_work_type(self, wanted: str) -> int | None:
        """The chosen default work type (code or name), or the first active."""
        if wanted:
            found = self.work_type_codes.find(wanted, "work type") or self.work_types.find(
                wanted, "work type"
            )
            if found is None:
                raise MappingError(f"There is no work type '{wanted}'.")
            return found
        return next(iter(self.active_work_types), None)

    def work_type(
        self, name: str, default: int | None, record: dict[str, Any]
    ) -> tuple[bool, bool]:
        """Put the work type's id (or a planned one's key) into `record`;
        returns its (on site, billable by default)."""
        if not name:
            if default is None:
                raise RowRejected("Work type: none given, and the shop has no work types yet.")
            record["work_type_id"] = default
            return self.work_type_rows[default][1:]
        found = self.work_type_codes.find(name, "work type")
        if found is None:
            found = self.work_types.find(name, "work type")
        if found is not None:
            record["work_type_id"] = found
            return self.work_type_rows[found][1:]
        if not self.create:
            raise RowRejected(
                f"Work type: there is no work type '{name}'. Add it under Settings, "
                f"{CREATE_HINT}, or leave the column unmapped to use the default."
            )
        if len(name) > 100:
            raise RowRejected("Work type: names have at most 100 characters.")
        key = name.casefold()
        if key not in self.new_work_types:
            self.new_work_types[key] = (work_type_code(name, self._codes), name)
        record["work_type_id"] = None
        record[NEW_WORK_TYPE] = key
        return (False, True)  # a new work type: remote, billable
