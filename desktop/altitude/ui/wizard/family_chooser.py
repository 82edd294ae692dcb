"""Which field's suggestions a page shows: the one the role words suggest, or another.

The wizard holds the choice (``PlanWizard.pick_family``); the identity and tasks steps each
show one of these, kept in step with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from altitude.services.guidance.families import Family, Suggestion
from altitude.ui.shared.fields import caption, quietly


def tr(text: str) -> str:
    return QCoreApplication.translate("FamilyChooser", text)


def why_text(suggestion: Suggestion, shown: Family) -> str:
    """One line on where the suggestions come from."""
    if shown.id != suggestion.family.id:
        return tr("Showing suggestions for {0}, as you chose.").format(shown.name)
    if suggestion.family.fallback:
        return tr(
            "Your role's title didn't point to one field, so these suggestions fit most teams."
        )
    words = ", ".join(f"\u201c{w}\u201d" for w in suggestion.matched[:3])
    return tr("Suggestions for {0}, because your roles mention {1}.").format(
        suggestion.family.name, words
    )


class FamilyChooser(QWidget):
    picked = Signal(str)  # a family id, chosen by the user

    def __init__(self, families: Sequence[Family], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.why = caption("")
        self.combo = QComboBox()
        self.combo.setAccessibleName(tr("Field the suggestions are for"))
        for family in families:
            self.combo.addItem(family.name, family.id)
        self.combo.activated.connect(lambda i: self.picked.emit(self.combo.itemData(i)))
        label = QLabel(tr("Not your field? Choose another:"))
        label.setBuddy(self.combo)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.combo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.why)
        layout.addLayout(row)
        self.setVisible(bool(families))

    def show_choice(self, suggestion: Suggestion, shown: Family) -> None:
        index = self.combo.findData(shown.id)
        quietly(self.combo, lambda: self.combo.setCurrentIndex(index))
        self.why.setText(why_text(suggestion, shown))

    def current_id(self) -> str:
        return str(self.combo.currentData() or "")
