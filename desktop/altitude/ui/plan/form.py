"""Every part of the plan as an editable form, for the Plan page.

The form shows a Plan, reads a new one back (``plan_from``) and shows each field's
message; saving is the page's job. ``changed`` fires on every movement (for the preview
and a debounced save), ``typed`` as the motive is written (a slower debounce), ``edited``
when an edit is finished (save now).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import Plan
from altitude.domain.validation import MAX_TITLE
from altitude.services.catalogue import IdentitySuggestion
from altitude.ui.plan.glide import GlidePreview
from altitude.ui.plan.identity_editor import IdentityEditor
from altitude.ui.plan.split import SplitFields
from altitude.ui.shared.fields import (
    ErrorLabel,
    PlainTextField,
    caption,
    date_edit,
    picked_day,
    quietly,
    to_qdate,
    with_error,
)


class PlanForm(QWidget):
    changed = Signal()
    typed = Signal()  # the motive's text moved: save after a longer pause than ``changed``
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current_role = self._line(self.tr("Your role until now"))
        self.new_role = self._line(self.tr("Your new role"))
        self.start = self._date(self.tr("Plan starts on"))
        self.end = self._date(self.tr("Plan ends on"))
        self.split = SplitFields(self._horizon_days, self)
        self.split.changed.connect(self.changed)
        self.split.edited.connect(self.edited)
        self.baseline, self.target = self.split.baseline, self.split.target
        self.tolerance, self.milestones = self.split.tolerance, self.split.milestones
        self.motive = PlainTextField()
        self.motive.setAccessibleName(self.tr("Why do I want to lead?"))
        self.motive.setPlaceholderText(self.tr("I want to lead because…"))
        self.motive.setMinimumHeight(110)
        self.motive.textChanged.connect(self.typed)
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
        edit = date_edit(accessible)
        edit.dateChanged.connect(self.changed)
        edit.editingFinished.connect(self.edited)
        return edit

    def _form_group(self, title: str, rows: list[tuple[str, str, QWidget]]) -> QGroupBox:
        group = QGroupBox(title)
        form = QFormLayout(group)
        for label, name, widget in rows:
            form.addRow(label, with_error(widget, self.errors[name]))
        return group

    def _lay_out(self) -> None:
        move = self._form_group(self.tr("Your move"), [
            (self.tr("Role until now:"), "current_role", self.current_role),
            (self.tr("New role:"), "new_role", self.new_role),
            (self.tr("Starts on:"), "start_date", self.start),
            (self.tr("Ends on:"), "horizon_end", self.end),
        ])  # fmt: skip
        split = self._form_group(self.tr("Your target split (share of the week on strategy)"), [
            (self.tr("At the start:"), "baseline_share", self.baseline),
            (self.tr("By the end:"), "target_share", self.target),
            (self.tr("On track within:"), "tolerance", self.tolerance),
        ])  # fmt: skip
        steps = _group(self.tr("Milestones: where the line should be on the way"), self.milestones)
        path = _group(self.tr("Glide path"), self.preview)
        motive = _group(
            self.tr("Why do I want to lead?"),
            caption(self.tr("Growing others, or keeping control? Reread this on the hard days.")),
            with_error(self.motive, self.errors["motive"]),
        )
        identity = _group(self.tr("Who do I need to become?"), self.identity)

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
                quietly(line, partial(line.setText, text))
                line.setCursorPosition(0)  # a long role reads from its start, not its end
        quietly(self.start, lambda: self.start.setDate(to_qdate(plan.start_date)))
        quietly(self.end, lambda: self.end.setDate(to_qdate(plan.horizon_end)))
        self.split.show(plan)
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
            start_date=picked_day(self.start),
            horizon_end=picked_day(self.end),
            motive=self.motive.toPlainText(),
            identity=self.identity.chosen(),
            **self.split.read(base),
        )

    def show_problems(self, problems: Mapping[str, str]) -> None:
        for name, label in self.errors.items():
            label.show_error(problems.get(name))

    def _horizon_days(self) -> int:
        return (picked_day(self.end) - picked_day(self.start)).days


def _group(title: str, *widgets: QWidget) -> QGroupBox:
    group = QGroupBox(title)
    box = QVBoxLayout(group)
    for widget in widgets:
        box.addWidget(widget)
    return group


def _text(line: QLineEdit, saved: str) -> str:
    text = line.text().strip()
    return saved if text == saved.strip() else text
