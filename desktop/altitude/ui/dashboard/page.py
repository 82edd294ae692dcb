"""Dashboard: where the week stands, at a glance.

Six headline cards (day of the plan, last week's strategy share, on track or not, when
the target is reached at this trend, hours freed, check-ins due), the trajectory chart
and what needs attention, with the button that opens this week's check-in. Everything
redraws from each saved change; the chart only when the data it shows changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.overview import AtAGlance
from altitude.domain.weeks import IsoWeek
from altitude.i18n import formats
from altitude.services import Summary, summarize
from altitude.ui.dashboard.attention_list import AttentionPanel
from altitude.ui.dashboard.attention_texts import attention_text
from altitude.ui.dashboard.cards import CardGrid
from altitude.ui.dashboard.chart_cache import PictureFile
from altitude.ui.dashboard.next_steps import NextStepsPanel
from altitude.ui.dashboard.texts import headline
from altitude.ui.dashboard.time_card import TimeCard
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import caption, heading
from altitude.ui.shared.launchers import show_checkin
from altitude.ui.shared.page_base import Page
from altitude.ui.shared.plan_charts import TrajectoryChart

Opener = Callable[[AppContext, QWidget | None, IsoWeek | None], object]
ATTENTION_WIDTH = (260, 380)  # pixels: enough for a sentence a line, never squeezing the chart
NO_PLAN_WIDTH = 520  # pixels: a comfortable line length for the "No plan yet" text


class DashboardPage(Page):
    def __init__(self, ctx: AppContext, opener: Opener = show_checkin) -> None:
        super().__init__(ctx)
        self.title = self.tr("Dashboard")
        self.icon = "dashboard.svg"
        self.opener = opener  # tests pass one that records instead of showing the dialog
        self.summary: Summary | None = None

        title = QLabel(self.title)
        title.setObjectName("pageTitle")
        self.subtitle = caption("")
        self.cards = CardGrid(6)
        self.chart = TrajectoryChart(ctx)
        # The last drawing, painted at once at the next start (matplotlib loads later).
        self.chart.use_pictures(PictureFile.beside(ctx.service.store.path))
        chart_frame = QFrame()
        chart_frame.setObjectName("card")
        chart_layout = QVBoxLayout(chart_frame)
        chart_layout.setContentsMargins(4, 4, 4, 4)
        chart_layout.addWidget(self.chart)
        self.attention = AttentionPanel()
        # At least as wide as its button's text, which is longer in German or French.
        self.attention.setMinimumWidth(
            max(ATTENTION_WIDTH[0], self.attention.minimumSizeHint().width())
        )
        self.attention.setMaximumWidth(ATTENTION_WIDTH[1])
        self.attention.checkin_requested.connect(self.new_item)
        self.time_card = TimeCard()
        self.time_card.setMaximumWidth(ATTENTION_WIDTH[1])
        side = QVBoxLayout()
        side.setSpacing(10)
        side.addWidget(self.attention, 1)
        side.addWidget(self.time_card)

        self.next_steps = NextStepsPanel(ctx, self, self.new_item)  # until the first loop is done
        main = QVBoxLayout()
        main.setSpacing(10)
        main.addWidget(self.next_steps)
        main.addWidget(chart_frame, 1)

        body = QHBoxLayout()
        body.setSpacing(10)
        body.addLayout(main, 3)
        body.addLayout(side, 1)
        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(10)
        content_layout.addWidget(self.cards)
        content_layout.addLayout(body, 1)
        self.no_plan = self._build_no_plan()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.no_plan)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.stack, 1)
        ctx.dark_changed.connect(lambda _dark: self.show_state(self.ctx.overview))
        self.show_state(ctx.overview)

    def _build_no_plan(self) -> QWidget:
        box = QWidget()
        self.start_button = QPushButton(self.tr("Start a plan…"))
        self.start_button.setProperty("role", "primary")
        self.start_button.setAccessibleName(self.tr("Start a plan"))
        self.start_button.clicked.connect(self.start_plan)
        inner = QVBoxLayout()
        inner.addWidget(heading(self.tr("No plan yet")))
        inner.addWidget(caption(self.tr(
            "Altitude follows how your week moves from doing the work to leading it. Start "
            "with a plan: your new role, a horizon (90 days is typical) and the share of "
            "your week you aim to spend on strategy.")))  # fmt: skip
        inner.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(caption(self.tr(
            "Or bring back a plan you exported before: File → Import plan…")))  # fmt: skip
        holder = QWidget()
        holder.setLayout(inner)
        holder.setFixedWidth(NO_PLAN_WIDTH)  # a fixed width lets the wrapped text take its height
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return box

    # ------------------------------------------------------------ showing

    def show_state(self, state: AtAGlance) -> None:
        today = self.ctx.today()
        summary = summarize(state, today)
        self.summary = summary
        planless = state.plan is None and not state.checkins
        shown = self.no_plan if planless else self.content
        if self.stack.currentWidget() is not shown:
            self.stack.setCurrentWidget(shown)
        day = formats.long_day(today)
        subtitle = self.tr("{0} · week {1}").format(day, summary.week.week)
        if self.subtitle.text() != subtitle:
            self.subtitle.setText(subtitle)
        self.cards.show_texts(headline(summary, state), self.ctx.dark)
        self.attention.show_notes([attention_text(a, today) for a in summary.attention_items])
        self.next_steps.show_state(state)
        self.next_steps.guard(self.attention)
        self.next_steps.make_room(self.chart, state)
        self.time_card.show_state(state, summary.week)

    # ------------------------------------------------------------ intent

    def new_item(self) -> None:
        """Ctrl+N here, and the panel's button: this week's check-in."""
        self.opener(self.ctx, self.window(), None)

    def start_plan(self) -> None:
        from altitude.ui.wizard import open_plan_wizard

        open_plan_wizard(self.ctx, self.window())
