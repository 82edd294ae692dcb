"""How a delegation is going, for the delegation editor. ``DelegationStatus``: its status,
why it was taken back, and work that came back to you. ``DelegationProgress``: the planned
level steps, planned vs actual level over time, and the check-ins so far. Neither saves
anything; the level plan editor's ``edited`` signal tells the editor to save.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from altitude.domain.entities import Delegation, Status
from altitude.ui.shared.boomerang_text import boomerang_message
from altitude.ui.shared.fields import caption, heading
from altitude.ui.shared.ledger_rows import LedgerRow, short_date, status_label
from altitude.ui.shared.level_picker import LevelPlanEditor
from altitude.ui.shared.level_timeline import LevelTimeline

HISTORY_SHOWN = 5  # the latest check-ins; older ones are counted, not listed


def escape(text: str) -> str:
    """Plain text made safe for a rich-text label."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _banner(level: str) -> tuple[QFrame, QLabel]:
    frame = QFrame()
    frame.setObjectName("banner")
    frame.setProperty("level", level)
    label = QLabel()
    label.setWordWrap(True)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 8, 10, 8)
    layout.addWidget(label)
    frame.hide()
    return frame, label


class DelegationStatus(QWidget):
    """The outcome as a heading, its status in one line, and — where they cannot be
    missed — why it was taken back and the weeks its work came back to you."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading("")
        self.title.setWordWrap(True)
        self.status_line = caption("")
        for label in (self.title, self.status_line):  # user text: never read as markup
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.taken_back_box, self.taken_back = _banner("error")
        self.taken_back.setAccessibleName(self.tr("Why it was taken back"))
        self.boomerang_box, self.boomerang = _banner("warning")
        self.boomerang.setAccessibleName(self.tr("Work that came back to you"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.status_line, self.taken_back_box, self.boomerang_box):
            layout.addWidget(widget)

    def show_row(self, row: LedgerRow | None) -> None:
        self.title.setText(row.delegation.outcome if row else self.tr("Select a delegation"))
        if row is None:
            self.status_line.setText("")
            self.taken_back_box.hide()
            self.boomerang_box.hide()
            return
        d = row.delegation
        who = row.owner or self.tr("nobody yet")
        parts = [
            self.tr("{0} · owner: {1}").format(status_label(d.status), who),
            self.tr("started {0}").format(short_date(d.started_on)),
        ]
        if row.due:
            parts.append(self.tr("check-in due"))
        self.status_line.setText(" · ".join(parts))
        taken_back = d.status == Status.TAKEN_BACK
        self.taken_back.setText(
            self.tr("<b>Taken back:</b> {0}").format(escape(d.taken_back_reason))
        )
        self.taken_back_box.setVisible(taken_back)
        messages = [escape(boomerang_message(b)) for b in row.boomerangs[:3]]
        if len(row.boomerangs) > 3:
            messages.append(self.tr("… and {0} more weeks.").format(len(row.boomerangs) - 3))
        self.boomerang.setText(
            self.tr("<b>It came back to you.</b> {0}").format("<br>".join(messages))
        )
        self.boomerang_box.setVisible(bool(row.boomerangs))


class DelegationProgress(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level_plan = LevelPlanEditor()
        self.timeline = LevelTimeline()
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setAccessibleName(self.tr("Check-ins so far"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("How far the level should rise")))
        layout.addWidget(
            caption(
                self.tr(
                    "Plan the steps, e.g. consult now, agree by week 4, they decide by week 8. "
                    "The solid line is what you actually did."
                )
            )
        )
        layout.addWidget(self.level_plan)
        layout.addWidget(self.timeline)
        layout.addWidget(heading(self.tr("Check-ins")))
        layout.addWidget(self.history)
        layout.addStretch(1)

    def show_delegation(self, delegation: Delegation | None, today: date) -> None:
        """Show ``delegation`` (None: nothing selected) without emitting anything."""
        self.level_plan.set_steps(delegation.level_plan if delegation else ())
        self.timeline.set_delegation(delegation, today)
        self.history.setText(self._history(delegation) if delegation else "")

    def _history(self, d: Delegation) -> str:
        if not d.checkins:
            return self.tr("No check-ins logged yet.")
        lines = []
        for entry in sorted(d.checkins, key=lambda c: c.on, reverse=True)[:HISTORY_SHOWN]:
            track = self.tr("✓ on track") if entry.on_track else self.tr("✗ off track")
            lines.append(f"<b>{short_date(entry.on)}</b> · {track}<br>{escape(entry.note)}")
        if len(d.checkins) > HISTORY_SHOWN:
            lines.append(self.tr("… {0} earlier.").format(len(d.checkins) - HISTORY_SHOWN))
        return "<br><br>".join(lines)

    def set_dark(self, dark: bool) -> None:
        self.timeline.set_dark(dark)
