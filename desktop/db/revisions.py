"""The schema revisions this TechLedger ships, read straight from the
migration files' `revision = ...` and `down_revision = ...` lines.

`techledger version` and `--version` only need the head revision; asking
Alembic for it imports Alembic and SQLAlchemy (~300 ms on the development
machine) before a line is printed. `desktop.db.migrate.head_revision` stays
the authority for migrating; tests/unit/test_version.py proves the two
agree."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"

# `revision = "0009"`, `down_revision: str | None = "0008"`,
# `down_revision = ("0010", "0011")` (a merge) or `= None`.
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\b[^=\n]*=(.*)$", re.M)
_QUOTED = re.compile(r"""['"]([^'"]+)['"]""")


@cache
def shipped_revisions() -> dict[str, tuple[str, ...]]:
    """Every shipped revision and the revisions it follows."""
    found: dict[str, tuple[str, ...]] = {}
    for path in sorted(VERSIONS_DIR.glob("*.py")):
        values = {
            name: tuple(_QUOTED.findall(rest))
            for name, rest in _ASSIGNMENT.findall(path.read_text(encoding="utf-8"))
        }
        if values.get("revision"):
            found[values["revision"][0]] = values.get("down_revision", ())
    return found


def shipped_head() -> str:
    """The newest revision: the one no other revision follows."""
    revisions = shipped_revisions()
    followed = {parent for parents in revisions.values() for parent in parents}
    heads = sorted(set(revisions) - followed)
    if len(heads) != 1:
        raise RuntimeError(f"the package ships {len(heads)} migration heads: {heads}")
    return heads[0]
