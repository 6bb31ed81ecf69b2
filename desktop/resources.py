"""Where the shipped resources (icons, fonts, translations) and the user
guide are.

They live in the top-level `resources/` and `docs/` folders of the source
tree; the PyInstaller bundle copies both next to the frozen package
(sys._MEIPASS), with only the pictures the guide shows from docs/screenshots
(installer/techledger.spec)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

# Markdown image references: ![alt](screenshots/name.png "optional title").
_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")


def _root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return _root() / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def guide_path() -> Path:
    """docs/guide.md next to resources/ (source tree and bundle alike)."""
    return _root() / "docs" / "guide.md"


def guide_images(markdown: str | None = None) -> list[str]:
    """The pictures the guide shows, as written in it ("screenshots/x.png"),
    relative to the guide's folder; each once, in order."""
    if markdown is None:
        markdown = guide_path().read_text(encoding="utf-8")
    names: list[str] = []
    for match in _IMAGE.finditer(markdown):
        if match[1] not in names:
            names.append(match[1])
    return names
