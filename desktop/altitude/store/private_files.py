"""Folders and files only the user can read, created safely when two processes start at once."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from altitude import atomic_files
from altitude.store.errors import StoreError


def private_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) 0700 unless it exists; a racing creator is fine."""
    try:
        atomic_files.private_folder(folder)
    except OSError as error:
        raise StoreError(f"cannot create {folder}: {error.strerror or error}") from error


def create_private(path: Path) -> None:
    """The file exists 0600 before SQLite writes a byte into it, whatever the umask."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)
