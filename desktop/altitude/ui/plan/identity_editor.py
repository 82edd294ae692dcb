"""Pick, reword and add "who I need to become" statements.

A checkable list: suggestions from the catalogue plus the user's own. Double-click (or
F2) rewords a statement in place; the field below adds a new one, already ticked.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.validation import MAX_IDENTITY, MAX_TITLE
from altitude.services.catalogue import IdentitySuggestion
from altitude.ui.shared.fields import ErrorLabel, SubmitLineEdit

EXPLANATION = Qt.ItemDataRole.UserRole + 1
TEXT_MARGIN = 4  # the style's own gap before item text
Index = QModelIndex | QPersistentModelIndex

_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsUserCheckable
    | Qt.ItemFlag.ItemIsEditable
)


class _StatementDelegate(QStyledItemDelegate):
    """The statement, and under it what it means in smaller, quieter text."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        if index.data(EXPLANATION):
            size.setHeight(size.height() + option.fontMetrics.height() + 4)
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        explanation = index.data(EXPLANATION)
        if not explanation:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        metrics = opt.fontMetrics
        line = metrics.height()
        width = text.width() - 2 * TEXT_MARGIN
        rect = QRect(text.left() + TEXT_MARGIN, text.top() + line + 3, width, line)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.save()
        painter.setPen(opt.palette.color(role))
        elided = metrics.elidedText(explanation, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        painter.restore()


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
        self.list.setItemDelegate(_StatementDelegate(self.list))
        self.list.itemChanged.connect(self._item_changed)
        self.new_text = SubmitLineEdit()
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
        self.count_label.setWordWrap(True)  # one long line made the Plan page scroll sideways
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
        """``chosen`` first, ticked and in their order, then the other suggestions. Quiet."""
        if list(self.chosen()) == list(chosen) and self.list.count():
            return  # keep scroll position and any selection when nothing changed
        explanations = {s.statement: s.explanation for s in suggestions}
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for statement in chosen:
            self._append(statement, True, explanations.get(statement, ""))
        for suggestion in suggestions:
            if suggestion.statement not in chosen:
                self._append(suggestion.statement, False, suggestion.explanation)
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
            item.setData(EXPLANATION, explanation)
            item.setToolTip(explanation)
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
