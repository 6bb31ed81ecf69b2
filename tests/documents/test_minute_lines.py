"""A time line priced by the minute, made through the documented command
line (docs/cli.md: set up, log time, draft, issue, PDF): the page prints
H:MM against the hourly price, and the embedded XML gives minutes against a
base of 60 minutes, so quantity × price ÷ base rounds to the line net."""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal

from facturx import get_xml_from_pdf, xml_check_xsd
from lxml import etree

from desktop.__main__ import main
from desktop.documents.einvoice import NS

from .conftest import pdf_text


def _run(capsys, path, *argv):
    code = main(["--json", "--db", str(path), *argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out) if out.strip() else None


def _shop(capsys, path):
    for argv in (
        ["migrate"],
        ["shop", "set", "--legal-name", "Nordic Fix AB", "--country", "SE", "--currency", "SEK",
         "--vat-id", "SE556677889901", "--street", "Storgatan 1", "--postcode", "753 20",
         "--city", "Uppsala"],
        ["tax", "add", "--code", "SE25", "--name", "Moms 25 %", "--rate", "25"],
        ["series", "add", "--code", "INV", "--pattern", "{YYYY}-{seq:05}"],
        ["series", "add", "--code", "CN", "--pattern", "CN{YYYY}-{seq:04}", "--credit-notes"],
        ["worktype", "add", "--code", "remote", "--name", "Remote support", "--rate", "950.00"],
        ["technician", "add", "--name", "Anna Berg", "--email", "anna@nordicfix.se"],
        ["client", "add", "--name", "Ångström Konsult AB", "--country", "SE", "--currency", "SEK",
         "--street", "Kungsgatan 2", "--postcode", "753 21", "--city", "Uppsala"],
        ["contract", "add", "--client", "Ångström Konsult AB", "--name", "By the minute",
         "--kind", "time_materials", "--starts", "2026-01-01", "--increment", "1"],
    ):  # fmt: skip
        _run(capsys, path, *argv)


def test_seven_minutes_print_as_0_07_and_the_xml_multiplies_out(tmp_path, capsys):
    path = tmp_path / "shop.db"
    _shop(capsys, path)
    for start, hours in (("2026-03-02 09:00", "0:07"), ("2026-03-03 09:00", "1:01")):
        _run(
            capsys, path, "time", "add", "--client", "Ångström Konsult AB", "--technician",
            "Anna Berg", "--work-type", "remote", "--contract", "By the minute",
            "--start", start, "--hours", hours, "--description", "Printer queue",
        )  # fmt: skip
    draft = _run(
        capsys, path, "invoice", "draft", "--client", "Ångström Konsult AB",
        "--from", "2026-03-01", "--to", "2026-03-31", "--grouping", "detail",
    )  # fmt: skip
    issued = _run(capsys, path, "invoice", "issue", str(draft["id"]), "--date", "2026-03-31")
    shown = _run(capsys, path, "invoice", "show", issued["number"])
    # 7 × 950.00 / 60 = 110.833 → 110.83; 61 × 950.00 / 60 = 965.833 → 965.83;
    # net 1,076.66, VAT 25 % = 269.165 → 269.17, total 1,345.83
    assert [(x["qty"], x["unit"], x["price"], x["net"]) for x in shown["lines"]] == [
        ("0:07", "h", "950.00", "110.83"),
        ("1:01", "h", "950.00", "965.83"),
    ]
    assert (shown["net"], shown["vat"], shown["total"]) == ("1076.66", "269.17", "1345.83")

    pdf_file = tmp_path / "invoice.pdf"
    _run(capsys, path, "invoice", "pdf", issued["number"], "-o", str(pdf_file))
    pdf = pdf_file.read_bytes()
    page = pdf_text(pdf)
    assert "0:07 h 950.00" in page and "110.83" in page
    assert "1:01 h 950.00" in page and "965.83" in page
    assert "0.12" not in page and "0.117" not in page  # no rounded hour quantity

    _name, xml = get_xml_from_pdf(pdf, check_xsd=False)
    assert xml_check_xsd(xml, flavor="factur-x", level="en16931")
    items = etree.fromstring(xml).findall(".//ram:IncludedSupplyChainTradeLineItem", NS)
    seen = []
    for item in items:
        quantity = item.find(".//ram:BilledQuantity", NS)
        basis = item.find(".//ram:NetPriceProductTradePrice/ram:BasisQuantity", NS)
        price = Decimal(
            item.findtext(".//ram:NetPriceProductTradePrice/ram:ChargeAmount", namespaces=NS)
        )
        net = Decimal(item.findtext(".//ram:LineTotalAmount", namespaces=NS))
        assert quantity.get("unitCode") == basis.get("unitCode") == "MIN"
        exact = Decimal(quantity.text) * price / Decimal(basis.text)
        assert exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) == net
        seen.append((Decimal(quantity.text), Decimal(basis.text), price, net))
    assert seen == [
        (Decimal(7), Decimal(60), Decimal("950.00"), Decimal("110.83")),
        (Decimal(61), Decimal(60), Decimal("950.00"), Decimal("965.83")),
    ]

    # Credit half an hour of the 1:01 line, typed as H:MM: 30 of 61 minutes,
    # 96583 × 30 / 61 = 47499.84 → 475.00; the credit note prints −0:30.
    note = _run(
        capsys, path, "invoice", "credit", issued["number"], "--line", "2=0:30",
        "--reason", "Half was a duplicate",
    )  # fmt: skip
    credit = _run(capsys, path, "invoice", "show", note["number"])
    assert [(x["qty"], x["price"], x["net"]) for x in credit["lines"]] == [
        ("-0:30", "950.00", "-475.00")
    ]
