"""Dates, numbers and percent signs: English without Qt (the CLI's contract), the locale's
own forms through QLocale in the GUI, and the charts' date ticks in the app's language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from altitude.charts.date_values import tick_labels
from altitude.domain.metrics import format_hours
from altitude.i18n import formats
from altitude.ui.locale_formats import QtFormats, date_display_format

DAY = date(2026, 8, 31)  # a Monday


@pytest.fixture
def english() -> Iterator[None]:
    before = formats.installed()
    formats.install(None)
    yield
    formats.install(before)


@pytest.fixture
def qt_in() -> Iterator[object]:
    """qt_in("de_DE"): QtFormats installed under that default locale."""
    before_formats, before_locale = formats.installed(), QLocale()
    formats.install(QtFormats())

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before_locale)
    formats.install(before_formats)


def test_without_qt_everything_is_the_english_of_before(english: None) -> None:
    assert formats.day(DAY) == "31 Aug 2026"
    assert formats.long_day(DAY) == "Monday 31 August 2026"
    assert formats.day_month(DAY) == "31 Aug"
    assert formats.month_year(DAY) == "Aug 2026"
    assert formats.number(1234.5, 1) == "1234.5"
    assert formats.short_number(7.0) == "7" and formats.short_number(7.25, 2) == "7.25"
    assert formats.short_number(-0.001, 2) == "0"
    assert formats.percent(55) == "55%" and formats.short_percent(12.5) == "12.5%"
    assert formats.hours(7.5) == "7.5 h" and format_hours(0.25) == "0.25 h"
    assert formats.week_of(DAY) == "Week of 31 Aug"
    assert formats.week_of(DAY, year=True) == "Week of 31 Aug 2026"
    assert formats.day_time(datetime(2026, 8, 31, 9, 5)) == "31 Aug 2026 09:05"
    assert formats.weekday(6) == "Sunday" and formats.first_day_of_week() == 0


@pytest.mark.parametrize(
    ("locale", "day", "long", "day_month", "number", "percent", "first"),
    [
        ("en_GB", "31 Aug 2026", "Monday 31 August 2026", "31 Aug", "7.5", "55%", 0),
        ("de_DE", "31. Aug. 2026", "Montag, 31. August 2026", "31. Aug.", "7,5", "55\u00a0%", 0),
        ("fr_FR", "31 août 2026", "lundi 31 août 2026", "31 août", "7,5", "55\u202f%", 0),
        ("en_US", "31 Aug 2026", "Monday 31 August 2026", "31 Aug", "7.5", "55%", 6),
    ],
)  # fmt: skip
def test_in_the_gui_the_locale_writes_them(
    qt_in, locale, day, long, day_month, number, percent, first
) -> None:  # type: ignore[no-untyped-def]
    qt_in(locale)
    assert formats.day(DAY) == day
    assert formats.long_day(DAY) == long
    assert formats.day_month(DAY) == day_month
    assert formats.number(7.5, 1) == number
    assert formats.number(1234.5, 1).startswith("1234")  # no group sign in a number read aloud
    assert formats.percent(55) == percent
    assert formats.first_day_of_week() == first


def test_a_date_field_shows_its_date_as_the_app_writes_it(qt_in) -> None:  # type: ignore[no-untyped-def]
    qt_in("de_DE")
    assert date_display_format() == "d. MMM yyyy"
    qt_in("fr_FR")
    assert date_display_format() == "d MMM yyyy"


def test_chart_ticks_name_months_in_the_app_language(qt_in) -> None:  # type: ignore[no-untyped-def]
    months = [date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1), date(2027, 2, 1)]
    qt_in("fr_FR")
    assert tick_labels(months) == ["nov.", "déc.", "2027", "févr."]
    qt_in("de_DE")
    weeks = [date(2026, 11, 23), date(2026, 11, 30), date(2026, 12, 7)]
    assert tick_labels(weeks) == ["23. Nov.", "30", "7. Dez."]
    years = [date(2026, 1, 1), date(2027, 1, 1)]
    assert tick_labels(years) == ["2026", "2027"]
