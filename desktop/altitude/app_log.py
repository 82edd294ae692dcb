"""The app's one log: ``DATA/logs/altitude.log``, private, rotated at 1 MiB, three kept.

Set up once at start-up (GUI and CLI, in ``altitude.__main__``) on the ``altitude``
logger. It holds what a bug report needs and nothing of the plan: the time, the
traceback with the exception's type and message, and the versions of Altitude, Python
and (from the GUI) Qt. Nothing is written, and no file made, until something is logged.
"""

from __future__ import annotations

import io
import logging
import os
import traceback
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType

from altitude import __version__
from altitude.atomic_files import PRIVATE_FILE, open_private, private_folder

LOGGER_NAME = "altitude"
LOG_FOLDER = "logs"
LOG_NAME = "altitude.log"
MAX_BYTES = 1024 * 1024
KEPT = 3

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOG_FOLDER / LOG_NAME


class PrivateRotatingFileHandler(logging.FileHandler):
    """A rotating file log whose folder is 0700 and whose files (rotated ones too) are
    0600, whatever the umask. A log that can't be written is given up silently: it must
    not become a second error (logging would print a traceback on stderr).

    It rotates like ``logging.handlers.RotatingFileHandler`` but is built on
    ``FileHandler``: ``logging.handlers`` imports socket, pickle and queue (~7 ms at every
    start) for handlers the app never uses."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.maxBytes = MAX_BYTES
        self.backupCount = KEPT
        self.failed = False

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full_with(record):
                self.doRollover()
        except OSError:
            self.handleError(record)
            return
        super().emit(record)

    def _full_with(self, record: logging.LogRecord) -> bool:
        try:
            size = os.stat(self.baseFilename).st_size
        except FileNotFoundError:
            return False
        return size > 0 and size + len(self.format(record)) + 1 >= self.maxBytes

    def _open(self) -> io.TextIOWrapper:
        path = Path(self.baseFilename)
        private_folder(path.parent)
        fd = open_private(path, os.O_WRONLY | os.O_APPEND)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

    def doRollover(self) -> None:  # noqa: N802 - logging's name for it
        if self.stream:
            self.stream.close()
            self.stream = None  # reopened on the next record
        base = self.baseFilename
        for n in range(self.backupCount - 1, 0, -1):
            if os.path.exists(f"{base}.{n}"):
                os.replace(f"{base}.{n}", f"{base}.{n + 1}")
        if os.path.exists(base):
            os.replace(base, f"{base}.1")
        for n in range(1, self.backupCount + 1):  # renamed files keep their mode; be sure
            rotated = Path(f"{self.baseFilename}.{n}")
            if rotated.exists():
                os.chmod(rotated, PRIVATE_FILE)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's API
        self.failed = True


def configure(data_dir: Path) -> Path:
    """Point the ``altitude`` logger at the data folder's log (again: replaces the old)."""
    stop()
    logger = logging.getLogger(LOGGER_NAME)
    path = log_path(data_dir)
    handler = PrivateRotatingFileHandler(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path


def stop() -> None:
    """Close the log and detach it from the ``altitude`` logger."""
    logger = logging.getLogger(LOGGER_NAME)
    for old in [h for h in logger.handlers if isinstance(h, PrivateRotatingFileHandler)]:
        logger.removeHandler(old)
        old.close()


def versions(extra: Mapping[str, str] | None = None) -> str:
    import platform  # only when a bug is reported

    parts = {
        "Altitude": __version__,
        "Python": platform.python_version(),
        **(extra or {}),
        "on": platform.platform(terse=True),
    }
    return ", ".join(f"{name} {value}" for name, value in parts.items())


def bug_details(exc_info: ExcInfo, extra: Mapping[str, str] | None = None) -> str:
    """The text of a bug report: versions, then the traceback (type and message last)."""
    lines = traceback.format_exception(*exc_info)
    return versions(extra) + "\n" + "".join(lines).rstrip()


def record_bug(exc_info: ExcInfo, extra: Mapping[str, str] | None = None) -> str:
    """Log an unexpected exception with its traceback; returns the details logged."""
    details = bug_details(exc_info, extra)
    logger = logging.getLogger(LOGGER_NAME)
    for handler in logger.handlers:
        if isinstance(handler, PrivateRotatingFileHandler):
            handler.failed = False  # so log_written() tells about this record
    logger.error("Unexpected error (a bug in Altitude)\n%s", details)
    return details


def log_written() -> Path | None:
    """The log file, if the last record reached it (None: no log, or it can't be written)."""
    for handler in logging.getLogger(LOGGER_NAME).handlers:
        if isinstance(handler, PrivateRotatingFileHandler) and not handler.failed:
            return Path(handler.baseFilename)
    return None
