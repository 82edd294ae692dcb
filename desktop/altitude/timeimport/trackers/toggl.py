"""Toggl Track's detailed CSV export.

``User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,
End time,Duration,Tags,Amount (EUR)``: the currency in the last header varies, or the
column is missing; a UTF-8 BOM is common; ``Duration`` is ``HH:MM:SS`` and may exceed 24 h;
tags are comma-separated inside one quoted field. Rules look in Description, Project and
the tags (and Task, when the export has it).
"""

from __future__ import annotations

from datetime import tzinfo

from altitude.domain.worktime.entries import TimeEntry
from altitude.timeimport.trackers.fields import parse_hms
from altitude.timeimport.trackers.table import Columns, read_table, table_entries

REQUIRED = (
    "Description",
    "Project",
    "Start date",
    "Start time",
    "End date",
    "End time",
    "Duration",
)
COLUMNS = Columns(
    start_date="Start date",
    start_time="Start time",
    end_date="End date",
    end_time="End time",
    duration="Duration",
    read_duration=parse_hms,
    words=("Description", "Project", "Task"),
    tags="Tags",
)


def read_toggl(text: str, source: str, zone: tzinfo, order: str | None) -> list[TimeEntry]:
    return table_entries(read_table(text, source, REQUIRED, "Toggl"), COLUMNS, zone, order)
