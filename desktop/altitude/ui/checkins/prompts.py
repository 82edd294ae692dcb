"""One or two reflection prompts with room to answer; typed answers survive a change of prompts.

Which prompts a week asks: first those the plan's state calls for (``domain.prompts``'
table of rules: a take-back, work that came back, a milestone review near, a month-old
narrative, a week above the glide path), then the rotating ones (``Altitude.prompts``) up
to two. ``choose_prompts`` also keeps what is already on the page: the prompts a saved
week answered, and anything typed. Below them, once a month, the motive check (a choice,
``domain.guidance.motive``) and, when control keeps coming back, its note, once; then,
every week, the standing questions (``domain.prompts.STANDING_PROMPTS``: whom did you ask
for feedback?). Every answer is kept with the week's answers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from altitude.domain.entities import ReflectionAnswer, WeeklyCheckIn
from altitude.domain.guidance.motive import (
    CONTROL_NOTE_PROMPT,
    MOTIVE_PROMPT,
    ControlNote,
    ControlSign,
    Motive,
    MotiveCheck,
    control_note,
)
from altitude.domain.prompts import STANDING_PROMPTS, Rule, fitting_prompts, standing_prompts
from altitude.i18n.resource_texts import translate_json
from altitude.paths import load_json_resource
from altitude.services import Altitude
from altitude.ui.shared.fields import ErrorLabel, PlainTextField, caption

ANSWER_LINES = 3
WEEK_PROMPTS = 2  # the fitting prompts first, the rotating ones fill up to two


def apart() -> frozenset[str]:
    """Shown apart from the text prompts: the standing questions (in English and as asked
    now), the motive check's choice and the note about control."""
    return frozenset({*STANDING_PROMPTS, *standing_prompts(), MOTIVE_PROMPT, CONTROL_NOTE_PROMPT})


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckinPrompts", text)


def choose_prompts(
    service: Altitude,
    draft: WeeklyCheckIn,
    saved: Sequence[str],
    pulled_back: bool,
    typed: Sequence[str] = (),
) -> list[str]:
    """The week's prompts: a saved week keeps its own (the boomerang question leads when
    delegated work came back); a new week asks what the state calls for, then rotating
    prompts; anything already typed stays on the page."""
    came_back = boomerang_question() if pulled_back else None
    fitting = fitting_prompts(service.state, draft, service.today(), came_back)
    if saved:
        live = [f.text for f in fitting if f.rule == Rule.CAME_BACK and f.text not in saved]
        base = live + list(saved)
    else:
        base = [f.text for f in fitting]
        rotating = [p for p in service.prompts(draft.week, WEEK_PROMPTS) if p not in base]
        base += rotating[: max(0, WEEK_PROMPTS - len(base))]
    chosen = base + [p for p in typed if p not in base]
    shown_apart = apart()
    return [p for p in chosen if p not in shown_apart]  # shown apart, below the rest


def prompt_key(service: Altitude, draft: WeeklyCheckIn, pulled_back: bool) -> tuple[bool, bool]:
    """What, in the week as typed, can change its prompts: the check-in chooses them again
    when this changes (work came back; the week's share crossed the glide path)."""
    fitting = fitting_prompts(service.state, draft, service.today())
    return pulled_back, any(f.rule == Rule.ABOVE_PATH for f in fitting)


def boomerang_question() -> str:
    """The question about delegated work that came back, in the app's language."""
    question: str = translate_json("prompts", load_json_resource("prompts.json"))["boomerang"]
    return question


def motive_label(motive: Motive) -> str:
    return {
        Motive.LIKED: tr("Being liked"),
        Motive.OWN_WINS: tr("My own wins"),
        Motive.THROUGH_OTHERS: tr("Impact through others"),
        Motive.CONTROL: tr("Control"),
    }[motive]


def control_note_text(note: ControlNote) -> str:
    """The note about control, kind and with its source, in plain words."""
    sign = (
        tr("you took work back")
        if note.sign == ControlSign.TAKEN_BACK
        else tr("most of your handovers sit at level 1 or 2, where you still decide")
    )
    times = (
        tr("in each of your last {0} motive checks").format(note.of)
        if note.count == note.of
        else tr("in {0} of your last {1} motive checks").format(note.count, note.of)
    )
    return tr(
        "A note, once: “control” was your answer {0}, and {1}. McClelland and Burnham, "
        "who studied managers for years (“Power Is the Great Motivator”, 1976), found that "
        "the managers with the best teams wanted influence for the team's sake rather than "
        "control of the work, and kept that wish in check. Wanting control is human; the "
        "question is whether it leaves your team room to grow."
    ).format(times, sign)


