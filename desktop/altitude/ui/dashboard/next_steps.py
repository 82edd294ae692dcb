"""The dashboard's "Your first steps": once round the loop, each step one click from its
screen, ticked off from the data (``domain.guidance.next_steps``), gone when all are done.

A step opens its page by the page's sidebar title; a step whose page the app does not
have (yet) is left out rather than offered as a dead end. The check-in step opens the
check-in dialog. While the loop is unfinished the "Needs attention" panel never says
that nothing needs attention: it points here instead.

The dashboard first draws from the Overview (``domain.overview``), which holds no items,
themes or narrative; the panel then waits for the first paint and reads the whole plan,
so start-up is not held up and no step is ticked or missed on partial data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.guidance.next_steps import LIST_ORDER, Step, StepStatus, first_loop
from altitude.domain.guidance.situations import Situation, guide_for
from altitude.domain.overview import AtAGlance
from altitude.errors import AltitudeError
from altitude.i18n import QT_TRANSLATE_NOOP, translate_marked
from altitude.ui.dashboard.attention_list import AttentionPanel
from altitude.ui.shared.chart_canvas import MIN_HEIGHT as CHART_HEIGHT
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import caption, heading

HINTS = 2  # example outcomes named under "hand over a first outcome"
PADDING = 10 + 12 + 2 * 6 + 4  # the margins, the spacing and a little slack
EMPTY_CHART_HEIGHT = 110  # pixels: the empty chart's one line, with room around it
MIN_HEIGHT = 150  # pixels: the title, the intro and two or three steps


def tr(text: str) -> str:
    return QCoreApplication.translate("NextSteps", text)


def page_title(step: Step) -> str | None:
    """The sidebar title of the page a step opens (None: the check-in dialog)."""
    titles = {
        Step.WEIGH: QT_TRANSLATE_NOOP("Pages", "Inventory"),
        Step.TEAM: QT_TRANSLATE_NOOP("Pages", "Team"),
        Step.OUTCOME: QT_TRANSLATE_NOOP("Pages", "Delegation"),
        Step.DECISION: QT_TRANSLATE_NOOP("Pages", "Decisions"),
        Step.FEEDBACK: QT_TRANSLATE_NOOP("Pages", "Feedback"),
        Step.NARRATIVE: QT_TRANSLATE_NOOP("Pages", "Narrative"),
        Step.BOSS: QT_TRANSLATE_NOOP("Pages", "Relationships"),
    }
    title = titles.get(step)
    return None if title is None else translate_marked("Pages", title)


def available_titles() -> list[str]:
    from altitude.ui.page_registry import page_specs

    return [title for title, _build in page_specs()]


def offered_steps(titles: Sequence[str]) -> list[Step]:
    """The steps whose page is among ``titles`` (the check-in needs none)."""
    return [s for s in LIST_ORDER if (t := page_title(s)) is None or t in titles]


def sentence(status: StepStatus) -> str:
    """One sentence: what to do, and why it matters."""
    return {
        Step.WEIGH: tr("Weigh your items: decide for each what you keep, hand over or stop."),
        Step.TEAM: tr("Add your team: the people you can hand work to."),
        Step.OUTCOME: tr(
            "Hand over a first outcome: a result someone else owns, with a measure of success."
        ),
        Step.CHECKIN: tr("Log your first weekly check-in: where your hours went, in two minutes."),
        Step.DECISION: tr("Record a first decision: what you chose, and how sure you were."),
        Step.FEEDBACK: tr(
            "Ask for feedback: note what someone told you, or rate yourself on a theme."
        ),
        Step.NARRATIVE: tr(
            "Write your narrative: what is really going on, and how you will deal with it."
        ),
        Step.BOSS: tr(
            "Meet your boss: add them to your relationships and note a first conversation."
        ),
    }[status.step]


def weigh_hint(status: StepStatus) -> str:
    if not status.total:
        return tr("First list what fills your week, with its hours.")
    return tr("{0} of {1} items still undecided.").format(status.open_count, status.total)


def intro_text(statuses: Sequence[StepStatus], situation: Situation | None) -> str:
    """One line: how far along, and what set the order when the situation did."""
    done = tr("{0} of {1} done").format(sum(s.done for s in statuses), len(statuses))
    if situation is None:
        return done
    name = translate_marked("Situations", guide_for(situation).name)
    return tr("{0} · in the order for {1} (a rule of thumb, after Watkins)").format(done, name)


def button_text(step: Step) -> str:
    return {
        Step.WEIGH: tr("Open Inventory"),
        Step.TEAM: tr("Open Team"),
        Step.OUTCOME: tr("Open Delegation"),
        Step.CHECKIN: tr("Log a check-in"),
        Step.DECISION: tr("Open Decisions"),
        Step.FEEDBACK: tr("Open Feedback"),
        Step.NARRATIVE: tr("Open Narrative"),
        Step.BOSS: tr("Open Relationships"),
    }[step]


def outcome_examples(state: AtAGlance) -> tuple[str, ...]:
    """The plan's role family's example outcomes, or none when it names no family."""
    family_id = state.plan.family if state.plan else ""
    if not family_id:
        return ()
    from altitude.services.guidance.families import load_families

    try:
        return load_families().by_id(family_id).outcomes[:HINTS]
    except AltitudeError:  # a damaged or unknown family: the step still stands without
        return ()


def open_page(window: QWidget, title: str) -> bool:
    """Show the window's page titled ``title``; False when there is none."""
    sidebar = getattr(window, "sidebar", None)
    show_page = getattr(window, "show_page", None)
    if sidebar is None or show_page is None:
        return False
    for row in range(sidebar.count()):
        if sidebar.item(row).text() == title:
            show_page(row)
            return True
    return False


