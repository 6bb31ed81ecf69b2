"""Help › User guide shows the guide's screenshots, no wider than the dialog,
in the source tree and in the frozen bundle's layout alike."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument

from desktop import resources
from desktop.resources import guide_images, guide_path
from desktop.views.help_menu import GuideDialog

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _image(dialog: GuideDialog, name: str) -> QImage:
    found = dialog.browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
    if isinstance(found, QPixmap):
        found = found.toImage()
    assert isinstance(found, QImage), name
    return found


def _open(qtbot) -> GuideDialog:
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_guide_shows_its_screenshots_within_the_dialog(qtbot):
    dialog = _open(qtbot)
    assert dialog.image_names() == guide_images()
    assert len(guide_images()) >= 10
    column = dialog.browser.viewport().width()
    for name in dialog.image_names():
        assert not _image(dialog, name).isNull(), name  # found next to the guide
    for shown in dialog.shown_images():
        image = _image(dialog, shown)
        assert not image.isNull(), shown
        assert image.width() / image.devicePixelRatio() <= column, shown
    # Nothing to scroll sideways.
    assert dialog.browser.horizontalScrollBar().maximum() == 0


def test_the_pictures_follow_the_dialog_width(qtbot):
    dialog = _open(qtbot)
    dialog.resize(1500, 700)
    qtbot.waitUntil(lambda: dialog.browser.viewport().width() > 1300)
    dialog.fit_images()
    wide = {dialog.image_names()[i]: s for i, s in enumerate(dialog.shown_images())}
    # 1280 px screenshots fit a 1500 px dialog as they are.
    assert wide["screenshots/time_week.png"] == "screenshots/time_week.png"
    dialog.resize(600, 600)
    qtbot.waitUntil(lambda: dialog.browser.viewport().width() < 600)
    dialog.fit_images()
    for shown in dialog.shown_images():
        image = _image(dialog, shown)
        assert image.width() / image.devicePixelRatio() <= dialog.browser.viewport().width()


def test_the_bundle_layout_finds_guide_and_pictures(qtbot, tmp_path, monkeypatch):
    """Frozen, resources/ and docs/ sit in sys._MEIPASS (installer/techledger.spec)."""
    (tmp_path / "docs").mkdir()
    shutil.copy(ROOT / "docs" / "guide.md", tmp_path / "docs" / "guide.md")
    for name in guide_images(ROOT.joinpath("docs", "guide.md").read_text(encoding="utf-8")):
        target = tmp_path / "docs" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "docs" / name, target)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert guide_path() == tmp_path / "docs" / "guide.md"
    assert resources.resources_dir() == tmp_path / "resources"
    dialog = _open(qtbot)
    assert dialog.image_names()
    for name in dialog.image_names():
        assert not _image(dialog, name).isNull(), name


def test_the_guide_pictures_are_the_english_screenshots_and_are_shipped():
    names = guide_images()
    assert all(name.startswith("screenshots/") and "/pl/" not in name for name in names)
    for name in names:
        assert (ROOT / "docs" / name).is_file(), name
    spec = (ROOT / "installer" / "techledger.spec").read_text(encoding="utf-8")
    assert "guide_images()" in spec


def test_image_references_are_read_like_markdown():
    text = (
        '![a](screenshots/one.png) and ![b](<screenshots/two.png> "Title")\n'
        "![again](screenshots/one.png) [not a picture](screenshots/three.png)"
    )
    assert guide_images(text) == ["screenshots/one.png", "screenshots/two.png"]