class MotiveCheckSection(QWidget):
    """Once a month: which satisfaction are you after? A choice, kept with the answers."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check: MotiveCheck | None = None
        self._saved_note = ""
        self.choice = QComboBox()
        self.choice.setAccessibleName(tr("Which satisfaction are you after this month?"))
        self.choice.addItem(tr("Choose one (or leave it for now)"), None)
        for motive in Motive:
            self.choice.addItem(motive_label(motive), motive.value)
        self.choice.currentIndexChanged.connect(self._chosen)
        label = QLabel(tr("This month's motive check: which satisfaction are you after?"))
        label.setObjectName("motivePrompt")  # not "prompt": those go when prompts change
        label.setWordWrap(True)
        label.setBuddy(self.choice)
        self.note = QLabel()
        self.note.setObjectName("controlNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setProperty("role", "caption")
        self.note.setFrameShape(QLabel.Shape.StyledPanel)
        self.note.setMargin(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(label)
        layout.addWidget(caption(tr(
            "Being liked, your own wins, impact through others, or control: no answer is "
            "wrong; noticing it is the point. Asked once a month.")))  # fmt: skip
        layout.addWidget(self.choice, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.note)
        self.note.hide()

    def load(self, check: MotiveCheck | None, answers: Mapping[str, str]) -> None:
        """The week's check (None: no plan state to judge) and its saved answers."""
        self._check = check
        self._saved_note = answers.get(CONTROL_NOTE_PROMPT, "")
        saved = answers.get(MOTIVE_PROMPT, "")
        index = max(self.choice.findData(saved), 0) if saved else 0
        blocked = self.choice.blockSignals(True)
        self.choice.setCurrentIndex(index)
        self.choice.blockSignals(blocked)
        self.setVisible(bool(saved) or (check is not None and check.due))
        self._show_note()

    def chosen(self) -> Motive | None:
        value = None if self.isHidden() else self.choice.currentData()
        return Motive(value) if isinstance(value, str) else None

    def note_text(self) -> str:
        """The note as shown, or "" when it is not."""
        return self.note.text() if not self.note.isHidden() else ""

    def answers(self) -> tuple[ReflectionAnswer, ...]:
        chosen, note = self.chosen(), self.note_text()
        found = [ReflectionAnswer(MOTIVE_PROMPT, chosen.value)] if chosen else []
        return (*found, *([ReflectionAnswer(CONTROL_NOTE_PROMPT, note)] if note else []))

    def _chosen(self) -> None:
        self._show_note()
        self.changed.emit()

    def _show_note(self) -> None:
        """A note saved with this week stays; otherwise it shows when it is due."""
        text = self._saved_note
        if not text and self._check is not None:
            note = control_note(self._check, self.chosen())
            text = control_note_text(note) if note else ""
        self.note.setText(text)
        self.note.setVisible(bool(text))


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
        self.motive = MotiveCheckSection()
        self.motive.changed.connect(self.changed)
        self._layout.addWidget(self.motive)
        self._english = standing_prompts()  # as asked now -> as weeks saved in English say
        self.standing = {p: self._field(p) for p in self._english}
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

    def reset(self, answers: Mapping[str, str], motive: MotiveCheck | None = None) -> None:
        """Start a week afresh with its saved answers (prompt → answer) and, when the plan
        is known, its motive check (``domain.guidance.motive.motive_check``)."""
        self._texts = dict(answers)
        self.motive.load(motive, answers)
        self._prompts = []
        for prompt, field in self.standing.items():
            english = self._english[prompt]
            if prompt not in self._texts and english in self._texts:  # a week saved in English
                self._texts[prompt] = self._texts.pop(english)
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
        shown_apart = apart()
        return [p for p, text in self._texts.items() if text.strip() and p not in shown_apart]

    def answers(self) -> tuple[ReflectionAnswer, ...]:
        """Only what was answered: an empty answer is not a reflection."""
        return (
            tuple(
                ReflectionAnswer(p, self._texts[p].strip())
                for p in [*self._prompts, *self.standing]
                if self._texts.get(p, "").strip()
            )
            + self.motive.answers()
        )

    def tab_chain(self) -> list[QWidget]:
        """The fields in the order they are seen, the motive check among them."""
        fields: list[QWidget] = [self.fields[p] for p in self._prompts]
        return [*fields, self.motive.choice, *self.standing.values()]

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
