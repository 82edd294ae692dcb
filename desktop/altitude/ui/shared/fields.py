"""Small form pieces shared by the wizard and the Plan page.

An error shows in a label beside its field (``role="error"`` in the stylesheets) and
the field gets ``invalid="true"``; both clear when the problem is gone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from altitude.i18n import formats
from altitude.i18n.sentence import ERRORS, Problem, shown
from altitude.ui.locale_formats import date_display_format

DEBOUNCE_MS = 700  # long enough to finish a burst of arrow presses or typing


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def format_day(day: date) -> str:
    """ "23 Nov 2026", "23. Nov. 2026", "23 nov. 2026": no day/month order to misread."""
    return formats.day(day)


def date_edit(accessible: str, day: date | None = None) -> QDateEdit:
    """A date field with a calendar pop-up, as wide as its text."""
    edit = QDateEdit()
    if day is not None:
        edit.setDate(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_display_format())  # as format_day writes it
    edit.setAccessibleName(accessible)
    edit.setMinimumWidth(150)
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return edit


def picked_day(edit: QDateEdit) -> date:
    picked = edit.date()
    return date(picked.year(), picked.month(), picked.day())


class ErrorLabel(QLabel):
    """A message next to a field; hidden while there is nothing to say."""

    def __init__(self, field: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setProperty("role", "error")
        self.setWordWrap(True)
        self.setVisible(False)
        self._message = ""

    def show_error(self, message: str | None) -> None:
        """Show ``message`` in the app's language: the domain's and services' messages
        come in English (the CLI prints them so), marked for translation where written."""
        message = shown(message) if message else message
        self._message = message or ""
        self.setText(f"⚠ {message}" if message else "")
        self.setAccessibleName(message or "")
        self.setVisible(bool(message))
        if self.field is not None:
            mark_invalid(self.field, bool(message))

    def message(self) -> str:
        return self._message


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    if widget.property("invalid") == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)  # property selectors only apply after a re-polish
    widget.style().polish(widget)


def clear_layout(layout: QLayout) -> None:
    """Take every widget out of ``layout`` and delete it (before a grid is built anew)."""
    while layout.count():
        taken = layout.takeAt(0)
        widget = taken.widget() if taken is not None else None
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()


def quietly(widget: QWidget, change: Callable[[], object]) -> None:
    """Run ``change`` on ``widget`` without its signals: showing state must not save it."""
    blocked = widget.blockSignals(True)
    try:
        change()
    finally:
        widget.blockSignals(blocked)


class FieldCell(QWidget):
    """A field with its error label right under it, as one form cell; ``rows`` lays them out."""

    def __init__(self, field: QWidget, error: ErrorLabel) -> None:
        super().__init__()
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(2)
        self.rows.addWidget(field)
        self.rows.addWidget(error)


def with_error(field: QWidget, error: ErrorLabel) -> FieldCell:
    """``field`` with its error label right under it, as one form cell."""
    return FieldCell(field, error)


def action_button(text: str, slot: Callable[[], object], tip: str) -> QPushButton:
    """A page's push button: its text read aloud without the "…", a tip, and its action."""
    button = QPushButton(text)
    button.setAccessibleName(text.rstrip("…"))
    button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


def caption(text: str) -> QLabel:
    """Secondary text: guidance under a heading."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "caption")
    return label


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class SubmitLineEdit(QLineEdit):
    """A line whose Enter belongs to it (e.g. "Add"), not to the dialog's default button."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # QLineEdit ignores Enter so dialogs can act on it; we keep it


class PlainTextField(QPlainTextEdit):
    """A multi-line field that, like QLineEdit, says when an edit is finished (focus out)."""

    editingFinished = Signal()  # noqa: N815 - Qt's naming, to match QLineEdit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self._dirty = False
        self.textChanged.connect(self._mark_dirty)

    def _mark_dirty(self) -> None:
        self._dirty = True

    def set_text_quietly(self, text: str) -> None:
        """Show ``text`` without signals, leaving the cursor alone when nothing changed."""
        if self.toPlainText() != text:
            blocked = self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(blocked)
        self._dirty = False

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        if self._dirty:
            self._dirty = False
            self.editingFinished.emit()


class Debouncer(QObject):
    """Calls ``fired`` once, a moment after the last ``poke``; ``flush`` fires it now."""

    fired = Signal()

    def __init__(self, parent: QObject | None = None, ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ms)
        self._timer.timeout.connect(self.fired)

    def poke(self) -> None:
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        self.fired.emit()

    def cancel(self) -> None:
        self._timer.stop()

    def pending(self) -> bool:
        return self._timer.isActive()


def error_text(exc: BaseException) -> str:
    """What a dialog shows for ``exc``: its message in the app's language. A
    ValidationError shows each field's message, one a line; the CLI prints ``str(exc)``."""
    errors = getattr(exc, "errors", None)
    if isinstance(errors, dict) and errors:
        return "\n".join(shown(m) for m in errors.values())
    first = exc.args[0] if exc.args else None
    if isinstance(first, Problem):
        return shown(first)
    text = str(exc)
    translated = shown(text, ERRORS)
    return translated if translated != text else shown(text)
