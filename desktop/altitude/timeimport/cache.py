"""Files parsed once and kept, so a check-in can be filled week after week from one export.

Parsing is the slow part (icalendar takes seconds over a 5-year calendar); expanding one
week of it takes milliseconds. A file is known by its resolved path, size and modification
time (nanoseconds) together with the options that shape its parse (kind, zone, addresses,
date order): any change to the file, or another option, reads it afresh. Only the last
``KEEP`` files are kept, as a parsed 5 MB calendar holds some 100 MB of Python objects.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from pathlib import Path

from altitude.timeimport.errors import TimeImportError
from altitude.timeimport.limits import read_bounded
from altitude.timeimport.reading import (
    ParsedFile,
    ReadOptions,
    ReadResult,
    check_weeks,
    entries_of,
    parse_time,
)

KEEP = 2

_Key = tuple[str, int, int, ReadOptions]


class ParsedFiles:
    def __init__(self, keep: int = KEEP) -> None:
        self.keep = keep
        self._kept: OrderedDict[_Key, ParsedFile] = OrderedDict()
        self.parses = 0  # how many times a file was read and parsed (for tests)

    def read(self, path: Path, options: ReadOptions) -> ReadResult:
        """The entries of ``options.weeks`` in the file at ``path``, parsing it only when it
        is not kept (or has changed since)."""
        check_weeks(options)
        key = self._key(path, options)
        parsed = self._kept.get(key)
        if parsed is None:
            parsed = parse_time(read_bounded(path), path.name, options)
            self.parses += 1
            self._kept[key] = parsed
            while len(self._kept) > self.keep:
                self._kept.popitem(last=False)
        self._kept.move_to_end(key)
        return entries_of(parsed, path.name, options)

    def forget(self) -> None:
        self._kept.clear()

    @staticmethod
    def _key(path: Path, options: ReadOptions) -> _Key:
        try:
            resolved = path.resolve()
            status = resolved.stat()
        except FileNotFoundError:
            raise TimeImportError(f"{path}: no such file") from None
        except OSError as exc:
            raise TimeImportError(f"{path}: {exc.strerror or exc}") from None
        return (str(resolved), status.st_size, status.st_mtime_ns, replace(options, weeks=None))


FILES = ParsedFiles()  # the process's: the GUI keeps one service for its whole life
