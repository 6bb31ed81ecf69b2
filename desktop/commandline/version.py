"""`techledger version` and `techledger --version`: answered without
importing SQLAlchemy, Alembic or any other command, so the command line's
fixed cost is what a user waits for here (docs/performance.md)."""

from __future__ import annotations

import argparse
import platform
import sys
from collections.abc import Sequence
from typing import Any

from desktop import APP_NAME, __version__
from desktop.db.revisions import shipped_head

from .output import emit_json


def cmd_version(args: argparse.Namespace) -> dict[str, Any]:
    head = shipped_head()
    return {
        "message": f"{APP_NAME} {__version__} (schema {head})",
        "version": __version__,
        "schema_revision": head,
        "python": platform.python_version(),
        # True in the PyInstaller bundle: which build answered.
        "frozen": bool(getattr(sys, "frozen", False)),
    }


class _VersionAction(argparse.Action):
    """`techledger --version`: the `version` sub-command's answer, then exit 0.
    Computed only when asked, so building the parser stays cheap."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        result = cmd_version(namespace)
        if getattr(namespace, "json", False):
            emit_json({k: v for k, v in result.items() if k != "message"})
        else:
            print(result["message"])
        parser.exit()


def add_version_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--version", action=_VersionAction, help="print the version and schema revision, then exit"
    )


def register(sub: argparse._SubParsersAction) -> None:
    sub.add_parser("version", help="print the version of TechLedger and its schema").set_defaults(
        handler=cmd_version
    )
