"""Shared fixtures of the document tests: one demo shop per test session
(building it takes a few seconds), and helpers to read PDFs back."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from desktop.app import open_database
from desktop.db.session import read_only
from desktop.demo.build import build_demo_shop

TODAY = dt.date(2026, 11, 29)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    db = open_database(str(tmp_path_factory.mktemp("docs") / "demo.db"))
    build_demo_shop(db, seed=7, today=TODAY)
    yield db
    db.close()


@pytest.fixture
def read(demo_db):
    """Call `read(fn, *args)` to run `fn(session, *args)` in a read-only session."""

    def run(fn, *args):
        with read_only(demo_db.sessions) as session:
            return fn(session, *args)

    return run


def pdf_text(pdf: bytes) -> str:
    """All text of a PDF, pages joined, whitespace runs folded to one space."""
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def norm(text: str) -> str:
    """Fold the spaces Babel puts in numbers so they compare with pdf_text."""
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())
