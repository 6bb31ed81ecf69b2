"""The peers' exports built exactly as the peers write them today (issue
14 'Real peer exports', issue 21 class 9): Kimai 2.26 in English (duration
in seconds, rates like ' SEK 1,425.00 ', User = login), Kimai in German
(2.27 layout: Währung, E-Mail, decimal hours) and Polish, Clockify with a
'Billable Rate (EURO)' header and a Break row. Every figure is worked out
by hand in the test; every column left out is listed with its reason."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.db.session import read_only, unit_of_work
from desktop.services.common.money import parse_amount
from desktop.services.data.imports import ImportOptions, check_import, detect_format, parse_table
from desktop.services.data.imports.currency_names import split_money
from desktop.services.data.imports.entry_rates import header_currency
from tests.db.test_imports import run_cli
from tests.import_samples import DATA, T, do_import, dry_run, entries, seed_shop


@pytest.fixture
def shop_db(db):
    with unit_of_work(db.sessions) as s:
        seed_shop(s)
    return db


def reasons(report) -> dict[int, str]:
    return {r.line: r.reason for r in report.rejected}


def unused(report) -> dict[str, str]:
    return dict(report.not_imported)


def by_start(db) -> dict:
    return {e.started_at: (e, client, tech) for e, client, tech in entries(db)}


# -- Kimai 2.26, English ------------------------------------------------------------


def test_kimai_2_26_seconds_money_text_and_logins(shop_db):
    report = do_import(shop_db, "kimai_2_26_en.csv", skip_bad_rows=True)
    assert report.format == "kimai"
    # Line 5 is Müller GmbH, billed in EUR, at ' SEK 950.00 ': never converted.
    assert sorted(reasons(report)) == [5]
    assert "SEK" in reasons(report)[5] and "EUR" in reasons(report)[5]
    assert "Unmap the 'Hourly price' and 'Price' columns" in reasons(report)[5]
    # Durations are seconds: 5400/60 = 90, 8100/60 = 135, 1200/60 = 20,
    # 28800/60 = 480 minutes (not 5400 hours).
    assert report.raw_minutes == 90 + 135 + 20 + 480
    assert (report.accepted, report.rated, report.non_billable) == (4, 3, 1)
    rows = by_start(shop_db)
    first, client, tech = rows[T(2026, 5, 4, 8, 0)]
    assert (client, tech, first.raw_minutes, first.rate_minor) == (
        "Acme Oy",
        "Anna Berg",
        90,
        950_00,
    )
    # Line 3 has no Name: the login 'olle' is the part of olle@nordicfix.se before the @.
    second, client, tech = rows[T(2026, 5, 4, 10, 0)]
    assert (tech, second.rate_minor, second.on_site) == ("Olle Nilsson", 1_100_00, True)
    # Billable 'No': not billable, and no rate is kept.
    meeting = rows[T(2026, 5, 5, 13, 0)][0]
    assert (meeting.billable, meeting.rate_minor, meeting.raw_minutes) == (False, None, 20)
    # ' SEK 1,250.00 ': a thousands comma, 1 250.00 SEK = 125 000 öre; 8 h.
    long_day = rows[T(2026, 5, 6, 9, 0)][0]
    assert (long_day.rate_minor, long_day.raw_minutes) == (1_250_00, 8 * 60)


def test_kimai_columns_not_imported_are_listed_with_the_reason(shop_db):
    left = unused(dry_run(shop_db, "kimai_2_26_en.csv"))
    assert sorted(left) == sorted(
        [
            "Price",  # the total: every billable row has its hourly price
            "Internal price",
            "Staff number",
            "Exported",
            "Type",
            "category",
            "Account",
            "VAT-ID",
            "Order number",
        ]
    )
    assert "internal cost" in left["Internal price"]
    assert "unbilled" in left["Exported"]
    assert "hourly rate" in left["Price"]


# -- Kimai, German and Polish -------------------------------------------------------


def test_kimai_german_headers_decimal_hours_and_email(shop_db):
    report = do_import(shop_db, "kimai_de.csv", skip_bad_rows=True)
    assert report.format == "kimai"
    # Line 5: Währung SEK but the hourly price says 950,00 EUR.
    assert sorted(reasons(report)) == [5]
    # '1,5' hours = 90 min; '2' with Von/Bis 09:00–11:00 is 2 hours (2 seconds
    # would not agree with the times) = 120 min; '2700' with 14:00–14:45 is
    # seconds = 45 min.
    assert report.raw_minutes == 90 + 120 + 45
    rows = by_start(shop_db)
    first, _client, tech = rows[T(2026, 5, 11, 8, 0)]
    # 'Anna B.' / login 'aberg' match nobody: the e-mail finds Anna Berg.
    assert (tech, first.rate_minor) == ("Anna Berg", 950_00)
    assert rows[T(2026, 5, 11, 9, 0)][0].rate_minor == 1_100_00  # '1.100,00 SEK'
    # Müller GmbH is billed in EUR: '950,00 EUR' is 95 000 cents.
    mueller = rows[T(2026, 5, 12, 14, 0)]
    assert (mueller[1], mueller[0].rate_minor, mueller[0].raw_minutes) == (
        "Müller GmbH",
        950_00,
        45,
    )
    assert "Kundennummer" in unused(report) and "Interner Preis" in unused(report)


def test_kimai_polish_headers_tak_nie_and_fixed_price(shop_db):
    report = dry_run(shop_db, "kimai_pl.csv")
    assert report.format == "kimai"
    # Line 4 has a 'Stała stawka' (fixed price): TechLedger bills by the hour.
    assert sorted(reasons(report)) == [4]
    assert "fixed price" in reasons(report)[4]
    # 7200 s = 120 min, 1800 s = 30 min; 'Nie' = not billable.
    assert (report.raw_minutes, report.rated, report.non_billable) == (120 + 30, 1, 1)
    assert "NIP" in unused(report) and "Numer pracownika" in unused(report)


@pytest.mark.parametrize(
    "headers",
    [
        ("Datum", "Von", "Bis", "Dauer", "Kunde", "Tätigkeit"),
        ("Data", "Od", "Do", "Czas trwania", "Klient", "Aktywność"),
        ("Datum", "Från", "till", "Längd", "Kund", "Aktivitet"),
        ("Date", "From", "To", "Duration", "Customer", "Activity"),
    ],
)
def test_kimai_is_detected_in_each_language(headers):
    assert detect_format(headers) == "kimai"


def test_money_text_and_currency_names():
    assert split_money(" SEK 1,425.00 ") == ("1,425.00", "SEK")
    assert split_money("1.425,00 EUR") == ("1.425,00", "EUR")
    assert split_money("12,50 €") == ("12,50", "EUR")
    assert split_money("950.00") == ("950.00", "")
    assert header_currency("Billable Rate (EURO)") == "EUR"
    assert header_currency("Billable Rate (USD)") == "USD"
    assert header_currency("Duration (h)") == ""


def test_kimai_swedish_export_in_seconds_with_the_login(shop_db):
    text = (
        '"Datum","Från","till","Längd","Pris","Internt värde","Namn","Användare",'
        '"Anställningsnummer","Kund","Projekt","Aktivitet","Beskrivning","Exporterad",'
        '"Debiterbar","Etiketter","Timpris","Fast pris","Typ","category","Konto",'
        '"VAT-ID / orgnr","Ordernummer"\n'
        '"2026-05-20","13:00","14:15","4500"," SEK 1,187.50 "," SEK 750.00 ","","anna","",'
        '"Café Zorba","POS","Remote support","Kassan","Nej","Ja",""," SEK 950.00 ","",'
        '"timesheet","work","","",""\n'
    )
    with read_only(shop_db.sessions) as s:
        report = check_import(s, parse_table(text), ImportOptions(kind="time"))
    # 4500 s = 75 min; 'anna' is anna@nordicfix.se's login; 'Ja' is billable.
    assert (report.format, report.rejected, report.raw_minutes) == ("kimai", [], 75)
    assert (report.rated, report.non_billable) == (1, 0)
    assert "VAT-ID / orgnr" in unused(report) and "Internt värde" in unused(report)


def test_a_fixed_price_of_zero_is_no_fixed_price(shop_db):
    text = (
        '"Date","From","To","Duration","Price","Name","User","Customer","Activity",'
        '"Billable","Hourly price","Fixed price"\n'
        '"2026-05-21","09:00","09:30","1800"," SEK 475.00 ","Anna Berg","anna","Acme Oy",'
        '"Remote support","Yes"," SEK 950.00 "," SEK 0.00 "\n'
    )
    with read_only(shop_db.sessions) as s:
        report = check_import(s, parse_table(text), ImportOptions(kind="time"))
    # 1800 s = 30 min at 950.00/h; ' SEK 0.00 ' in Fixed price is not a fixed price.
    assert (report.rejected, report.raw_minutes, report.rated) == ([], 30, 1)


def _grouped(whole: int, separator: str) -> str:
    text = f"{whole:,}"
    return text.replace(",", separator)


@given(
    minor=st.integers(min_value=0, max_value=10**9),
    code=st.sampled_from(["SEK", "EUR", "PLN", "USD"]),
    style=st.sampled_from(["en", "de", "pl", "symbol"]),
)
def test_money_text_reads_back_the_amount_it_was_written_from(minor, code, style):
    """Whatever way the peer writes a rate, the cell gives back the exact
    minor units and the currency: ' SEK 1,425.00 ', '1.425,00 EUR',
    '1 425,00 PLN' (no-break space), '€1,425.00'."""
    whole, cents = divmod(minor, 100)
    if style == "en":
        text = f" {code} {_grouped(whole, ',')}.{cents:02d} "
    elif style == "de":
        text = f"{_grouped(whole, '.')},{cents:02d} {code}"
    elif style == "pl":
        text = f"{_grouped(whole, chr(0xA0))},{cents:02d} {code}"
    else:
        code = "EUR"
        text = f"€{_grouped(whole, ',')}.{cents:02d}"
    number, currency = split_money(text)
    assert currency == code
    assert parse_amount(number, code) == whole * 100 + cents


# -- Clockify -----------------------------------------------------------------------


def test_clockify_euro_header_break_and_not_billable(shop_db):
    report = do_import(shop_db, "clockify_break_euro.csv", skip_bad_rows=True)
    assert report.format == "clockify"
    # Line 4: Acme Oy is billed in SEK, the rate is in EURO.
    assert sorted(reasons(report)) == [4]
    assert "EUR" in reasons(report)[4] and "SEK" in reasons(report)[4]
    # 90 + 30 (the break) + 75 minutes; only line 2 keeps its rate.
    assert (report.raw_minutes, report.rated, report.non_billable) == (90 + 30 + 75, 1, 2)
    rows = by_start(shop_db)
    work = rows[T(2026, 5, 25, 9, 0)][0]
    assert (work.billable, work.rate_minor) == (True, 120_00)  # 120.00 EUR/h
    lunch = rows[T(2026, 5, 25, 12, 0)][0]  # Type Break, Billable Yes: not work
    assert (lunch.billable, lunch.rate_minor) == (False, None)
    audit = rows[T(2026, 5, 26, 14, 0)][0]
    assert (audit.billable, audit.raw_minutes) == (False, 75)
    left = unused(report)
    assert sorted(left) == sorted(
        ["Group", "Invoiced", "Invoice ID", "Duration (decimal)", "Billable Amount (EURO)"]
    )


def test_the_command_line_dry_run_lists_the_columns_not_imported(shop_db, capsys):
    status, result = run_cli(
        capsys, shop_db, "import", "time", str(DATA / "clockify_break_euro.csv"), "--dry-run"
    )
    assert status != 0  # a row is rejected: the dry run says the file is not clean
    assert result["format"] == "clockify"
    assert [r["line"] for r in result["rejected"]] == [4]
    columns = {c["column"]: c["reason"] for c in result["not_imported"]}
    assert "Billable Amount (EURO)" in columns and "Group" in columns
    # 90 + 30 + 75 = 195 minutes = 3:15.
    assert result["raw_minutes"] == 195


def test_the_command_line_text_output_shows_the_columns(shop_db, capsys):
    from desktop.commandline import build_parser, run_command

    args = build_parser().parse_args(
        ["--db", shop_db.url, "import", "time", str(DATA / "kimai_2_26_en.csv"), "--dry-run"]
    )
    assert run_command(args) != 0  # line 5 is rejected
    out = capsys.readouterr().out
    assert "not imported:" in out
    assert "Staff number" in out and "Order number" in out
