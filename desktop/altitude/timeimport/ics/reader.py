"""An .ics calendar (Google, Outlook/Exchange, Apple, Thunderbird) as time entries.

- Zones: icalendar maps IANA names to zoneinfo, Windows names to their IANA zone, and
  custom TZIDs to the file's own VTIMEZONE (which wins over the name: khal's "New Zealand
  Standard Time" sample is really +01:00). Its zone cache is process-wide and keeps the
  *first* definition of a custom name, so it is emptied before each file: two Outlook
  files that both say "Customized Time Zone" must not share one.
- A time without a zone (floating) is in the calendar's ``X-WR-TIMEZONE`` when it has one,
  else in the user's zone. ``X-WR-TIMEZONE`` never moves a time with its own zone or ``Z``.
- ``DURATION`` stands in for DTEND: its days are calendar days, its hours exact (RFC 5545).
- Count 0 and listed as skipped: all-day events, cancelled events and occurrences,
  invitations the user declined, and series that cannot be read (with the reason).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from icalendar import Calendar, Component
from icalendar.timezone import tzp

from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.entries import TimeEntry, WeekWindow, local_midnight, to_utc
from altitude.timeimport.errors import TimeImportError
from altitude.timeimport.ics.events import (
    ALTITUDE_LINE,
    EventFacts,
    facts_of,
    moment_of,
    time_problem,
)
from altitude.timeimport.ics.expand import build_series, occurrences, repair_rules, widen
from altitude.timeimport.ics.scan import event_lines
from altitude.timeimport.ics.window import default_window
from altitude.timeimport.limits import MAX_ENTRIES, too_many_entries


def read_ics(
    text: str, source: str, zone: tzinfo, me: frozenset[str], weeks: tuple[IsoWeek, IsoWeek] | None
) -> tuple[list[TimeEntry], WeekWindow | None]:
    return ics_entries(parse_ics(text, source), source, zone, me, weeks)


@dataclass(frozen=True, slots=True)
class _CalendarParts:
    """One VCALENDAR, parsed, with its events grouped into series (one per UID)."""

    floating_name: str  # X-WR-TIMEZONE as written, "" when absent
    floating_zone: tzinfo | None  # ... as a zone; None when absent or unknown
    cancelled: bool  # METHOD:CANCEL, an iTIP cancellation
    groups: tuple[list[Component], ...]
    spans: tuple[tuple[date, date] | None, ...]  # per group: the days it can touch; None = any
    problems: tuple[str, ...]  # per group: why its times cannot be used, or ""


@dataclass(frozen=True, slots=True)
class ParsedIcs:
    """A calendar parsed once (the slow part: icalendar takes seconds over a 5 MB file), to
    expand week after week: ``ics_entries`` only expands the series that can reach the
    weeks asked for. Independent of the user's zone and addresses, which apply then."""

    events: tuple[Component, ...]
    calendars: tuple[_CalendarParts, ...]


def parse_ics(text: str, source: str) -> ParsedIcs:
    lines = event_lines(text, source)
    calendars = _parse(text, source)
    events = [event for calendar in calendars for event in calendar.walk("VEVENT")]
    if len(events) == len(lines):  # document order both; else lines stay unnamed ("?")
        for event, line in zip(events, lines, strict=True):
            event[ALTITUDE_LINE] = line
    for event in events:
        repair_rules(event)
    parts = []
    for calendar in calendars:
        groups = _by_uid(calendar)
        name, floating = _floating_zone(calendar)
        cancelled = str(calendar.get("METHOD", "")).upper() == "CANCEL"
        spans = tuple(_span(group) for group in groups)
        problems = tuple(next((p for e in g if (p := time_problem(e))), "") for g in groups)
        parts.append(_CalendarParts(name, floating, cancelled, tuple(groups), spans, problems))
    return ParsedIcs(tuple(events), tuple(parts))


