"""How quick the catalogue is with many products.

    python benchmarks/product_picker.py [--products 5000] [--runs 7]

Builds a throw-away SQLite shop with N products (Core insert), then prints
the median of several runs, in milliseconds, for:

- reading the picker's choices (services/records/visits.product_choices);
- filling the searchable picker (views/product_picker.ProductPicker);
- one keystroke in the picker: the completer filtering every product by
  "contains" and showing the list (the worst case: one letter, most match);
- a longer search that narrows to a few products;
- Settings → Catalogue: reading the list and showing the first rows;
- Settings → Catalogue: one keystroke in its search line.

Everything runs offscreen, no window on screen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import insert

from desktop.app import open_database
from desktop.db.session import read_only, unit_of_work
from desktop.models import Product, Shop
from desktop.services.records.visits import product_choices
from desktop.views.product_picker import ProductPicker
from desktop.views.settings.catalogue import CatalogueSection

WORDS = (
    "cable switch router toner drum ssd nvme ram charger dock adapter mouse keyboard "
    "headset webcam monitor licence backup patch fibre"
).split()


def median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        QApplication.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def build(path: Path, count: int):
    db = open_database(str(path))
    with unit_of_work(db.sessions) as s:
        s.add(Shop(legal_name="Bench AB", country="SE", default_currency="SEK"))
        s.execute(
            insert(Product),
            [
                {
                    "sku": f"SKU{i:05}",
                    "name": f"{WORDS[i % len(WORDS)].title()} model {i:05} "
                    f"{WORDS[(i * 7) % len(WORDS)]}",
                    "unit": "pc",
                    "cost_minor": 1000 + i,
                    "price_minor": 1250 + i,
                    "markup_bp": None,
                    "currency": "SEK",
                    "active": i % 50 != 0,
                }
                for i in range(count)
            ],
        )
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        db = build(Path(folder) / "bench.db", args.products)
        try:
            with read_only(db.sessions) as s:
                choices = product_choices(s)

            def read_choices() -> None:
                with read_only(db.sessions) as session:
                    product_choices(session)

            picker = ProductPicker("none")
            picker.show()
            completer = picker.completer()

            def type_text(text: str) -> Callable[[], None]:
                def work() -> None:
                    completer.setCompletionPrefix("")
                    picker.lineEdit().setText(text)
                    completer.setCompletionPrefix(text)
                    completer.complete()
                    completer.completionCount()  # the whole filter, not a lazy part
                    completer.popup().repaint()

                return work

            figures = {
                "read the choices": median_ms(read_choices, args.runs),
                "fill the picker": median_ms(lambda: picker.set_choices(choices), args.runs),
            }
            picker.set_choices(choices)
            figures["picker: type 'e' (most match)"] = median_ms(type_text("e"), args.runs)
            type_text("e")()
            figures["  rows matching 'e'"] = completer.completionCount()
            figures["picker: type 'toner model 0'"] = median_ms(
                type_text("toner model 0"), args.runs
            )
            type_text("toner model 0")()
            figures["  rows matching 'toner model 0'"] = completer.completionCount()
            completer.popup().hide()

            def key_typed() -> None:
                # As a person types: one key event into the emptied line.
                picker.lineEdit().clear()
                QTest.keyClick(picker.lineEdit(), "s")

            figures["picker: key 's' typed (key event)"] = median_ms(key_typed, args.runs)
            figures["  rows matching 's'"] = completer.completionCount()
            completer.popup().hide()

            section = CatalogueSection(db.sessions)
            section.show()
            figures["settings: read and show the list"] = median_ms(section.refresh, args.runs)

            def search(text: str) -> Callable[[], None]:
                def work() -> None:
                    section.search.blockSignals(True)
                    section.search.clear()  # each run types into an empty line
                    section.search.blockSignals(False)
                    section.search.setText(text)

                return work

            figures["settings: type 'c' in the search"] = median_ms(search("c"), args.runs)
            figures["settings: type 'nvme model 01'"] = median_ms(
                search("nvme model 01"), args.runs
            )
        finally:
            db.close()
    print(f"{args.products} products, median of {args.runs} runs")
    for label, value in figures.items():
        unit = "" if label.startswith("  ") else " ms"
        shown = f"{value}" if unit == "" else f"{value:8.1f}"
        print(f"  {label:<40} {shown}{unit}")
    del app


if __name__ == "__main__":
    main()
