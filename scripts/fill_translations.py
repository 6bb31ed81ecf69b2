"""List the messages still to translate, or fill them from a JSON table.

    .venv/bin/python scripts/fill_translations.py list > todo.json
    .venv/bin/python scripts/fill_translations.py fill done.json
    .venv/bin/python scripts/update_translations.py   # re-read and compile

`list` prints {source text: context} for every unfinished message in any
language. `fill` takes {source text: {"pl": …, "sv": …, "el": …, "eo": …}};
for a plural message (numerus="yes") a language's value is the list of its
forms (Polish three, the others two). A message lupdate did not mark as
plural takes one text; given a list, the first form is used. Qt Linguist
(.venv/bin/pyside6-linguist) does the same one message at a time."""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "translations"


def _files() -> list[Path]:
    return sorted(OUT.glob("techledger_*.ts"))


def _language(path: Path) -> str:
    return path.stem.rsplit("_", 1)[1]


def unfinished() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in _files():
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") == "unfinished":
                    found[message.findtext("source") or ""] = name
    return found


def fill(table: dict[str, dict[str, str | list[str]]]) -> None:
    for path in _files():
        code = _language(path)
        tree = ET.parse(path)
        filled = 0
        for message in tree.getroot().iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") != "unfinished":
                continue
            if source not in table or code not in table[source]:
                continue
            value = table[source][code]
            if isinstance(value, list) and message.get("numerus") != "yes":
                value = value[0]
            for child in list(translation):
                translation.remove(child)
            if isinstance(value, list):
                translation.text = None
                for form in value:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            del translation.attrib["type"]
            filled += 1
        tree.write(path, encoding="utf-8", xml_declaration=True)
        text = path.read_text(encoding="utf-8")
        if "<!DOCTYPE TS>" not in text:  # lupdate writes it; ElementTree drops it
            path.write_text(text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1), encoding="utf-8")
        print(f"{path.name}: {filled} filled")


def main(argv: list[str]) -> int:
    if argv[:1] == ["list"]:
        print(json.dumps(unfinished(), ensure_ascii=False, indent=1))
        return 0
    if argv[:1] == ["fill"] and len(argv) == 2:
        fill(json.loads(Path(argv[1]).read_text(encoding="utf-8")))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
