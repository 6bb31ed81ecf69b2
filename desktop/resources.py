"""Where the shipped resources (icons, fonts, translations) are.

They live in the top-level `resources/` folder of the source tree; the
PyInstaller bundle copies that folder next to the frozen package."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
