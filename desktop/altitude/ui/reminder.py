"""The weekly check-in reminder: a quiet banner above the pages, never a modal.

``Reminder`` decides when the banner shows: from the chosen check-in weekday on, until
this week is logged (``metrics.checkin_due``). It re-checks on start, every few minutes
while the app is open (the day may change under it) and after every saved change, so
saving the check-in hides it. "Later" hides it until the next day or the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from altitude.domain.entities import PlanState
from altitude.domain.metrics import checkin_due
from altitude.domain.overview import AtAGlance
from altitude.domain.weeks import IsoWeek
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.launchers import show_checkin
from altitude.ui.shared.week_picker import week_dates

RECHECK_MS = 10 * 60 * 1000  # ten minutes: the day changing is the only thing that can't signal

Opener = Callable[[AppContext, QWidget | None, IsoWeek | None], object]


class ReminderBanner(QFrame):
    """ "Your weekly check-in for 2026-W48 is due — two minutes." [Do it now] [Later]"""

    do_it_now = Signal()
    later = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setProperty("level", "info")
        self.setAccessibleName(self.tr("Check-in reminder"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.now_button = QPushButton(self.tr("Do it now"))
        self.now_button.setProperty("role", "primary")
        self.now_button.setAccessibleName(self.tr("Do the weekly check-in now"))
        self.now_button.clicked.connect(self.do_it_now)
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.setAccessibleName(self.tr("Remind me later"))
        self.later_button.setToolTip(self.tr("Hide this until tomorrow"))
        self.later_button.clicked.connect(self.later)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.now_button)
        layout.addWidget(self.later_button)
        self.hide()

    def show_due(self, week: IsoWeek) -> None:
        text = self.tr("This week's check-in ({0}) is due — two minutes.").format(week_dates(week))
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.show()


class Reminder(QObject):
    """Shows ``banner`` while this week's check-in is due; ``clock`` defaults to ctx.today."""

    def __init__(
        self,
        ctx: AppContext,
        banner: ReminderBanner,
        clock: Callable[[], date] | None = None,
        opener: Opener = show_checkin,
        interval_ms: int = RECHECK_MS,
    ) -> None:
        super().__init__(banner)
        self.ctx = ctx
        self.banner = banner
        self.clock = clock or ctx.today
        self.opener = opener  # tests pass one that records instead of opening the dialog
        self._dismissed_on: date | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        ctx.state_changed.connect(self._state_changed)
        banner.do_it_now.connect(self.do_it_now)
        banner.later.connect(self.dismiss)
        self.check()

    def due_week(self, state: AtAGlance | None = None) -> IsoWeek | None:
        """This week, when its check-in is due and there is a plan under way."""
        state = state or self.ctx.overview
        today = self.clock()
        plan = state.plan
        if plan is None or today < plan.start_date:
            return None
        if not checkin_due(state.checkins, today, state.settings.checkin_weekday):
            return None
        return IsoWeek.of(today)

    def check(self, state: AtAGlance | None = None) -> None:
        week = self.due_week(state)
        if week is None or self._dismissed_on == self.clock():
            self.banner.hide()
        else:
            self.banner.show_due(week)

    def showing(self) -> bool:
        return not self.banner.isHidden()

    def dismiss(self) -> None:
        """ "Later": quiet for the rest of today."""
        self._dismissed_on = self.clock()
        self.banner.hide()

    def do_it_now(self) -> None:
        week = self.due_week()
        self.opener(self.ctx, self.banner.window(), week)

    def _state_changed(self, state: PlanState) -> None:
        self.check(state)
