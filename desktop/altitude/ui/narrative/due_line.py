"""The check-in's monthly nudge to revisit the strategic narrative.

One line, and only when it is due: a month after the latest version
(``narrative.revision_due``, the service's ``narrative_due``), or, with no narrative yet,
once the plan is past its first two weeks (the first days belong to listening). Its button
opens the narrative's editor over the check-in; that saves apart, as its own undoable step.
It lives with the narrative (ui/checkins holds its 15 modules already); the editor's
modules are imported only when the button is clicked.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from altitude.ui.shared.context import AppContext

FIRST_NARRATIVE_AFTER = timedelta(days=14)  # a rule of thumb: listen first, then write


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckinNarrativeDue", text)


def narrative_prompt(ctx: AppContext, today: date) -> str | None:
    """The line to show, or None when the narrative is not due."""
    state = ctx.state
    if state.narratives:
        due = ctx.service.narrative_due()
        if due is not None and due <= today:
            return tr("A month since you wrote your narrative: does it still hold?")
        return None
    if state.plan is not None and today >= state.plan.start_date + FIRST_NARRATIVE_AFTER:
        return tr("Two weeks in and no narrative yet: where are you taking the team, and why?")
    return None


class NarrativeDueLine(QWidget):
    """The prompt and a button opening the editor; hidden when nothing is due."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editor: QDialog | None = None  # the editor it opened, for tests
        self.text = QLabel()  # plain text, not a grey caption: it asks something of you
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(self.open_editor)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 8, 0, 0)  # apart from the feedback rows above it
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.load()

    def load(self) -> None:
        prompt = narrative_prompt(self.ctx, self.ctx.today())
        self.text.setText(prompt or "")
        first = not self.ctx.state.narratives
        self.button.setText(tr("Write your narrative…") if first else tr("Revisit the narrative…"))
        self.button.setAccessibleName(
            tr("Write your narrative") if first else tr("Revisit your narrative")
        )
        self.setVisible(prompt is not None)

    def buttons(self) -> list[QWidget]:
        return [self.button] if self.text.text() else []

    def open_editor(self) -> None:
        from altitude.ui.narrative.launch import show_editor

        self.editor = show_editor(self.ctx, self.window())
        self.editor.accepted.connect(self.load)  # once saved, the nudge has done its work
