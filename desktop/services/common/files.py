"""Writing a file the user asked for, whole or not at all.

Every document, export and saved message goes through `write_atomically`:
the bytes go to a hidden file beside the target, are flushed to disk, and
only then renamed over the target (one `os.replace`, atomic on the same
file system). A full disk, a missing folder or a crash mid-write therefore
never leaves half a PDF or CSV under the name the user chose, and never
destroys the good file that was there before."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop.services.common.errors import UserError


class FileWriteError(UserError, OSError):
    """The file could not be written; whatever was at the path is untouched."""

    field = "path"


def write_atomically(path: Path | str, content: bytes | Callable[[Path], None]) -> Path:
    """Write `content` (bytes, or a function that writes a given path) to
    `path` atomically; return the path written."""
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileWriteError(f"The folder {folder} does not exist.")
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=".techledger-", suffix=target.suffix, dir=folder
        )
    except OSError as exc:
        raise FileWriteError(f"Cannot write {target}: {exc.strerror or exc}.") from None
    temp = Path(temp_name)
    try:
        if isinstance(content, bytes):
            with os.fdopen(handle, "wb") as out:
                out.write(content)
                out.flush()
                os.fsync(out.fileno())
        else:
            os.close(handle)
            content(temp)
            with open(temp, "rb") as written:
                os.fsync(written.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise FileWriteError(f"Cannot write {target}: {exc.strerror or exc}.") from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target
