"""The official EN 16931 CII schematron (tests/data/en16931), run with
SaxonC-HE: what it reports about one Factur-X XML."""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

XSLT = Path(__file__).resolve().parent.parent / "data" / "en16931" / "EN16931-CII-validation.xslt"
SVRL = "{http://purl.oclc.org/dsdl/svrl}"


@dataclass(frozen=True)
class Finding:
    rule: str
    flag: str  # "fatal" (an error) or "warning"
    text: str


@cache
def _stylesheet():
    saxonche = pytest.importorskip("saxonche")
    processor = saxonche.PySaxonProcessor(license=False)
    compiled = processor.new_xslt30_processor().compile_stylesheet(stylesheet_file=str(XSLT))
    return processor, compiled


def check(xml: bytes) -> list[Finding]:
    """Every failed assert of the schematron for this CII document."""
    from lxml import etree

    processor, compiled = _stylesheet()
    node = processor.parse_xml(xml_text=xml.decode("utf-8"))
    report = compiled.transform_to_string(xdm_node=node)
    root = etree.parse(io.BytesIO(report.encode("utf-8"))).getroot()
    return [
        Finding(
            a.get("id") or "",
            a.get("flag") or "",
            " ".join("".join(a.itertext()).split()),
        )
        for a in root.iter(f"{SVRL}failed-assert", f"{SVRL}successful-report")
    ]


def embedded_xml(pdf: bytes) -> bytes:
    from facturx import get_xml_from_pdf

    _, xml = get_xml_from_pdf(pdf, check_xsd=False)
    return xml
