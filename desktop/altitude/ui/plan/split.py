"""The numbers of the glide path on the Plan page: start, target, tolerance, milestones.

The milestone on the horizon end and the target are one point of the path: moving
either moves the other, so the picture never contradicts the numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QPushButton, QSizePolicy

from altitude.domain.entities import Milestone, Plan
from altitude.domain.milestone_lines import on_straight_line, with_one_more
from altitude.ui.plan.milestones_editor import MilestonesEditor
from altitude.ui.shared.fields import quietly


def _share(accessible: str, suffix: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0, 100)
    spin.setDecimals(1)
    spin.setSuffix(suffix)
    spin.setAccessibleName(accessible)
    spin.setMinimumWidth(150)
    spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return spin


def kept_number(spin: QDoubleSpinBox, saved: float) -> float:
    """The saved value while the box still shows it (rounded for display)."""
    return saved if spin.value() == round(saved, spin.decimals()) else spin.value()


class SplitFields(QObject):
    changed = Signal()  # any value moved
    edited = Signal()  # an edit is finished

    def __init__(self, horizon_days: Callable[[], int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._horizon_days = horizon_days
        self.baseline = _share(self.tr("Strategy share when the plan started"), " %")
        self.target = _share(self.tr("Strategy share to reach by the end"), " %")
        self.tolerance = _share(self.tr("Tolerance in percentage points"), self.tr(" points"))
        self.tolerance.setRange(0, 50)
        self.tolerance.setPrefix("± ")
        for spin in (self.baseline, self.target, self.tolerance):
            spin.valueChanged.connect(self.changed)
            spin.editingFinished.connect(self.edited)
        self.target.valueChanged.connect(self._target_moved)
        self.milestones = MilestonesEditor(with_shares=True)
        self.milestones.make_room = self._make_room
        self.milestones.changed.connect(self._milestone_moved)
        self.milestones.edited.connect(self.edited)
        self.even_out = QPushButton(self.tr("Put milestones on a straight line"))
        self.even_out.setAccessibleName(
            self.tr("Put the milestones on the line from start to target")
        )
        self.even_out.clicked.connect(self._even_out)
        self.milestones.add_row_widget(self.even_out)

    def show(self, plan: Plan) -> None:
        """Show ``plan``'s numbers without emitting anything."""
        quietly(self.baseline, partial(self.baseline.setValue, plan.baseline_share))
        quietly(self.target, partial(self.target.setValue, plan.target_share))
        quietly(self.tolerance, partial(self.tolerance.setValue, plan.tolerance))
        self.milestones.set_milestones(plan.milestones)

    def read(self, base: Plan) -> dict[str, Any]:
        """The Plan fields these widgets hold, keeping saved values that are still shown."""
        return {
            "baseline_share": kept_number(self.baseline, base.baseline_share),
            "target_share": kept_number(self.target, base.target_share),
            "tolerance": kept_number(self.tolerance, base.tolerance),
            "milestones": self._read_milestones(base),
        }

    def _read_milestones(self, base: Plan) -> tuple[Milestone, ...]:
        shown = self.milestones.milestones()
        if len(shown) != len(base.milestones):
            return shown
        return tuple(
            replace(new, target_share=old.target_share)
            if new.day == old.day and new.target_share == round(old.target_share, 1)
            else new
            for new, old in zip(shown, base.milestones, strict=True)
        )

    def _target_moved(self) -> None:
        days = self._horizon_days()
        for index, milestone in enumerate(self.milestones.milestones()):
            box = self.milestones.share_box(index)
            if milestone.day == days and box is not None:
                quietly(box, partial(box.setValue, self.target.value()))
        self.changed.emit()

    def _milestone_moved(self) -> None:
        days = self._horizon_days()
        for milestone in self.milestones.milestones():
            if milestone.day == days and milestone.target_share != self.target.value():
                quietly(self.target, partial(self.target.setValue, milestone.target_share))
        self.changed.emit()

    def _make_room(self, milestones: tuple[Milestone, ...]) -> tuple[Milestone, ...]:
        return with_one_more(
            milestones, self.baseline.value(), self.target.value(), self._horizon_days()
        )

    def _even_out(self) -> None:
        self.milestones.set_milestones(
            on_straight_line(
                self.milestones.milestones(),
                self.baseline.value(),
                self.target.value(),
                self._horizon_days(),
            )
        )
        self.changed.emit()
        self.edited.emit()
