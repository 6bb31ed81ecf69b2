"""Kill TechLedger at random moments while it writes, and check that nothing
is ever half-written.

    python benchmarks/crash_stress.py [--kills 200] [--db PATH] [--seed 1]
        [--scenarios work,backup,restore,migrate,import]

Each kill picks one scenario at random. "work": a worker issues invoices,
adds batches of time entries and draws prepaid hours in a loop. "backup",
"restore", "migrate" and "import" run those commands for real (see
crash_admin.py); "migrate" starts from a database at a random earlier
revision each time. The worker is SIGKILLed after a random delay, then the
database is checked: integrity ok; every invoice series numbered 1..n with
no gap or duplicate; every issued invoice complete (lines present, totals
equal to its lines and VAT summary); billed work linked only to live lines
and its billed minutes equal to the lines'; every prepaid balance equal to
the sum of its ledger and to its blocks; plus each scenario's own check
(crash_admin.py). Prints the counts; exits 1 on any violation."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import crash_admin  # noqa: E402

from desktop.app import open_database  # noqa: E402
from desktop.db.session import read_only, unit_of_work  # noqa: E402
from desktop.models import (  # noqa: E402
    Client,
    Contract,
    Invoice,
    InvoiceLine,
    InvoiceSeries,
    PrepaidLedgerEntry,
    TaxRate,
    Technician,
    TimeEntry,
    WorkType,
)
from desktop.services.billing.invoices import NothingToBill, draft_invoice, issue_invoice  # noqa: E402
from desktop.services.billing.tax import TaxableLine, vat_summary  # noqa: E402
from desktop.services.prepaid import ledger as prepaid  # noqa: E402
from desktop.services.shop.setup import ShopInput, save_shop  # noqa: E402

CLIENTS = 6


def prepare(path: str) -> None:
    db = open_database(path)
    with unit_of_work(db.sessions) as s:
        save_shop(s, ShopInput(legal_name="Stress AB", country="SE", default_currency="SEK"))
        s.add_all(
            [
                TaxRate(code="SE25", name="25 %", rate_bp=2500, category="S"),
                InvoiceSeries(code="INV", name="Invoices", pattern="{YYYY}-{seq:05}"),
                InvoiceSeries(
                    code="CN", name="Credit notes", kind="credit_note", pattern="CN{seq:04}"
                ),
                WorkType(code="remote", name="Remote", default_rate_minor=95000),
                Technician(name="Anna", default_rate_minor=None),
            ]
        )
        s.flush()
        for n in range(CLIENTS):
            client = Client(name=f"Client {n}", country="SE", currency="SEK")
            s.add(client)
            s.flush()
            if n % 2 == 0:
                contract = Contract(
                    client_id=client.id,
                    name=f"Prepaid {n}",
                    kind="prepaid",
                    starts_on=dt.date(2026, 1, 1),
                    currency="SEK",
                    overage_rule="negative" if n == 0 else "bill",
                    # No surcharges: billed minutes then map 1:1 onto invoice
                    # hours and prepaid deductions, and can be compared.
                    after_hours_multiplier_bp=10_000,
                    weekend_multiplier_bp=10_000,
                    holiday_multiplier_bp=10_000,
                )
                s.add(contract)
                s.flush()
                prepaid.top_up(
                    s, contract.id, minutes=600, amount_minor=0, at=dt.datetime(2026, 1, 1)
                )
    db.close()


def work_forever(path: str, seed: int) -> None:
    """The worker: every action is one unit of work, as in the app."""
    rng = random.Random(seed)
    db = open_database(path)
    with read_only(db.sessions) as s:
        clients = list(s.scalars(select(Client.id)))
        contracts = {c.client_id: c.id for c in s.scalars(select(Contract))}
        tech = s.scalar(select(Technician.id))
        work = s.scalar(select(WorkType.id))
    day = dt.datetime(2026, 3, 2, 9) + dt.timedelta(days=rng.randrange(200))
    while True:
        action = rng.random()
        client = rng.choice(clients)
        with unit_of_work(db.sessions) as s:
            if action < 0.5:  # an import: a batch of entries at once
                for _ in range(rng.randrange(1, 40)):
                    start = day.replace(hour=rng.randrange(8, 15), minute=rng.randrange(60))
                    minutes = rng.randrange(5, 120)
                    s.add(
                        TimeEntry(
                            technician_id=tech,
                            client_id=client,
                            work_type_id=work,
                            contract_id=contracts.get(client),
                            started_at=start,
                            ended_at=start + dt.timedelta(minutes=minutes),
                            raw_minutes=minutes,
                            description="stress",
                        )
                    )
                    day += dt.timedelta(hours=1)
            elif action < 0.9:  # draft and issue, deducting prepaid hours
                try:
                    invoice = draft_invoice(
                        s, client, period_from=dt.date(2026, 1, 1), period_to=dt.date(2027, 12, 31)
                    )
                    issue_invoice(s, invoice.id, dt.date(2027, 12, 31))
                except NothingToBill:
                    pass
            elif client in contracts:
                prepaid.top_up(
                    s,
                    contracts[client],
                    minutes=rng.randrange(60, 600),
                    amount_minor=0,
                    at=dt.datetime.now(),
                )


def violations(path: str) -> list[str]:
    found: list[str] = []
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            verdict = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
            if verdict != "ok":
                found.append(f"integrity: {verdict}")
        with read_only(db.sessions) as s:
            for series in s.scalars(select(InvoiceSeries)):
                seqs = sorted(
                    s.scalars(
                        select(Invoice.seq).where(
                            Invoice.series_id == series.id, Invoice.seq.is_not(None)
                        )
                    )
                )
                if seqs != list(range(1, len(seqs) + 1)):
                    found.append(f"series {series.code}: numbers {seqs[:5]}… not 1..{len(seqs)}")
            for invoice in s.scalars(select(Invoice).where(Invoice.status != "draft")):
                lines = list(
                    s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice.id))
                )
                totals = vat_summary(
                    TaxableLine(x.net_minor, x.vat_rate_bp, x.vat_category) for x in lines
                )
                if not lines or invoice.number is None or invoice.total_minor != totals.total_minor:
                    found.append(f"invoice {invoice.id} is half-written")
                billed = s.scalar(
                    select(func.coalesce(func.sum(TimeEntry.billed_minutes), 0))
                    .join(InvoiceLine, InvoiceLine.id == TimeEntry.invoice_line_id)
                    .where(InvoiceLine.invoice_id == invoice.id)
                )
                line_minutes = sum(
                    x.billed_minutes or 0 for x in lines if x.kind in ("labour", "prepaid")
                )
                if billed != line_minutes:
                    found.append(
                        f"invoice {invoice.number}: entries {billed} min, lines {line_minutes} min"
                    )
            unbilled_but_minutes = s.scalar(
                select(func.count())
                .select_from(TimeEntry)
                .where(TimeEntry.invoice_line_id.is_(None), TimeEntry.billed_minutes.is_not(None))
            )
            if unbilled_but_minutes:
                found.append(f"{unbilled_but_minutes} unbilled entries carry billed minutes")
            for contract in s.scalars(select(Contract)):
                ledger = (
                    s.scalar(
                        select(func.sum(PrepaidLedgerEntry.minutes)).where(
                            PrepaidLedgerEntry.contract_id == contract.id
                        )
                    )
                    or 0
                )
                state = prepaid.ledger_state(s, contract.id)
                if not ledger == prepaid.balance(s, contract.id) == state.balance:
                    found.append(
                        f"contract {contract.id}: ledger {ledger} ≠ blocks {state.balance}"
                    )
    finally:
        db.close()
    return found


SCENARIOS = ("work", "backup", "restore", "migrate", "import")
ADMIN = str(ROOT / "benchmarks" / "crash_admin.py")


def _kill_after(argv: list[str], delay: float, *, ready: bool = False) -> bool:
    """Start a worker, SIGKILL it `delay` seconds later (after it says
    'ready', for the admin workers, so start-up time does not count);
    False when it had already finished (nothing was interrupted)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    worker = subprocess.Popen(
        [sys.executable, *argv], env=env, stdout=subprocess.PIPE if ready else None, text=True
    )
    if ready:
        assert worker.stdout is not None
        worker.stdout.readline()
    time.sleep(delay)
    finished = worker.poll() is not None
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    if worker.stdout is not None:
        worker.stdout.close()
    return not finished


