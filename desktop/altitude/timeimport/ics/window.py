"""The weeks a preview covers when none are asked for: from the first to the last date the
calendar writes down (starts, ends, moved occurrences, each rule's UNTIL, and where its
COUNT ends at the latest). A series that runs on is shown up to there; more than
``MAX_WINDOW_WEEKS`` is refused, asking for ``--weeks``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from icalendar import Component, vRecur

from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.entries import WeekWindow
from altitude.timeimport.errors import TimeImportError
from altitude.timeimport.ics.events import moment_of
from altitude.timeimport.limits import MAX_WINDOW_WEEKS


def default_window(events: list[Component], zone: tzinfo, source: str) -> WeekWindow | None:
    """From the first to the last date the file writes down (None when it writes none)."""
    days = [day for event in events for day in _written_days(event, zone)]
    if not days:
        return None
    first, last = IsoWeek.of(min(days)), IsoWeek.of(max(days))
    if last - first >= MAX_WINDOW_WEEKS:
        raise TimeImportError(
            f"{source}: its events run from {first} to {last}; "
            "say which weeks to read with --weeks, e.g. --weeks 2026-W01..2026-W12"
        )
    return WeekWindow.of(first, last, zone)


def _written_days(event: Component, zone: tzinfo) -> Iterator[date]:
    """DTSTART, DTEND, RECURRENCE-ID, each rule's UNTIL, and where its COUNT ends at the
    latest (every step one occurrence), as local dates."""
    start = moment_of(event, "DTSTART")
    values = [start, moment_of(event, "DTEND"), moment_of(event, "RECURRENCE-ID")]
    rules = event.get("RRULE")
    for rule in rules if isinstance(rules, list) else [rules]:
        if isinstance(rule, vRecur):  # a broken rule is reported when its series is built
            values.extend(rule.get("UNTIL") or [])
            values.append(_count_end(start, rule))
    for value in values:
        if isinstance(value, datetime):
            yield value.astimezone(zone).date() if value.tzinfo else value.date()
        elif isinstance(value, date):
            yield value


_COUNT_DAYS = {"DAILY": 1, "WEEKLY": 7, "MONTHLY": 31, "YEARLY": 366}


def _count_end(start: Any, rule: vRecur) -> date | None:
    count, freq = rule.get("COUNT"), rule.get("FREQ")
    if not isinstance(start, date) or not count or not freq:
        return None
    day = start.date() if isinstance(start, datetime) else start
    try:
        steps = (int(count[0]) - 1) * max(1, int((rule.get("INTERVAL") or [1])[0]))
    except (TypeError, ValueError):
        return None
    days = _COUNT_DAYS.get(str(freq[0]).upper(), 0) * min(steps, MAX_WINDOW_WEEKS * 7)
    return day + timedelta(days=min(days, (MAX_WINDOW_WEEKS - 1) * 7))
