"""One or two reflection prompts with room to answer; typed answers survive a change of prompts.

Which prompts a week asks is the service's choice (``Altitude.prompts``: rotating, the
boomerang question first when delegated work came back). ``choose_prompts`` only adds
what is already on the page: the prompts a saved week answered, and anything typed.
Below them, every week, the standing questions (``domain.prompts.STANDING_PROMPTS``:
whom did you ask for feedback?); their answers are kept with the week's other answers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from altitude.domain.entities import ReflectionAnswer
from altitude.domain.prompts import STANDING_PROMPTS
from altitude.domain.weeks import IsoWeek
from altitude.services import Altitude
from altitude.ui.shared.fields import ErrorLabel, PlainTextField, caption

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
    chosen = base + [p for p in typed if p not in base]
    return [p for p in chosen if p not in STANDING_PROMPTS]  # always shown, below the rest


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
        self._rotating = QVBoxLayout()
        self._rotating.setContentsMargins(0, 0, 0, 0)
        self._rotating.setSpacing(4)
        self._layout.addLayout(self._rotating)
        self.standing = {p: self._field(p) for p in STANDING_PROMPTS}
        for prompt, field in self.standing.items():
            self._layout.addSpacing(6)
            self._layout.addWidget(self._label(prompt, field, "standingPrompt"))
            hint = tr(
                "Asked every week: a name and what about is enough; “no one” is an answer too."
            )
            self._layout.addWidget(caption(hint))
            self._layout.addWidget(field)
        self.error = ErrorLabel()
        self._layout.addWidget(self.error)
        self.fields = dict(self.standing)

    def reset(self, answers: Mapping[str, str]) -> None:
        """Start a week afresh with its saved answers (prompt → answer)."""
        self._texts = dict(answers)
        self._prompts = []
        for prompt, field in self.standing.items():
            field.set_text_quietly(self._texts.get(prompt, ""))
        self._rebuild([])

    def set_prompts(self, prompts: Sequence[str]) -> None:
        rotating = [p for p in prompts if p not in self.standing]
        if rotating != self._prompts:
            self._rebuild(rotating)

    def prompts(self) -> list[str]:
        """The week's rotating prompts (the standing questions are always there besides)."""
        return list(self._prompts)

    def typed_prompts(self) -> list[str]:
        """Prompts with an answer typed or saved, so a change of prompts keeps them."""
        return [p for p, text in self._texts.items() if text.strip() and p not in self.standing]

    def answers(self) -> tuple[ReflectionAnswer, ...]:
        """Only what was answered: an empty answer is not a reflection."""
        return tuple(
            ReflectionAnswer(p, self._texts[p].strip())
            for p in [*self._prompts, *self.standing]
            if self._texts.get(p, "").strip()
        )

    def answer(self, prompt: str, text: str) -> None:
        self.fields[prompt].setPlainText(text)

    def show_error(self, message: str | None) -> None:
        self.error.show_error(message)

    def _rebuild(self, prompts: Sequence[str]) -> None:
        for prompt in self._prompts:
            field = self.fields.pop(prompt)
            field.setParent(None)
            field.deleteLater()
        for label in self.findChildren(QLabel, "prompt"):
            label.setParent(None)
            label.deleteLater()
        while self._rotating.count():
            self._rotating.takeAt(0)
        self._prompts = list(prompts)
        rotating = {}
        for prompt in self._prompts:
            field = self._field(prompt)
            self._rotating.addWidget(self._label(prompt, field, "prompt"))
            self._rotating.addWidget(field)
            rotating[prompt] = field
        self.fields = {**rotating, **self.standing}  # in the order they are seen

    def _label(self, prompt: str, field: PlainTextField, name: str) -> QLabel:
        label = QLabel(prompt)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setBuddy(field)
        return label

    def _field(self, prompt: str) -> PlainTextField:
        field = PlainTextField()
        field.setAccessibleName(prompt)
        field.setPlaceholderText(tr("A sentence or two is enough."))
        field.set_text_quietly(self._texts.get(prompt, ""))
        lines = QFontMetrics(field.font()).lineSpacing() * ANSWER_LINES
        field.setFixedHeight(lines + 14)
        field.textChanged.connect(lambda p=prompt, f=field: self._typed(p, f))
        return field

    def _typed(self, prompt: str, field: PlainTextField) -> None:
        self._texts[prompt] = field.toPlainText()
        self.changed.emit()
