"""Time entries read from a calendar or a time tracker, and how they fall into ISO weeks.

The arithmetic the import promises (docs/TIME-IMPORT.md says it for users):

- **Elapsed time.** Both ends are converted to UTC before subtracting. Python's ``end -
  start`` on two datetimes sharing one ``tzinfo`` gives the *wall* difference (a 01:00 to
  04:00 night across the spring change would be 3 h; it is 2 h).
- **Weeks** begin at Monday 00:00 in the user's zone; an entry is cut there and each piece
  counts in its own week. An entry's end is exclusive.
- **Ambiguous wall times** (RFC 5545): a time that occurs twice means its first
  occurrence (``fold=0``); one inside a spring gap uses the offset in force before the gap.
  ``zoneinfo`` already does both with ``fold=0``; zones built from a file's VTIMEZONE
  (dateutil's) put a gap time *after* the gap, hence ``to_utc``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from altitude.domain.weeks import IsoWeek

SHORT_BLOCK = timedelta(minutes=30)  # a block shorter than this counts as fragmented


@dataclass(frozen=True, slots=True)
class TimeEntry:
    """One stretch of time: an event occurrence, a tracker row, a Timewarrior interval.

    ``start`` and ``end`` are aware UTC datetimes, ``end`` exclusive. ``words`` are the
    texts a rule's words are looked for in (summary and categories, description and
    project, tags ...). ``others`` counts the people besides the user (meeting load).
    ``skipped`` is the reason it counts 0 ("all-day", "cancelled", ...), empty when it
    counts. ``where`` names its place in the file ("line 12", "row 3").
    """

    start: datetime
    end: datetime
    title: str
    words: tuple[str, ...] = ()
    where: str = ""
    others: int = 0
    skipped: str = ""
    moved: bool = False

    @property
    def seconds(self) -> int:
        return whole_seconds(self.end - self.start)


def whole_seconds(span: timedelta) -> int:
    """Every source here writes whole seconds; rounding keeps sums exact integers."""
    return round(span.total_seconds())


def to_utc(moment: datetime) -> datetime:
    """An aware datetime as UTC, reading ambiguous wall times as RFC 5545 says.

    A time that occurs twice is its first occurrence unless ``fold=1`` asks for the
    second; one that does not exist (spring gap) uses the UTC offset in force before the
    gap, i.e. a day earlier."""
    zone = moment.tzinfo
    if zone is None:
        raise ValueError("to_utc needs an aware datetime")
    utc = moment.astimezone(UTC)
    if utc.astimezone(zone).replace(tzinfo=None) == moment.replace(tzinfo=None):
        return utc
    before = (moment - timedelta(days=1)).utcoffset() or timedelta(0)
    return (moment.replace(tzinfo=None, fold=0) - before).replace(tzinfo=UTC)


def wall_to_utc(wall: datetime, zone: tzinfo) -> datetime:
    """A naive wall time in ``zone`` as UTC (see ``to_utc``; its ``fold`` is kept)."""
    return to_utc(wall.replace(tzinfo=zone))


def local_midnight(day: date, zone: tzinfo) -> datetime:
    """The UTC instant of 00:00 on ``day`` in ``zone``."""
    return wall_to_utc(datetime.combine(day, time(0)), zone)


def local_day(moment: datetime, zone: tzinfo) -> date:
    return moment.astimezone(zone).date()


@dataclass(frozen=True, slots=True)
class WeekWindow:
    """The weeks first..last (inclusive) in one zone, with each Monday 00:00 as UTC."""

    first: IsoWeek
    last: IsoWeek
    zone: tzinfo
    mondays: tuple[datetime, ...]  # len = weeks + 1: the last is the Monday after ``last``

    @classmethod
    def of(cls, first: IsoWeek, last: IsoWeek, zone: tzinfo) -> WeekWindow:
        if last < first:
            raise ValueError(f"{last} comes before {first}")
        count = last - first + 1
        mondays = tuple(local_midnight((first + n).monday(), zone) for n in range(count + 1))
        return cls(first, last, zone, mondays)

    @property
    def start(self) -> datetime:
        return self.mondays[0]

    @property
    def end(self) -> datetime:
        return self.mondays[-1]

    def holds(self, entry: TimeEntry) -> bool:
        """Whether any of ``entry`` falls inside (a zero-length one: its start)."""
        if entry.start == entry.end:
            return self.start <= entry.start < self.end
        return entry.start < self.end and entry.end > self.start

    def weeks(self) -> Iterator[IsoWeek]:
        for n in range(len(self.mondays) - 1):
            yield self.first + n

    def pieces(self, start: datetime, end: datetime) -> Iterator[tuple[int, int]]:
        """(week index, seconds) for the parts of [start, end) inside the window."""
        start, end = max(start, self.start), min(end, self.end)
        if end <= start:
            return
        index = bisect_right(self.mondays, start) - 1
        while start < end:
            cut = min(end, self.mondays[index + 1])
            yield index, whole_seconds(cut - start)
            start, index = cut, index + 1


def window_around(entries: list[TimeEntry], zone: tzinfo) -> WeekWindow | None:
    """The weeks from the first entry's start to the last one's end (None when empty)."""
    if not entries:
        return None
    first = IsoWeek.of(local_day(min(e.start for e in entries), zone))
    # the end is exclusive: an entry ending at Monday 00:00 adds no week
    last_end = max(max(e.start, e.end - timedelta(seconds=1)) for e in entries)
    last = IsoWeek.of(local_day(last_end, zone))
    return WeekWindow.of(first, last, zone)


def is_short(entry: TimeEntry) -> bool:
    """A block shorter than 30 minutes: the whole entry, not its piece of one week."""
    return entry.end - entry.start < SHORT_BLOCK