def ics_entries(
    parsed: ParsedIcs,
    source: str,
    zone: tzinfo,
    me: frozenset[str],
    weeks: tuple[IsoWeek, IsoWeek] | None,
) -> tuple[list[TimeEntry], WeekWindow | None]:
    window = (
        default_window(list(parsed.events), zone, source)
        if weeks is None
        else WeekWindow.of(*weeks, zone)
    )
    if window is None:
        return [], None
    entries: list[TimeEntry] = []
    for calendar in parsed.calendars:
        entries.extend(_calendar_entries(calendar, source, zone, me, window))
        if len(entries) > MAX_ENTRIES:
            raise too_many_entries(source)
    entries.sort(key=lambda e: (e.start, e.end, e.title))
    return entries, window


def _parse(text: str, source: str) -> list[Calendar]:
    tzp.use_zoneinfo()  # empties icalendar's process-wide zone cache (see the docstring)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # guessed TZIDs: the result is what counts
            calendars = Calendar.from_ical(text, multiple=True)
    except Exception as exc:  # icalendar's errors are plain ValueErrors and worse
        detail = " ".join(str(exc).split())[:120]
        raise TimeImportError(f"{source}: not a readable iCalendar file ({detail})") from None
    for calendar in calendars:
        if str(calendar.get("CALSCALE", "GREGORIAN")).upper() != "GREGORIAN":
            raise TimeImportError(f"{source}: only Gregorian calendars can be read")
    return list(calendars)


def _calendar_entries(
    calendar: _CalendarParts, source: str, zone: tzinfo, me: frozenset[str], window: WeekWindow
) -> Iterator[TimeEntry]:
    floating = _FloatingZone(calendar.floating_name, calendar.floating_zone, zone, source)
    facts: dict[int, EventFacts] = {}

    def facts_for(event: Component) -> EventFacts:
        if id(event) not in facts:
            facts[id(event)] = facts_of(event, me, calendar.cancelled)
        return facts[id(event)]

    groups: list[list[Component]] = []
    count = 0
    first, last = _days_of(window)
    for events, span, problem in zip(
        calendar.groups, calendar.spans, calendar.problems, strict=True
    ):
        if problem:  # listed whatever the weeks, as before: the user should hear of it
            yield _skipped(events[0], facts_for(events[0]), problem, window, floating)
        elif span is None or (span[0] <= last and span[1] >= first):
            groups.append(events)
    built, bad = build_series(groups, window.end, source)
    for each in bad:
        yield _skipped(each.events[0], facts_for(each.events[0]), each.reason, window, floating)
    start, end = widen(window.start, window.end)
    for series, members in built:
        found = []
        try:
            for occurrence in occurrences(series, start, end):
                count += 1
                if count > MAX_ENTRIES:
                    raise too_many_entries(source)
                found.append(
                    _entry(
                        occurrence.start,
                        occurrence.end,
                        facts_for(occurrence.event),
                        zone,
                        floating,
                    )
                )
        except TimeImportError:
            raise
        except Exception as exc:  # the library failed on this series only
            reason = " ".join(str(exc).split())[:100]
            yield _skipped(
                members[0], facts_for(members[0]), f"cannot be expanded: {reason}", window, floating
            )
            continue
        yield from (entry for entry in found if window.holds(entry))


def _by_uid(calendar: Calendar) -> list[list[Component]]:
    groups: dict[object, list[Component]] = {}
    for index, event in enumerate(calendar.walk("VEVENT")):
        uid = event.get("UID")
        groups.setdefault(str(uid) if uid else ("no uid", index), []).append(event)
    return list(groups.values())


def _floating_zone(calendar: Calendar) -> tuple[str, tzinfo | None]:
    """X-WR-TIMEZONE and its zone, looked up while this file's VTIMEZONEs are the ones in
    icalendar's cache (the next file's parse empties it)."""
    name = " ".join(str(calendar.get("X-WR-TIMEZONE", "")).split())
    if not name:
        return "", None
    try:
        return name, tzp.timezone(name)
    except Exception:  # icalendar's lookup of a hostile name: treat it as unknown
        return name, None


