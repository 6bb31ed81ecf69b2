"""Files the user asked for are written whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.common.errors import UserError
from desktop.services.common.files import FileWriteError, write_atomically


def test_bytes_are_written_and_replace_the_old_file(tmp_path):
    target = tmp_path / "invoice.pdf"
    target.write_bytes(b"old")
    assert write_atomically(target, b"%PDF-new") == target
    assert target.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir()] == ["invoice.pdf"]


def test_a_writer_that_fails_leaves_the_old_file_and_no_leftovers(tmp_path):
    target = tmp_path / "export.csv"
    target.write_text("good,old\n")

    def half_then_fail(path: Path) -> None:
        path.write_text("half")
        raise OSError(28, "No space left on device")

    with pytest.raises(FileWriteError, match="No space left on device"):
        write_atomically(target, half_then_fail)
    assert target.read_text() == "good,old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]


def test_a_bug_in_the_writer_is_not_hidden_but_cleans_up(tmp_path):
    def broken(path: Path) -> None:
        path.write_text("x")
        raise KeyError("column")

    with pytest.raises(KeyError):
        write_atomically(tmp_path / "a.xlsx", broken)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_one_plain_message_at_the_path(tmp_path):
    with pytest.raises(UserError) as caught:
        write_atomically(tmp_path / "gone" / "x.pdf", b"x")
    assert str(caught.value) == f"The folder {tmp_path / 'gone'} does not exist."
    assert caught.value.field == "path"


def test_a_folder_in_the_way_is_refused_plainly_and_kept(tmp_path):
    """os.replace cannot put a file over a folder: the user hears why, the
    folder and its content stay, no temporary file is left."""
    folder = tmp_path / "report.pdf"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")
    with pytest.raises(FileWriteError, match="Cannot write"):
        write_atomically(folder, b"%PDF")
    assert (folder / "keep.txt").read_text() == "mine"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
