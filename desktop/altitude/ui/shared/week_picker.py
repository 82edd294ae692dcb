"""Choose the week a check-in is for: this week, or any past week of the plan to correct."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from altitude.domain.weeks import IsoWeek, weeks_between
from altitude.i18n import formats
from altitude.ui.locale_formats import day_month_format, qdate


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckinWeeks", text)


def week_dates(week: IsoWeek) -> str:
    """``16-22 Nov`` (with an en dash) in the user's locale: the Monday to Sunday a week covers."""
    first, last = week.monday(), week.day(6)
    day_month = day_month_format(QLocale())
    # The month once when both days share it: "16-22 Nov" in English, "16.-22. Nov." in German
    start_format = re.sub(r"\s*M+\.?", "", day_month) if first.month == last.month else day_month
    start = QLocale().toString(qdate(first), start_format)
    return f"{start}\u2013{formats.day_month(last)}"


class WeekPicker(QComboBox):
    """Newest week first; logged weeks are marked so a correction is easy to find."""

    week_chosen = Signal(object)  # IsoWeek

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Week"))
        self.setToolTip(tr("Pick a past week to correct it"))
        self.setMinimumContentsLength(30)
        self.currentIndexChanged.connect(self._emit)
        self._quiet = False

    def set_weeks(
        self, first: IsoWeek, today: date, logged: Iterable[IsoWeek], selected: IsoWeek
    ) -> None:
        """Weeks from ``first`` to this week (and ``selected`` even outside that range)."""
        this_week = IsoWeek.of(today)
        done = set(logged)
        weeks = weeks_between(min(first, selected, this_week), max(this_week, selected))
        self._quiet = True
        self.clear()
        for week in weeks:
            self.addItem(self._label(week, this_week, week in done), week)
        self._quiet = False
        self.select(selected)

    def week(self) -> IsoWeek:
        value = self.currentData()
        if not isinstance(value, IsoWeek):
            raise LookupError("the week picker is empty")
        return value

    def index_of(self, week: IsoWeek) -> int:
        """Like ``findData``, which cannot compare Python objects: -1 when not listed."""
        return next((i for i in range(self.count()) if self.itemData(i) == week), -1)

    def select(self, week: IsoWeek) -> None:
        """Show ``week`` without announcing it (the dialog loads it itself)."""
        index = self.index_of(week)
        if index >= 0:
            self._quiet = True
            self.setCurrentIndex(index)
            self._quiet = False

    def _label(self, week: IsoWeek, this_week: IsoWeek, logged: bool) -> str:
        text = f"{week_dates(week)} {week.monday().year}"  # the ISO week only in files
        if week == this_week:
            text += tr(" (this week)")
        if logged:
            text += tr("  ✓ logged")
        return text

    def _emit(self, index: int) -> None:
        if not self._quiet and index >= 0:
            self.week_chosen.emit(self.itemData(index))
