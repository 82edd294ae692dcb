"""The QLocale behind ``altitude.i18n.formats``: dates, numbers and percent signs as the
user's language writes them, on the screens, the charts' ticks and the PDF report.

``install_qt_formats()`` is called once at start-up, after ``QLocale.setDefault``; every call
reads ``QLocale()`` afresh, so a test (or a language switched later) that sets another
default locale is followed at once.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from altitude.i18n import formats

ENGLISH_DATE = "d MMM yyyy"  # 23 Nov 2026: no day/month order to misread, the house style

# Percent after a number, as CLDR writes it: German a no-break space, French a narrow
# no-break space (Qt gives the sign but not where it goes).
_PERCENT_SPACE = {
    QLocale.Language.German: "\u00a0",
    QLocale.Language.French: "\u202f",
    QLocale.Language.Swedish: "\u00a0",
    QLocale.Language.NorwegianBokmal: "\u00a0",
    QLocale.Language.Finnish: "\u00a0",
    QLocale.Language.Danish: "\u00a0",
    QLocale.Language.Czech: "\u00a0",
    QLocale.Language.Polish: "\u00a0",
    QLocale.Language.Spanish: "\u00a0",
}
_WEEKDAY = re.compile(r"d{4}[,.]?\s*")  # "dddd, " in "dddd, d. MMMM yyyy"


def medium_date_format(locale: QLocale) -> str:
    """ "d MMM yyyy" in English; elsewhere the locale's long date without its weekday and
    with the month abbreviated: German "d. MMM yyyy", French "d MMM yyyy"."""
    if locale.language() == QLocale.Language.English:
        return ENGLISH_DATE
    pattern = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,")
    return pattern.replace("MMMM", "MMM") if "d" in pattern and "y" in pattern else ENGLISH_DATE


def date_display_format() -> str:
    """A QDateEdit's display format: the dates as the app writes them (Qt's default would
    be the locale's short, two-digit-year form)."""
    return medium_date_format(QLocale())


def day_month_format(locale: QLocale) -> str:
    """The medium date without its year: "d MMM", "d. MMM"."""
    return re.sub(r"[\s,]*y+[\s,.]*", " ", medium_date_format(locale)).strip()


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class QtFormats:
    """``formats.Formats`` through ``QLocale()`` (the default the app set at start-up)."""

    @staticmethod
    def _locale() -> QLocale:
        locale = QLocale()
        # "1234.5", never "1,234.5": hours and shares are small, and a group sign in a
        # number is read as a decimal one in half of Europe.
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        return locale

    def medium_date(self, day: date) -> str:
        locale = self._locale()
        return locale.toString(qdate(day), medium_date_format(locale))

    def long_date(self, day: date) -> str:
        locale = self._locale()
        if locale.language() == QLocale.Language.English:
            return locale.toString(qdate(day), "dddd d MMMM yyyy")  # the house style, no comma
        return locale.toString(qdate(day), QLocale.FormatType.LongFormat)

    def day_month(self, day: date) -> str:
        locale = self._locale()
        return locale.toString(qdate(day), day_month_format(locale))

    def month_year(self, day: date) -> str:
        return self._locale().toString(qdate(day), "MMM yyyy")

    def month_name(self, month: int) -> str:
        return self._locale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)

    def weekday(self, weekday: int, short: bool = False) -> str:
        kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
        return self._locale().standaloneDayName(weekday + 1, kind)  # Qt: Monday = 1

    def number(self, value: float, decimals: int = 0) -> str:
        return self._locale().toString(float(value), "f", decimals)

    def percent(self, value: float, decimals: int = 0) -> str:
        locale = self._locale()
        space = _PERCENT_SPACE.get(locale.language(), "")
        return f"{self.number(value, decimals)}{space}{locale.percent()}"

    def first_day_of_week(self) -> int:
        return self._locale().firstDayOfWeek().value - 1  # Qt: Monday = 1

    def hours(self, number: str) -> str:
        return QCoreApplication.translate("Formats", "{0} h", "hours, abbreviated").format(number)

    def week_of(self, day_month: str) -> str:
        return QCoreApplication.translate("Formats", "Week of {0}").format(day_month)


def install_qt_formats() -> None:
    """Route ``altitude.i18n.formats`` through QLocale (call once, at start-up)."""
    formats.install(QtFormats())
