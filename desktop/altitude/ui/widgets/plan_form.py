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

from altitude.domain.entities import Plan
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
        self.milestones.changed.connect(self.changed)
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

        steps = QGroupBox(self.tr("Milestones"))
        steps_box = QVBoxLayout(steps)
        steps_box.addWidget(self.milestones)
        steps_box.addWidget(self.even_out)

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
        for box in (move, split, steps):
            left.addWidget(box)
        left.addStretch(1)
        right = QVBoxLayout()
        for box in (path, motive, identity):
            right.addWidget(box)
        right.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
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
        """``base`` with everything the form shows."""
        return replace(
            base,
            current_role=self.current_role.text().strip(),
            new_role=self.new_role.text().strip(),
            start_date=self.start.date().toPython(),
            horizon_end=self.end.date().toPython(),
            baseline_share=self.baseline.value(),
            target_share=self.target.value(),
            tolerance=self.tolerance.value(),
            milestones=self.milestones.milestones(),
            motive=self.motive.toPlainText(),
            identity=self.identity.chosen(),
        )

    def show_problems(self, problems: Mapping[str, str]) -> None:
        for name, label in self.errors.items():
            label.show_error(problems.get(name))

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


def _quiet(widget: QWidget, change) -> None:  # type: ignore[no-untyped-def]
    blocked = widget.blockSignals(True)
    change()
    widget.blockSignals(blocked)
