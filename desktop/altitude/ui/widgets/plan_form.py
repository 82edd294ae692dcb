"""Every part of the plan as an editable form, for the Plan page.

The form shows a Plan, reads a new one back (``plan_from``) and shows each field's
message; saving is the page's job. ``changed`` fires on every movement (for the preview
and a debounced save), ``edited`` when an edit is finished (save now).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import Milestone, Plan
from altitude.domain.validation import MAX_TITLE
from altitude.ui.widgets.fields import ErrorLabel, PlainTextField, caption, with_error
from altitude.ui.widgets.identity_editor import IdentityEditor
from altitude.ui.widgets.milestones_editor import MilestonesEditor
from altitude.ui.widgets.plan_catalogue import IdentitySuggestion
from altitude.ui.widgets.plan_glide import GlidePreview

DATE_FORMAT = "d MMM yyyy"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PlanForm(QWidget):
    changed = Signal()
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current_role = self._line(self.tr("Your role until now"))
        self.new_role = self._line(self.tr("Your new role"))
        self.start = self._date(self.tr("Plan starts on"))
        self.end = self._date(self.tr("Plan ends on"))
        self.baseline = self._share(self.tr("Strategy share when the plan started"), " %")
        self.target = self._share(self.tr("Strategy share to reach by the end"), " %")
        self.tolerance = self._share(self.tr("Tolerance in percentage points"), self.tr(" points"))
        self.tolerance.setRange(0, 50)
        self.tolerance.setPrefix("± ")
        self.milestones = MilestonesEditor(with_shares=True)
        self.milestones.changed.connect(self._milestone_moved)
        self.target.valueChanged.connect(self._target_moved)
        self.milestones.edited.connect(self.edited)
        self.even_out = QPushButton(self.tr("Put milestones on a straight line"))
        self.even_out.setAccessibleName(
            self.tr("Put the milestones on the line from start to target")
        )
        self.even_out.clicked.connect(self._even_out)
        self.motive = PlainTextField()
        self.motive.setAccessibleName(self.tr("Why do I want to lead?"))
        self.motive.setPlaceholderText(self.tr("I want to lead because…"))
        self.motive.setMinimumHeight(110)
        self.motive.textChanged.connect(self.changed)
        self.motive.editingFinished.connect(self.edited)
        self.identity = IdentityEditor()
        self.identity.list.setMinimumHeight(170)
        self.identity.changed.connect(self.edited)
        self.preview = GlidePreview()
        self.errors: dict[str, ErrorLabel] = {
            "current_role": ErrorLabel(self.current_role),
            "new_role": ErrorLabel(self.new_role),
            "start_date": ErrorLabel(self.start),
            "horizon_end": ErrorLabel(self.end),
            "baseline_share": ErrorLabel(self.baseline),
            "target_share": ErrorLabel(self.target),
            "tolerance": ErrorLabel(self.tolerance),
            "milestones": self.milestones.error,
            "motive": ErrorLabel(self.motive),
            "identity": self.identity.error,
        }
        self._suggestions: tuple[IdentitySuggestion, ...] = ()
        self._lay_out()

    # ------------------------------------------------------------ building

    def _line(self, accessible: str) -> QLineEdit:
        line = QLineEdit()
        line.setMaxLength(MAX_TITLE + 1)  # one over, so the rule's own message can show
        line.setAccessibleName(accessible)
        line.editingFinished.connect(self.edited)
        return line

    def _date(self, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setAccessibleName(accessible)
        edit.dateChanged.connect(self.changed)
        edit.editingFinished.connect(self.edited)
        return edit

    def _share(self, accessible: str, suffix: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(0, 100)
        spin.setDecimals(1)
        spin.setSuffix(suffix)
        spin.setAccessibleName(accessible)
        spin.valueChanged.connect(self.changed)
        spin.editingFinished.connect(self.edited)
        return spin

    def _cell(self, name: str, widget: QWidget) -> QWidget:
        return with_error(widget, self.errors[name])

    def _lay_out(self) -> None:
        move = QGroupBox(self.tr("Your move"))
        move_form = QFormLayout(move)
        move_form.addRow(self.tr("Role until now:"), self._cell("current_role", self.current_role))
        move_form.addRow(self.tr("New role:"), self._cell("new_role", self.new_role))
        move_form.addRow(self.tr("Starts on:"), self._cell("start_date", self.start))
        move_form.addRow(self.tr("Ends on:"), self._cell("horizon_end", self.end))

        split = QGroupBox(self.tr("Your target split (share of the week on strategy)"))
        split_form = QFormLayout(split)
        split_form.addRow(self.tr("At the start:"), self._cell("baseline_share", self.baseline))
        split_form.addRow(self.tr("By the end:"), self._cell("target_share", self.target))
        split_form.addRow(self.tr("On track within:"), self._cell("tolerance", self.tolerance))

        steps = QGroupBox(self.tr("Milestones: where the line should be on the way"))
        steps_box = QVBoxLayout(steps)
        steps_box.addWidget(self.milestones)
        self.milestones.add_row_widget(self.even_out)

        path = QGroupBox(self.tr("Glide path"))
        path_box = QVBoxLayout(path)
        path_box.addWidget(self.preview)

        motive = QGroupBox(self.tr("Why do I want to lead?"))
        motive_box = QVBoxLayout(motive)
        motive_box.addWidget(
            caption(self.tr("Growing others, or keeping control? Reread this on the hard days."))
        )
        motive_box.addWidget(self._cell("motive", self.motive))

        identity = QGroupBox(self.tr("Who do I need to become?"))
        identity_box = QVBoxLayout(identity)
        identity_box.addWidget(self.identity)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        left = QVBoxLayout()
        left.addWidget(move)
        left.addWidget(split)
        left.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addWidget(path, 0, 1)
        grid.addWidget(steps, 1, 0, 1, 2)
        grid.addWidget(motive, 2, 0)
        grid.addWidget(identity, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    # ------------------------------------------------------------ values

    def show_plan(self, plan: Plan, suggestions: Sequence[IdentitySuggestion]) -> None:
        """Show ``plan`` without emitting anything (no save is triggered)."""
        self._suggestions = tuple(suggestions)
        for line, text in ((self.current_role, plan.current_role), (self.new_role, plan.new_role)):
            if line.text() != text:
                _quiet(line, lambda w=line, t=text: w.setText(t))
        _quiet(self.start, lambda: self.start.setDate(_qdate(plan.start_date)))
        _quiet(self.end, lambda: self.end.setDate(_qdate(plan.horizon_end)))
        _quiet(self.baseline, lambda: self.baseline.setValue(plan.baseline_share))
        _quiet(self.target, lambda: self.target.setValue(plan.target_share))
        _quiet(self.tolerance, lambda: self.tolerance.setValue(plan.tolerance))
        self.milestones.set_milestones(plan.milestones)
        self.motive.set_text_quietly(plan.motive)
        self.identity.set_choices(self._suggestions, plan.identity)
        self.preview.set_plan(plan)
        self.show_problems({})

    def plan_from(self, base: Plan) -> Plan:
        """``base`` with everything the form shows.

        Where a field still shows the saved value (rounded for display, or with spaces
        trimmed) the saved value is kept, so tabbing through the form changes nothing.
        """
        return replace(
            base,
            current_role=_text(self.current_role, base.current_role),
            new_role=_text(self.new_role, base.new_role),
            start_date=self.start.date().toPython(),
            horizon_end=self.end.date().toPython(),
            baseline_share=_number(self.baseline, base.baseline_share),
            target_share=_number(self.target, base.target_share),
            tolerance=_number(self.tolerance, base.tolerance),
            milestones=self._milestones(base),
            motive=self.motive.toPlainText(),
            identity=self.identity.chosen(),
        )

    def _milestones(self, base: Plan) -> tuple[Milestone, ...]:
        shown = self.milestones.milestones()
        if len(shown) != len(base.milestones):
            return shown
        return tuple(
            replace(new, target_share=old.target_share)
            if new.day == old.day and new.target_share == round(old.target_share, 1)
            else new
            for new, old in zip(shown, base.milestones, strict=True)
        )

    def show_problems(self, problems: Mapping[str, str]) -> None:
        for name, label in self.errors.items():
            label.show_error(problems.get(name))

    # The milestone on the horizon end and the target are one point of the glide path:
    # moving either moves the other, so the picture never contradicts the numbers.

    def _horizon_days(self) -> int:
        return (self.end.date().toPython() - self.start.date().toPython()).days

    def _target_moved(self) -> None:
        days = self._horizon_days()
        for index, milestone in enumerate(self.milestones.milestones()):
            box = self.milestones.share_box(index)
            if milestone.day == days and box is not None:
                _quiet(box, lambda b=box: b.setValue(self.target.value()))
        self.changed.emit()

    def _milestone_moved(self) -> None:
        days = self._horizon_days()
        for milestone in self.milestones.milestones():
            if milestone.day == days and milestone.target_share != self.target.value():
                _quiet(self.target, lambda m=milestone: self.target.setValue(m.target_share))
        self.changed.emit()

    def _even_out(self) -> None:
        baseline, target = self.baseline.value(), self.target.value()
        span = max((self.end.date().toPython() - self.start.date().toPython()).days, 1)
        self.milestones.set_milestones(
            [
                replace(
                    m,
                    target_share=round(baseline + (target - baseline) * min(m.day, span) / span, 1),
                )
                for m in self.milestones.milestones()
            ]
        )
        self.changed.emit()
        self.edited.emit()


def _text(line: QLineEdit, saved: str) -> str:
    text = line.text().strip()
    return saved if text == saved.strip() else text


def _number(spin: QDoubleSpinBox, saved: float) -> float:
    return saved if spin.value() == round(saved, spin.decimals()) else spin.value()


def _quiet(widget: QWidget, change) -> None:  # type: ignore[no-untyped-def]
    blocked = widget.blockSignals(True)
    change()
    widget.blockSignals(blocked)
