"""The inventory as a table: title, mode, hours, the app's suggestion and the user's decision,
with the editors for its mode and hours columns.

The model never saves anything. An accepted edit is announced with ``edit_requested(old,
new)`` for the page to carry out through ``ctx.perform``; the page then hands the saved
items back with ``set_items``. A refused edit is announced with ``invalid(item, message)``
using the same rules the service enforces (``altitude.domain.validation``).
"""

from __future__ import annotations

from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from altitude.domain.entities import Decision, InventoryItem, Mode
from altitude.domain.metrics import format_hours
from altitude.domain.validation import validate_item
from altitude.domain.weighing import recommend_item
from altitude.i18n import translate_marked
from altitude.ui.shared.table_model import RIGHT_ALIGNED, Index, RowTableModel
from altitude.ui.shared.theme import EXECUTION, STRATEGY

ITEM_ROLE = Qt.ItemDataRole.UserRole  # the InventoryItem itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts naturally (hours as numbers)


def tr(text: str) -> str:
    return QCoreApplication.translate("Inventory", text)


def mode_label(mode: Mode) -> str:
    return tr("Strategy") if mode == Mode.STRATEGY else tr("Execution")


def mode_colour(mode: Mode) -> QColor:
    return QColor(STRATEGY if mode == Mode.STRATEGY else EXECUTION)


def mode_swatch(mode: Mode) -> QIcon:
    """A colour square that keeps its colour on a selected row (a bare QColor is tinted)."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(mode_colour(mode))
    icon = QIcon()
    for icon_mode in (QIcon.Mode.Normal, QIcon.Mode.Selected):
        icon.addPixmap(pixmap, icon_mode)
    return icon


def decision_label(decision: Decision) -> str:
    labels = {
        Decision.KEEP: tr("Keep"),
        Decision.DELEGATE: tr("Delegate the outcome"),
        Decision.COACH: tr("Coach, then delegate"),
        Decision.STOP: tr("Stop doing it"),
        Decision.UNDECIDED: tr("Not decided"),
    }
    return labels[decision]


def decision_short_label(decision: Decision) -> str:
    """The same decisions in few words, for table cells."""
    labels = {
        Decision.KEEP: tr("Keep"),
        Decision.DELEGATE: tr("Delegate"),
        Decision.COACH: tr("Coach first"),
        Decision.STOP: tr("Stop"),
        Decision.UNDECIDED: tr("Not decided"),
    }
    return labels[decision]


class Column(IntEnum):
    TITLE = 0
    MODE = 1
    HOURS = 2
    SUGGESTED = 3
    DECISION = 4


EDITABLE = {Column.TITLE: "title", Column.MODE: "mode", Column.HOURS: "hours"}


class InventoryModel(RowTableModel[InventoryItem, Column]):
    edit_requested = Signal(object, object)  # old InventoryItem, new InventoryItem
    invalid = Signal(object, str)  # the item being edited, what is wrong
    columns = Column

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._swatches: dict[Mode, QIcon] = {}

    def row_key(self, row: InventoryItem) -> int | None:
        return row.id

    # ------------------------------------------------------------ contents
    def set_items(self, items: tuple[InventoryItem, ...] | list[InventoryItem]) -> None:
        """Show ``items``. Same rows in the same order: update in place, so editors,
        selection and sorting survive a save; otherwise start afresh."""
        self.set_rows(items)

    def item(self, row: int) -> InventoryItem:
        return self.row(row)

    # ------------------------------------------------------------ headers and cells
    def column_titles(self) -> tuple[str, ...]:
        return (tr("What you do"), tr("Mode"), tr("Hours"), tr("Suggested"),
                tr("Your decision"))  # fmt: skip

    def column_tips(self) -> tuple[str, ...]:
        return (
            tr("Something you spend time on in a typical week."),
            tr("Execution: doing, reviewing, fixing. Strategy: direction, people, decisions."),
            tr("Hours a week you spend on it."),
            tr("What Altitude suggests from your weighing; hover a row to see why."),
            tr("What you decided. Your decision always wins over the suggestion."),
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def cell_data(self, item: InventoryItem, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.EditRole:
            return {Column.TITLE: item.title, Column.MODE: item.mode.value,
                    Column.HOURS: float(item.hours)}.get(column)  # fmt: skip
        if role == SORT_ROLE:
            return self._sort_key(item, column)
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.MODE:
            return self._swatches.setdefault(item.mode, mode_swatch(item.mode))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.HOURS:
            return RIGHT_ALIGNED
        undecided = item.decision == Decision.UNDECIDED
        if role == Qt.ItemDataRole.FontRole and column == Column.DECISION and undecided:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = EDITABLE.get(Column(index.column()))
        if field is None:
            return False
        old = self._rows[index.row()]
        new = replace(old, **{field: _coerce(field, value)})
        if new == old:
            return True
        errors = validate_item(new)
        if errors:
            self.invalid.emit(old, errors.get(field) or next(iter(errors.values())))
            return False
        self.edit_requested.emit(old, new)
        return True

    # ------------------------------------------------------------ helpers
    def _display(self, item: InventoryItem, column: Column) -> str:
        if column == Column.TITLE:
            return item.title
        if column == Column.MODE:
            return mode_label(item.mode)
        if column == Column.HOURS:
            return format_hours(item.hours)
        if column == Column.SUGGESTED:
            return decision_short_label(recommend_item(item).decision)
        return decision_short_label(item.decision)

    def _sort_key(self, item: InventoryItem, column: Column) -> Any:
        if column == Column.HOURS:
            return float(item.hours)
        return self._display(item, column).casefold()

    def _tooltip(self, item: InventoryItem, column: Column) -> str | None:
        if column == Column.SUGGESTED:
            advice = recommend_item(item)
            return (
                f"{decision_label(advice.decision)}: {translate_marked('Weighing', advice.reason)}"
            )
        if column == Column.DECISION and item.decision == Decision.UNDECIDED:
            return tr("Not decided yet: choose in the weighing panel.")
        if column == Column.TITLE:  # the full title, which a narrow column cuts short
            return f"{item.title}\n\n{item.notes}" if item.notes else item.title
        return None


def _coerce(field: str, value: Any) -> Any:
    """Editors hand over text or numbers; anything unusable is left for validation to name."""
    if field == "title":
        return value.strip() if isinstance(value, str) else value
    if field == "mode":
        try:
            return Mode(value)
        except (ValueError, TypeError):
            return value
    if isinstance(value, str):
        try:
            return float(value.strip().replace(",", "."))
        except ValueError:
            return value
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


class ModeDelegate(QStyledItemDelegate):
    """Edits the mode column with a two-choice combo box."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(tr("Mode"))
        for mode in Mode:
            combo.addItem(mode_label(mode), mode.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if not isinstance(editor, QComboBox):
            return
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if not isinstance(editor, QComboBox):
            return
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class HoursDelegate(QStyledItemDelegate):
    """Edits hours with a spin box. It allows a little more than the rules do, so a wrong
    number gets a message saying what is allowed instead of being silently clamped."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QDoubleSpinBox(parent)
        spin.setAccessibleName(tr("Hours per week"))
        spin.setRange(0.0, 168.0)
        spin.setDecimals(2)
        spin.setSingleStep(0.5)
        spin.setSuffix(tr(" h"))
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if not isinstance(editor, QDoubleSpinBox):
            return
        editor.setValue(float(index.data(Qt.ItemDataRole.EditRole) or 0.0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if not isinstance(editor, QDoubleSpinBox):
            return
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
