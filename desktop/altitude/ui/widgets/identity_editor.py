"""Pick, reword and add "who I need to become" statements.

A checkable list: suggestions from the catalogue plus the user's own. Double-click (or
F2) rewords a statement in place; the field below adds a new one, already ticked.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.validation import MAX_IDENTITY, MAX_TITLE
from altitude.ui.widgets.fields import ErrorLabel
from altitude.ui.widgets.plan_catalogue import IdentitySuggestion

_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsUserCheckable
    | Qt.ItemFlag.ItemIsEditable
)


class IdentityEditor(QWidget):
    changed = Signal()  # a statement was ticked, unticked, reworded or added

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Statements of who you need to become"))
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemChanged.connect(self._item_changed)
        self.new_text = QLineEdit()
        self.new_text.setMaxLength(MAX_TITLE)
        self.new_text.setPlaceholderText(self.tr('Add your own, e.g. "Ask before I answer"'))
        self.new_text.setAccessibleName(self.tr("Your own statement"))
        self.new_text.returnPressed.connect(self.add_own)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add your own statement"))
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_own)
        self.new_text.textChanged.connect(lambda t: self.add_button.setEnabled(bool(t.strip())))
        self.count_label = QLabel()
        self.count_label.setProperty("role", "caption")
        self.error = ErrorLabel(self.list)

        add_row = QHBoxLayout()
        add_row.addWidget(self.new_text, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.count_label)
        layout.addWidget(self.error)
        self._show_count()

    def set_choices(self, suggestions: Sequence[IdentitySuggestion], chosen: Sequence[str]) -> None:
        """Suggestions first, then the user's own; ``chosen`` ticked. Emits nothing."""
        if list(self.chosen()) == list(chosen) and self.list.count():
            return  # keep scroll position and any selection when nothing changed
        blocked = self.list.blockSignals(True)
        self.list.clear()
        known = set()
        for suggestion in suggestions:
            self._append(
                suggestion.statement, suggestion.statement in chosen, suggestion.explanation
            )
            known.add(suggestion.statement)
        for statement in chosen:
            if statement not in known:
                self._append(statement, True, "")
        self.list.blockSignals(blocked)
        self._show_count()

    def chosen(self) -> tuple[str, ...]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return tuple(
            item.text().strip() for item in items if item.checkState() == Qt.CheckState.Checked
        )

    def add_own(self) -> None:
        text = self.new_text.text().strip()
        if not text:
            return
        matches = self.list.findItems(text, Qt.MatchFlag.MatchFixedString)
        item = matches[0] if matches else self._append(text, True, "")
        item.setCheckState(Qt.CheckState.Checked)  # emits itemChanged -> changed
        self.list.scrollToItem(item)
        self.new_text.clear()
        if matches:
            return
        self._item_changed(item)

    def _append(self, text: str, checked: bool, explanation: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(_FLAGS)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if explanation:
            item.setToolTip(explanation)
            item.setStatusTip(explanation)
        self.list.addItem(item)
        return item

    def _item_changed(self, _item: QListWidgetItem) -> None:
        self._show_count()
        self.changed.emit()

    def _show_count(self) -> None:
        self.count_label.setText(
            self.tr(
                "{0} chosen (up to {1}). Double-click a statement to put it in your own words."
            ).format(len(self.chosen()), MAX_IDENTITY)
        )
