"""What one VEVENT (a series' master or one override) says about itself: its title and
words, whether it is cancelled, all-day or declined by the user, who else is in it, and
anything unreadable in its times.

Declined is read from the user's *own* ATTENDEE line only, found by address: compared
without ``mailto:``, ignoring case and all white space (a fold inside an address leaves a
space behind: ``hcabot@ example.com``). Other attendees' answers do not matter.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from icalendar import Component
from icalendar.prop import vBroken

from altitude.timeimport.reading import normal_address

ALTITUDE_LINE = "X-ALTITUDE-LINE"  # stamped on each event before expansion: where it began
_TIME_PROPERTIES = ("DTSTART", "DTEND", "RECURRENCE-ID")


@dataclass(frozen=True, slots=True)
class EventFacts:
    title: str
    words: tuple[str, ...]
    where: str
    status: str  # why it counts 0 ("cancelled", "declined"), or ""
    all_day: bool
    others: int
    exact_duration: timedelta | None  # DURATION (no DTEND): its time part is exact
    problem: str  # an unreadable time, an unknown zone: the whole series is skipped
    recurrence_id: Any = None  # an override's RECURRENCE-ID: the start it replaces


def moment_of(event: Component, name: str) -> Any:
    """A property's parsed value (date, datetime, timedelta), or None when absent or
    broken. Loosely typed on purpose: icalendar's property union has some 30 members."""
    value = event.get(name)
    return None if value is None or isinstance(value, vBroken) else getattr(value, "dt", None)


def facts_of(event: Component, me: frozenset[str], cancelled_calendar: bool) -> EventFacts:
    title = " ".join(str(event.get("SUMMARY", "")).split()) or "(no title)"
    words = (str(event.get("SUMMARY", "")), *_categories(event))
    attendees = _list(event.get("ATTENDEE"))
    mine = [a for a in attendees if normal_address(a) in me]
    declined = any(str(a.params.get("PARTSTAT", "")).upper() == "DECLINED" for a in mine)
    cancelled = cancelled_calendar or str(event.get("STATUS", "")).upper() == "CANCELLED"
    return EventFacts(
        title=title,
        words=words,
        where=f"line {event.get(ALTITUDE_LINE, '?')}",
        status="cancelled" if cancelled else "declined" if declined else "",
        all_day=_all_day(event),
        others=_others(attendees, _list(event.get("ORGANIZER")), me),
        exact_duration=_exact_duration(event),
        problem=time_problem(event),
        recurrence_id=moment_of(event, "RECURRENCE-ID"),
    )


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _categories(event: Component) -> list[str]:
    words: list[str] = []
    for group in _list(event.get("CATEGORIES")):
        words.extend(str(word) for word in getattr(group, "cats", [group]))
    return words


def _all_day(event: Component) -> bool:
    """A date-only start, or Outlook's flag on a midnight-to-midnight date-time event."""
    start = moment_of(event, "DTSTART")
    if isinstance(start, date) and not isinstance(start, datetime):
        return True
    return str(event.get("X-MICROSOFT-CDO-ALLDAYEVENT", "")).upper() == "TRUE"


def _others(attendees: Iterable[Any], organizers: Iterable[Any], me: frozenset[str]) -> int:
    """People besides the user. Without the user's addresses, one of them is taken to be
    the user (a calendar often lists its owner as organizer or attendee)."""
    addresses = {normal_address(a) for a in [*attendees, *organizers]} - {""}
    if me:
        return len(addresses - me)
    return max(0, len(addresses) - 1)


def _exact_duration(event: Component) -> timedelta | None:
    if "DTEND" in event or "DURATION" not in event:
        return None
    value = moment_of(event, "DURATION")
    return value if isinstance(value, timedelta) else None


def time_problem(event: Component) -> str:
    """Why this event's times cannot be used, or "" when they can."""
    if "DTSTART" not in event:
        return "it has no start (DTSTART)"
    for name in _TIME_PROPERTIES:
        if name not in event:
            continue
        value = moment_of(event, name)
        if not isinstance(value, date):
            return f"its {name} cannot be read: {str(event[name])[:40]!r}"
        zone = getattr(event[name], "params", {}).get("TZID")
        if zone and isinstance(value, datetime) and value.tzinfo is None:
            return f"its {name} is in an unknown time zone {str(zone)[:60]!r}"
    if "DURATION" in event and not isinstance(moment_of(event, "DURATION"), timedelta):
        return f"its DURATION cannot be read: {str(event['DURATION'])[:40]!r}"
    duration = _exact_duration(event)
    if duration is not None and duration < timedelta(0):
        return "its DURATION is negative"
    return _order_problem(moment_of(event, "DTSTART"), moment_of(event, "DTEND"))


def _order_problem(start: date, end: date | None) -> str:
    """recurring-ical-events would swap the two ends silently; say so instead."""
    if end is None or type(end) is not type(start):
        return ""
    try:
        backwards = end < start
    except TypeError:  # one floating, one with a zone: nothing to compare them by
        return ""
    return "it ends before it starts" if backwards else ""
