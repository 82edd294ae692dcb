"""Clockify's detailed CSV export.

Every field quoted; ``"Start Date","Start Time","End Date","End Time","Duration (h)",
"Duration (decimal)"`` plus optional columns (``Date of creation``, ``Type``, ``Invoiced``
...; some exports say ``Activity`` for ``Task``). Dates and the clock follow the profile
(``21/01/2026 11:00:00``, ``03/04/2024 10:23 AM``). ``Duration (decimal)`` is rounded to
0.01 h (a 01:00:01 entry may say 0.00) and is never used; ``Duration (h)`` is checked
against End - Start. Rules look in Description, Project, Task and Tags.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import tzinfo

from altitude.domain.worktime.entries import TimeEntry
from altitude.timeimport.trackers.fields import parse_hms
from altitude.timeimport.trackers.table import Columns, read_table, table_entries

REQUIRED = (
    "Description",
    "Project",
    "Start Date",
    "Start Time",
    "End Date",
    "End Time",
    "Duration (h)",
)
COLUMNS = Columns(
    start_date="Start Date",
    start_time="Start Time",
    end_date="End Date",
    end_time="End Time",
    duration="Duration (h)",
    read_duration=parse_hms,
    words=("Description", "Project", "Task"),
    tags="Tags",
)


def read_clockify(text: str, source: str, zone: tzinfo, order: str | None) -> list[TimeEntry]:
    table = read_table(text, source, REQUIRED, "Clockify")
    columns = COLUMNS
    if "Task" not in table.header and "Activity" in table.header:
        columns = replace(COLUMNS, words=("Description", "Project", "Activity"))
    return table_entries(table, columns, zone, order)
