"""The optional split of a week by inventory item, and the delegated work that came back.

Collapsed by default. Hours given per item must add up to the week's hours; the
section shows the two totals side by side while they differ. The rule itself is
``altitude.domain.validation.validate_checkin``: the dialog tells this section whether
the totals match, the section only shows it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import InventoryItem, Mode
from altitude.domain.metrics import Split, current_split, format_hours
from altitude.ui.checkins.hours import hours_box
from altitude.ui.shared.fields import ErrorLabel, caption, clear_layout


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckinItems", text)


def set_role(label: QLabel, role: str) -> None:
    if label.property("role") != role:
        label.setProperty("role", role)
        label.style().unpolish(label)
        label.style().polish(label)


class ItemHoursSection(QWidget):
    changed = Signal()
    use_split = Signal(object)  # Split: the week's hours as the items add up, by mode

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setText(tr("Split by inventory item (optional)"))
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAccessibleName(tr("Split by inventory item"))
        self.toggle.toggled.connect(self.set_expanded)
        self.sum_label = QLabel()
        self.sum_label.setAccessibleName(tr("Item hours total"))
        self.sum_label.setWordWrap(True)

        self.body = QWidget()
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(0, 1)
        self.fill = QPushButton(tr("Take the week's hours from the items"))
        self.fill.setToolTip(tr("Set execution and strategy to what the items add up to"))
        self.fill.setAccessibleName(tr("Take the week's hours from the items"))
        self.fill.clicked.connect(lambda: self.use_split.emit(self.items_split()))
        self.empty = caption(tr("Your inventory is empty: add what you do on the Inventory page."))
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(22, 2, 0, 2)
        body_layout.addWidget(self.empty)
        body_layout.addLayout(self.grid)
        fill_row = QHBoxLayout()
        fill_row.addStretch(1)
        fill_row.addWidget(self.fill)
        body_layout.addLayout(fill_row)
        self.error = ErrorLabel()

        # Delegated work logged again: the execution trap made visible, shown as a banner.
        self.boomerang_box = QFrame()
        self.boomerang_box.setObjectName("banner")
        self.boomerang_box.setAccessibleName(tr("Delegated work you did again"))
        self.boomerang_lines = QLabel()
        self.boomerang_lines.setWordWrap(True)
        self.boomerang_lines.setTextFormat(Qt.TextFormat.PlainText)
        box_layout = QVBoxLayout(self.boomerang_box)
        box_layout.setContentsMargins(10, 6, 10, 6)
        box_layout.addWidget(self.boomerang_lines)
        self.boomerang_box.hide()

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.toggle)
        header.addWidget(self.sum_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.body)
        layout.addWidget(self.error)
        layout.addWidget(self.boomerang_box)
        self.body.hide()
        self._items: list[InventoryItem] = []
        self._boxes: dict[int, QDoubleSpinBox] = {}

    # ------------------------------------------------------------ contents
    def set_items(
        self,
        items: Sequence[InventoryItem],
        hours: Mapping[int, float],
        hints: Mapping[int, str] | None = None,
    ) -> None:
        """One row per saved item; ``hints`` add a short note (e.g. who owns it now)."""
        clear_layout(self.grid)
        saved = [(i.id, i) for i in items if i.id is not None]
        self._items = [i for _, i in saved]
        self._boxes = {}
        for row, (item_id, item) in enumerate(saved):
            title = QLabel(item.title)
            title.setWordWrap(True)
            title.setTextFormat(Qt.TextFormat.PlainText)
            mode = QLabel(tr("strategy") if item.mode == Mode.STRATEGY else tr("execution"))
            mode.setProperty("role", item.mode.value)
            hint = (hints or {}).get(item_id, "")
            note = caption(hint)
            note.setVisible(bool(hint))
            box = hours_box(tr("Hours on {0}").format(item.title))
            box.setSpecialValueText(tr("—"))  # a dash for "none", so given hours stand out
            box.setValue(hours.get(item_id, 0.0))
            box.valueChanged.connect(self.changed)
            title.setBuddy(box)
            self.grid.addWidget(title, row, 0)
            self.grid.addWidget(note, row, 1)
            self.grid.addWidget(mode, row, 2)
            self.grid.addWidget(box, row, 3)
            self._boxes[item_id] = box
        self.empty.setVisible(not self._items)
        self.fill.setVisible(bool(self._items))
        self.set_expanded(any(h > 0 for h in hours.values()))

    def set_hours(self, hours: Mapping[int, float]) -> None:
        """Every item's hours at once (a fill, or its undo): 0 for those not given."""
        for item_id, box in self._boxes.items():
            blocked = box.blockSignals(True)
            box.setValue(hours.get(item_id, 0.0))
            box.blockSignals(blocked)
        if any(h > 0 for h in hours.values()):
            self.set_expanded(True)
        self.changed.emit()

    def item_hours(self) -> tuple[tuple[int, float], ...]:
        """The items given any hours, in inventory order."""
        return tuple((i, box.value()) for i, box in self._boxes.items() if box.value() > 0)

    def items_split(self) -> Split:
        given = dict(self.item_hours())
        counted = [
            replace(i, hours=given[i.id]) for i in self._items if i.id is not None and i.id in given
        ]
        return current_split(counted)

    def boxes(self) -> list[QDoubleSpinBox]:
        return list(self._boxes.values())

    def box(self, item_id: int) -> QDoubleSpinBox:
        return self._boxes[item_id]

    # ------------------------------------------------------------ showing
    def set_expanded(self, expanded: bool) -> None:
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)  # comes back here through ``toggled``
            return
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)

    def is_expanded(self) -> bool:
        return self.toggle.isChecked()

    def show_totals(self, items_total: float, week_total: float, match: bool) -> None:
        """The live message beside the section; blank while no item has hours."""
        if not self.item_hours():
            self.sum_label.setText("")
        elif match:
            set_role(self.sum_label, "caption")
            self.sum_label.setText(
                tr("Items add up to {0}, as the week does.").format(format_hours(items_total))
            )
        else:
            set_role(self.sum_label, "error")
            self.sum_label.setText(
                tr("Items add up to {0}; the week has {1}").format(
                    format_hours(items_total), format_hours(week_total)
                )
            )
        self.sum_label.setAccessibleDescription(self.sum_label.text())

    def show_error(self, message: str | None) -> None:
        # The boxes are not marked invalid: a border stylesheet squashes a spin box's arrows.
        self.error.show_error(message)
        if message:
            self.set_expanded(True)

    def show_boomerangs(self, messages: Sequence[str]) -> None:
        self.boomerang_lines.setText("\n".join(f"↩ {m}" for m in messages))
        self.boomerang_box.setVisible(bool(messages))

    def boomerang_text(self) -> str:
        return self.boomerang_lines.text() if self.boomerang_box.isVisibleTo(self) else ""
