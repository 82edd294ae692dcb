"""Follow-ups due, listed first on the Feedback page, each with "Mark followed up"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from altitude.domain.entities import PlanState
from altitude.domain.growth.feedback import FeedbackEntry
from altitude.ui.feedback.wording import tr
from altitude.ui.shared.fields import clear_layout, format_day, heading


class FollowUpsDue(QFrame):
    marked = Signal(int)  # the entry's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsDue")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = heading(tr("Follow-ups due"))
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        self.buttons: dict[int, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)

    def show_due(self, due: Sequence[FeedbackEntry], state: PlanState) -> None:
        clear_layout(self.grid)
        self.buttons = {}
        for row, e in enumerate(due):
            person = state.person(e.person_id) if e.person_id is not None else None
            who = person.name if person is not None else e.name or tr("them")
            text = QLabel(
                tr("Go back to {0} (due {1}): {2}").format(
                    who, format_day(e.follow_up_on or e.on), e.response
                )
            )
            text.setWordWrap(True)
            button = QPushButton(tr("Mark followed up"))
            button.setAccessibleName(tr("Mark followed up: {0}").format(who))
            entry_id = e.id or 0
            button.clicked.connect(lambda _c=False, i=entry_id: self.marked.emit(i))
            self.grid.addWidget(text, row, 0)
            self.grid.addWidget(button, row, 1)
            self.buttons[entry_id] = button
        self.setVisible(bool(due))
