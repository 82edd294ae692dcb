"""The boss's five conversations (Watkins, *The First 90 Days*), in his order.

``BossPanel`` shows, for the person marked as the boss, each conversation with when it was
last held and what was agreed, and a "Hold this conversation…" button; with no boss marked,
one line says how to mark them. ``HoldDialog`` asks for the date and what was agreed; the
page saves it (``hold_conversation``), as one undoable step.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.arcs.stakeholders import (
    BossConversation,
    BossTopic,
    Stakeholder,
    conversations_held,
)
from altitude.domain.records import problems
from altitude.ui.relationships.wording import topic_names, topic_questions, tr
from altitude.ui.shared.fields import (
    ErrorLabel,
    PlainTextField,
    caption,
    date_edit,
    format_day,
    heading,
    picked_day,
)


def held_text(talk: BossConversation | None) -> str:
    if talk is None:
        return tr("Not held yet.")
    agreed = " ".join(talk.agreed.split())
    if not agreed:
        return tr("Last held {0}.").format(format_day(talk.held_on))
    return tr("Last held {0}. Agreed: {1}").format(format_day(talk.held_on), agreed)


class BossPanel(QWidget):
    hold = Signal(str)  # the BossTopic's value
    add_boss = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading("")
        self.title.setWordWrap(True)
        self.next_hint = caption("")
        self.prompt = caption(
            tr("No one is marked as your boss yet. Add them, or edit someone and tick "
               "“This is my boss”: the five conversations with a new boss then show here.")
        )  # fmt: skip
        self.add_button = QPushButton(tr("Add your boss…"))
        self.add_button.setAccessibleName(tr("Add your boss"))
        self.add_button.clicked.connect(self.add_boss)
        self.held: dict[BossTopic, QLabel] = {}
        self.buttons: dict[BossTopic, QPushButton] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, topic in enumerate(BossTopic):
            name = QLabel(f"<b>{row + 1}. {topic_names()[topic]}</b>")
            question = caption(topic_questions()[topic])
            held = QLabel()
            held.setWordWrap(True)
            held.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(tr("Hold this conversation…"))
            button.setAccessibleName(tr("Hold the conversation: {0}").format(topic_names()[topic]))
            button.setToolTip(tr("Write down when you talked and what you agreed"))
            button.clicked.connect(lambda _c=False, t=topic: self.hold.emit(t.value))
            text = QVBoxLayout()
            text.setSpacing(2)
            text.addWidget(question)
            text.addWidget(held)
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addLayout(text, row, 1)
            grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
            self.held[topic], self.buttons[topic] = held, button
        self.talks = QWidget()
        self.talks.setLayout(grid)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.title)
        inner.addWidget(self.next_hint)
        inner.addWidget(self.prompt)
        inner.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.talks)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(tr("The five conversations with your boss"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def show_boss(self, boss: Stakeholder | None) -> None:
        has_boss = boss is not None
        self.prompt.setVisible(not has_boss)
        self.add_button.setVisible(not has_boss)
        self.talks.setVisible(has_boss)
        self.title.setVisible(has_boss)
        self.next_hint.setVisible(has_boss)
        if boss is None:
            return
        self.title.setText(tr("The five conversations with {0}").format(boss.name))
        latest = conversations_held(boss)
        for topic, talk in latest.items():
            self.held[topic].setText(held_text(talk))
            self.buttons[topic].setText(
                tr("Hold it again…") if talk is not None else tr("Hold this conversation…")
            )
        waiting = [t for t, talk in latest.items() if talk is None]
        self.next_hint.setText(
            tr("Next, in Watkins' order: {0}. Each is a conversation of its own, not an agenda "
               "item.").format(topic_names()[waiting[0]])
            if waiting
            else tr("All five held. Go back to them as things change, e.g. at each review.")
        )  # fmt: skip


class HoldDialog(QDialog):
    """When you talked about one topic, and what you agreed."""

    def __init__(
        self,
        topic: BossTopic,
        today: date,
        save: Callable[[BossConversation], bool],
        parent: QWidget | None = None,
    ) -> None:
        """``save`` stores the conversation; False (it said why) keeps the dialog open."""
        super().__init__(parent)
        self.topic = topic
        self._save = save
        self.setWindowTitle(tr("Hold a conversation: {0}").format(topic_names()[topic]))
        self.on = date_edit(tr("When you talked"), today)
        self.agreed = PlainTextField()
        self.agreed.setAccessibleName(tr("What you agreed"))
        self.agreed.setPlaceholderText(tr("In a sentence or two, as you would confirm it by mail"))
        self.agreed.setFixedHeight(self.agreed.fontMetrics().lineSpacing() * 4 + 14)
        self.error = ErrorLabel(self.agreed)
        form = QFormLayout()
        form.addRow(tr("When"), self.on)
        form.addRow(tr("Agreed"), self.agreed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(topic_names()[topic]))
        layout.addWidget(caption(topic_questions()[topic]))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 0)

    def conversation(self) -> BossConversation:
        return BossConversation(self.topic, picked_day(self.on), self.agreed.toPlainText().strip())

    def accept(self) -> None:
        talk = self.conversation()
        found = problems(talk)
        self.error.show_error(" ".join(found.values()) or None)
        if not found and self._save(talk):
            super().accept()
