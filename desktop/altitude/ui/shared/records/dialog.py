"""A dialog that edits one record: each field with its message under it, checked against
the record's own description (``domain.records.problems``) before anything is saved.

A subclass builds its fields with ``text_field`` and ``cell``, says what it edits in
``record()`` and how to save it in ``save()`` (one undoable step through the page's
context, True when saved); ``accept`` shows what is wrong, or saves and closes.
``DialogHost``, mixed into a page, opens its dialogs without blocking and keeps the open
one at hand as ``dialog`` (tests drive it there); a closed one is deleted and forgotten.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from altitude.domain.records import problems
from altitude.ui.shared.fields import ErrorLabel, PlainTextField, with_error


class RecordDialog(QDialog):
    skip: tuple[str, ...] = ("id",)  # fields the dialog does not show (children, the id)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, ErrorLabel] = {}
        self.general = ErrorLabel()  # messages for fields without a place of their own
        self.saved_id: int | None = None  # the id a new record was saved under

    def text_field(self, accessible: str, value: str, hint: str, rows: int = 2) -> PlainTextField:
        field = PlainTextField()
        field.setAccessibleName(accessible)
        field.setPlainText(value)
        field.setPlaceholderText(hint)
        field.setFixedHeight(field.fontMetrics().lineSpacing() * rows + 14)
        return field

    def cell(self, name: str, field: QWidget) -> QWidget:
        """``field`` with the label its problems show in, for the record's field ``name``."""
        label = ErrorLabel(field)
        self.errors[name] = label
        return with_error(field, label)

    def button_box(self, ok_text: str) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def record(self) -> Any:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    def find_problems(self) -> dict[str, str]:
        """What is wrong with ``record()``, by field; a subclass may ask its service, which
        knows the rules across records (e.g. one boss)."""
        return problems(self.record(), skip=self.skip)

    def problems(self) -> dict[str, str]:
        """Every message shown beside a field right now, by field."""
        return {n: label.message() for n, label in self.errors.items() if label.message()}

    def check(self) -> dict[str, str]:
        """Show what is wrong beside each field; the messages, empty when it can be saved."""
        found = self.find_problems()
        for name, label in self.errors.items():
            label.show_error(found.get(name))
        unplaced = [m for n, m in found.items() if n not in self.errors]
        self.general.show_error(" ".join(unplaced) or None)
        return found

    def accept(self) -> None:
        """Save as one undoable step, or show what is wrong and save nothing."""
        if not self.check() and self.save():
            super().accept()


class DialogHost:
    """Mixed into a page: ``open_dialog`` shows a dialog modelessly as ``self.dialog``."""

    dialog: QDialog | None = None

    def open_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        dialog.open()

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
