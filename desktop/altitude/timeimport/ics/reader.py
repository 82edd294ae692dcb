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
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from icalendar import Calendar, Component
from icalendar.timezone import tzp

from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.entries import TimeEntry, WeekWindow, local_midnight, to_utc
from altitude.timeimport.errors import TimeImportError
from altitude.timeimport.ics.events import ALTITUDE_LINE, EventFacts, facts_of, moment_of
from altitude.timeimport.ics.expand import build_series, occurrences, repair_rules, widen
from altitude.timeimport.ics.scan import event_lines
from altitude.timeimport.ics.window import default_window
from altitude.timeimport.limits import MAX_ENTRIES, too_many_entries


def read_ics(
    text: str, source: str, zone: tzinfo, me: frozenset[str], weeks: tuple[IsoWeek, IsoWeek] | None
) -> tuple[list[TimeEntry], WeekWindow | None]:
    lines = event_lines(text, source)
    calendars = _parse(text, source)
    events = [event for calendar in calendars for event in calendar.walk("VEVENT")]
    if len(events) == len(lines):  # document order both; else lines stay unnamed ("?")
        for event, line in zip(events, lines, strict=True):
            event[ALTITUDE_LINE] = line
    for event in events:
        repair_rules(event)
    window = default_window(events, zone, source) if weeks is None else WeekWindow.of(*weeks, zone)
    if window is None:
        return [], None
    entries: list[TimeEntry] = []
    for calendar in calendars:
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
    calendar: Calendar, source: str, zone: tzinfo, me: frozenset[str], window: WeekWindow
) -> Iterator[TimeEntry]:
    floating = _FloatingZone(calendar, zone, source)
    cancelled = str(calendar.get("METHOD", "")).upper() == "CANCEL"  # an iTIP cancellation
    facts: dict[int, EventFacts] = {}

    def facts_for(event: Component) -> EventFacts:
        if id(event) not in facts:
            facts[id(event)] = facts_of(event, me, cancelled)
        return facts[id(event)]

    groups: list[list[Component]] = []
    count = 0
    for events in _by_uid(calendar):
        problem = next((facts_for(e).problem for e in events if facts_for(e).problem), "")
        if problem:
            yield _skipped(events[0], facts_for(events[0]), problem, window, floating)
        else:
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


class _FloatingZone:
    """The zone a floating time is in; an unknown X-WR-TIMEZONE fails only when needed."""

    def __init__(self, calendar: Calendar, zone: tzinfo, source: str) -> None:
        self.name = " ".join(str(calendar.get("X-WR-TIMEZONE", "")).split())
        self.zone: tzinfo | None = zone
        if self.name:
            try:
                self.zone = tzp.timezone(self.name)
            except Exception:  # icalendar's lookup of a hostile name: treat it as unknown
                self.zone = None
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
    return _make(begin, max(begin, finish), facts, facts.status)


def _make(start: datetime, end: datetime, facts: EventFacts, skipped: str) -> TimeEntry:
    return TimeEntry(start, end, facts.title, facts.words, facts.where, facts.others, skipped)


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
