"""Edit the plan's milestones: the day of each and, on the Plan page, its share and label.

The wizard uses it with days only (shares follow the line from baseline to target); the
Plan page shows every part and lets rows be added and removed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import Milestone
from altitude.domain.validation import MAX_HORIZON_DAYS, MAX_TITLE
from altitude.ui.shared.fields import ErrorLabel, clear_layout, quietly


@dataclass
class _Row:
    day: QSpinBox
    share: QDoubleSpinBox | None = None
    label: QLineEdit | None = None
    remove: QPushButton | None = None


class MilestonesEditor(QWidget):
    changed = Signal()  # any value moved (arrows, typing): for previews and debouncing
    edited = Signal()  # an edit is finished (Enter, focus out, a row added or removed)

    def __init__(self, with_shares: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_shares = with_shares
        # Where "Add milestone" puts the new one (the Plan page knows the glide path);
        # without it the new row goes 30 days after the last.
        self.make_room: Callable[[tuple[Milestone, ...]], tuple[Milestone, ...]] | None = None
        self._rows: list[_Row] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self.error = ErrorLabel()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._grid)
        if with_shares:
            self.add_button = QPushButton(self.tr("Add milestone"))
            self.add_button.setAccessibleName(self.tr("Add a milestone"))
            self.add_button.clicked.connect(self._add_row)
            self._buttons = QHBoxLayout()
            self._buttons.addWidget(self.add_button)
            self._buttons.addStretch(1)
            outer.addLayout(self._buttons)
        outer.addWidget(self.error)

    def add_row_widget(self, widget: QWidget) -> None:
        """Put ``widget`` beside "Add milestone" (Plan page only)."""
        self._buttons.insertWidget(1, widget)

    # ------------------------------------------------------------ values

    def set_milestones(self, milestones: Sequence[Milestone]) -> None:
        """Show ``milestones`` without emitting anything."""
        if len(milestones) != len(self._rows):
            self._rebuild(len(milestones))
        for row, milestone in zip(self._rows, milestones, strict=True):
            quietly(row.day, partial(row.day.setValue, milestone.day))
            if row.share is not None:
                quietly(row.share, partial(row.share.setValue, milestone.target_share))
            if row.label is not None and row.label.text() != milestone.label:
                quietly(row.label, partial(row.label.setText, milestone.label))
                row.label.setCursorPosition(0)  # show the start of a long label

    def set_days(self, days: Sequence[int]) -> None:
        self.set_milestones([Milestone(day=d, target_share=0.0) for d in days])

    def days(self) -> tuple[int, ...]:
        return tuple(row.day.value() for row in self._rows)

    def milestones(self) -> tuple[Milestone, ...]:
        return tuple(
            Milestone(
                day=row.day.value(),
                target_share=row.share.value() if row.share is not None else 0.0,
                label=row.label.text() if row.label is not None else f"{row.day.value()} days",
            )
            for row in self._rows
        )

    def day_box(self, index: int) -> QSpinBox:
        return self._rows[index].day

    def remove_button(self, index: int) -> QPushButton | None:
        return self._rows[index].remove

    def share_box(self, index: int) -> QDoubleSpinBox | None:
        return self._rows[index].share

    # ------------------------------------------------------------ rows

    def _rebuild(self, count: int) -> None:
        clear_layout(self._grid)
        self._rows = []
        if self.with_shares:
            for column, text in enumerate(
                (self.tr("Day"), self.tr("Strategy share"), self.tr("Label"))
            ):
                header = QLabel(text)
                header.setProperty("role", "caption")
                self._grid.addWidget(header, 0, column)
        for _ in range(count):
            self._append_row()

    def _append_row(self) -> _Row:
        index = len(self._rows)
        number = index + 1
        day = QSpinBox()
        day.setRange(1, MAX_HORIZON_DAYS)
        day.setPrefix(self.tr("Day "))
        day.setAccessibleName(self.tr("Milestone {0}: day").format(number))
        day.valueChanged.connect(self.changed)
        day.editingFinished.connect(self.edited)
        row = _Row(day=day)
        if self.with_shares:
            row.share = QDoubleSpinBox()
            row.share.setRange(0, 100)
            row.share.setDecimals(1)
            row.share.setSuffix(" %")
            row.share.setAccessibleName(self.tr("Milestone {0}: strategy share").format(number))
            row.share.valueChanged.connect(self.changed)
            row.share.editingFinished.connect(self.edited)
            row.label = QLineEdit()
            row.label.setMaxLength(MAX_TITLE)
            row.label.setPlaceholderText(self.tr("What should be true by then?"))
            row.label.setAccessibleName(self.tr("Milestone {0}: label").format(number))
            row.label.textEdited.connect(self.changed)
            row.label.editingFinished.connect(self.edited)
            row.remove = QPushButton(self.tr("Remove"))
            row.remove.setAccessibleName(self.tr("Remove milestone {0}").format(number))
            row.remove.clicked.connect(lambda _=False, r=row: self._remove_row(r))
            grid_row = index + 1
            self._grid.addWidget(day, grid_row, 0)
            self._grid.addWidget(row.share, grid_row, 1)
            self._grid.addWidget(row.label, grid_row, 2)
            self._grid.addWidget(row.remove, grid_row, 3)
            self._grid.setColumnStretch(2, 1)
        else:
            day.setMinimumWidth(100)
            self._grid.addWidget(day, 0, index)
            self._grid.setColumnStretch(index, 0)
            self._grid.setColumnStretch(index + 1, 1)  # keep the days together on the left
        self._rows.append(row)
        return row

    def _add_row(self) -> None:
        if self.make_room is not None:
            before = self.milestones()
            after = self.make_room(before)
            if after == before:
                return
            self.set_milestones(after)
            changed = next(
                (i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b),
                len(before),
            )
            focus = self._rows[changed].label or self._rows[changed].day
            focus.setFocus()
            self.changed.emit()
            self.edited.emit()
            return
        last = self._rows[-1] if self._rows else None
        row = self._append_row()
        row.day.blockSignals(True)
        row.day.setValue(min(MAX_HORIZON_DAYS, (last.day.value() if last else 0) + 30))
        row.day.blockSignals(False)
        if last is not None and last.share is not None and row.share is not None:
            row.share.blockSignals(True)
            row.share.setValue(last.share.value())
            row.share.blockSignals(False)
        row.day.setFocus()
        self.changed.emit()
        self.edited.emit()

    def _remove_row(self, row: _Row) -> None:
        kept = [m for r, m in zip(self._rows, self.milestones(), strict=True) if r is not row]
        self._rebuild(len(kept))
        self.set_milestones(kept)
        self.changed.emit()
        self.edited.emit()
