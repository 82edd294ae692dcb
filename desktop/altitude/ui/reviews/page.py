"""Reviews: stop at each milestone (day 30, 60, 90 and any you add) and look.

Watkins (*The First 90 Days*): the 90 days in three 30-day blocks, with a check with the
boss after each. The page lists the plan's milestones with their dates and where each
stands (done, due, overdue, upcoming), puts the next one first with "Start the day-N
review…", and shows a done review's keep / stop / start with its one-page boss sheet.
Every change goes through ``ctx.perform``: saved at once, undoable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.arcs.review_context import (
    MilestoneRow,
    MilestoneState,
    milestone_rows,
    review_context,
)
from altitude.domain.entities import PlanState
from altitude.i18n import formats
from altitude.ui.reviews import texts
from altitude.ui.reviews.boss_export import export_boss_sheet
from altitude.ui.reviews.wizard import ReviewWizard
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import action_button, caption, format_day, heading
from altitude.ui.shared.page_base import Page

COLUMNS = 4
VISIBLE_ROWS = 10


def milestone_name(row: MilestoneRow, day_name: str) -> str:
    """ "Day 30 — first hand-overs running": the label without the "30 days:" it often
    starts with (the wizard's labels do), which would say the day twice."""
    label = row.label.strip()
    prefix = f"{row.day} days"
    if label.casefold().startswith(prefix):
        label = label[len(prefix) :].lstrip(" :—-")
    return f"{day_name} — {label}" if label else day_name


def _value(text: str, accessible: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(accessible)
    return label


class ReviewsPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.title = self.tr("Reviews")
        self.wizard: ReviewWizard | None = None  # the open review, for tests
        self._rows: list[MilestoneRow] = []
        tr = self.tr

        self.next_text = QLabel()
        self.next_text.setWordWrap(True)
        self.next_text.setAccessibleName(tr("The next milestone review"))
        self.start_button = action_button(
            tr("Start the review…"), self.start_next, tr("The guided review, in seven steps")
        )
        self.start_button.setProperty("role", "primary")
        banner = QFrame()
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(banner)
        row.addWidget(self.next_text, 1)
        row.addWidget(self.start_button)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setAccessibleName(tr("Milestones and their reviews"))
        self.table.setHorizontalHeaderLabels(
            [tr("Milestone"), tr("Due on"), tr("State"), tr("Reviewed on")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.table.doubleClicked.connect(lambda _i: self._open_selected())

        self.detail_title = heading("")
        self.keep = _value("", tr("What to keep"))
        self.stop = _value("", tr("What to stop"))
        self.start = _value("", tr("What to start"))
        self.adjusted = _value("", tr("The adjustment"))
        self.needs = _value("", tr("What you need from your boss"))
        self.detail_form = QWidget()
        form = QFormLayout(self.detail_form)
        form.addRow(tr("Keep:"), self.keep)
        form.addRow(tr("Stop:"), self.stop)
        form.addRow(tr("Start:"), self.start)
        form.addRow(tr("Adjusted:"), self.adjusted)
        form.addRow(tr("From your boss:"), self.needs)
        self.detail_note = caption("")
        self.sheet_button = action_button(
            tr("Boss sheet (PDF)…"), self.boss_sheet,
            tr("One page for the conversation with your boss"),
        )  # fmt: skip
        self.review_button = action_button(
            tr("Review now…"), self._open_selected, tr("Hold the selected milestone's review")
        )
        self.delete_button = action_button(
            tr("Delete review"),
            self.delete_review,
            tr("Delete the selected review; Ctrl+Z undoes it"),
        )
        buttons = QHBoxLayout()
        for button in (self.sheet_button, self.review_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Milestone reviews")))
        layout.addWidget(
            caption(
                tr(
                    "A 30/60/90-day plan is only a plan if you stop and look. At each milestone: "
                    "where you stand, what you handed over, what to keep, stop and start — then "
                    "a talk with your boss. Add or move milestones on the Plan page."
                )
            )
        )
        layout.addWidget(banner)
        layout.addWidget(self.table)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.detail_note)
        layout.addWidget(self.detail_form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.show_state(ctx.state)

    # ------------------------------------------------------------------ showing

    def show_state(self, state: PlanState) -> None:
        plan = state.plan
        selected = self.selected_day()
        self._rows = milestone_rows(plan, state.reviews, self.ctx.today()) if plan else []
        self.table.setRowCount(len(self._rows))
        for index, row in enumerate(self._rows):
            review = row.review
            cells = (
                milestone_name(row, self.tr("Day {0}").format(row.day)),
                format_day(row.on),
                texts.state_name(row.state),
                format_day(review.held_on) if review is not None else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.day)
                self.table.setItem(index, column, item)
        self._fit_table()
        self._show_next()
        days = [r.day for r in self._rows]
        if selected in days:
            self.table.selectRow(days.index(selected))
        elif self._rows:
            self.table.selectRow(self._first_to_show())
        self._show_selected()

    def _fit_table(self) -> None:
        """As tall as its rows (a few milestones leave no empty box), scrolling past ten."""
        self.table.resizeRowsToContents()
        rows = min(max(len(self._rows), 1), VISIBLE_ROWS)
        height = sum(self.table.rowHeight(r) for r in range(min(rows, len(self._rows))))
        if not self._rows:
            height = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(self.table.horizontalHeader().height() + height + 4)

    def _next_row(self) -> MilestoneRow | None:
        return next((r for r in self._rows if r.state is not MilestoneState.DONE), None)

    def _first_to_show(self) -> int:
        following = self._next_row()
        return self._rows.index(following) if following is not None else len(self._rows) - 1

    def _show_next(self) -> None:
        tr = self.tr
        following = self._next_row()
        if self.ctx.state.plan is None:
            self.next_text.setText(tr("Make a plan first: its milestones are the reviews."))
        elif following is None:
            self.next_text.setText(tr("Every milestone is reviewed. Well done."))
        else:
            when = format_day(following.on)
            said = {
                MilestoneState.OVERDUE: tr("The day-{0} review is overdue: it was due on {1}."),
                MilestoneState.DUE: tr("The day-{0} review is due on {1}."),
                MilestoneState.UPCOMING: tr("The next review is on day {0}, {1}."),
            }[following.state]
            self.next_text.setText(said.format(following.day, when))
        self.start_button.setVisible(following is not None)
        if following is not None:
            text = tr("Start the day-{0} review…").format(following.day)
            self.start_button.setText(text)
            self.start_button.setAccessibleName(text.rstrip("…"))

    def selected_day(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def _selected_row(self) -> MilestoneRow | None:
        day = self.selected_day()
        return next((r for r in self._rows if r.day == day), None)

    def _show_selected(self) -> None:
        tr = self.tr
        row = self._selected_row()
        review = row.review if row is not None else None
        self.detail_form.setVisible(review is not None)
        self.sheet_button.setVisible(row is not None)
        self.delete_button.setVisible(review is not None)
        self.review_button.setVisible(row is not None and review is None)
        if row is None:
            self.detail_title.setText("")
            self.detail_note.setText(tr("No milestones yet: add them on the Plan page."))
            return
        if review is None:
            self.detail_title.setText(tr("Day {0}: not reviewed yet").format(row.day))
            self.detail_note.setText(
                tr("The boss sheet can already show where the five conversations stand.")
            )
            return
        self.detail_title.setText(
            tr("Day {0}: reviewed on {1}").format(row.day, format_day(review.held_on))
        )
        shares = (
            tr("Then: {0}% on strategy against {1}% planned.").format(
                formats.number(review.actual_share), formats.number(review.planned_share)
            )
            if review.actual_share is not None and review.planned_share is not None
            else ""
        )
        self.detail_note.setText(shares)
        self.keep.setText(review.keep or "—")
        self.stop.setText(review.stop or "—")
        self.start.setText(review.start or "—")
        self.adjusted.setText(review.adjustment or tr("Target and horizon kept"))
        self.needs.setText(review.boss_needs or "—")

    # ------------------------------------------------------------------ doing

    def start_next(self) -> None:
        following = self._next_row()
        if following is not None:
            self.open_review(following.day)

    def _open_selected(self) -> None:
        row = self._selected_row()
        if row is not None and row.review is None:
            self.open_review(row.day)

    def open_review(self, day: int) -> ReviewWizard | None:
        """The guided review of ``day``'s milestone, without blocking."""
        plan = self.ctx.state.plan
        if plan is None:
            return None
        context = review_context(self.ctx.state, day, self.ctx.today())
        wizard = ReviewWizard(self.ctx, plan, context, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        self.wizard = wizard
        wizard.open()
        return wizard

    def boss_sheet(self) -> None:
        day = self.selected_day()
        if day is not None:
            export_boss_sheet(self.ctx, day)

    def delete_review(self) -> None:
        row = self._selected_row()
        if row is None or row.review is None:
            return
        if not self.ctx.dialogs.confirm(
            self.tr("Delete the review?"),
            self.tr("Delete the day-{0} review and its keep, stop and start? Ctrl+Z undoes it.")
            .format(row.day),
        ):  # fmt: skip
            return
        day = row.day
        self.ctx.perform(
            self.tr("Delete the day-{0} review").format(day),
            lambda: self.ctx.service.delete_review(day),
        )

    def new_item(self) -> None:
        """Ctrl+N: the next review."""
        self.start_next()
