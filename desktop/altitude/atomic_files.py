"""The one way Altitude writes a file: whole or not at all, and readable by the user alone.

A private (0600) temp file in the target's folder is written, flushed and fsynced, renamed
over the target (``os.replace`` is atomic on one file system) and the folder is fsynced so
the rename itself survives a power cut. So the target always holds either its old content
or the new, never part of it, and no temp file is left behind by a failure.

Writers that want a path rather than bytes (fpdf, matplotlib, SQLite's backup) pass a
callback that fills the temp path. OS errors become ``FileWriteError`` with a plain reason.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from altitude.errors import FileWriteError

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
# In the temp name: stale leftovers of a crash are recognised (and swept) by it.
TEMP_MARK = ".partial"

FileError = type[FileWriteError]


def write_bytes_atomic(path: Path | str, data: bytes, error: FileError = FileWriteError) -> Path:
    """Replace ``path`` with ``data``, atomically and 0600; returns the path."""
    return write_atomic(path, lambda temp: temp.write_bytes(data), error)


def write_atomic(
    path: Path | str, write: Callable[[Path], object], error: FileError = FileWriteError
) -> Path:
    """Let ``write`` fill a private temp file beside ``path``, then rename it into place.

    The temp file keeps ``path``'s suffix (chart formats are chosen by it). Raises
    ``error`` (a FileWriteError) for an OSError; any other exception from ``write``
    propagates unchanged. Either way the temp file is gone and ``path`` is untouched.
    """
    path = Path(path)
    if path.is_dir():
        raise error(path, "it is a folder; give a file name", errno.EISDIR)
    try:
        fd, name = tempfile.mkstemp(
            prefix=f".{path.stem}.", suffix=f"{TEMP_MARK}{path.suffix}", dir=path.parent
        )
    except FileNotFoundError as exc:
        raise error(path, f"the folder {path.parent} does not exist", exc.errno) from exc
    except OSError as exc:
        raise error.from_os_error(path, exc) from exc
    os.close(fd)
    temp = Path(name)
    try:
        write(temp)
        os.chmod(temp, PRIVATE_FILE)  # a writer may have made its own file, with the umask
        fsync_path(temp, strict=True)
        os.replace(temp, path)
    except OSError as exc:
        _remove(temp)
        raise error.from_os_error(path, exc) from exc
    except BaseException:
        _remove(temp)
        raise
    fsync_path(path.parent)
    return path


def fsync_path(path: Path, *, strict: bool = False) -> None:
    """Flush a file's (or a folder's) content to the disk.

    A folder is fsynced so a rename in it is durable. Some platforms cannot open a folder:
    that is ignored (the rename is still atomic). ``strict`` raises a file's fsync error.
    """
    is_folder = path.is_dir()
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if is_folder else 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        if strict:
            raise
        return
    try:
        os.fsync(fd)
    except OSError:
        if strict and not is_folder:
            raise
    finally:
        os.close(fd)


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (and its parents) 0700 unless it exists; a racing creator is fine."""
    try:
        folder.mkdir(mode=PRIVATE_FOLDER, parents=True)
    except FileExistsError:
        return folder
    with contextlib.suppress(OSError):  # mkdir's mode is filtered through the umask
        os.chmod(folder, PRIVATE_FOLDER)
    return folder


def open_private(path: Path, flags: int) -> int:
    """``os.open`` that creates the file 0600 whatever the umask (an existing one is
    tightened); for files appended to, such as the log, that can't be renamed into place."""
    fd = os.open(path, flags | os.O_CREAT, PRIVATE_FILE)
    with contextlib.suppress(OSError):  # not ours to change: leave it
        os.chmod(path, PRIVATE_FILE)
    return fd


def _remove(temp: Path) -> None:
    with contextlib.suppress(OSError):
        temp.unlink()
