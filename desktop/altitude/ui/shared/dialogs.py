"""Every message box and file dialog goes through here, so tests never block on a modal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class DialogService:
    """The real dialogs. Tests pass a ``ScriptedDialogs`` instead (tests/ui/fakes.py)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def bug(self, message: str, log_path: Path | None, details: str) -> None:
        """An unexpected error: what happened, where the log is, and the details to copy."""
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            tr("Something went wrong"),
            message,
            QMessageBox.StandardButton.NoButton,
            self.parent,
        )
        box.setAccessibleName(tr("Unexpected error"))
        where = tr("The details are in {0}.").format(log_path) if log_path else ""
        box.setInformativeText(where)
        box.setDetailedText(details)
        close = box.addButton(QMessageBox.StandardButton.Close)
        close.setAccessibleName(tr("Close"))
        copy = box.addButton(tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.setAccessibleName(tr("Copy the details to the clipboard"))
        box.setDefaultButton(close)
        # Every button closes a message box: after a copy it is shown again, until closed.
        while True:
            box.exec()
            if box.clickedButton() is not copy:
                break
            QApplication.clipboard().setText(details)
            box.setInformativeText(f"{where} {tr('The details are on the clipboard.')}".strip())
        box.deleteLater()

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self.parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None

    def save_path(self, title: str, suggested: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, filters)
        return Path(path) if path else None

    def open_path(self, title: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, "", filters)
        return Path(path) if path else None


class ScriptedDialogs(DialogService):
    """Answers from a script and records every call; for tests and headless runs."""

    def __init__(
        self,
        confirm: bool = True,
        text: str | None = None,
        path: Path | None = None,
    ) -> None:
        super().__init__(None)
        self.answer_confirm = confirm
        self.answer_text = text
        self.answer_path = path
        self.calls: list[tuple[str, str, str]] = []
        self.bug_details: list[str] = []

    def info(self, title: str, text: str) -> None:
        self.calls.append(("info", title, text))

    def error(self, title: str, text: str) -> None:
        self.calls.append(("error", title, text))

    def confirm(self, title: str, text: str) -> bool:
        self.calls.append(("confirm", title, text))
        return self.answer_confirm

    def bug(self, message: str, log_path: Path | None, details: str) -> None:
        self.calls.append(("bug", message, str(log_path)))
        self.bug_details.append(details)

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        self.calls.append(("ask_text", title, label))
        return self.answer_text

    def save_path(self, title: str, suggested: str, filters: str) -> Path | None:
        self.calls.append(("save_path", title, suggested))
        return self.answer_path

    def open_path(self, title: str, filters: str) -> Path | None:
        self.calls.append(("open_path", title, filters))
        return self.answer_path

    def errors(self) -> list[str]:
        return [text for kind, _, text in self.calls if kind == "error"]
