"""One logged week in full: its split, the hours per item, what came back, the note and
the reflections. Read-only; the page offers the correction."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from altitude.domain.entities import WeeklyCheckIn
from altitude.domain.metrics import format_hours, strategy_share
from altitude.ui.shared.fields import caption, heading
from altitude.ui.shared.week_picker import week_dates


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckinDetail", text)


def plain(text: str, role: str = "") -> QLabel:
    """User text shown as typed: never read as rich text."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    return label


def bold(text: str) -> QLabel:
    label = plain(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class CheckinDetail(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(tr("The selected week"))
        self.setMinimumWidth(280)
        self._layout = self._fresh_body()
        self.show_nothing(tr("Select a week to see its reflections."))

    def _fresh_body(self) -> QVBoxLayout:
        """A new page of labels; the scroll area deletes the old one and shows this one."""
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.setSpacing(6)
        self.setWidget(body)
        return layout

    def show_nothing(self, message: str) -> None:
        self._layout = self._fresh_body()
        self._layout.addWidget(caption(message))
        self._layout.addStretch(1)

    def show_checkin(
        self,
        checkin: WeeklyCheckIn,
        item_titles: Mapping[int, str],
        boomerangs: Sequence[str] = (),
    ) -> None:
        self._layout = self._fresh_body()
        add = self._layout.addWidget
        add(heading(f"{week_dates(checkin.week)} {checkin.week.monday().year}"))
        share = strategy_share(checkin)
        execution = format_hours(checkin.execution_hours)
        strategy = format_hours(checkin.strategy_hours)
        add(plain(tr("{0} on execution · {1} on strategy").format(execution, strategy)))
        if share is not None:
            add(plain(tr("{0}% of the week on strategy").format(round(share)), "strategy"))
        if boomerangs:
            box = QFrame()
            box.setObjectName("banner")
            inner = QVBoxLayout(box)
            inner.setContentsMargins(10, 6, 10, 6)
            inner.addWidget(plain("\n".join(f"↩ {m}" for m in boomerangs)))
            add(box)
        add(bold(tr("Reflections")))
        if not checkin.answers:
            add(caption(tr("No reflections this week.")))
        for answer in checkin.answers:
            add(plain(answer.prompt, "caption"))
            add(plain(answer.answer))
        if checkin.note:
            add(bold(tr("Note")))
            add(plain(checkin.note))
        if checkin.item_hours:
            add(bold(tr("By item")))
            for item_id, hours in checkin.item_hours:
                title = item_titles.get(item_id, tr("(an item no longer in your inventory)"))
                add(plain(f"{format_hours(hours)} · {title}"))
        self._layout.addStretch(1)

    def text(self) -> str:
        """Everything shown, for tests and screen readers."""
        body = self.widget()
        if body is None:
            return ""
        return "\n".join(label.text() for label in body.findChildren(QLabel))
