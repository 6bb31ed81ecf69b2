"""The shipped translation sources are complete and keep what the code
fills in: no message is left unfinished, every %1/%2/%n the English text
has is still in the translation, plural messages fill every form of the
language, and a menu or label accelerator (&File) stays a single one.

Only the .ts XML is read (no Qt application), so this runs in well under a
second; refresh the files with scripts/update_translations.py."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
# Qt plural forms per language (the numerusform elements lupdate writes).
PLURAL_FORMS = {"pl": 3, "sv": 2, "el": 2, "eo": 2}
PLACEHOLDER = re.compile(r"%(?:n|L?[1-9])")
# "&File" marks F as the accelerator; "&&" is a literal ampersand and
# "Time & materials" (a space after it) marks nothing.
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")
OBSOLETE = ("vanished", "obsolete")


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text.replace("%%", "")))


def accelerators(text: str) -> int:
    # Entities like "&amp;" are already decoded by the XML parser.
    return len(ACCELERATOR.findall(text.replace("&&", "")))


@cache
def messages(language: str) -> tuple[tuple[str, str, str | None, tuple[str, ...], bool], ...]:
    """(context, source, translation type, translated texts, numerus) of
    every current message; vanished and obsolete ones are left out. A plural
    message has one text per numerusform."""
    root = ET.parse(TRANSLATIONS / f"techledger_{language}.ts").getroot()
    assert root.tag == "TS"
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None, (name, source)
            kind = translation.get("type")
            if kind in OBSOLETE:
                continue
            numerus = message.get("numerus") == "yes"
            if numerus:
                texts = tuple(form.text or "" for form in translation.findall("numerusform"))
            else:
                texts = (translation.text or "",)
            found.append((name, source, kind, texts, numerus))
    return tuple(found)


@pytest.fixture(scope="module", params=sorted(PLURAL_FORMS))
def language(request) -> str:
    return request.param


def test_the_file_names_its_language(language):
    root = ET.parse(TRANSLATIONS / f"techledger_{language}.ts").getroot()
    assert root.get("language", "").split("_")[0] == language
    assert (TRANSLATIONS / f"techledger_{language}.qm").is_file()


def test_no_message_is_unfinished(language):
    unfinished = [
        (context, source)
        for context, source, kind, texts, _numerus in messages(language)
        if kind == "unfinished" or not texts or not all(text.strip() for text in texts)
    ]
    assert unfinished == [], f"{len(unfinished)} unfinished in {language}"


def test_placeholders_are_kept(language):
    """What .arg()/.replace("%1", …) fills in must still be there, and no
    placeholder the code never fills may appear."""
    lost = []
    for context, source, _kind, texts, _numerus in messages(language):
        wanted = placeholders(source)
        for text in texts:
            have = placeholders(text)
            if text and have != wanted:
                lost.append((context, source, text))
    assert lost == []


def test_plural_messages_fill_every_form(language):
    wrong = [
        (context, source, len(texts))
        for context, source, _kind, texts, numerus in messages(language)
        if numerus and len(texts) != PLURAL_FORMS[language]
    ]
    assert wrong == []


def test_accelerators_stay_single(language):
    """A source with one &-accelerator keeps exactly one; a source without
    gets none (a stray "&" would underline a letter)."""
    wrong = [
        (context, source, text)
        for context, source, _kind, texts, _numerus in messages(language)
        for text in texts
        if text and accelerators(text) != min(accelerators(source), 1)
    ]
    assert wrong == []
