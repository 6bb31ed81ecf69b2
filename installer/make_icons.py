"""Make the platform icons from the one drawn icon, resources/icons/techledger.svg:

    installer/icons/techledger.png   256 px, for the Linux .desktop file
    installer/icons/techledger.ico   16–256 px, for the Windows .exe and installer
    installer/icons/techledger.icns  16–1024 px, for the macOS .app

Qt (QtSvg) draws the SVG at each size, so small sizes are drawn sharp rather
than scaled down; Pillow writes the .ico and .icns containers.

    .venv/bin/python installer/make_icons.py [--if-stale]
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "techledger.svg"
OUT = ROOT / "installer" / "icons"
PNG, ICO, ICNS = (OUT / f"techledger.{ext}" for ext in ("png", "ico", "icns"))
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int):
    """The SVG drawn at size × size as a Pillow RGBA image."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def stale() -> bool:
    outputs = (PNG, ICO, ICNS)
    return not all(p.exists() for p in outputs) or any(
        p.stat().st_mtime < SVG.stat().st_mtime for p in outputs
    )


def make_icons() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    images = {size: render(size) for size in sorted(set(ICO_SIZES) | set(ICNS_SIZES))}
    images[256].save(PNG)
    # Pillow writes each size from `sizes`, using the appended images where
    # they match (drawn sharp) instead of scaling the largest one down.
    images[256].save(
        ICO,
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != 256],
    )
    images[1024].save(ICNS, append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    del app
    return [PNG, ICO, ICNS]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--if-stale", action="store_true", help="only when the SVG is newer")
    args = parser.parse_args()
    if args.if_stale and not stale():
        return
    for path in make_icons():
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
