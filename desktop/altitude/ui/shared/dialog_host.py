"""A page that opens its dialogs without blocking and keeps the open one at hand (tests
drive it there); a closed dialog is deleted and forgotten."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


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
