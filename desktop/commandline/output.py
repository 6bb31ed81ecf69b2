"""How command results reach the terminal: one JSON document with `--json`,
otherwise a short text, a key/value list or a table."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO


def emit_json(result: Any, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    json.dump(result, stream, indent=2, ensure_ascii=False, default=str)
    stream.write("\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def print_table(rows: list[dict[str, Any]], stream: TextIO) -> None:
    if not rows:
        print("(none)", file=stream)
        return
    columns = list(rows[0])
    cells = [[_cell(row.get(column)) for column in columns] for row in rows]
    widths = [max(len(column), *(len(row[i]) for row in cells)) for i, column in enumerate(columns)]
    print(
        "  ".join(c.upper().ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip(),
        file=stream,
    )
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip(), file=stream)


def print_human(result: dict[str, Any], stream: TextIO | None = None) -> None:
    """`message` first, then scalar fields, then any list of rows as a table."""
    stream = stream or sys.stdout
    scalars = {k: v for k, v in result.items() if not isinstance(v, list | dict)}
    if result.get("message"):
        # The message already says what happened; only tables follow it.
        print(result["message"], file=stream)
        scalars = {}
    width = max((len(k) for k in scalars), default=0)
    for key, value in scalars.items():
        print(f"  {key.replace('_', ' '):<{width}}  {_cell(value)}", file=stream)
    for key, value in result.items():
        if (
            isinstance(value, dict)
            and value
            and all(not isinstance(v, dict | list) for v in value.values())
        ):
            print(f"{key.replace('_', ' ')}:", file=stream)
            inner = max(len(k) for k in value)
            for name, item in value.items():
                print(f"  {name:<{inner}}  {_cell(item)}", file=stream)
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            print(f"{key.replace('_', ' ')}:", file=stream)
            print_table(value, stream)
        elif isinstance(value, list) and value:
            print(f"{key.replace('_', ' ')}: {', '.join(map(_cell, value))}", file=stream)


def emit_error(as_json: bool, kind: str, message: str) -> None:
    if as_json:
        emit_json({"ok": False, "error": kind, "message": message}, sys.stderr)
    else:
        print(f"techledger: {message}", file=sys.stderr)
