"""What one file may be and produce, checked before any parsing, so a hostile file (huge,
one 30 MB line, random bytes, an endless recurrence) ends in a clean message in bounded
time rather than in a hang or a traceback."""

from __future__ import annotations

from pathlib import Path

from altitude.timeimport.errors import TimeImportError

MAX_FILE_BYTES = 40 * 1024 * 1024  # a 5-year calendar of 25,000 events is about 5 MB
MAX_LINE_BYTES = 1024 * 1024  # real exports fold at 75 octets; notes run to a few KB
MAX_ENTRIES = 100_000  # entries (occurrences, rows) one file may produce in the window
MAX_RULE_STEPS = 400_000  # recurrence steps one series may take from its start
MAX_FILE_RULE_STEPS = 2_000_000  # the same, summed over a file's series
MAX_NESTING = 8  # BEGIN/END depth (VCALENDAR > VEVENT > VALARM is 3)
MAX_WINDOW_WEEKS = 10 * 53  # weeks one preview or apply may cover
MAX_RULES_BYTES = 1024 * 1024


def read_bounded(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, refusing before reading when it is larger than ``limit``."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise TimeImportError(
                f"{path}: {size_text(size)} is too large (at most {size_text(limit)})"
            )
        with path.open("rb") as handle:
            data = handle.read(limit + 1)  # a file that grew since stat() is caught too
    except FileNotFoundError:
        raise TimeImportError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise TimeImportError(f"{path}: is a folder, not a file") from None
    except PermissionError:
        raise TimeImportError(f"{path}: permission denied") from None
    except OSError as exc:
        raise TimeImportError(f"{path}: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise TimeImportError(f"{path}: too large (at most {size_text(limit)})")
    return data


def size_text(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size} bytes"


def decode_text(data: bytes, source: str) -> str:
    """UTF-8 text without its BOM, with every line checked for length first.

    Each message names the line: a file of random bytes fails here, not deep in a parser."""
    if not data.strip():
        raise TimeImportError(f"{source}: the file is empty")
    if len(data) > MAX_FILE_BYTES:
        raise TimeImportError(f"{source}: too large (at most {size_text(MAX_FILE_BYTES)})")
    check_line_lengths(data, source)
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise TimeImportError(f"{source}, line {line}: a NUL byte: this is not a text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TimeImportError(
            f"{source}, line {line}: not UTF-8 text (byte 0x{data[exc.start]:02x}); "
            "export the file again as UTF-8"
        ) from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise TimeImportError(f"{source}: the file is empty")
    return text


def check_line_lengths(data: bytes, source: str) -> None:
    if max(map(len, data.split(b"\n"))) <= MAX_LINE_BYTES:
        return  # the quick answer for every real file; the loop below finds the line
    start, number = 0, 1
    while start < len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        if end - start > MAX_LINE_BYTES:
            raise TimeImportError(
                f"{source}, line {number}: a line of {size_text(end - start)} "
                f"(at most {size_text(MAX_LINE_BYTES)}): this is not an export"
            )
        start, number = end + 1, number + 1


def too_many_entries(source: str) -> TimeImportError:
    return TimeImportError(
        f"{source}: more than {MAX_ENTRIES:,} entries in the weeks asked for; "
        "ask for fewer weeks with --weeks"
    )
