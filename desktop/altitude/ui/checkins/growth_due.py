"""What the journal and the feedback log have due this week, inside the check-in.

Decisions whose review has come are listed with a pointer to the Decisions page (the review
asks what happened and rates process and outcome apart: more than a check-in's two
minutes). Feedback follow-ups due get one click: "Mark followed up" saves at once, as
the feedback log would, and the row says so; the check-in itself is saved apart.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from altitude.domain.entities import PlanState
from altitude.domain.growth.decisions import JournalEntry
from altitude.domain.growth.feedback import FeedbackEntry
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import caption, format_day, heading


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckinGrowthDue", text)


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def who_said(entry: FeedbackEntry, state: PlanState) -> str:
    person = state.person(entry.person_id) if entry.person_id is not None else None
    return person.name if person is not None else (entry.name.strip() or tr("Someone"))


class FollowUpRow(QWidget):
    """One follow-up due: what you said you would do, to whom, and a button."""

    marked = Signal(int)  # the feedback entry's id

    def __init__(self, entry: FeedbackEntry, entry_id: int, who: str) -> None:
        super().__init__()
        self.entry_id = entry_id
        self.response = entry.response
        due = format_day(entry.follow_up_on) if entry.follow_up_on else ""
        self.details = caption(tr("Feedback from {0} · follow-up due {1}").format(who, due))
        self.done = QPushButton(tr("Mark followed up"))
        self.done.setAccessibleName(tr("Mark followed up with {0}").format(who))
        self.done.setToolTip(tr("Save that you followed up today (saved at once)"))
        self.done.clicked.connect(lambda: self.marked.emit(self.entry_id))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setVerticalSpacing(2)
        grid.addWidget(_bold(entry.response), 0, 0)
        grid.addWidget(self.details, 1, 0)
        grid.addWidget(self.done, 0, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(0, 1)

    def show_done(self) -> None:
        self.done.setText(tr("✓ Followed up"))
        self.done.setEnabled(False)


class GrowthDueSection(QWidget):
    """Decisions due for review and feedback follow-ups due, as of today."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reviews: list[JournalEntry] = []
        self.rows: list[FollowUpRow] = []
        self.pointer: QLabel | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(heading(tr("Decisions and feedback due")))
        self.none = caption(
            tr("Nothing due: no decision waits for its review and no feedback for a follow-up.")
        )
        self._layout.addWidget(self.none)
        self._body, self._body_layout = self._new_body()
        self._layout.addWidget(self._body)

    @staticmethod
    def _new_body() -> tuple[QWidget, QVBoxLayout]:
        """The rows go in a widget of their own, replaced whole when the list is refilled."""
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        return body, layout

    def load(self) -> None:
        """Fill the list from the plan as it is now."""
        service = self.ctx.service
        self.show_due(service.state, service.decisions_due(), service.follow_ups_due())

    def show_due(
        self, state: PlanState, reviews: Sequence[JournalEntry], follow_ups: Sequence[FeedbackEntry]
    ) -> None:
        old = self._body
        self._body, self._body_layout = self._new_body()
        self._layout.replaceWidget(old, self._body)
        old.setParent(None)
        old.deleteLater()
        self.reviews = list(reviews)
        self.rows = []
        self.pointer = None
        body = self._body_layout
        if self.reviews:
            self.pointer = caption(
                tr(
                    "To review on the Decisions page: what happened, and how you decided and "
                    "how it turned out, rated apart."
                )
            )
            self.pointer.setObjectName("reviewPointer")
            body.addWidget(self.pointer)
        for entry in self.reviews:
            body.addSpacing(2)
            body.addWidget(_bold(entry.decision))
            expected = tr("Review due since {0} · you expected: {1} ({2}%)").format(
                format_day(entry.review_on), entry.expected, entry.confidence
            )
            body.addWidget(caption(expected))
        shown = [(e, e.id) for e in follow_ups if e.id is not None]
        if shown:
            if self.reviews:
                body.addSpacing(6)
            body.addWidget(caption(tr("Feedback you said you would follow up on:")))
        for said, entry_id in shown:
            row = FollowUpRow(said, entry_id, who_said(said, state))
            row.marked.connect(self._mark_followed_up)
            body.addWidget(row)
            self.rows.append(row)
        self.none.setVisible(not self.reviews and not self.rows)

    def buttons(self) -> list[QWidget]:
        """The keyboard stops, top to bottom (for the dialog's tab order)."""
        return [row.done for row in self.rows]

    def row_for(self, entry_id: int) -> FollowUpRow:
        return next(r for r in self.rows if r.entry_id == entry_id)

    def _mark_followed_up(self, entry_id: int) -> None:
        # The undo text names the kind of change only: feedback stays out of menus and logs
        row = self.row_for(entry_id)
        if self.ctx.perform(
            tr("Mark a follow-up done"), lambda: self.ctx.service.mark_followed_up(entry_id)
        ):
            row.show_done()