def _migration_seconds(template: Path, target: Path) -> float:
    """How long one uncut migration from `template` takes in a worker."""
    crash_admin.place_template(template, target)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, ADMIN, "migrate", str(target)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.split()[-1])


class Stress:
    """One run: the stress database, its snapshot for restores, the
    templates for migrations, and what was found."""

    def __init__(self, path: str, seed: int, max_delay: float) -> None:
        self.path = path
        self.rng = random.Random(seed)
        self.seed = seed
        self.max_delay = max_delay
        self.problems: list[str] = []
        self.counts = {name: 0 for name in SCENARIOS}
        self.interrupted = {name: 0 for name in SCENARIOS}
        self.migrated_from: dict[str, int] = {}
        self.restored = 0  # restores that had replaced the data when killed
        self.most = (0, 0)  # the most invoices and time entries held at a check
        self.migrations_finished = 0
        folder = Path(path).parent
        prepare(path)
        self.snapshot = str(folder / "snapshot.db")
        crash_admin.cli("--db", path, "backup", "--to", str(folder / "snap"))
        made = next((folder / "snap").glob("*.db"))
        made.rename(self.snapshot)
        self.snapshot_print = crash_admin.fingerprint(self.snapshot)
        self.templates: dict[str, Path] = {}
        self.migrate_target = folder / "migrating" / "old.db"

    def admin_delay(self) -> float:
        return self.rng.random() * self.max_delay  # from 'ready': at once to a few rounds in

    def once(self, kill: int, scenario: str) -> list[str]:
        seed = str(self.seed * 100_000 + kill)
        if scenario == "work":
            hit = _kill_after(
                [__file__, "--worker", self.path, "--seed", seed], self.admin_delay(), ready=True
            )
            found = violations(self.path)
        elif scenario == "backup":
            hit = _kill_after([ADMIN, "backup", self.path], self.admin_delay(), ready=True)
            found = violations(self.path) + crash_admin.bad_backups(self.path)
        elif scenario == "restore":
            before = crash_admin.fingerprint(self.path)
            hit = _kill_after(
                [ADMIN, "restore", self.path, self.snapshot], self.admin_delay(), ready=True
            )
            found = violations(self.path)
            after = crash_admin.fingerprint(self.path)
            self.restored += after != before
            if after not in (before, self.snapshot_print):
                found.append(f"restore left {after}: neither {before} nor {self.snapshot_print}")
        elif scenario == "import":
            hit = _kill_after([ADMIN, "import", self.path, seed], self.admin_delay(), ready=True)
            found = violations(self.path) + crash_admin.import_batches(self.path)
        else:
            if not self.templates:
                self.migrate_target.parent.mkdir(exist_ok=True)
                self.templates = crash_admin.build_templates(self.migrate_target.parent)
                self.migration_seconds = {
                    rev: _migration_seconds(template, self.migrate_target)
                    for rev, template in self.templates.items()
                }
            revision = self.rng.choice(sorted(self.templates))
            crash_admin.place_template(self.templates[revision], self.migrate_target)
            # Anywhere in the migration (its backup first, then the upgrade).
            window = self.migration_seconds[revision] * 1.1
            hit = _kill_after(
                [ADMIN, "migrate", str(self.migrate_target)],
                self.rng.random() * window,
                ready=True,
            )
            found, left_at = crash_admin.migrate_problems(
                self.migrate_target, revision, crash_admin.row_counts(self.templates[revision])
            )
            self.migrations_finished += left_at == crash_admin.head_revision()
            self.migrated_from[revision] = self.migrated_from.get(revision, 0) + 1
        self.counts[scenario] += 1
        self.interrupted[scenario] += hit
        invoices, entries, _minutes, _prepaid = crash_admin.fingerprint(self.path)
        self.most = (max(self.most[0], invoices), max(self.most[1], entries))
        return found


