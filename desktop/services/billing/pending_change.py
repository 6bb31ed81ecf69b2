"""One change to a draft, kept as the user asked for it.

The invoice editor builds a PendingChange from what the user typed and
saves it with `apply`. When someone else changed the draft meanwhile the
save is refused (VersionConflict) and the editor keeps the PendingChange,
shows it next to their version and can apply it again on top of theirs, so
nothing typed is lost. Here is only the saving; the words and widgets that
show a change live in views/invoicing/draft_conflict.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.services.billing import draft_editing
from desktop.services.billing.invoices import delete_draft, issue_invoice

# Kinds that change one line (the editor selects the line afterwards).
LINE_KINDS = ("edit", "add", "discount")
KINDS = (*LINE_KINDS, "remove", "notes", "issue", "delete")
Version = int | None
Now = Callable[[], dt.datetime]


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class PendingChange:
    """A line changed, added (or a discount), a line removed, the notes, the
    draft issued or deleted."""

    kind: str  # one of KINDS
    line_id: int | None = None
    position: int | None = None
    # For "edit", None where the user left the line's value as it was.
    description: str | None = None
    quantity_milli: int | None = None
    unit: str = ""
    unit_price_minor: int | None = None
    notes: str = ""
    issue_date: dt.date | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"Unknown draft change {self.kind!r}")

    def apply(
        self,
        session: Session,
        invoice_id: int,
        expected_version: int | None,
        now: Now = _now,
    ) -> int | str | None:
        """Save the change over draft version `expected_version` (None: no
        check). Returns the line to select (line changes), the number
        (issuing) or None. Raises VersionConflict when the draft moved on,
        InvoiceError when it is no longer a draft or a value is refused."""
        # The version first: a line the other user removed is a conflict
        # (shown with their version), not just a missing line.
        draft_editing.check_draft(session, invoice_id, expected_version)
        return _APPLY[self.kind](self, session, invoice_id, expected_version, now)


def _edit(
    change: PendingChange, session: Session, invoice_id: int, version: Version, _now: Now
) -> int:
    assert change.line_id is not None
    return draft_editing.update_line(
        session,
        change.line_id,
        description=change.description,
        quantity_milli=change.quantity_milli,
        unit_price_minor=change.unit_price_minor,
        expected_version=version,
    ).id


def _add(
    change: PendingChange, session: Session, invoice_id: int, version: Version, _now: Now
) -> int:
    return draft_editing.add_line(
        session,
        invoice_id,
        description=change.description or "",
        quantity_milli=change.quantity_milli or 0,
        unit=change.unit,
        unit_price_minor=change.unit_price_minor or 0,
        kind="discount" if change.kind == "discount" else "adjustment",
        expected_version=version,
    ).id


def _remove(
    change: PendingChange, session: Session, _invoice_id: int, version: Version, now: Now
) -> None:
    assert change.line_id is not None
    draft_editing.remove_line(session, change.line_id, now(), version)


def _notes(
    change: PendingChange, session: Session, invoice_id: int, version: Version, _now: Now
) -> None:
    draft_editing.set_notes(session, invoice_id, change.notes, version)


def _delete(
    _change: PendingChange, session: Session, invoice_id: int, _version: Version, now: Now
) -> None:
    delete_draft(session, invoice_id, now())


def _issue(
    change: PendingChange, session: Session, invoice_id: int, _version: Version, _now: Now
) -> str | None:
    assert change.issue_date is not None
    return issue_invoice(session, invoice_id, change.issue_date).number


_APPLY: dict[str, Callable[[PendingChange, Session, int, Version, Now], int | str | None]] = {
    "edit": _edit,
    "add": _add,
    "discount": _add,
    "remove": _remove,
    "notes": _notes,
    "delete": _delete,
    "issue": _issue,
}
