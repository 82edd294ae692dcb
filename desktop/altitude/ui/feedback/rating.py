"""Rate yourself on a theme: five points, each in words, and why your view comes first.

``RatingPicker`` is the row of five choices (also the self-rating part of the entry
dialog); ``RateDialog`` asks for one rating and saves it through the page.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.growth.feedback import FeedbackTheme
from altitude.domain.growth.feedback_rules import self_rating_due
from altitude.ui.feedback.wording import rating_text, rating_words, tr
from altitude.ui.shared.fields import ErrorLabel, caption, format_day, heading


def why_first() -> str:
    return tr("Rate yourself first, so what others say doesn't move your own view.")


def scale_ask() -> str:
    return tr("How often do you do this, as someone watching you at work would see it?")


class RatingPicker(QWidget):
    """1 to 5, each with its words; ``rating()`` is None until one is chosen."""

    chosen = Signal(int)

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for value, words in rating_words().items():
            button = QRadioButton(f"{value}\n{words}")
            button.setAccessibleName(tr("{0}: {1}").format(accessible, rating_text(value)))
            self.group.addButton(button, value)
            row.addWidget(button)
        row.addStretch(1)
        self.group.idClicked.connect(self.chosen)

    def rating(self) -> int | None:
        value = self.group.checkedId()
        return value if value > 0 else None

    def set_rating(self, value: int | None) -> None:
        button = self.group.button(value) if value is not None else None
        if button is not None:
            button.setChecked(True)


class RateDialog(QDialog):
    """Your own rating of one theme, today."""

    def __init__(self, theme: FeedbackTheme, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.setWindowTitle(tr("Rate yourself"))
        self.picker = RatingPicker(tr("Your rating"))
        self.error = ErrorLabel(self.picker)
        latest = theme.latest_self_rating
        if latest is None:
            before = why_first()
        elif self_rating_due(theme, today):
            before = tr("Last time, on {0}, you gave yourself {1}. It's time to look again.")
        else:
            before = tr("Last time, on {0}, you gave yourself {1}.")
        if latest is not None:
            before = before.format(format_day(latest.on), rating_text(latest.rating))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Save my rating"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(theme.title))
        layout.addWidget(caption(scale_ask()))
        layout.addWidget(self.picker)
        layout.addWidget(self.error)
        layout.addWidget(caption(before))
        layout.addWidget(
            caption(tr("Rate what you do, not who you are. You'll be asked again in 90 days."))
        )
        layout.addWidget(buttons)
        self.resize(560, 0)

    def rating(self) -> int | None:
        return self.picker.rating()

    def accept(self) -> None:
        """Close only with a rating chosen."""
        if self.rating() is None:
            self.error.show_error(tr("Choose a rating from 1 to 5."))
            return
        super().accept()