def run(
    kills: int,
    path: str,
    seed: int,
    max_delay: float = 1.5,
    scenarios: tuple[str, ...] = SCENARIOS,
    stress: Stress | None = None,
) -> tuple[int, int, list[str]]:
    stress = stress or Stress(path, seed, max_delay)
    checks = 0
    for kill in range(kills):
        scenario = stress.rng.choice(scenarios)
        found = stress.once(kill, scenario)
        checks += 1
        stress.problems += [f"after kill {kill + 1} ({scenario}): {text}" for text in found]
    return kills, checks, stress.problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--db")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scenarios", default=",".join(SCENARIOS))
    parser.add_argument("--worker", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print("ready", flush=True)  # imported: the kill is timed from here
        work_forever(args.worker, args.seed)
        return
    scenarios = tuple(name.strip() for name in args.scenarios.split(","))
    unknown = set(scenarios) - set(SCENARIOS)
    if unknown:
        parser.error(f"unknown scenario(s): {', '.join(sorted(unknown))}")
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or str(Path(folder) / "stress.db")
        started = time.perf_counter()
        stress = Stress(path, args.seed, 1.5)
        kills, checks, problems = run(
            args.kills, path, args.seed, scenarios=scenarios, stress=stress
        )
        db = open_database(path)
        with read_only(db.sessions) as s:
            issued = s.scalar(
                select(func.count()).select_from(Invoice).where(Invoice.status != "draft")
            )
            entries = s.scalar(select(func.count()).select_from(TimeEntry))
        db.close()
        partials = crash_admin.partial_files(path)
    print(
        f"{kills} kills in {time.perf_counter() - started:.0f} s; invariants checked after "
        f"each ({checks} checks); {issued} invoices issued, {entries} time entries written; "
        f"violations: {len(problems)}"
    )
    for name in scenarios:
        print(
            f"  {name}: {stress.counts[name]} kills, "
            f"{stress.interrupted[name]} while it was still running"
        )
    print(
        f"  most held at one check (restores put the first snapshot back): "
        f"{stress.most[0]} invoices, {stress.most[1]} time entries"
    )
    print(
        f"  restores that had replaced the data when killed: {stress.restored}; "
        f"migrations killed after reaching head: {stress.migrations_finished}"
    )
    if stress.migrated_from:
        print(
            "  migrated from: "
            + ", ".join(f"{rev} ×{n}" for rev, n in sorted(stress.migrated_from.items()))
        )
    print(f"  backup copies left half-written as *.partial (never listed as backups): {partials}")
    for problem in problems[:20]:
        print("  ", problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
