"""A tracker's CSV export as rows, and rows with a start, an end and a duration as entries.

Shared by Toggl and Clockify, which differ only in column names:
- Dates and times are wall times in the exporting profile's zone (``--zone``), without an
  offset. The date order follows the profile: it is decided where the file decides it (a
  day above 12, or End - Start agreeing with the duration column on every row for one
  order only), else the user is asked for ``--date-order``.
- Hours are End - Start, both converted to UTC first. The file's own duration column must
  agree (to the second; to the minute when a time has no seconds), or the file is refused
  naming the row: a disagreement means the file was misread. A time that occurs twice at
  the autumn change is its first occurrence, unless only the second agrees.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from altitude.domain.worktime.entries import TimeEntry, wall_to_utc, whole_seconds
from altitude.timeimport.errors import TimeImportError
from altitude.timeimport.limits import MAX_ENTRIES, too_many_entries
from altitude.timeimport.trackers.fields import date_parts, parse_clock, parse_date, split_tags

Row = dict[str, str]


@dataclass(frozen=True, slots=True)
class Table:
    source: str
    header: tuple[str, ...]
    rows: tuple[tuple[int, Row], ...]  # (row number counting the header as row 1, cells)


def read_table(text: str, source: str, required: Sequence[str], kind: str) -> Table:
    """Rows keyed by header name, refusing a file without the ``required`` columns."""
    try:
        records = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise TimeImportError(f"{source}: not a readable CSV file ({exc})") from None
    if not records or not any(cell.strip() for cell in records[0]):
        raise TimeImportError(f"{source}: no header row; this is not a {kind} export")
    header = tuple(cell.strip() for cell in records[0])
    missing = [name for name in required if name not in header]
    if missing:
        raise TimeImportError(
            f"{source}, row 1: the columns {', '.join(missing)} are missing; "
            f"this is not a {kind} detailed export"
        )
    if len(records) - 1 > MAX_ENTRIES:
        raise too_many_entries(source)
    rows = []
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            raise TimeImportError(
                f"{source}, row {number}: {len(record)} fields, but the header has {len(header)}"
            )
        rows.append((number, dict(zip(header, record, strict=True))))
    return Table(source, header, tuple(rows))


@dataclass(frozen=True, slots=True)
class Columns:
    start_date: str
    start_time: str
    end_date: str
    end_time: str
    duration: str
    read_duration: Callable[[str], int | None]
    words: tuple[str, ...]  # the columns rules look in; the first non-empty is the title
    tags: str | None = None


def table_entries(
    table: Table, columns: Columns, zone: tzinfo, order: str | None
) -> list[TimeEntry]:
    if order is None:
        order = decide_order(table, columns, zone)
    return [_entry(table.source, number, row, columns, zone, order) for number, row in table.rows]


def decide_order(table: Table, columns: Columns, zone: tzinfo) -> str:
    texts = [row[name] for _, row in table.rows for name in (columns.start_date, columns.end_date)]
    parts = [p for p in map(date_parts, texts) if p is not None]
    if parts and all(p[0] > 31 for p in parts):
        return "ymd"
    day_first = any(p[0] > 12 for p in parts)
    month_first = any(p[1] > 12 for p in parts)
    if day_first != month_first:
        return "dmy" if day_first else "mdy"
    agreeing = [order for order in ("dmy", "mdy") if _all_agree(table, columns, zone, order)]
    if len(agreeing) == 1:
        return agreeing[0]
    example = texts[0] if texts else "the dates"
    raise TimeImportError(
        f"{table.source}: cannot tell whether {example} is day/month or month/day; "
        "add --date-order dmy or --date-order mdy (or ymd)"
    )


def _all_agree(table: Table, columns: Columns, zone: tzinfo, order: str) -> bool:
    try:
        for number, row in table.rows:
            _entry(table.source, number, row, columns, zone, order)
    except TimeImportError:
        return False
    return True


def _entry(
    source: str, number: int, row: Row, columns: Columns, zone: tzinfo, order: str
) -> TimeEntry:
    where = f"{source}, row {number}"
    start, start_exact = _moment(where, row, columns.start_date, columns.start_time, order)
    end, end_exact = _moment(where, row, columns.end_date, columns.end_time, order)
    said = columns.read_duration(row[columns.duration])
    if said is None:
        raise TimeImportError(
            f"{where}: {columns.duration} {row[columns.duration]!r} is not a duration"
        )
    slack = 1 if start_exact and end_exact else 60
    begin, finish = _agreeing_ends(start, end, zone, said, slack, where, row[columns.duration])
    words = [row.get(name, "") for name in columns.words]
    if columns.tags:
        words.extend(split_tags(row.get(columns.tags, "")))
    title = next((" ".join(w.split()) for w in words if w.strip()), "(no description)")
    return TimeEntry(begin, finish, title, tuple(w for w in words if w), f"row {number}")


def _moment(
    where: str, row: Row, date_column: str, time_column: str, order: str
) -> tuple[datetime, bool]:
    day = parse_date(row[date_column], order)
    if day is None:
        raise TimeImportError(
            f"{where}: {date_column} {row[date_column]!r} is not a date ({order})"
        )
    clock = parse_clock(row[time_column])
    if clock is None:
        raise TimeImportError(f"{where}: {time_column} {row[time_column]!r} is not a time of day")
    return datetime.combine(day, clock[0]), clock[1]


def _agreeing_ends(
    start: datetime, end: datetime, zone: tzinfo, said: int, slack: int, where: str, said_text: str
) -> tuple[datetime, datetime]:
    candidates = [
        (wall_to_utc(start.replace(fold=a), zone), wall_to_utc(end.replace(fold=b), zone))
        for a in (0, 1)
        for b in (0, 1)
    ]
    for begin, finish in candidates:
        if finish >= begin and abs(whole_seconds(finish - begin) - said) <= slack:
            return begin, finish
    begin, finish = candidates[0]
    elapsed = whole_seconds(finish - begin)
    if elapsed < 0:
        raise TimeImportError(f"{where}: it ends before it starts")
    raise TimeImportError(
        f"{where}: the duration column says {said_text.strip()} but End - Start is "
        f"{_hms(elapsed)}; the file does not agree with itself"
    )


def _hms(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