_MARGIN = timedelta(days=3)  # floating times are off by at most 14 h; all-day by a day


def _days_of(window: WeekWindow) -> tuple[date, date]:
    return (window.start - _MARGIN).date(), (window.end + _MARGIN).date()


def _span(events: list[Component]) -> tuple[date, date] | None:
    """The days a series without repetition can touch (as UTC dates, or floating ones:
    ``_MARGIN`` covers the difference); None for a repeating one or an unreadable start."""
    days: list[date] = []
    for event in events:
        if "RRULE" in event or "RDATE" in event:
            return None
        start = moment_of(event, "DTSTART")
        if not isinstance(start, date):
            return None
        values = [start, moment_of(event, "DTEND"), moment_of(event, "RECURRENCE-ID")]
        duration = moment_of(event, "DURATION")
        if isinstance(duration, timedelta):
            values.append(start + duration)
        for value in values:
            if isinstance(value, datetime):
                days.append((value.astimezone(UTC) if value.tzinfo else value).date())
            elif isinstance(value, date):
                days.append(value)
    return (min(days), max(days)) if days else None


class _FloatingZone:
    """The zone a floating time is in; an unknown X-WR-TIMEZONE fails only when needed."""

    def __init__(self, name: str, named: tzinfo | None, zone: tzinfo, source: str) -> None:
        self.name = name
        self.zone: tzinfo | None = named if name else zone
        self.source = source

    def utc(self, moment: datetime) -> datetime:
        if moment.tzinfo is not None:
            return to_utc(moment)
        if self.zone is None:
            raise TimeImportError(
                f"{self.source}: X-WR-TIMEZONE {self.name[:60]!r} is not a time zone "
                "this app knows, and the calendar has times that rely on it"
            )
        return to_utc(moment.replace(tzinfo=self.zone))


def _entry(
    start: Any, end: Any, facts: EventFacts, zone: tzinfo, floating: _FloatingZone
) -> TimeEntry:
    if facts.all_day or not isinstance(start, datetime):
        moment = local_midnight(start.date() if isinstance(start, datetime) else start, zone)
        return _make(moment, moment, facts, facts.status or "all-day")
    begin = floating.utc(start)
    if facts.exact_duration is not None:
        duration = facts.exact_duration
        days_later = floating.utc(start + timedelta(days=duration.days))  # calendar days
        finish = days_later + timedelta(
            seconds=duration.seconds, microseconds=duration.microseconds
        )
    else:
        finish = floating.utc(end) if isinstance(end, datetime) else begin
    moved = _moved(facts.recurrence_id, start, begin, floating)
    return _make(begin, max(begin, finish), facts, facts.status, moved)


def _moved(replaced: Any, start: datetime, begin: datetime, floating: _FloatingZone) -> bool:
    """Whether an override moved its occurrence: the instant it replaces (RECURRENCE-ID,
    in whatever zone it is written) is not the instant it now starts."""
    if replaced is None:
        return False
    if not isinstance(replaced, datetime):  # a date: the series is all-day, or Outlook's
        return bool(replaced != start.date())
    try:
        return floating.utc(replaced) != begin
    except TimeImportError:  # a floating RECURRENCE-ID without a known zone
        return bool(replaced.replace(tzinfo=None) != start.replace(tzinfo=None))


def _make(
    start: datetime, end: datetime, facts: EventFacts, skipped: str, moved: bool = False
) -> TimeEntry:
    return TimeEntry(
        start, end, facts.title, facts.words, facts.where, facts.others, skipped, moved
    )


def _skipped(
    event: Component, facts: EventFacts, reason: str, window: WeekWindow, floating: _FloatingZone
) -> TimeEntry:
    """A series that cannot be used, dated by its start when that can be read."""
    start = moment_of(event, "DTSTART")
    try:
        if isinstance(start, datetime):
            moment = floating.utc(start)
        elif isinstance(start, date):
            moment = local_midnight(start, window.zone)
        else:
            moment = window.start
    except TimeImportError:
        moment = window.start
    return _make(moment, moment, facts, reason)
