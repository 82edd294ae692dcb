"""The week's hours on execution and strategy, with the share it comes to."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QGridLayout, QLabel, QWidget

from altitude.domain.field_rules import MAX_HOURS_PER_KIND
from altitude.domain.metrics import Split, format_hours
from altitude.ui.shared.fields import ErrorLabel

HOURS_STEP = 0.5


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckinHours", text)


def hours_box(accessible_name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, float(MAX_HOURS_PER_KIND))
    box.setSingleStep(HOURS_STEP)
    box.setDecimals(2)  # a quarter hour, as calendars and trackers give it
    box.setSuffix(tr(" h"))
    box.setAccessibleName(accessible_name)
    box.setKeyboardTracking(True)
    return box


class HoursSection(QWidget):
    """Two spin boxes and a live line: "42 h in all · 50% on strategy"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.execution = hours_box(tr("Hours on execution"))
        self.execution.setToolTip(tr("Doing the work, reviewing, fixing, firefighting"))
        self.strategy = hours_box(tr("Hours on strategy"))
        self.strategy.setToolTip(
            tr("Direction, priorities, developing people, alignment, decisions")
        )
        execution_label = QLabel(tr("&Execution"))
        execution_label.setProperty("role", "execution")
        execution_label.setBuddy(self.execution)
        strategy_label = QLabel(tr("&Strategy"))
        strategy_label.setProperty("role", "strategy")
        strategy_label.setBuddy(self.strategy)
        self.summary = QLabel()
        self.summary.setProperty("role", "caption")
        self.errors = {
            "execution_hours": ErrorLabel(self.execution),
            "strategy_hours": ErrorLabel(self.strategy),
            "total_hours": ErrorLabel(),
        }

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.addWidget(execution_label, 0, 0)
        grid.addWidget(self.execution, 0, 1)
        grid.addWidget(strategy_label, 0, 2)
        grid.addWidget(self.strategy, 0, 3)
        grid.addWidget(self.summary, 0, 4)
        grid.addWidget(self.errors["execution_hours"], 1, 0, 1, 2)
        grid.addWidget(self.errors["strategy_hours"], 1, 2, 1, 2)
        grid.addWidget(self.errors["total_hours"], 2, 0, 1, 5)
        grid.setColumnStretch(4, 1)

        for box in (self.execution, self.strategy):
            box.valueChanged.connect(self._changed)
        self._changed()

    def set_values(self, execution: float, strategy: float) -> None:
        for box, value in ((self.execution, execution), (self.strategy, strategy)):
            blocked = box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(blocked)
        self._changed()

    def split(self) -> Split:
        return Split(self.execution.value(), self.strategy.value())

    def show_errors(self, errors: Mapping[str, str]) -> None:
        for name, label in self.errors.items():
            label.show_error(errors.get(name))

    def _changed(self) -> None:
        split = self.split()
        share = split.strategy_share
        if share is None:
            self.summary.setText(tr("No hours yet"))
        else:
            self.summary.setText(
                tr("{0} in all · {1}% on strategy").format(
                    format_hours(split.total_hours), round(share)
                )
            )
        self.changed.emit()
