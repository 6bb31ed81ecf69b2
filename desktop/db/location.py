"""Is the database file on a network file system?

SQLite's WAL mode needs shared memory between the processes using a file,
which network file systems do not provide: two copies of the app on a file
on an NFS or SMB share can corrupt it. The app warns and points to the
shared PostgreSQL mode instead."""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FILE_SYSTEMS = frozenset(
    "nfs nfs4 cifs smb smb2 smb3 smbfs afpfs ncpfs 9p davfs fuse.davfs2 webdav "
    "fuse.sshfs sshfs ceph fuse.ceph glusterfs fuse.glusterfs lustre afs".split()
)
DRIVE_REMOTE = 4  # GetDriveTypeW


def _unescape_mount(text: str) -> str:
    # /proc/mounts writes spaces and tabs in paths as octal escapes.
    return text.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def linux_filesystem(path: Path, mounts: str) -> str | None:
    """The type of the file system holding `path`, from /proc/mounts text."""
    best, kind = "", None
    target = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape_mount(fields[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind


def filesystem_kind(path: Path) -> str | None:
    """'nfs', 'cifs', … or 'network share' on Windows; None when unknown."""
    folder = path.expanduser().resolve().parent
    if sys.platform.startswith("linux"):
        try:
            return linux_filesystem(folder, Path("/proc/self/mounts").read_text())
        except OSError:
            return None
    if sys.platform == "win32":
        text = str(folder)
        if text.startswith("\\\\"):
            return "network share"
        import ctypes

        drive = os.path.splitdrive(text)[0] + "\\"
        if ctypes.windll.kernel32.GetDriveTypeW(drive) == DRIVE_REMOTE:  # type: ignore[attr-defined]
            return "network share"
    return None


def network_warning(path: Path) -> str | None:
    """A warning for the user when `path` lives on a network file system."""
    kind = filesystem_kind(path)
    if kind is None or (kind not in NETWORK_FILE_SYSTEMS and kind != "network share"):
        return None
    return (
        f"The database {path} is on a network file system ({kind}). SQLite cannot share a "
        "file safely over a network: two copies of TechLedger using it at once can damage "
        "it. Keep the file on this computer's own disk, or let every technician connect to "
        "a shared PostgreSQL server (see docs/shared-database.md)."
    )
