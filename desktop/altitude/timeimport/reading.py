"""One entry point for every kind of file: detect the kind, read, bound to the weeks.

The kind is told from the content (the file name may say anything): ``BEGIN:VCALENDAR``
is a calendar; JSON (optionally after a report extension's header) is Timewarrior,
the only JSON kind; a CSV is told by its header — Clockify says ``Duration (h)``, Toggl
``Start date`` and ``Duration``, Harvest ``Date`` and ``Hours``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import tzinfo
from typing import TYPE_CHECKING

from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.entries import TimeEntry, WeekWindow, window_around
from altitude.timeimport.errors import TimeImportError
from altitude.timeimport.limits import MAX_WINDOW_WEEKS, decode_text

if TYPE_CHECKING:
    from altitude.timeimport.ics.reader import ParsedIcs

KINDS = ("ics", "toggl", "clockify", "timewarrior", "harvest")


@dataclass(frozen=True, slots=True)
class ReadOptions:
    zone: tzinfo
    kind: str | None = None
    me: frozenset[str] = frozenset()  # the user's addresses, normalised (normal_address)
    date_order: str | None = None
    weeks: tuple[IsoWeek, IsoWeek] | None = None


def normal_address(value: object) -> str:
    """An e-mail address as compared: without ``mailto:``, ignoring case and all white
    space (a fold inside an address leaves a space behind: ``hcabot@ example.com``)."""
    text = "".join(str(value).split()).casefold()
    return text.removeprefix("mailto:")


@dataclass(frozen=True, slots=True)
class ReadResult:
    kind: str
    entries: tuple[TimeEntry, ...]  # inside the window, in time order
    window: WeekWindow | None  # None when the file holds nothing to place in a week


def read_time(data: bytes, source: str, options: ReadOptions) -> ReadResult:
    check_weeks(options)  # before the parse: a refusal should not wait for it
    return entries_of(parse_time(data, source, options), source, options)


def check_weeks(options: ReadOptions) -> None:
    if options.weeks is not None and options.weeks[1] - options.weeks[0] >= MAX_WINDOW_WEEKS:
        raise TimeImportError(f"--weeks: at most {MAX_WINDOW_WEEKS} weeks at a time")


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """A file read and parsed, before any weeks are chosen: an .ics calendar's parsed
    components (expanded per window by ``entries_of``), or a tracker's entries."""

    kind: str
    calendar: ParsedIcs | None = None
    entries: tuple[TimeEntry, ...] = ()


def parse_time(data: bytes, source: str, options: ReadOptions) -> ParsedFile:
    text = decode_text(data, source)
    kind = options.kind or detect_kind(text, source)
    if kind == "ics":
        from altitude.timeimport.ics.reader import parse_ics

        return ParsedFile(kind, calendar=parse_ics(text, source))
    return ParsedFile(kind, entries=tuple(_tracker_entries(kind, text, source, options)))


def entries_of(parsed: ParsedFile, source: str, options: ReadOptions) -> ReadResult:
    """The entries inside the weeks asked for (or the file's own weeks), in time order."""
    check_weeks(options)
    if parsed.calendar is not None:
        from altitude.timeimport.ics.reader import ics_entries

        found, window = ics_entries(
            parsed.calendar, source, options.zone, options.me, options.weeks
        )
        return ReadResult(parsed.kind, tuple(found), window)
    entries = list(parsed.entries)
    window = _tracker_window(entries, options, source)
    inside = [e for e in entries if window is not None and window.holds(e)]
    inside.sort(key=lambda e: (e.start, e.end, e.title))
    return ReadResult(parsed.kind, tuple(inside), window)


def _tracker_entries(kind: str, text: str, source: str, options: ReadOptions) -> list[TimeEntry]:
    zone, order = options.zone, options.date_order
    if kind == "toggl":
        from altitude.timeimport.trackers.toggl import read_toggl

        return read_toggl(text, source, zone, order)
    if kind == "clockify":
        from altitude.timeimport.trackers.clockify import read_clockify

        return read_clockify(text, source, zone, order)
    if kind == "harvest":
        from altitude.timeimport.trackers.harvest import read_harvest

        return read_harvest(text, source, zone, order)
    if kind == "timewarrior":
        from altitude.timeimport.trackers.timewarrior import read_timewarrior

        return read_timewarrior(text, source)
    raise TimeImportError(f"--kind {kind!r}: not a kind this app reads ({', '.join(KINDS)})")


def _tracker_window(
    entries: list[TimeEntry], options: ReadOptions, source: str
) -> WeekWindow | None:
    if options.weeks is not None:
        return WeekWindow.of(options.weeks[0], options.weeks[1], options.zone)
    window = window_around(entries, options.zone)
    if window is not None and window.last - window.first >= MAX_WINDOW_WEEKS:
        raise TimeImportError(
            f"{source}: its entries run from {window.first} to {window.last}; "
            "say which weeks to read with --weeks"
        )
    return window


_CSV_HEADER = re.compile(r'"?([^",]+)"?')


def detect_kind(text: str, source: str) -> str:
    head = text.lstrip()
    if head[:15].upper() == "BEGIN:VCALENDAR":
        return "ics"
    if head.startswith(("[", "{")) or (
        re.match(r"[\w.\-]+: .*\n", head) and "\n\n" in head[:10_000]
    ):
        return "timewarrior"
    first = head.split("\n", 1)[0]
    columns = {name.strip() for name in _CSV_HEADER.findall(first)}
    if {"Start Date", "Start Time", "Duration (h)"} <= columns:
        return "clockify"
    if {"Start date", "Start time", "Duration"} <= columns:
        return "toggl"
    if {"Date", "Hours"} <= columns:
        return "harvest"
    raise TimeImportError(
        f"{source}, line 1: cannot tell what kind of export this is; "
        f"give --kind ({', '.join(KINDS)})"
    )


def _extension_header(head: str) -> bool:
    """What Timewarrior feeds a report extension: ``key: value`` lines, a blank line, JSON."""
    return bool(re.match(r"[\w.\-]+: .*\n", head)) and "\n\n" in head[:10_000]
