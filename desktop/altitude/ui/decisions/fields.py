"""The editor's own field widgets: a percent that can be "not given", a checkable list."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSizePolicy, QSpinBox, QWidget

NOT_GIVEN = -1  # a percent spin box's special value: the user has not said yet


def tr(text: str) -> str:
    return QCoreApplication.translate("DecisionFields", text)


class PercentBox(QSpinBox):
    """0 to 100 %, starting at "Not given": a guessed confidence would flatter the
    calibration, so the user always types their own."""

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(NOT_GIVEN, 100)
        self.setSpecialValueText(tr("Not given"))
        self.setSuffix(" %")
        self.setSingleStep(5)
        self.setValue(NOT_GIVEN)
        self.setAccessibleName(accessible)
        self.setMinimumWidth(110)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


class CheckList(QListWidget):
    """Pick several: one checkable row per (id, label)."""

    def __init__(self, accessible: str, empty: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible)
        self._empty = empty
        self.setMaximumHeight(110)

    def set_choices(self, choices: Iterable[tuple[int, str]], checked: Iterable[int]) -> None:
        self.clear()
        ticked = set(checked)
        for key, label in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in ticked else Qt.CheckState.Unchecked)
            self.addItem(item)
        if self.count() == 0:
            item = QListWidgetItem(self._empty)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)
        self.setMaximumHeight(min(110, 8 + 24 * max(1, self.count())))

    def checked(self) -> list[int]:
        found = []
        for row in range(self.count()):
            item = self.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            if key is not None and item.checkState() == Qt.CheckState.Checked:
                found.append(int(key))
        return found

    def set_checked(self, key: int, checked: bool = True) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                item.setCheckState(state)
