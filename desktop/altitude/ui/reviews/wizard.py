"""The guided milestone review: seven short steps, then one saved, undoable edit.

1. where you stand (the share against the glide path), 2. what was handed over and what
came back, 3. decisions and feedback since the last review, 4. the narrative's changes,
5. keep / stop / start, 6. adjust the target or the horizon, or keep them, 7. what you
need from your boss. Finish records the review and the plan's adjustment in ONE
``ctx.perform`` (``services.arcs.review_context.record_review_adjusting``): one undo takes
both back. Nothing is saved before Finish; Cancel leaves the plan as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QProgressBar,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from altitude.domain.arcs.review_context import ReviewContext
from altitude.domain.arcs.reviews import MilestoneReview
from altitude.domain.entities import Plan
from altitude.errors import AltitudeError
from altitude.i18n import formats
from altitude.services.arcs.review_context import adjusted_plan, record_review_adjusting
from altitude.ui.reviews import texts
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import (
    ErrorLabel,
    PlainTextField,
    caption,
    date_edit,
    error_text,
    format_day,
    picked_day,
)


def _lines(lines: list[str], accessible: str) -> QLabel:
    text = lines[0] if len(lines) == 1 else "\n".join(f"• {line}" for line in lines)
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(accessible)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _Page(QWizardPage):
    """A step; ``check`` (when set) may refuse to move on, having said why."""

    def __init__(self, check: Callable[[], bool] | None = None) -> None:
        super().__init__()
        self.check = check

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        return self.check() if self.check is not None else True


def _page(
    title: str, subtitle: str, *widgets: QWidget, check: Callable[[], bool] | None = None
) -> QWizardPage:
    page = _Page(check)
    page.setTitle(title)
    page.setSubTitle(subtitle)
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    scroll = QScrollArea()  # a ten-year plan's lists, or a small screen: scrolled, not cut
    scroll.setWidget(body)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return page


def _bar(value: float | None, accessible: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 100)
    bar.setValue(round(value) if value is not None else 0)
    bar.setFormat("%p%" if value is not None else "—")
    bar.setAccessibleName(accessible)
    bar.setMaximumWidth(360)
    return bar


def _text_field(accessible: str, placeholder: str) -> PlainTextField:
    field = PlainTextField()
    field.setAccessibleName(accessible)
    field.setPlaceholderText(placeholder)
    field.setFixedHeight(64)
    return field


class ReviewWizard(QWizard):
    def __init__(
        self, ctx: AppContext, plan: Plan, context: ReviewContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        tr = self.tr
        self.ctx = ctx
        self.context = context
        self.saved: MilestoneReview | None = None
        self.plan = plan
        day = context.milestone_day
        self.setWindowTitle(tr("Day-{0} review").format(day))
        self.setAccessibleName(tr("Day-{0} review").format(day))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        for which, name in (
            (QWizard.WizardButton.NextButton, tr("Next step")),
            (QWizard.WizardButton.BackButton, tr("Previous step")),
            (QWizard.WizardButton.FinishButton, tr("Save the review")),
            (QWizard.WizardButton.CancelButton, tr("Cancel the review")),
        ):
            self.button(which).setAccessibleName(name)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Save the review"))
        period = texts.period_text(context.period)

        standing = context.standing
        explain = tr(
            "The share is the average of your latest logged weeks (as on the dashboard); "
            "the plan's share is its glide path on the milestone's day."
        )
        self.standing_text = _lines(
            [texts.standing_text(standing, day)], tr("Where you stand, in words")
        )
        bars = QWidget()
        form = QFormLayout(bars)
        form.addRow(tr("Your strategy share:"), _bar(standing.actual, tr("Your strategy share")))
        form.addRow(
            tr("The plan for day {0}:").format(day),
            _bar(standing.planned, tr("The plan's share for the milestone")),
        )
        self.addPage(
            _page(
                tr("1. Where you stand"),
                period,
                self.standing_text,
                bars,
                caption(explain),
            )
        )
        self.hand_overs = _lines(
            texts.hand_over_lines(context.hand_overs), tr("What was handed over and came back")
        )
        self.addPage(
            _page(tr("2. What you handed over, and what came back"), period, self.hand_overs)
        )
        private = tr("Only counts and your own words: what others said stays on the Feedback page.")
        self.growth = _lines(texts.growth_lines(context.growth), tr("Decisions and feedback"))
        self.addPage(
            _page(
                tr("3. Decisions and feedback"),
                period,
                self.growth,
                caption(private),
            )
        )
        self.narrative = _lines(
            texts.narrative_lines(context.narrative), tr("The narrative's changes")
        )
        self.addPage(_page(tr("4. Your narrative's changes"), period, self.narrative))

        self.keep = _text_field(tr("What to keep"), tr("What works and should go on"))
        self.stop = _text_field(tr("What to stop"), tr("What costs more than it gives"))
        self.start = _text_field(tr("What to start"), tr("What the next 30 days need"))
        kss = QWidget()
        kss_form = QFormLayout(kss)
        kss_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        kss_form.addRow(tr("Keep:"), self.keep)
        kss_form.addRow(tr("Stop:"), self.stop)
        kss_form.addRow(tr("Start:"), self.start)
        self.addPage(
            _page(tr("5. Keep, stop, start"), tr("A few words each; you can leave one empty."), kss)
        )
        self.addPage(self._adjust_page())

        self.needs = _text_field(
            tr("What you need from your boss"),
            tr("Decisions, resources, air cover, introductions…"),
        )
        self.needs.setFixedHeight(96)
        self.addPage(
            _page(
                tr("7. What you need from your boss"),
                tr("After each 30-day block, check in with your boss. What will you ask for?"),
                self.needs,
                caption(tr("After saving, make the one-page boss sheet from the Reviews page.")),
            )
        )
        self.setMinimumSize(600, 440)  # fits inside the main window at its smallest
        self.resize(720, 520)

    # ------------------------------------------------------------------ step 6

    def _adjust_page(self) -> QWizardPage:
        tr = self.tr
        plan = self.plan
        self.keep_plan = QRadioButton(tr("Keep the target and the horizon"))
        self.keep_plan.setAccessibleName(tr("Keep the target and the horizon"))
        self.change_plan = QRadioButton(tr("Change them"))
        self.change_plan.setAccessibleName(tr("Change the target or the horizon"))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.keep_plan)
        self.choice.addButton(self.change_plan)
        self.keep_plan.setChecked(True)
        self.target = QDoubleSpinBox()
        self.target.setRange(0, 100)
        self.target.setDecimals(0)
        self.target.setSuffix(" %")
        self.target.setValue(plan.target_share)
        self.target.setAccessibleName(tr("Target strategy share"))
        self.target.setMaximumWidth(110)
        self.horizon = date_edit(tr("Horizon end"), plan.horizon_end)
        self.adjust_error = ErrorLabel()
        self.preview = caption("")
        self.preview.setAccessibleName(tr("The adjusted milestones"))
        fields = QWidget()
        form = QFormLayout(fields)
        form.addRow(tr("Target share by the end:"), self.target)
        form.addRow(tr("The plan ends on:"), self.horizon)
        for signal in (self.target.valueChanged, self.horizon.dateChanged):
            signal.connect(lambda _v: self._preview())
        self.choice.buttonToggled.connect(lambda _b, _on: self._preview())
        page = _page(
            tr("6. Adjust the plan?"),
            tr("Now the plan aims for {0}% of the week on strategy by {1}.").format(
                round(plan.target_share), format_day(plan.horizon_end)
            ),
            self.keep_plan,
            self.change_plan,
            fields,
            self.adjust_error,
            self.preview,
            check=self._adjustment_ok,
        )
        self._preview()
        return page

    def _preview(self) -> None:
        changing = self.change_plan.isChecked()
        self.target.setEnabled(changing)
        self.horizon.setEnabled(changing)
        self.adjust_error.show_error(None)
        if not changing:
            self.preview.setText(self.tr("The milestones stay as they are."))
            return
        try:
            plan = self.adjusted()
        except AltitudeError as exc:
            self.preview.setText("")
            self.adjust_error.show_error(error_text(exc))
            return
        steps = ", ".join(
            self.tr("day {0}: {1}%").format(m.day, formats.short_number(m.target_share, 2))
            for m in plan.milestones
        )
        self.preview.setText(self.tr("The glide path's milestones become: {0}.").format(steps))

    def adjusted(self) -> Plan:
        """The plan as the step asks for it (itself when kept); raises when it can't be."""
        if not self.change_plan.isChecked():
            return self.plan
        return adjusted_plan(
            self.plan, self.context.milestone_day, self.target.value(), picked_day(self.horizon)
        )

    def _adjustment_ok(self) -> bool:
        try:
            self.adjusted()
        except AltitudeError as exc:
            self.adjust_error.show_error(error_text(exc))
            return False
        return True

    def adjustment_text(self, plan: Plan) -> str:
        """What changed, in words, kept with the review."""
        old = self.plan
        said = []
        if plan.target_share != old.target_share:
            said.append(
                self.tr("Target {0}% → {1}%").format(
                    formats.short_number(old.target_share, 2),
                    formats.short_number(plan.target_share, 2),
                )
            )
        if plan.horizon_end != old.horizon_end:
            said.append(
                self.tr("Horizon {0} → {1}").format(
                    format_day(old.horizon_end), format_day(plan.horizon_end)
                )
            )
        return "; ".join(said)

    # ------------------------------------------------------------------ finish

    def review(self, plan: Plan, held_on: date) -> MilestoneReview:
        standing = self.context.standing
        return MilestoneReview(
            milestone_day=self.context.milestone_day,
            held_on=held_on,
            actual_share=None if standing.actual is None else round(standing.actual, 1),
            planned_share=round(standing.planned, 1),
            keep=self.keep.toPlainText().strip(),
            stop=self.stop.toPlainText().strip(),
            start=self.start.toPlainText().strip(),
            adjustment=self.adjustment_text(plan),
            boss_needs=self.needs.toPlainText().strip(),
        )

    def accept(self) -> None:
        if not self._adjustment_ok():
            return
        plan = self.adjusted()
        review = self.review(plan, self.ctx.today())
        changed = plan if plan != self.plan else None
        edit = self.ctx.attempt(
            self.tr("Day-{0} review").format(review.milestone_day),
            lambda: record_review_adjusting(self.ctx.service, review, changed),
        )
        if edit is None:
            return  # refused: the message is shown, the answers stay for another try
        self.saved = edit.result
        super().accept()
