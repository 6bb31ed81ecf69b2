"""Regenerate docs/samples/: one of each document from the demo shop, in two
languages, with PNG previews of every page.

Why a script: the samples are what a reviewer (or a prospective customer)
looks at first, and they must follow the code. The demo shop is built with a
fixed seed and day, so the same code gives the same documents.

    .venv/bin/python scripts/make_samples.py [--dpi 70]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.app import open_database  # noqa: E402
from desktop.db.session import read_only  # noqa: E402
from desktop.demo.build import build_demo_shop  # noqa: E402
from desktop.documents.invoice import render_invoice  # noqa: E402
from desktop.documents.statement import render_statement  # noqa: E402
from desktop.documents.visit_report import render_visit_report  # noqa: E402
from desktop.services.printing.invoice_data import invoice_data  # noqa: E402
from desktop.services.printing.statement_data import statement_data  # noqa: E402
from desktop.services.printing.visit_report_data import visit_data  # noqa: E402

OUT = ROOT / "docs" / "samples"
TODAY = dt.date(2026, 11, 29)
PERIOD = (dt.date(2026, 9, 1), TODAY)

# name, what it shows, how to read it, renderer, language override (None: the client's)
Sample = tuple[str, str, Callable, Callable, str | None]
SAMPLES: list[Sample] = [
    (
        "invoice-sv",
        "Swedish invoice, 30 lines over three pages, raw vs billed time, paid",
        lambda s: invoice_data(s, 372),
        render_invoice,
        None,
    ),
    (
        "invoice-el",
        "Greek EUR invoice, reverse charge, EPC payment QR code, Factur-X",
        lambda s: invoice_data(s, 3),
        render_invoice,
        None,
    ),
    (
        "credit-note-sv",
        "Swedish credit note naming the invoice it corrects",
        lambda s: invoice_data(s, 464),
        render_invoice,
        None,
    ),
    (
        "credit-note-en",
        "The same credit note in English",
        lambda s: invoice_data(s, 464),
        render_invoice,
        "en",
    ),
    (
        "draft-pl",
        "Polish draft: DRAFT watermark, no number, no e-invoice",
        lambda s: invoice_data(s, 463),
        render_invoice,
        None,
    ),
    (
        "visit-report-sv",
        "Signed visit report (Swedish)",
        lambda s: visit_data(s, 452),
        render_visit_report,
        None,
    ),
    (
        "visit-report-en",
        "Unsigned visit report with materials (English)",
        lambda s: visit_data(s, 416),
        render_visit_report,
        None,
    ),
    (
        "statement-pl",
        "Prepaid statement with burn-down and run-out forecast (Polish)",
        lambda s: statement_data(s, 17, *PERIOD),
        render_statement,
        None,
    ),
    (
        "statement-eo",
        "Prepaid statement in Esperanto",
        lambda s: statement_data(s, 25, *PERIOD),
        render_statement,
        None,
    ),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=int, default=70, help="resolution of the PNG previews")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        sys.exit("pdftoppm (poppler-utils) is needed for the previews.")
    OUT.mkdir(parents=True, exist_ok=True)
    for old in [*OUT.glob("*.pdf"), *OUT.glob("*.png")]:
        old.unlink()
    index = [
        "# Document samples",
        "",
        "Generated from the demo shop (seed 7, 2026-11-29) by `scripts/make_samples.py`;",
        "do not edit by hand.",
        "",
    ]
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(str(Path(folder) / "demo.db"))
        build_demo_shop(db, seed=7, today=TODAY)
        for name, what, load, render, language in SAMPLES:
            with read_only(db.sessions) as session:
                data = load(session)
            if language:
                data = dataclasses.replace(data, language=language)
            pdf = OUT / f"{name}.pdf"
            pdf.write_bytes(render(data))
            subprocess.run(
                ["pdftoppm", "-r", str(args.dpi), "-png", str(pdf), str(OUT / name)], check=True
            )
            pages = sorted(OUT.glob(f"{name}-*.png"))
            previews = " ".join(f"[page {i}]({p.name})" for i, p in enumerate(pages, start=1))
            index.append(f"- [{name}.pdf]({name}.pdf) — {what}. {previews}")
            print(f"{pdf.relative_to(ROOT)}: {pdf.stat().st_size // 1024} KiB, {len(pages)} p.")
        db.close()
    (OUT / "README.md").write_text("\n".join(index) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
