"""One or two reflection prompts with room to answer; typed answers survive a change of prompts.

Which prompts a week asks is the service's choice (``Altitude.prompts``: rotating, the
boomerang question first when delegated work came back). ``choose_prompts`` only adds
what is already on the page: the prompts a saved week answered, and anything typed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from altitude.domain.entities import ReflectionAnswer
from altitude.domain.weeks import IsoWeek
from altitude.services import Altitude
from altitude.ui.shared.fields import ErrorLabel, PlainTextField

ANSWER_LINES = 3


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckinPrompts", text)


def choose_prompts(
    service: Altitude,
    week: IsoWeek,
    saved: Sequence[str],
    pulled_back: bool,
    typed: Sequence[str] = (),
) -> list[str]:
    """The week's prompts: a saved week keeps its own; the boomerang question leads when
    delegated work came back; anything already typed stays on the page."""
    suggested = service.prompts(week, pulled_back=pulled_back)
    if saved:
        usual = set(service.prompts(week, pulled_back=False))
        lead = [p for p in suggested if p not in usual and p not in saved]
        base = lead + list(saved)
    else:
        base = list(suggested)
    return base + [p for p in typed if p not in base]


class ReflectionSection(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts: dict[str, str] = {}
        self._prompts: list[str] = []
        self.fields: dict[str, PlainTextField] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.error = ErrorLabel()
        self._layout.addWidget(self.error)

    def reset(self, answers: Mapping[str, str]) -> None:
        """Start a week afresh with its saved answers (prompt → answer)."""
        self._texts = dict(answers)
        self._prompts = []
        self._rebuild([])

    def set_prompts(self, prompts: Sequence[str]) -> None:
        if list(prompts) != self._prompts:
            self._rebuild(prompts)

    def prompts(self) -> list[str]:
        return list(self._prompts)

    def typed_prompts(self) -> list[str]:
        """Prompts with an answer typed or saved, so a change of prompts keeps them."""
        return [p for p, text in self._texts.items() if text.strip()]

    def answers(self) -> tuple[ReflectionAnswer, ...]:
        """Only what was answered: an empty answer is not a reflection."""
        return tuple(
            ReflectionAnswer(p, self._texts[p].strip())
            for p in self._prompts
            if self._texts.get(p, "").strip()
        )

    def answer(self, prompt: str, text: str) -> None:
        self.fields[prompt].setPlainText(text)

    def show_error(self, message: str | None) -> None:
        self.error.show_error(message)

    def _rebuild(self, prompts: Sequence[str]) -> None:
        for field in self.fields.values():
            field.setParent(None)
            field.deleteLater()
        for label in self.findChildren(QLabel, "prompt"):
            label.setParent(None)
            label.deleteLater()
        self._prompts = list(prompts)
        self.fields = {}
        for prompt in self._prompts:
            label = QLabel(prompt)
            label.setObjectName("prompt")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            field = PlainTextField()
            field.setAccessibleName(prompt)
            field.setPlaceholderText(tr("A sentence or two is enough."))
            field.set_text_quietly(self._texts.get(prompt, ""))
            lines = QFontMetrics(field.font()).lineSpacing() * ANSWER_LINES
            field.setFixedHeight(lines + 14)
            field.textChanged.connect(lambda p=prompt, f=field: self._typed(p, f))
            label.setBuddy(field)
            index = self._layout.count() - 1  # the error label stays last
            self._layout.insertWidget(index, label)
            self._layout.insertWidget(index + 1, field)
            self.fields[prompt] = field

    def _typed(self, prompt: str, field: PlainTextField) -> None:
        self._texts[prompt] = field.toPlainText()
        self.changed.emit()
