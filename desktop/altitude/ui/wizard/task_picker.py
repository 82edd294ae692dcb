"""A quick inventory: tick what you do today, with hours a week and execution/strategy.

Rows from the role family have a fixed title; rows you add have an editable one. Hours and
mode only count (and are only enabled) while the row is ticked. Another family's
suggestions replace the suggested rows but keep your own, and a suggestion both families
share keeps its tick and hours.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import Factors, InventoryItem, Mode
from altitude.domain.validation import MAX_HOURS_PER_KIND, MAX_TITLE, validate_item
from altitude.services.catalogue import TaskSuggestion
from altitude.ui.shared.fields import ErrorLabel, SubmitLineEdit, clear_layout
from altitude.ui.shared.theme import EXECUTION, STRATEGY

OWN_TASK_HOURS = 2.0


def tr(text: str) -> str:
    return QCoreApplication.translate("TaskPicker", text)


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


@dataclass
class TaskRow:
    tick: QCheckBox
    title: QLineEdit | None  # None: the title is the tick box's text
    hours: QDoubleSpinBox
    mode: QComboBox
    error: ErrorLabel
    factors: Factors

    def title_text(self) -> str:
        return (self.title.text() if self.title is not None else self.tick.text()).strip()

    def item(self) -> InventoryItem:
        mode = self.mode.currentData()
        return InventoryItem(self.title_text(), self.hours.value(), Mode(mode), self.factors)


class TaskPicker(QWidget):
    changed = Signal()

    def __init__(
        self, suggestions: Sequence[TaskSuggestion], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.rows: list[TaskRow] = []
        self._grid = QGridLayout()
        self._grid.setColumnStretch(0, 1)
        self._grid.setVerticalSpacing(2)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(self._grid)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self._add_suggestions(suggestions)

        self.own_title = SubmitLineEdit()
        self.own_title.setMaxLength(MAX_TITLE)
        self.own_title.setPlaceholderText(tr('Something else you do, e.g. "Budget and forecasts"'))
        self.own_title.setAccessibleName(tr("Your own task"))
        self.add_button = QPushButton(tr("Add"))
        self.add_button.setAccessibleName(tr("Add your own task"))
        self.add_button.setEnabled(False)
        self.own_title.textChanged.connect(lambda t: self.add_button.setEnabled(bool(t.strip())))
        self.own_title.returnPressed.connect(self.add_own)
        self.add_button.clicked.connect(self.add_own)
        add_row = QHBoxLayout()
        add_row.addWidget(self.own_title, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(add_row)

    def add_own(self) -> None:
        title = self.own_title.text().strip()
        if not title:
            return
        row = self._add_row(title, OWN_TASK_HOURS, Mode.EXECUTION, Factors(), own=True)
        row.tick.setChecked(True)
        self.own_title.clear()
        row.hours.setFocus()
        row.hours.selectAll()

    def set_suggestions(self, suggestions: Sequence[TaskSuggestion]) -> None:
        """Show ``suggestions`` instead of the current ones; your own rows stay as they are."""
        kept = {
            row.title_text(): (row.tick.isChecked(), row.hours.value(), row.mode.currentIndex())
            for row in self.rows
        }
        own = [row.item() for row in self.rows if row.title is not None]
        ticked_own = [row.tick.isChecked() for row in self.rows if row.title is not None]
        clear_layout(self._grid)
        self.rows = []
        self._add_suggestions(suggestions)
        for item, ticked in zip(own, ticked_own, strict=True):
            row = self._add_row(item.title, item.hours, item.mode, item.factors, own=True)
            row.tick.setChecked(ticked)
        for row in self.rows:
            if row.title is None and row.title_text() in kept:
                ticked, hours, mode = kept[row.title_text()]
                row.hours.setValue(hours)
                row.mode.setCurrentIndex(mode)
                row.tick.setChecked(ticked)
        self.changed.emit()

    def suggested_titles(self) -> list[str]:
        return [row.title_text() for row in self.rows if row.title is None]

    def _add_suggestions(self, suggestions: Sequence[TaskSuggestion]) -> None:
        for suggestion in suggestions:
            self._add_row(suggestion.title, suggestion.hours, suggestion.mode, suggestion.factors)

    def items(self) -> list[InventoryItem]:
        return [row.item() for row in self.rows if row.tick.isChecked()]

    def row_for(self, title: str) -> TaskRow:
        return next(row for row in self.rows if row.title_text() == title)

    def check_rows(self) -> bool:
        """Show each ticked row's problem beside it; True when all are fine."""
        fine = True
        for row in self.rows:
            errors = validate_item(row.item()) if row.tick.isChecked() else {}
            row.error.show_error(next(iter(errors.values()), None))
            fine = fine and not errors
        return fine

    def _add_row(
        self, title: str, hours: float, mode: Mode, factors: Factors, own: bool = False
    ) -> TaskRow:
        tick = QCheckBox("" if own else title)
        tick.setAccessibleName(title)
        title_edit = None
        if own:
            title_edit = QLineEdit(title)
            title_edit.setMaxLength(MAX_TITLE + 1)
            title_edit.setAccessibleName(tr("Title of your task"))
            title_edit.textChanged.connect(self.changed)
        spin = QDoubleSpinBox()
        spin.setRange(0, MAX_HOURS_PER_KIND)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(tr(" h/week"))
        spin.setValue(hours)
        spin.setAccessibleName(tr("Hours a week on {0}").format(title))
        combo = QComboBox()
        combo.addItem(swatch(EXECUTION), tr("Execution"), Mode.EXECUTION.value)
        combo.addItem(swatch(STRATEGY), tr("Strategy"), Mode.STRATEGY.value)
        combo.setCurrentIndex(0 if mode is Mode.EXECUTION else 1)
        combo.setAccessibleName(tr("Execution or strategy: {0}").format(title))
        row = TaskRow(tick, title_edit, spin, combo, ErrorLabel(spin), factors)
        line = 2 * len(self.rows)
        if title_edit is None:
            self._grid.addWidget(tick, line, 0)
        else:  # one widget, so clear_layout takes the pair away together
            own_cell = QWidget()
            own_layout = QHBoxLayout(own_cell)
            own_layout.setContentsMargins(0, 0, 0, 0)
            own_layout.addWidget(tick)
            own_layout.addWidget(title_edit, 1)
            self._grid.addWidget(own_cell, line, 0)
        self._grid.addWidget(spin, line, 1)
        self._grid.addWidget(combo, line, 2)
        self._grid.addWidget(row.error, line + 1, 0, 1, 3)
        for widget in (spin, combo):
            widget.setEnabled(False)
        tick.toggled.connect(lambda on, r=row: self._toggled(r, on))
        spin.valueChanged.connect(self.changed)
        combo.currentIndexChanged.connect(self.changed)
        self.rows.append(row)
        return row

    def _toggled(self, row: TaskRow, on: bool) -> None:
        row.hours.setEnabled(on)
        row.mode.setEnabled(on)
        if not on:
            row.error.show_error(None)
        self.changed.emit()
