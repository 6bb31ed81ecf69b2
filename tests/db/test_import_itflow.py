"""ITFlow's clients export (issue 14). tests/data/imports/itflow_clients.csv
is written the way ITFlow writes it: the 22 columns of
getExportColumns('clients') in functions/export.php, PHP fputcsv (fields
with a space quoted), amounts as stored (decimal(15,2)), payment terms in
days, phones as digits, countries by the English names of its list."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desktop.commandline import build_parser, run_command
from desktop.db.session import read_only, unit_of_work
from desktop.models import Client, Contact
from desktop.services.data.imports import MappingError, detect_format, read_table, resolve
from desktop.services.data.imports.country_names import country_code
from tests.import_samples import DATA, count, do_import, dry_run, seed_shop

FILE = "itflow_clients.csv"


@pytest.fixture
def shop_db(db):
    with unit_of_work(db.sessions) as s:
        seed_shop(s)
    return db


def test_country_names_become_iso_codes():
    assert country_code("Sweden") == "SE"
    assert country_code("sweden") == "SE"
    assert country_code("SE") == "SE"
    assert country_code("Czech Republic") == "CZ"  # ITFlow's name; CLDR says Czechia
    assert country_code("Korea, South") == "KR"
    assert country_code("Cote d'Ivoire") == "CI"  # without the accent
    assert country_code("Antigua and Barbuda") == "AG"  # CLDR writes '&'
    assert country_code("Saint Lucia") == "LC"  # CLDR writes 'St.'
    assert country_code("") == ""
    assert country_code("Congo") is None  # one of two countries: not guessed
    assert country_code("Serbia and Montenegro") is None  # no longer a country
    assert country_code("Atlantis") is None


def test_the_itflow_header_is_recognised_for_clients_only():
    table = read_table(DATA / FILE)
    assert detect_format(table.headers) == "itflow"
    fmt, mapping = resolve(table, "clients")
    assert fmt == "itflow" and len(mapping) == 22  # every column feeds a field
    with pytest.raises(MappingError, match="import it as clients"):
        resolve(table, "time", "itflow")


def test_dry_run_lists_where_every_column_goes_and_refuses_unknown_countries(shop_db):
    report = dry_run(shop_db, FILE, kind="clients")
    assert (report.format, report.rows, report.accepted) == ("itflow", 5, 4)
    assert report.not_imported == []  # nothing is left behind silently
    [rejected] = report.rejected
    assert rejected.line == 6
    assert "Serbia and Montenegro" in rejected.reason and rejected.reason.startswith("Country:")
    assert any("Kept in each client's notes" in note and "Website" in note for note in report.notes)
    assert any("'Primary Contact Name' becomes a contact" in note for note in report.notes)
    assert count(shop_db, Client) == 4  # the seeded ones only


def test_import_keeps_every_detail(shop_db):
    report = do_import(shop_db, FILE, kind="clients", skip_bad_rows=True)
    assert report.imported == 4
    with read_only(shop_db.sessions) as s:
        clients = {c.name: c for c in s.scalars(select(Client))}
        contacts = {c.name: c for c in s.scalars(select(Contact))}
        dental = clients["Nordic Dental AB"]
        assert (dental.country, dental.currency, dental.payment_terms_days) == ("SE", "SEK", 30)
        assert dental.default_rate_minor == 950 * 100  # "950.00" SEK in öre
        assert (dental.street, dental.postcode, dental.city) == ("Storgatan 1", "222 22", "Lund")
        assert dental.phone == "046123456" and dental.vat_id == "SE556677889901"
        assert dental.email == "asa@nordicdental.se"  # the primary contact's, for invoices
        assert dental.notes.split("\n") == [
            "Website: https://nordicdental.se",
            "Industry: Healthcare",
            "Referral: Website",
            "Abbreviation: ND",
            "Location: Head office",
            "Contact's mobile: 0701234567",
        ]
        asa = contacts["Åsa Öberg"]
        assert asa.client_id == dental.id
        assert (asa.role, asa.email, asa.phone) == (
            "Office manager",
            "asa@nordicdental.se",
            "046123450 ext. 12",
        )
        muller = clients["Müller Maschinenbau GmbH"]
        assert (muller.country, muller.currency, muller.payment_terms_days) == ("DE", "EUR", 15)
        assert muller.default_rate_minor == 110 * 100
        assert "State: Bayern" in muller.notes.split("\n")
        acme = clients["Acme Corp"]
        # 'On Receipt' is 0 days; no rate and no contact in ITFlow: none here.
        assert (acme.country, acme.payment_terms_days, acme.default_rate_minor) == ("US", 0, None)
        assert acme.email is None and "State: TX" in acme.notes.split("\n")
        praha = clients["Praha IT s.r.o."]
        assert (praha.country, praha.default_rate_minor) == ("CZ", 1500 * 100)
        assert contacts["Petr Novák"].client_id == praha.id
        assert set(contacts) == {"Åsa Öberg", "Jonas Müller", "Petr Novák"}


def test_command_line_imports_itflow_clients(shop_db, capsys):
    args = build_parser().parse_args(
        ["--db", shop_db.url, "--json", "import", "clients", str(DATA / FILE), "--skip-bad-rows"]
    )
    assert run_command(args) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["format"], result["imported"]) == ("itflow", 4)
    assert result["rejected"][0]["line"] == 6
