"""The one root of every error a user can meet, and the error for a file that can't be written.

The CLI prints ``str(error)`` as its one line and the GUI shows it, so each message says
what was wrong and where, in plain words. Anything else that reaches the top is a bug:
it is logged with its traceback (see ``altitude.app_log``).

This module imports nothing of ours, so every layer (the domain too) can derive from it.
"""

from __future__ import annotations

import errno as errnos
from pathlib import Path


class AltitudeError(Exception):
    """An error a user can act on; ``str()`` and ``message`` are one line for them."""

    @property
    def message(self) -> str:
        return str(self)


# Plain words for the reasons a write fails most often; the system's own text follows.
_PLAIN_REASONS = {
    errnos.ENOSPC: "the disk is full",
    errnos.EDQUOT: "the disk quota is used up",
    errnos.EROFS: "the disk is read-only",
    errnos.EACCES: "permission denied",
    errnos.EPERM: "permission denied",
}


def plain_reason(error: OSError) -> str:
    """What went wrong in an OSError, in words a user knows ("the disk is full (...)")."""
    system = error.strerror or str(error) or type(error).__name__
    plain = _PLAIN_REASONS.get(error.errno or 0)
    if plain is None or plain.lower() == system.lower():
        return system
    return f"{plain} ({system})"


class FileWriteError(AltitudeError, OSError):
    """A file could not be written. Also an OSError: ``filename``, ``strerror`` and
    ``errno`` are set as for any, so code that describes OSErrors says the same thing."""

    def __init__(self, path: Path | str, reason: str, errno: int | None = None) -> None:
        super().__init__(errno, reason, str(path))
        self.path = Path(path)
        self.reason = reason

    @classmethod
    def from_os_error(cls, path: Path | str, error: OSError) -> FileWriteError:
        return cls(path, plain_reason(error), error.errno)

    def __str__(self) -> str:  # OSError's own would read "[Errno 28] ... : 'path'"
        return f"cannot write {self.path}: {self.reason}"
