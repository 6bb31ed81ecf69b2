"""Milliseconds per document: a 40-line invoice (with and without the
embedded Factur-X XML) and a visit report, rendered from frozen data.

    .venv/bin/python benchmarks/pdf_speed.py [--runs 30]

Builds the demo shop in a temporary folder (a few seconds), picks a 40-line
invoice and a signed visit, then times the renderers only: the database work
of a real export comes on top (a few ms)."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from desktop.app import open_database
from desktop.db.session import read_only
from desktop.demo.build import build_demo_shop
from desktop.models import InvoiceLine, Visit
from desktop.services.printing.invoice_data import invoice_data
from desktop.services.printing.visit_report_data import visit_data


def _time(render, data, runs: int) -> tuple[float, int]:
    render(data)  # warm-up: fonts, schema, imports
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        pdf = render(data)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), len(pdf)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    start = time.perf_counter()
    from desktop.documents.invoice import render_invoice
    from desktop.documents.visit_report import render_visit_report

    print(f"import of the renderers: {(time.perf_counter() - start) * 1000:.0f} ms")
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(str(Path(folder) / "demo.db"))
        build_demo_shop(db, seed=7, today=dt.date(2026, 11, 29))
        with read_only(db.sessions) as session:
            invoice_id = session.scalar(
                select(InvoiceLine.invoice_id)
                .group_by(InvoiceLine.invoice_id)
                .order_by(func.abs(func.count() - 40))
                .limit(1)
            )
            invoice = invoice_data(session, invoice_id)
            visit = visit_data(
                session, session.scalar(select(Visit.id).where(Visit.signature_png.is_not(None)))
            )
        db.close()
    plain = dataclasses.replace(invoice, embed_e_invoice=False)
    for name, render, data in (
        (f"invoice, {len(invoice.lines)} lines, Factur-X", render_invoice, invoice),
        (f"invoice, {len(invoice.lines)} lines, PDF only", render_invoice, plain),
        ("visit report, signed", render_visit_report, visit),
    ):
        ms, size = _time(render, data, args.runs)
        print(f"{name}: {ms:.1f} ms median over {args.runs} runs, {size // 1024} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
