"""ISO weeks (``2026-W47``): the unit every check-in and chart is keyed by."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import total_ordering

from altitude.errors import AltitudeError

_WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})$")


class WeekError(AltitudeError, ValueError):
    """A week string that is not a real ISO week."""


@total_ordering
@dataclass(frozen=True, slots=True)
class IsoWeek:
    year: int
    week: int

    def __post_init__(self) -> None:
        try:
            date.fromisocalendar(self.year, self.week, 1)
        except ValueError:
            raise WeekError(
                f"{self.year}-W{self.week:02d} is not a week: "
                f"{self.year} has weeks 01 to {weeks_in_year(self.year):02d}"
            ) from None

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        match = _WEEK_RE.match(text.strip())
        if not match:
            raise WeekError(f"'{text}' is not a week; write it like 2026-W47")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: date) -> IsoWeek:
        iso = day.isocalendar()
        return cls(iso.year, iso.week)

    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    def day(self, weekday: int) -> date:
        """The date of ``weekday`` (0 = Monday) in this week."""
        return self.monday() + timedelta(days=weekday)

    def __add__(self, weeks: int) -> IsoWeek:
        return IsoWeek.of(self.monday() + timedelta(weeks=weeks))

    def __sub__(self, other: IsoWeek) -> int:
        """Whole weeks from ``other`` to ``self``."""
        return (self.monday() - other.monday()).days // 7

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, IsoWeek):
            return NotImplemented
        return (self.year, self.week) < (other.year, other.week)

    def __str__(self) -> str:
        return f"{self.year}-W{self.week:02d}"


def weeks_in_year(year: int) -> int:
    return date(year, 12, 28).isocalendar().week


def weeks_between(first: IsoWeek, last: IsoWeek) -> list[IsoWeek]:
    """From ``last`` back to ``first``, newest first; empty when ``first`` is after ``last``."""
    return [last + -n for n in range(last - first + 1)]
