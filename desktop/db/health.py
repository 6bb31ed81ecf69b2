"""`techledger check`: is this database sound and at the expected schema,
and is every issued invoice still what was issued (the hash chain)?"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, func, select

from desktop.models import Base

from .integrity_chain import verify_chains
from .migrate import current_revision, head_revision


@dataclass
class HealthReport:
    database: str
    backend: str
    schema_revision: str | None
    expected_revision: str
    integrity: str
    foreign_key_problems: list[dict] = field(default_factory=list)
    row_counts: dict[str, int] = field(default_factory=dict)
    # The first broken link of each invoice series' hash chain.
    invoice_chain_problems: list[dict] = field(default_factory=list)
    invoices_chained: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            self.integrity == "ok"
            and not self.foreign_key_problems
            and not self.invoice_chain_problems
            and self.schema_revision == self.expected_revision
        )

    def as_dict(self) -> dict:
        return {
            "ok": self.ok,
            "database": self.database,
            "backend": self.backend,
            "schema_revision": self.schema_revision,
            "expected_revision": self.expected_revision,
            "integrity": self.integrity,
            "foreign_key_problems": self.foreign_key_problems,
            "row_counts": self.row_counts,
            "invoices_chained": self.invoices_chained,
            "invoice_chain_problems": self.invoice_chain_problems,
            "warnings": self.warnings,
        }


def _sqlite_checks(engine: Engine) -> tuple[str, list[dict]]:
    with engine.connect() as conn:
        verdicts = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
        problems = [
            {"table": row[0], "rowid": row[1], "parent": row[2]}
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check")
        ]
    return ("ok" if verdicts == ["ok"] else "; ".join(verdicts)), problems


def check_database(engine: Engine, display: str) -> HealthReport:
    """Integrity, foreign keys, schema revision and row counts.

    On PostgreSQL the server enforces integrity and foreign keys itself, so
    only the revision and the counts are read."""
    revision = current_revision(engine)
    if engine.dialect.name == "sqlite":
        integrity, problems = _sqlite_checks(engine)
    else:
        integrity, problems = "ok", []
    counts: dict[str, int] = {}
    chain_problems: list[dict] = []
    chained = 0
    warnings: list[str] = []
    if revision is not None:
        with engine.connect() as conn:
            for table in Base.metadata.sorted_tables:
                counts[table.name] = conn.execute(
                    select(func.count()).select_from(table)
                ).scalar_one()
        if revision == head_revision():  # older schemas have no chain yet
            with engine.connect() as conn:
                chain = verify_chains(conn)
            chain_problems, chained = chain.problems, chain.checked - chain.unsealed
            if chain.unsealed:
                warnings.append(
                    f"{chain.unsealed} issued invoices were written without a hash "
                    "(imported or created before the hash chain); they cannot be verified."
                )
    return HealthReport(
        database=display,
        backend=engine.dialect.name,
        schema_revision=revision,
        expected_revision=head_revision(),
        integrity=integrity,
        foreign_key_problems=problems,
        row_counts=counts,
        invoice_chain_problems=chain_problems,
        invoices_chained=chained,
        warnings=warnings,
    )
