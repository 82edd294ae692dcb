"""Step 2: your move — the two roles, when the plan starts and ends, and its milestones."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import partial

from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from altitude.domain.entities import DEFAULT_HORIZON_DAYS
from altitude.domain.plan_draft import Draft, default_milestone_days
from altitude.domain.validation import MAX_HORIZON_DAYS, MAX_TITLE
from altitude.ui.plan.milestones_editor import MilestonesEditor
from altitude.ui.shared.fields import (
    ErrorLabel,
    caption,
    date_edit,
    picked_day,
    quietly,
    to_qdate,
    with_error,
)
from altitude.ui.wizard.step import WizardStep


def set_date_quietly(edit: QDateEdit, value: date) -> None:
    quietly(edit, partial(edit.setDate, to_qdate(value)))


class MovePage(WizardStep):
    def __init__(self, today: date) -> None:
        super().__init__()
        self.setTitle(self.tr("Your move"))
        self.setSubTitle(self.tr("The step you are taking, and how long you give yourself."))
        self.current_role = self._line(
            self.tr("e.g. Senior backend engineer"), self.tr("Your role until now")
        )
        self.new_role = self._line(
            self.tr("e.g. Engineering manager, Payments"), self.tr("Your new role")
        )
        self.start = date_edit(self.tr("Plan starts on"), today)
        self.horizon = QSpinBox()
        self.horizon.setRange(1, MAX_HORIZON_DAYS)
        self.horizon.setValue(DEFAULT_HORIZON_DAYS)
        self.horizon.setSuffix(self.tr(" days"))
        self.horizon.setAccessibleName(self.tr("Plan length in days"))
        self.horizon.setMinimumWidth(110)
        self.end = date_edit(self.tr("Plan ends on"), today + timedelta(days=DEFAULT_HORIZON_DAYS))
        self.milestones = MilestonesEditor(with_shares=False)
        self.milestones.set_days(default_milestone_days(DEFAULT_HORIZON_DAYS))

        self.errors = {
            "current_role": ErrorLabel(self.current_role),
            "new_role": ErrorLabel(self.new_role),
            "start_date": ErrorLabel(self.start),
            "horizon_end": ErrorLabel(self.end),
            "milestones": self.milestones.error,
        }
        length = QHBoxLayout()
        length.setSpacing(8)
        length.addWidget(self.horizon)
        length.addWidget(QLabel(self.tr("ending on")))
        length.addWidget(self.end)
        length.addStretch(1)
        form = QFormLayout(self)
        form.setVerticalSpacing(10)
        form.addRow(
            self.tr("Your role until now:"),
            with_error(self.current_role, self.errors["current_role"]),
        )
        new_role_cell = with_error(self.new_role, self.errors["new_role"])
        new_role_cell.rows.addWidget(
            caption(
                self.tr(
                    "The words of both titles pick suggestions from your field (sales, "
                    "nursing, teaching, software…); you can choose another field later."
                )
            )
        )
        form.addRow(self.tr("Your new role:"), new_role_cell)
        form.addRow(self.tr("Plan starts on:"), with_error(self.start, self.errors["start_date"]))
        length_cell = QVBoxLayout()
        length_cell.setSpacing(2)
        length_cell.addLayout(length)
        length_cell.addWidget(self.errors["horizon_end"])
        form.addRow(self.tr("Plan length:"), length_cell)
        milestones_cell = QVBoxLayout()
        milestones_cell.setSpacing(4)
        milestones_cell.addWidget(self.milestones)
        milestones_cell.addWidget(
            caption(
                self.tr(
                    "On these days you compare your week with the plan. 30, 60 and 90 days "
                    "is the usual rhythm; change the days if your organisation works to others."
                )
            )
        )
        form.addRow(self.tr("Milestones:"), milestones_cell)
        self.start.dateChanged.connect(self._start_moved)
        self.horizon.valueChanged.connect(self._length_changed)
        self.end.dateChanged.connect(self._end_moved)
        self.milestones.changed.connect(self.recheck)

    def _line(self, placeholder: str, accessible: str) -> QLineEdit:
        line = QLineEdit()
        line.setMaxLength(MAX_TITLE + 1)  # one over, so the rule's own message can show
        line.setPlaceholderText(placeholder)
        line.setAccessibleName(accessible)
        line.textChanged.connect(self.recheck)
        return line

    def _start_moved(self) -> None:
        set_date_quietly(self.end, picked_day(self.start) + timedelta(days=self.horizon.value()))
        self.recheck()

    def _length_changed(self, days: int) -> None:
        set_date_quietly(self.end, picked_day(self.start) + timedelta(days=days))
        self.milestones.set_days(default_milestone_days(days))
        self.recheck()

    def _end_moved(self) -> None:
        days = (picked_day(self.end) - picked_day(self.start)).days
        if 1 <= days <= MAX_HORIZON_DAYS:  # otherwise the message says what is wrong
            blocked = self.horizon.blockSignals(True)
            self.horizon.setValue(days)
            self.horizon.blockSignals(blocked)
            self.milestones.set_days(default_milestone_days(days))
        self.recheck()

    def answer(self, draft: Draft) -> Draft:
        return replace(
            draft,
            current_role=self.current_role.text().strip(),
            new_role=self.new_role.text().strip(),
            start_date=picked_day(self.start),
            horizon_end=picked_day(self.end),
            milestone_days=self.milestones.days(),
        )
