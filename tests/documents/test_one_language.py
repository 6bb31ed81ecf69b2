"""One language per document: every phrase a service composes into an
invoice, a credit note, a prepaid statement or a visit report is in the
document's language (desktop/documents/phrases.py).

The shop's own names (work types, contracts, sites) are set to words of no
language here, so any English word found was composed by the program."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from desktop.app import open_database
from desktop.db.session import read_only, unit_of_work
from desktop.documents.invoice import render_invoice
from desktop.documents.labels import LANGUAGES
from desktop.documents.phrases import TABLES, missing_phrases
from desktop.documents.statement import render_statement
from desktop.documents.visit_report import render_visit_report
from desktop.models import Visit
from desktop.services.billing.invoices import draft_invoice, issue_invoice
from desktop.services.billing.payments import credit_invoice
from desktop.services.prepaid import ledger as prepaid
from desktop.services.printing.invoice_data import invoice_data
from desktop.services.printing.statement_data import statement_data
from desktop.services.printing.visit_report_data import visit_data
from tests import factories

from .conftest import pdf_text

T = dt.datetime
D = dt.date

# English words of the phrases the services compose (labour, travel, credit
# notes, the prepaid ledger). Matched as whole words, case ignored.
ENGLISH = (
    "after hours",
    "weekend",
    "public holiday",
    "on-site visit",
    "deducted",
    "prepaid",
    "beyond",
    "covered",
    "included",
    "trip fee",
    "distance",
    "travel",
    "corrects",
    "invoice",
    "invoices",
    "credit notes",
    "work of",
    "unused",
    "expired",
    "released",
    "credited",
)


def english_words(text: str) -> set[str]:
    return {w for w in ENGLISH if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.I)}


def _build(db, language: str) -> dict[str, int]:
    """A client reading `language`, with work that makes every composed
    phrase: surcharges, a visit with travel, prepaid hours used and overrun
    (one block expired), an hour cap met and passed, and a credit note."""
    with unit_of_work(db.sessions) as s:
        setup = factories.billing_shop(s)
        for row in (setup.remote, setup.onsite):
            row.name = f"Qzx-{row.code}"
        client = factories.client(s, name="Qzx Wwk", document_language=language)
        site = factories.site(s, client, name="Qzx-site", distance_m=24000, travel_minutes=30)
        hourly = dict(rounding_increment_min=1, trip_fee_minor=30000, distance_rate_minor=500)
        tm = factories.contract(
            s,
            client,
            "time_materials",
            name="Qzx-tm",
            after_hours_multiplier_bp=15000,
            weekend_multiplier_bp=20000,
            travel_rate_minor=50000,
            **hourly,
        )
        pre = factories.contract(
            s,
            client,
            "prepaid",
            name="Qzx-pre",
            overage_rule="bill",
            overage_rate_minor=120000,
            rounding_increment_min=1,
        )
        cap = factories.contract(
            s,
            client,
            "term",
            name="Qzx-cap",
            included_minutes=60,
            billing_period="month",
            rounding_increment_min=1,
        )
        prepaid.top_up(s, pre.id, minutes=60, amount_minor=0, at=T(2026, 1, 5))
        prepaid.top_up(
            s, pre.id, minutes=30, amount_minor=0, at=T(2026, 1, 5), expires_on=D(2026, 2, 1)
        )
        prepaid.expire_blocks(s, pre.id, D(2026, 2, 15))
        visit = Visit(
            client_id=client.id,
            site_id=site.id,
            technician_id=setup.tech.id,
            arrived_at=T(2026, 3, 4, 9),
            departed_at=T(2026, 3, 4, 11),
        )
        s.add(visit)
        s.flush()
        entry = dict(description="Qzx")
        factories.time_entry(
            s,
            setup,
            client,
            T(2026, 3, 4, 9),
            120,
            contract_id=tm.id,
            visit_id=visit.id,
            work_type_id=setup.onsite.id,
            on_site=True,
            **entry,
        )
        # Wednesday 17:00–19:00 and Saturday 10:00–11:00: after hours, weekend.
        factories.time_entry(s, setup, client, T(2026, 3, 4, 17), 120, contract_id=tm.id, **entry)
        factories.time_entry(s, setup, client, T(2026, 3, 7, 10), 60, contract_id=tm.id, **entry)
        # 90 min against a 60-min block: 60 deducted, 30 billed beyond it.
        factories.time_entry(s, setup, client, T(2026, 3, 5, 9), 90, contract_id=pre.id, **entry)
        # 90 min against a 60-min cap: 60 covered, 30 beyond.
        factories.time_entry(s, setup, client, T(2026, 3, 6, 9), 90, contract_id=cap.id, **entry)
        invoice = draft_invoice(
            s, client.id, period_from=D(2026, 3, 1), period_to=D(2026, 3, 31), grouping="visit"
        )
        issue_invoice(s, invoice.id, D(2026, 3, 31))
        credit = credit_invoice(s, invoice.id, issue_date=D(2026, 4, 2), reason="Qzx", release=True)
        return {
            "invoice": invoice.id,
            "credit": credit.id,
            "contract": pre.id,
            "visit": visit.id,
        }


@pytest.fixture(scope="module", params=LANGUAGES)
def documents(request, tmp_path_factory):
    language = request.param
    db = open_database(str(tmp_path_factory.mktemp(f"lang-{language}") / "shop.db"))
    try:
        ids = _build(db, language)
        with read_only(db.sessions) as s:
            pdfs = {
                "invoice": render_invoice(invoice_data(s, ids["invoice"])),
                "credit note": render_invoice(invoice_data(s, ids["credit"])),
                "statement": render_statement(
                    statement_data(s, ids["contract"], D(2026, 1, 1), D(2026, 4, 30))
                ),
                "visit report": render_visit_report(visit_data(s, ids["visit"])),
            }
            # What the services wrote, before any label of the renderer.
            composed = [line.description for line in invoice_data(s, ids["invoice"]).lines]
            composed.append(invoice_data(s, ids["credit"]).notes)
            composed += [
                e.description or ""
                for e in statement_data(s, ids["contract"], D(2026, 1, 1), D(2026, 4, 30)).entries
            ]
    finally:
        db.close()
    texts = {kind: pdf_text(pdf) for kind, pdf in pdfs.items()}
    texts["composed"] = " ".join(composed)
    return language, texts


def test_composed_phrases_follow_the_document_language(documents):
    language, texts = documents
    if language == "en":
        # The list is real: in English the services compose these words.
        assert english_words(texts["composed"]) >= {
            "after hours",
            "weekend",
            "on-site visit",
            "deducted",
            "prepaid",
            "beyond",
            "covered",
            "trip fee",
            "distance",
            "travel",
            "corrects",
            "expired",
            "released",
        }
        return
    for kind, text in texts.items():
        assert english_words(text) == set(), f"{language} {kind}: {text}"


def test_surcharge_factor_is_written_as_the_language_writes_numbers(documents):
    language, texts = documents
    expected = "×1.5" if language == "en" else "×1,5"
    assert expected in texts["invoice"], texts["invoice"]


def test_every_language_has_every_phrase():
    assert set(TABLES) == set(LANGUAGES)
    for language in LANGUAGES:
        assert missing_phrases(language) == set(), language


def test_the_demo_shop_writes_each_client_its_own_language(read):
    """Over every demo invoice, credit note and prepaid ledger row of the
    clients who do not read English, and one rendered invoice per language."""
    from sqlalchemy import func, select

    from desktop.models import Client, Contract, Invoice, InvoiceLine, PrepaidLedgerEntry

    def texts(s):
        rows = s.execute(
            select(Invoice.language, InvoiceLine.description).join(
                Invoice, Invoice.id == InvoiceLine.invoice_id
            )
        ).all()
        rows += s.execute(select(Invoice.language, Invoice.notes)).all()
        rows += s.execute(
            select(Client.document_language, PrepaidLedgerEntry.note)
            .join(Contract, Contract.id == PrepaidLedgerEntry.contract_id)
            .join(Client, Client.id == Contract.client_id)
        ).all()
        # Per language, the issued invoice with the most lines.
        busiest = s.execute(
            select(Invoice.language, Invoice.id, func.count(InvoiceLine.id).label("n"))
            .join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
            .where(Invoice.status != "draft")
            .group_by(Invoice.id)
            .order_by(func.count(InvoiceLine.id))
        ).all()
        chosen = {lang: invoice_id for lang, invoice_id, _ in busiest}  # the last wins
        pdfs = {lang: render_invoice(invoice_data(s, i)) for lang, i in chosen.items()}
        return rows, pdfs

    rows, pdfs = read(texts)
    assert {lang for lang, _ in rows} >= {"pl", "el", "sv", "eo"}
    found = {(lang, text): english_words(text) for lang, text in rows if lang != "en" and text}
    assert {k: v for k, v in found.items() if v} == {}
    for language, pdf in pdfs.items():
        if language != "en":
            assert english_words(pdf_text(pdf)) == set(), language
