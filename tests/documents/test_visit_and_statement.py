"""Visit reports and prepaid statements from the demo shop."""

from __future__ import annotations

import dataclasses
import datetime as dt

from desktop.documents.formatting import Formatter
from desktop.documents.statement import render_statement
from desktop.documents.visit_report import render_visit_report
from desktop.services.printing.statement_data import forecast, statement_data
from desktop.services.printing.visit_report_data import visit_data

from .conftest import norm, pdf_text

SIGNED, UNSIGNED = 452, 454


def test_signed_visit_report(read):
    data = read(visit_data, SIGNED)
    text = pdf_text(render_visit_report(data))
    fmt = Formatter("sv")
    assert data.signature_png and data.signer_name
    for expected in (
        data.client.name,
        data.site_name,
        data.technician,
        data.contact_name,
        fmt.datetime(data.arrived_at),
        fmt.time(data.departed_at),
        fmt.distance(data.travel_distance_m),
        data.tickets[0].number,
        data.materials[0].description,
        f"Signerat av {data.signer_name}, {fmt.datetime(data.signed_at)}",
    ):
        assert norm(expected) in text
    assert "EJ SIGNERAD" not in text
    assert "Debiterad tid" in text and "Ingår eller förbetalt" in text


def test_unsigned_visit_report_says_so(read):
    data = read(visit_data, UNSIGNED)
    assert data.signature_png is None
    text = pdf_text(render_visit_report(data))
    assert "EJ SIGNERAD" in text
    greek = pdf_text(render_visit_report(dataclasses.replace(data, language="el")))
    assert "ΧΩΡΙΣ ΥΠΟΓΡΑΦΗ" in greek and "Δελτίο επίσκεψης" in greek


def test_statement_balances_and_forecast(read):
    data = read(statement_data, 17, dt.date(2026, 9, 1), dt.date(2026, 11, 29))
    assert data.closing_minutes == data.opening_minutes + sum(e.minutes for e in data.entries)
    assert data.runs_out_on is not None and data.runs_out_on > data.period_to
    text = pdf_text(render_statement(data))
    fmt = Formatter("pl", data.currency)
    assert "Saldo początkowe" in text and "Saldo końcowe" in text
    assert fmt.minutes(data.closing_minutes) in text
    assert norm(fmt.date(data.runs_out_on)) in text
    deduction = next(e for e in data.entries if e.kind == "deduction")
    assert deduction.technician in text and deduction.ticket in text


def test_statement_shows_expiries(read):
    data = read(statement_data, 4, dt.date(2026, 9, 1), dt.date(2026, 11, 29))
    assert data.total("expiry") < 0 and data.closing_minutes == 0
    assert "Förfallet" in pdf_text(render_statement(data))


def test_forecast_at_the_recent_rate():
    end = dt.date(2026, 11, 29)
    assert forecast(600, 480, 8, end) == (60, end + dt.timedelta(days=70))
    assert forecast(0, 480, 8, end) == (60, None)
    assert forecast(600, 0, 8, end) == (0, None)
