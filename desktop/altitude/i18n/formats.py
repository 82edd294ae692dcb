"""Dates, numbers, percent signs and hours in the app's language, for code that knows no Qt.

Like ``altitude.i18n.install`` for texts: the GUI installs a QLocale-backed ``Formats`` at
start-up (``altitude.ui.locale_formats.install_qt_formats``), so the screens, the charts'
ticks and the PDF report say "31. Aug. 2026", "7,5 Std." or "55 %" in German; without it
(the CLI, scripts, tests of the lower layers) everything is today's English: "31 Aug 2026",
"7.5 h", "55%". ISO dates and weeks stay where they are data in a file (the CLI's output,
the JSON export): those never come through here. The words of a format ("h", "Week of")
are translated by the installed ``Formats`` (the GUI's, through Qt's translator): this
module, part of the translation runtime, is not read for messages.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
FULL_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class Formats(Protocol):
    """What the app needs from a locale; ``English`` is the one without Qt."""

    def medium_date(self, day: date) -> str: ...  # "31 Aug 2026"
    def long_date(self, day: date) -> str: ...  # "Monday 31 August 2026"
    def day_month(self, day: date) -> str: ...  # "31 Aug"
    def month_year(self, day: date) -> str: ...  # "Aug 2026"
    def month_name(self, month: int) -> str: ...  # "Aug" (1 = January): a chart's tick
    def weekday(self, weekday: int, short: bool = False) -> str: ...  # 0 = Monday
    def number(self, value: float, decimals: int = 0) -> str: ...  # "7.5"
    def percent(self, value: float, decimals: int = 0) -> str: ...  # "55%"
    def first_day_of_week(self) -> int: ...  # 0 = Monday … 6 = Sunday
    def hours(self, number: str) -> str: ...  # "7.5" -> "7.5 h"
    def week_of(self, day_month: str) -> str: ...  # "31 Aug" -> "Week of 31 Aug"


class English:
    """Today's output, the same on every machine: the CLI's contract and the default."""

    def medium_date(self, day: date) -> str:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"

    def long_date(self, day: date) -> str:
        return f"{DAYS[day.weekday()]} {day.day} {FULL_MONTHS[day.month - 1]} {day.year}"

    def day_month(self, day: date) -> str:
        return f"{day.day} {MONTHS[day.month - 1]}"

    def month_year(self, day: date) -> str:
        return f"{MONTHS[day.month - 1]} {day.year}"

    def month_name(self, month: int) -> str:
        return MONTHS[month - 1]

    def weekday(self, weekday: int, short: bool = False) -> str:
        return DAYS[weekday][:3] if short else DAYS[weekday]

    def number(self, value: float, decimals: int = 0) -> str:
        return f"{value:.{decimals}f}"

    def percent(self, value: float, decimals: int = 0) -> str:
        return f"{value:.{decimals}f}%"

    def first_day_of_week(self) -> int:
        return 0

    def hours(self, number: str) -> str:
        return f"{number} h"

    def week_of(self, day_month: str) -> str:
        return f"Week of {day_month}"


_formats: Formats = English()


def install(formats: Formats | None) -> None:
    """Format through ``formats`` from now on (None: back to English)."""
    global _formats
    _formats = formats or English()


def installed() -> Formats:
    return _formats


def day(value: date) -> str:
    """A date a reader can't misread: "31 Aug 2026", "31. Aug. 2026", "31 août 2026"."""
    return _formats.medium_date(value)


def long_day(value: date) -> str:
    return _formats.long_date(value)


def day_month(value: date) -> str:
    return _formats.day_month(value)


def month_year(value: date) -> str:
    return _formats.month_year(value)


def month_name(month: int) -> str:
    return _formats.month_name(month)


def weekday(index: int, short: bool = False) -> str:
    return _formats.weekday(index, short)


def first_day_of_week() -> int:
    """The locale's first day of the week, 0 = Monday: where a week's grid starts."""
    return _formats.first_day_of_week()


def number(value: float, decimals: int = 0) -> str:
    """``value`` with ``decimals`` places and the locale's decimal sign: "7.5" / "7,5"."""
    return _formats.number(value, decimals)


def _trimmed(value: float, decimals: int) -> tuple[float, int]:
    """``value`` rounded to ``decimals`` places, and how many of them are not trailing zeros."""
    whole = round(value, decimals) + 0.0  # -0.0 + 0.0 is 0.0: never "-0"
    return whole, next((d for d in range(decimals + 1) if round(whole, d) == whole), decimals)


def short_number(value: float, decimals: int = 1) -> str:
    """At most ``decimals`` places, trailing zeros dropped: 7.0 -> "7", 7.25 -> "7.2"."""
    return _formats.number(*_trimmed(value, decimals))


def percent(value: float, decimals: int = 0) -> str:
    """ "55%" in English, "55 %" in German and French (with the locale's no-break space)."""
    return _formats.percent(value, decimals)


def short_percent(value: float, decimals: int = 1) -> str:
    """A share as a plan states it: "25%", "12.5%" (trailing zeros dropped)."""
    return _formats.percent(*_trimmed(value, decimals))


def hours(value: float, decimals: int = 2) -> str:
    """ "7.5 h" / "7,5 Std." / "0,25 h": hours worked, trailing zeros dropped."""
    return _formats.hours(short_number(value, decimals))


def week_of(monday: date, year: bool = False) -> str:
    """A week as a reader names it: "Week of 31 Aug" ("Woche vom 31. Aug."), with
    ``year`` "Week of 31 Aug 2026". The ISO form (2026-W36) stays where a week is data:
    the CLI, the files."""
    return _formats.week_of(day(monday) if year else day_month(monday))


def day_time(value: datetime) -> str:
    """A moment a file was made: "31 Aug 2026 14:05" (24 hours, as a log or a backup)."""
    return f"{day(value.date())} {value:%H:%M}"
