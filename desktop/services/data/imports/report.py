"""What the user chose for an import and what came of it: the options in,
the report out (the same report for the dry run and the import)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ImportOptions:
    """What the user chose. `mapping` overrides the detected columns:
    field → column header ('' leaves the field unmapped)."""

    kind: str
    format: str = "auto"
    mapping: dict[str, str] = field(default_factory=dict)
    create_missing_clients: bool = False
    # Time entries: technicians and work types the file names but TechLedger
    # lacks are created (listed by the dry run) instead of rejecting the rows.
    create_missing_technicians_and_work_types: bool = False
    default_work_type: str = ""  # code or name; '' = the first active work type
    date_order: str = "auto"
    skip_bad_rows: bool = False


@dataclass(frozen=True)
class Rejected:
    line: int
    reason: str


@dataclass
class ImportReport:
    """The outcome of a dry run or an import. `new_*` list exactly the
    records the import creates (or created); `rated` counts the entries that
    carry the file's hourly rate, `non_billable` those marked not billable."""

    kind: str
    format: str
    encoding: str
    rows: int
    accepted: int
    rejected: list[Rejected]
    new_clients: list[str]
    raw_minutes: int
    notes: list[str]
    dry_run: bool = True
    imported: int = 0
    seconds: float = 0.0
    new_technicians: list[str] = field(default_factory=list)
    new_work_types: list[str] = field(default_factory=list)
    rated: int = 0
    non_billable: int = 0
    # (column header, why it is not imported) for every column no field reads.
    not_imported: list[tuple[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "format": self.format,
            "encoding": self.encoding,
            "dry_run": self.dry_run,
            "rows": self.rows,
            "accepted": self.accepted,
            "imported": self.imported,
            "rejected": [{"line": r.line, "reason": r.reason} for r in self.rejected],
            "new_clients": list(self.new_clients),
            "new_technicians": list(self.new_technicians),
            "new_work_types": list(self.new_work_types),
            "raw_minutes": self.raw_minutes,
            "rated": self.rated,
            "non_billable": self.non_billable,
            "notes": list(self.notes),
            "not_imported": [
                {"column": column, "reason": reason} for column, reason in self.not_imported
            ],
            "seconds": round(self.seconds, 3),
        }
