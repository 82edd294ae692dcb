"""Choose a delegation level (1-7, each with its meaning) and plan how it should rise.

``LevelPicker`` is a combo box whose entries read "5 · Advise — They decide; I offer my
advice." ``LevelPlanEditor`` edits the planned progression: a list of (week, level) steps
such as "consult now, agree by week 4, delegate by week 8". Neither saves anything: the
picker emits ``level_chosen(int)`` and the plan editor ``edited()``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import LevelStep
from altitude.domain.levels import LEVELS, MAX_LEVEL, MIN_LEVEL
from altitude.ui.shared.fields import ErrorLabel, clear_layout
from altitude.ui.shared.ledger_rows import level_label, level_meaning

MAX_PLAN_WEEK = 104  # two years is longer than any hand-over worth planning in steps


class LevelPicker(QComboBox):
    level_chosen = Signal(int)  # the user picked a level (not emitted by set_level)

    def __init__(self, with_meaning: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for entry in LEVELS:
            text = level_label(entry.number)
            if with_meaning:
                text = f"{text} — {level_meaning(entry.number)}"
            self.addItem(text, entry.number)
            self.setItemData(
                self.count() - 1, level_meaning(entry.number), Qt.ItemDataRole.ToolTipRole
            )
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12 if with_meaning else 8)
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 24)  # meanings unclipped
        self.activated.connect(lambda _index: self.level_chosen.emit(self.level()))
        # The closed box is narrower than a level with its meaning (longer in German or
        # French): it shows the text elided (paintEvent) and the whole of it as a tooltip.
        self.currentIndexChanged.connect(lambda _i: self._show_tip())
        self._show_tip()

    def _show_tip(self) -> None:
        self.setToolTip(self.currentText())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width()
        )
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def level(self) -> int:
        return int(self.currentData())

    def set_level(self, number: int) -> None:
        index = self.findData(max(MIN_LEVEL, min(MAX_LEVEL, number)))
        blocked = self.blockSignals(True)
        self.setCurrentIndex(index)
        self.blockSignals(blocked)
        self._show_tip()


@dataclass
class _Step:
    week: QSpinBox
    level: LevelPicker
    remove: QPushButton


class LevelPlanEditor(QWidget):
    edited = Signal()  # a step was changed, added or removed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps: list[_Step] = []
        self._last_weeks: tuple[int, ...] = ()  # to tell a real week change from a focus-out
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setColumnStretch(1, 1)
        self.empty = QLabel(self.tr("No steps planned: add one to say how far the level rises."))
        self.empty.setProperty("role", "caption")
        self.empty.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add step"))
        self.add_button.setAccessibleName(self.tr("Add a planned level step"))
        self.add_button.setToolTip(self.tr("Plan the next level and the week to reach it."))
        self.add_button.clicked.connect(self._add_step)
        self.error = ErrorLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.empty)
        outer.addLayout(self._grid)
        outer.addLayout(buttons)
        outer.addWidget(self.error)

    def steps(self) -> tuple[LevelStep, ...]:
        return tuple(LevelStep(week=s.week.value(), level=s.level.level()) for s in self._steps)

    def set_steps(self, steps: Sequence[LevelStep]) -> None:
        """Show ``steps`` without emitting anything."""
        if len(steps) != len(self._steps):
            self._rebuild(len(steps))
        for row, step in zip(self._steps, steps, strict=True):
            blocked = row.week.blockSignals(True)
            row.week.setValue(step.week)
            row.week.blockSignals(blocked)
            row.level.set_level(step.level)
        self._last_weeks = self._weeks()
        self.empty.setVisible(not steps)

    def step_widgets(self, index: int) -> tuple[QSpinBox, LevelPicker, QPushButton]:
        step = self._steps[index]
        return step.week, step.level, step.remove

    def _rebuild(self, count: int) -> None:
        clear_layout(self._grid)
        self._steps = []
        for _ in range(count):
            self._append()

    def _append(self) -> _Step:
        number = len(self._steps) + 1
        week = QSpinBox()
        week.setRange(0, MAX_PLAN_WEEK)
        week.setPrefix(self.tr("by week "))
        week.setSpecialValueText(self.tr("from the start"))
        week.setAccessibleName(self.tr("Step {0}: week").format(number))
        week.setToolTip(self.tr("Weeks after the hand-over started."))
        week.editingFinished.connect(self._week_done)
        level = LevelPicker(with_meaning=False)
        level.setAccessibleName(self.tr("Step {0}: level").format(number))
        level.level_chosen.connect(lambda _level: self.edited.emit())
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove step {0}").format(number))
        step = _Step(week, level, remove)
        remove.clicked.connect(lambda _=False, s=step: self._remove(s))
        row = len(self._steps)
        self._grid.addWidget(week, row, 0)
        self._grid.addWidget(level, row, 1)
        self._grid.addWidget(remove, row, 2)
        self._steps.append(step)
        return step

    def _weeks(self) -> tuple[int, ...]:
        return tuple(s.week.value() for s in self._steps)

    def _week_done(self) -> None:
        if self._weeks() != self._last_weeks:
            self._last_weeks = self._weeks()
            self.edited.emit()

    def _add_step(self) -> None:
        last = self.steps()[-1] if self._steps else None
        step = self._append()
        step.week.setValue(min(MAX_PLAN_WEEK, last.week + 4) if last else 0)
        step.level.set_level(min(MAX_LEVEL, last.level + 1) if last else 3)
        self._last_weeks = self._weeks()
        self.empty.hide()
        step.week.setFocus()
        self.edited.emit()

    def _remove(self, step: _Step) -> None:
        kept = [s for row, s in zip(self._steps, self.steps(), strict=True) if row is not step]
        self._rebuild(len(kept))
        self.set_steps(kept)
        self._last_weeks = self._weeks()
        self.edited.emit()