class StepRow:
    """A step's tick, sentence and button, in the panel's grid."""

    def __init__(self, step: Step, grid: QGridLayout, row: int, clicked: Callable[[], None]):
        self.step = step
        self.tick = QLabel()
        self.tick.setObjectName("stepTick")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = caption("")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(button_text(step))
        self.button.setAccessibleName(button_text(step))
        self.button.clicked.connect(clicked)
        grid.addWidget(self.tick, row * 2, 0)
        grid.addWidget(self.text, row * 2, 1)
        grid.addWidget(self.button, row * 2, 2)
        grid.addWidget(self.hint, row * 2 + 1, 1, 1, 2)

    def show(self, status: StepStatus, number: int, hint: str) -> None:
        self.tick.setText("✓" if status.done else f"{number}.")
        self.text.setText(sentence(status))
        self.text.setEnabled(not status.done)  # greyed once done, still readable
        self.text.setAccessibleName(
            (tr("Done: {0}") if status.done else "{0}").format(sentence(status))
        )
        self.button.setVisible(not status.done)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint) and not status.done)


class NextStepsPanel(QFrame):
    def __init__(self, ctx: AppContext, page: QWidget, open_checkin: Callable[[], None]) -> None:
        super().__init__()
        self.ctx = ctx
        self.page = page
        self.open_checkin = open_checkin
        self.setObjectName("card")
        self.setAccessibleName(tr("Your first steps"))
        self.statuses: tuple[StepStatus, ...] = ()
        self.known = False  # until the first show_state
        self.title = heading(tr("Your first steps"))
        self.intro = caption("")
        self.intro.setToolTip(
            tr(
                "Each step ticks itself off once it is done in your plan; the list goes "
                "when all are."
            )
        )
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowStretch(2 * len(LIST_ORDER), 1)  # room to spare goes below the steps
        self.rows: dict[Step, StepRow] = {}
        self._steps = offered_steps(available_titles())
        for index, step in enumerate(self._steps):
            self.rows[step] = StepRow(step, self.grid, index, self._opener(step))
        self.inner = QWidget()
        self.inner.setLayout(self.grid)
        self.grid.setContentsMargins(0, 0, 4, 0)
        # The steps scroll when the window is short: the chart below keeps its least height
        # and a wrapped line is never clipped.
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.inner)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.viewport().setAutoFillBackground(False)
        self.inner.setAutoFillBackground(False)  # after setWidget, which turns it on
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.scroller, 1)
        # its own height when there is room, less (scrolling) when not; never more
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()

    # ------------------------------------------------------------ sizing

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Tall enough for every step at this width (wrapped lines included); the layout
        may give less, and the steps then scroll."""
        hint = super().sizeHint()
        width = self.scroller.viewport().width() or hint.width()
        rows = self.grid.totalHeightForWidth(width) if self.grid.hasHeightForWidth() else 0
        rows = max(rows, self.inner.sizeHint().height())
        top = self.title.sizeHint().height() + self.intro.heightForWidth(max(width, 1))
        extra = PADDING
        return QSize(hint.width(), top + rows + extra)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        return QSize(hint.width(), MIN_HEIGHT)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # a new width: a new height for the wrapped lines

    # ------------------------------------------------------------ showing

    @property
    def finished(self) -> bool:
        """Known to be done: only then may the dashboard say nothing needs attention."""
        return self.known and all(s.done for s in self.statuses)

    def show_state(self, state: AtAGlance) -> None:
        if state.plan is None:  # no plan: the dashboard offers to start one
            self.known, self.statuses = True, ()
            self.hide()
            return
        self.known = True  # the Overview counts what the steps ask (``Overview.loop``)
        self.statuses = first_loop(state, state.plan.situation, self._steps)
        if self.finished:
            self.hide()
            return
        self.intro.setText(intro_text(self.statuses, state.plan.situation))
        outcome_open = any(s.step == Step.OUTCOME and not s.done for s in self.statuses)
        # The role families are read (13 files) only when the hint will show.
        examples = outcome_examples(state) if outcome_open else ()
        hint = (
            tr("For example: {0}").format("; ".join(f"“{e}”" for e in examples)) if examples else ""
        )
        hints = {Step.OUTCOME: hint}
        # The open steps first, in the situation's order, so a short window shows what to do
        # next; the done ones below them, ticked.
        shown = [s for s in self.statuses if not s.done] + [s for s in self.statuses if s.done]
        for index, status in enumerate(shown):
            row = self.rows[status.step]
            if status.step == Step.WEIGH:
                hints[Step.WEIGH] = weigh_hint(status)
            row.show(status, index + 1, hints.get(status.step, ""))
            self._place(row, index)
        buttons = [self.rows[s.step].button for s in shown if not s.done]
        for first, second in pairwise(buttons):  # Tab goes down the list as it is seen
            QWidget.setTabOrder(first, second)
        self.show()

    def _place(self, row: StepRow, index: int) -> None:
        """Put a row at ``index`` in the grid: the order follows the plan's situation."""
        for column, widget in ((0, row.tick), (1, row.text), (2, row.button)):
            self.grid.removeWidget(widget)
            self.grid.addWidget(widget, index * 2, column)  # centred on the button's line
        self.grid.removeWidget(row.hint)
        self.grid.addWidget(row.hint, index * 2 + 1, 1, 1, 2)

    def make_room(self, chart: QWidget, state: AtAGlance) -> None:
        """While the steps show and no week is logged, the chart has only its "log your
        first check-in" to say: it may be shorter, so more steps show without scrolling."""
        empty = not self.isHidden() and not state.checkins
        height = EMPTY_CHART_HEIGHT if empty else CHART_HEIGHT
        if chart.minimumHeight() != height:
            chart.setMinimumHeight(height)

    def guard(self, attention: AttentionPanel) -> None:
        """Never "nothing needs your attention" while the first loop is unfinished."""
        original = attention.property("nothingText")
        if original is None:
            original = attention.empty.text()
            attention.setProperty("nothingText", original)
        if self.finished:
            attention.empty.setText(str(original))
        elif not self.known:
            attention.empty.setText("")
        else:
            attention.empty.setText(tr("Nothing is due yet: start with your first steps."))

    def texts(self) -> list[str]:
        """The steps, in the situation's order, as a screen reader reads them."""
        if self.isHidden():
            return []
        return [self.rows[s.step].text.accessibleName() for s in self.statuses]

    # ------------------------------------------------------------ intent

    def _opener(self, step: Step) -> Callable[[], None]:
        return lambda: self.open_step(step)

    def open_step(self, step: Step) -> None:
        title = page_title(step)
        if title is None:
            self.open_checkin()
            return
        if not open_page(self.page.window(), title):
            self.ctx.status_message.emit(tr("That page is not in this version of Altitude."))
