"""User text never becomes markup: descriptions that look like reportlab tags
print literally, and nothing is fetched from the network while rendering."""

from __future__ import annotations

import dataclasses
import socket
import urllib.request

import pytest
from reportlab import rl_config

from desktop.documents.invoice import render_invoice
from desktop.documents.visit_report import render_visit_report
from desktop.services.printing.invoice_data import invoice_data
from desktop.services.printing.visit_report_data import visit_data

from .conftest import pdf_text

EVIL = [
    '<img src="http://example.com/x"/>',
    "<font size=80>big</font>",
    "a < b & c > d",
    "<para>",
    "]]>&amp;",
]


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network used while rendering")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    return attempts


def test_markup_in_descriptions_prints_literally(read, no_network):
    data = read(invoice_data, 3)
    lines = tuple(
        dataclasses.replace(line, description=EVIL[i % len(EVIL)])
        for i, line in enumerate(data.lines)
    )
    evil_party = dataclasses.replace(data.buyer, name="<b>Evil</b> & Co", street="<br/>")
    data = dataclasses.replace(data, lines=lines, buyer=evil_party, notes="<font size=80>x")
    text = pdf_text(render_invoice(data))
    for sample in EVIL[: len(lines)]:
        assert sample in text
    assert "<b>Evil</b> & Co" in text and "<font size=80>x" in text
    assert no_network == []


def test_visit_report_escapes_signer_and_work(read, no_network):
    data = read(visit_data, 452)
    data = dataclasses.replace(
        data, signer_name='<img src="http://example.com/s.png"/>', summary="<font size=80>"
    )
    text = pdf_text(render_visit_report(data))
    assert '<img src="http://example.com/s.png"/>' in text and "<font size=80>" in text
    assert no_network == []


def test_remote_resources_are_not_trusted():
    import desktop.documents.theme  # noqa: F401 - importing it closes the door

    assert list(rl_config.trustedSchemes) == [] and list(rl_config.trustedHosts) == []
