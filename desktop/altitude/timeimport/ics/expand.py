"""Expanding a calendar's series inside a bounded window, with recurring-ical-events.

Why not ``recurring_ical_events.of(calendar).between(...)``:
- ``of`` applies x-wr-timezone, which moves UTC times into the calendar's zone; a weekly
  series written in UTC would then drift an hour across a DST change. Here
  ``X-WR-TIMEZONE`` only gives floating times a zone (see ``reader``).
- One bad RRULE makes ``CalendarQuery`` raise for the whole file, and
  ``skip_bad_series=True`` drops that series silently. Here each series is built on its
  own: a bad one is reported as skipped, with the library's reason.
- ``between`` builds the whole list before returning; a ``FREQ=SECONDLY`` series would
  exhaust memory first. Here each series' generator is read with a cap, and a rule whose
  steps from its start to the window's end would be too many is refused beforehand
  (dateutil walks every step from DTSTART, even before the window).

Exchange writes ``BYDAY=MO, TU, WE`` with spaces, which icalendar keeps as a broken value;
those spaces are removed before anything else, so those series count.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from icalendar import Component, vRecur
from icalendar.prop import vBroken
from recurring_ical_events import EventAdapter, Occurrence, Series

from altitude.timeimport.errors import TimeImportError
from altitude.timeimport.ics.events import moment_of
from altitude.timeimport.limits import MAX_FILE_RULE_STEPS, MAX_RULE_STEPS

_SECONDS = {
    "SECONDLY": 1,
    "MINUTELY": 60,
    "HOURLY": 3600,
    "DAILY": 86400,
    "WEEKLY": 7 * 86400,
    "MONTHLY": 28 * 86400,
    "YEARLY": 365 * 86400,
}
_FINER = {"BYSECOND": 1, "BYMINUTE": 60, "BYHOUR": 3600}  # expand any coarser frequency
_PER_PERIOD = {
    "BYDAY": {"WEEKLY": 1, "MONTHLY": 5, "YEARLY": 53},
    "BYMONTHDAY": {"MONTHLY": 1, "YEARLY": 12},
    "BYYEARDAY": {"YEARLY": 1},
    "BYWEEKNO": {"YEARLY": 7},
    "BYMONTH": {"YEARLY": 1},
}


class _Adapter(EventAdapter):  # type: ignore[misc]  # recurring-ical-events ships no types
    """Keeps the VEVENT in a public attribute, so an occurrence can name its source."""

    def __init__(self, component: Component) -> None:
        super().__init__(component)
        self.event = component


class EventOccurrence(Occurrence):  # type: ignore[misc]
    """An occurrence that knows its VEVENT (the master, or the override that replaced it),
    without the copy that ``Occurrence.as_component`` makes of every one."""

    def __init__(self, adapter: _Adapter, start: Any = None, end: Any = None, sequence: int = -1):
        super().__init__(adapter, start, end, sequence)
        self.event: Component = adapter.event


class _Series(Series):  # type: ignore[misc]
    def occurrence(self, adapter: _Adapter, start: Any = None, end: Any = None) -> EventOccurrence:
        return EventOccurrence(adapter, start, end, sequence=self.sequence)


@dataclass(frozen=True, slots=True)
class BadSeries:
    events: tuple[Component, ...]
    reason: str


def repair_rules(event: Component) -> None:
    """Exchange's ``BYDAY=MO, TU`` (spaces after commas) made readable; others stay broken."""
    rules = event.get("RRULE")
    if not isinstance(rules, vBroken):
        return
    with contextlib.suppress(ValueError, TypeError):  # still broken: skipped with the reason
        event["RRULE"] = vRecur.from_ical(str(rules).replace(" ", ""))


def build_series(
    groups: Iterable[list[Component]], window_end: datetime, source: str
) -> tuple[list[tuple[_Series, tuple[Component, ...]]], list[BadSeries]]:
    """One series per UID; the ones the library cannot build, with its reason."""
    built: list[tuple[_Series, tuple[Component, ...]]] = []
    bad: list[BadSeries] = []
    steps_in_file = 0
    for events in groups:
        try:
            steps = sum(rule_steps(event, window_end) for event in events if "RRULE" in event)
            series = _Series([_Adapter(event) for event in events])
        except TooManySteps as exc:
            raise TimeImportError(f"{source}, {exc}") from None
        except Exception as exc:  # any library failure is this series' alone
            bad.append(BadSeries(tuple(events), _reason(exc)))
            continue
        steps_in_file += steps
        if steps_in_file > MAX_FILE_RULE_STEPS:
            raise TimeImportError(
                f"{source}: its repeating events would take more than {MAX_FILE_RULE_STEPS:,} "
                "steps to expand; ask for earlier weeks with --weeks"
            )
        built.append((series, tuple(events)))
    return built, bad


def occurrences(series: _Series, start: datetime, end: datetime) -> Iterator[EventOccurrence]:
    yield from series.between(start, end)


class TooManySteps(TimeImportError):
    """A rule without a useful bound; re-raised with the file's name."""


def rule_steps(event: Component, window_end: datetime) -> int:
    """About how many steps dateutil takes from DTSTART to the window's end (or UNTIL)."""
    total = 0
    for rule in event["RRULE"] if isinstance(event["RRULE"], list) else [event["RRULE"]]:
        if not isinstance(rule, vRecur):
            raise ValueError(f"its repeat rule cannot be read: {str(rule)[:60]!r}")
        freq = str(_first(rule.get("FREQ")) or "").upper()
        if freq not in _SECONDS:
            raise ValueError(f"its repeat rule has no known FREQ: {freq[:20]!r}")
        interval = max(1, int(_first(rule.get("INTERVAL")) or 1))
        stop = min(_naive_utc(window_end), _naive_utc(_first(rule.get("UNTIL")) or window_end))
        start = moment_of(event, "DTSTART")
        span = (stop - _naive_utc(start)).total_seconds()
        periods = max(0.0, span) / (_SECONDS[freq] * interval) + 1
        steps = periods * _expansion(rule, freq)
        if steps > MAX_RULE_STEPS:
            where = event.get("X-ALTITUDE-LINE", "?")
            title = str(event.get("SUMMARY", ""))[:60]
            raise TooManySteps(
                f"line {where}: {title!r} repeats {freq.lower()} from {start} — "
                f"more than {MAX_RULE_STEPS:,} repetitions to expand; this rule has no useful bound"
            )
        total += int(steps)
    return total


def _expansion(rule: vRecur, freq: str) -> float:
    factor = 1.0
    for part, unit in _FINER.items():
        if part in rule and _SECONDS[freq] > unit:
            factor *= len(rule[part])
    for part, per in _PER_PERIOD.items():
        if part in rule and freq in per:
            factor *= len(rule[part]) * per[freq]
    return factor


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _naive_utc(value: Any) -> datetime:
    """Day-precision arithmetic for the estimate: floating times are taken as UTC."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    raise ValueError("its repeat rule's start or end cannot be read")


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split()).replace("\\", "")
    if len(text) > 120:
        text = text[:117] + "..."
    return f"cannot be expanded: {text}" if text else f"cannot be expanded ({type(exc).__name__})"


def widen(start: datetime, end: datetime) -> tuple[datetime, datetime]:
    """The span asked of the library: floating series compare it as naive wall time, which
    can be off by a zone's offset (at most 14 h), so ask two days more each side."""
    return start - timedelta(days=2), end + timedelta(days=2)
