"""Warning about SQLite files on network file systems."""

from __future__ import annotations

from pathlib import Path

from desktop.db import location

MOUNTS = """\
/dev/vda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
server:/export/shop /mnt/shop nfs4 rw,relatime 0 0
//nas/Office\\040Share /media/office cifs rw 0 0
/dev/vdb1 /mnt/shop/local ext4 rw 0 0
"""


def test_the_longest_matching_mount_point_decides():
    assert location.linux_filesystem(Path("/home/anna"), MOUNTS) == "ext4"
    assert location.linux_filesystem(Path("/mnt/shop/data"), MOUNTS) == "nfs4"
    assert location.linux_filesystem(Path("/mnt/shop/local/x"), MOUNTS) == "ext4"
    assert location.linux_filesystem(Path("/media/office/TechLedger"), MOUNTS) == "cifs"
    assert location.linux_filesystem(Path("/mnt/shopping"), MOUNTS) == "ext4"


def test_a_network_file_system_gets_a_warning_that_points_to_postgresql(monkeypatch):
    monkeypatch.setattr(location, "filesystem_kind", lambda path: "nfs4")
    warning = location.network_warning(Path("/mnt/shop/techledger.db"))
    assert warning is not None
    assert "network file system (nfs4)" in warning and "PostgreSQL" in warning
    monkeypatch.setattr(location, "filesystem_kind", lambda path: "ext4")
    assert location.network_warning(Path("/home/anna/techledger.db")) is None


def test_the_local_temporary_folder_is_not_a_network_share(tmp_path):
    assert location.network_warning(tmp_path / "shop.db") is None
