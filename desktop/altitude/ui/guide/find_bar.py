"""Find in the page (Ctrl+F): a small bar under the text, Enter for the next match.

The search wraps: past the last match it starts again at the top, and says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextBrowser, QWidget


class FindBar(QWidget):
    def __init__(self, browser: QTextBrowser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = browser
        self.field = QLineEdit()
        self.field.setAccessibleName(self.tr("Find in this page"))
        self.field.setPlaceholderText(self.tr("Find in this page"))
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self.find_next)
        self.field.textEdited.connect(lambda _text: self.find_from_top())
        self.previous = QPushButton(self.tr("Previous"))
        self.previous.setAccessibleName(self.tr("Previous match"))
        self.previous.clicked.connect(self.find_previous)
        self.next = QPushButton(self.tr("Next"))
        self.next.setAccessibleName(self.tr("Next match"))
        self.next.clicked.connect(self.find_next)
        self.result = QLabel()
        self.result.setAccessibleName(self.tr("Find result"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        self.close_button.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.field, 1)
        for widget in (self.previous, self.next, self.result, self.close_button):
            layout.addWidget(widget)
        self.hide()

    def open(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.browser.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def find_from_top(self) -> bool:
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        return self.find_next()

    def find_next(self) -> bool:
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        text = self.field.text()
        if not text:
            self.result.setText("")
            return False
        if self.browser.find(text, flags):
            self.result.setText("")
            return True
        backward = bool(flags & QTextDocument.FindFlag.FindBackward)
        end = QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
        self.browser.moveCursor(end)  # wrap round and try once more
        if self.browser.find(text, flags):
            self.result.setText(self.tr("From the end") if backward else self.tr("From the top"))
            return True
        self.result.setText(self.tr("Not found"))
        return False
