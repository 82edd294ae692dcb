"""Harvest's CSV export: one ``Date`` and decimal ``Hours`` per row, no start or end.

Hours are in the locale's format (``20,0``, ``1.234,5``, ``1.5``; ``1:30`` too). Without
times, each row is placed at 00:00 on its date in the user's zone, so it counts in that
date's week; a row of more than 24 hours is refused. Rules look in Notes, Project, Task and
Client.
"""

from __future__ import annotations

from datetime import timedelta, tzinfo

from altitude.domain.worktime.entries import TimeEntry, local_midnight
from altitude.timeimport.errors import TimeImportError
from altitude.timeimport.trackers.fields import date_parts, parse_date, parse_decimal_hours
from altitude.timeimport.trackers.table import Table, read_table

REQUIRED = ("Date", "Hours", "Project")
WORDS = ("Notes", "Project", "Task", "Client")


def read_harvest(text: str, source: str, zone: tzinfo, order: str | None) -> list[TimeEntry]:
    table = read_table(text, source, REQUIRED, "Harvest")
    order = order or _order(table)
    entries = []
    for number, row in table.rows:
        where = f"{source}, row {number}"
        day = parse_date(row["Date"], order)
        if day is None:
            raise TimeImportError(f"{where}: Date {row['Date']!r} is not a date ({order})")
        hours = parse_decimal_hours(row["Hours"])
        if hours is None or hours > 24:
            raise TimeImportError(
                f"{where}: Hours {row['Hours']!r} is not a number of hours (0-24)"
            )
        start = local_midnight(day, zone)
        words = tuple(row[name] for name in WORDS if row.get(name))
        title = next((" ".join(w.split()) for w in words if w.strip()), "(no notes)")
        entries.append(
            TimeEntry(
                start, start + timedelta(seconds=round(hours * 3600)), title, words, f"row {number}"
            )
        )
    return entries


def _order(table: Table) -> str:
    parts = [p for p in (date_parts(row["Date"]) for _, row in table.rows) if p is not None]
    if all(p[0] > 31 for p in parts):
        return "ymd"
    day_first, month_first = any(p[0] > 12 for p in parts), any(p[1] > 12 for p in parts)
    if day_first != month_first:
        return "dmy" if day_first else "mdy"
    raise TimeImportError(
        f"{table.source}: cannot tell whether the dates are day/month or month/day; "
        "add --date-order dmy or --date-order mdy"
    )
