"""Settings' language choice: follow the system, or English, Deutsch, Français.

The choice is an app preference, not part of the plan (``altitude.i18n.preferences``):
it is needed before the plan opens, and undo, a restored backup or an imported plan must
not change it. It applies at the next start (``altitude.ui.language``), which the box says.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from altitude.errors import FileWriteError
from altitude.i18n.language import LANGUAGES, SYSTEM
from altitude.i18n.preferences import read_language, write_language
from altitude.ui.shared.fields import ErrorLabel, caption


def tr(text: str) -> str:
    return QCoreApplication.translate("LanguageBox", text)


class LanguageBox(QWidget):
    """The combo, the note that a restart applies it, and room for a write error."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.saved = read_language(folder)
        self.combo = QComboBox()
        self.combo.setObjectName("languageChoice")
        self.combo.setAccessibleName(tr("Language"))
        note = tr("Applies when you restart Altitude.")
        self.combo.setAccessibleDescription(note)
        self.combo.addItem(tr("Follow the system"), SYSTEM)
        for code, name in LANGUAGES.items():  # each in its own words, never translated
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(self.saved)))
        self.note = caption(note)
        self.note.setObjectName("languageNote")
        self.error = ErrorLabel(self.combo)
        row = QHBoxLayout()  # the note beside the combo: it reads as part of the choice
        row.setSpacing(10)
        row.addWidget(self.combo)
        row.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)

    def chosen(self) -> str:
        return str(self.combo.currentData())

    def save(self) -> bool:
        """Keep the choice for the next start; False (and the reason shown) if it could
        not be written. Nothing is written when it did not change."""
        if self.chosen() == self.saved:
            return True
        try:
            write_language(self.folder, self.chosen())
        except FileWriteError as exc:
            self.error.show_error(
                tr("Altitude could not keep the language: {0}").format(exc.reason)
            )
            return False
        self.saved = self.chosen()
        self.error.show_error(None)
        return True
