"""One version of the narrative shown as Rumelt's kernel, with its hints beside each part.

Diagnosis, guiding policy (and what we will not do), the coherent actions with the hours a
week actually behind each (``narrative_hours``: the check-ins' split by item and what the
delegates carry), and the optional press release dated at the horizon. The hints sit in a
column of their own next to the part they concern: gentle, never a block.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from altitude.domain.arcs.narrative import NarrativeAction, NarrativeVersion
from altitude.domain.entities import PlanState
from altitude.ui.narrative.wording import hints_by_part, hours_text, part_question, part_title, tr
from altitude.ui.shared.fields import caption, clear_layout, format_day, heading


def _text(value: str, accessible: str) -> QLabel:
    label = QLabel(value)
    label.setTextFormat(Qt.TextFormat.PlainText)  # the user's words, never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(accessible)
    return label


def hint_label(text: str) -> QLabel:
    label = QLabel(tr("Hint: {0}").format(text))
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setObjectName("narrativeHint")
    label.setProperty("role", "caption")
    font = label.font()
    font.setItalic(True)
    label.setFont(font)
    label.setAccessibleName(label.text())
    return label


def links_text(action: NarrativeAction, state: PlanState) -> str:
    """The work tied to an action, by name ("" when there is none)."""
    names = [i.title for link in action.items if (i := state.item(link.item_id)) is not None]
    names += [
        tr("delegated: {0}").format(d.outcome)
        for link in action.delegations
        if (d := state.delegation(link.delegation_id)) is not None
    ]
    return ", ".join(names)


class KernelView(QWidget):
    """The kernel of one version; ``show_version`` rebuilds it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.grid.setHorizontalSpacing(18)
        self.hints: dict[str, list[str]] = {}  # shown, by part (tests read it)
        self.hour_labels: list[QLabel] = []
        self._row = 0

    def show_version(
        self,
        version: NarrativeVersion,
        hours: Sequence[float],
        state: PlanState,
        horizon: date | None,
    ) -> None:
        clear_layout(self.grid)
        self._row = 0
        self.hour_labels = []
        self.hints = hints_by_part(version, hours)
        self._part("diagnosis", version.diagnosis)
        self._part("guiding_policy", version.guiding_policy)
        self._part("will_not", "\n".join(f"• {w}" for w in version.will_not))
        self._part("actions", "")
        for index, (action, spent) in enumerate(zip(version.actions, hours, strict=True)):
            self._action(index, action, spent, state)
        if version.press_release.strip():
            on = version.release_on or horizon
            self._part("press_release", version.press_release, on)
        if not self.hints:  # say so: an empty column would leave one wondering
            clear = caption(tr("No hints: none of the hallmarks of bad strategy show here."))
            clear.setObjectName("narrativeNoHints")
            self.grid.addWidget(clear, 0, 1, 3, 1, Qt.AlignmentFlag.AlignTop)
        self.grid.setRowStretch(self._row, 1)

    def _part(self, part: str, value: str, dated: date | None = None) -> None:
        title = part_title(part)
        if dated is not None:
            title = tr("{0}, dated {1}").format(title, format_day(dated))
        title_label = heading(title)
        title_label.setContentsMargins(0, 0 if self._row == 0 else 10, 0, 0)  # parts apart
        self.grid.addWidget(title_label, self._row, 0)
        self.grid.addWidget(caption(part_question(part)), self._row + 1, 0)
        self._row += 2
        if part != "actions":
            shown = value.strip() or tr("(not written yet)")
            self.grid.addWidget(_text(shown, part_title(part)), self._row, 0)
        self._hints(part, self._row - 2, 3)  # beside the title, question and text
        self._row += 1

    def _action(self, index: int, action: NarrativeAction, spent: float, state: PlanState) -> None:
        words = _text(f"{index + 1}. {action.action}", tr("Action {0}").format(index + 1))
        bold = words.font()
        bold.setBold(True)
        words.setFont(bold)
        self.grid.addWidget(words, self._row, 0)
        links = links_text(action, state)
        hours = caption(
            tr("{0} · {1}").format(hours_text(spent), links)
            if links
            else tr("{0} · not tied to any work yet").format(hours_text(spent))
        )
        hours.setAccessibleName(hours.text())
        self.hour_labels.append(hours)
        self.grid.addWidget(hours, self._row + 1, 0)
        self._hints(f"action:{index}", self._row, 2)
        self._row += 2

    def _hints(self, part: str, row: int, rows: int) -> None:
        found = self.hints.get(part, [])
        if not found:
            return
        box = QWidget()
        column = QGridLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for n, text in enumerate(found):
            column.addWidget(hint_label(text), n, 0)
        column.setRowStretch(len(found), 1)
        self.grid.addWidget(box, row, 1, rows, 1)
