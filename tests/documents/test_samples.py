"""Every page of every sample in docs/samples renders (poppler's pdftoppm)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from .conftest import page_count

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "docs" / "samples").glob("*.pdf"))


def test_there_is_a_sample_of_each_document_in_two_languages():
    names = {path.stem for path in SAMPLES}
    for kind in ("invoice", "credit-note", "visit-report", "statement"):
        assert len([n for n in names if n.startswith(kind + "-")]) >= 2, kind


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda path: path.stem)
def test_every_page_renders(sample, tmp_path):
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    pdf = sample.read_bytes()
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(sample), str(tmp_path / "p")],
        check=True,
        capture_output=True,
    )
    pages = sorted(tmp_path.glob("p*.png"))
    assert len(pages) == page_count(pdf)
    for page in pages:
        image = Image.open(page).convert("L")
        assert image.getextrema()[0] < 100  # something dark was drawn on it
    previews = sorted(sample.parent.glob(f"{sample.stem}-*.png"))
    assert len(previews) == len(pages), "run scripts/make_samples.py"
