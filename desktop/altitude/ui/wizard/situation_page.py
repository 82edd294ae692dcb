"""Step 3: your situation — Watkins' STARS, as five choices a user can recognise.

Each choice sets a default glide-path shape (how fast the milestones move towards the
target) and says which move comes first. Watkins gives no numbers for either: the page
labels the pace as a rule of thumb with its source, and "Not sure" keeps the straight line.
The milestones can be changed on the Plan page afterwards.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
)

from altitude.domain.guidance.situations import GUIDES, Situation, guide_for
from altitude.domain.plan_draft import Draft
from altitude.ui.shared.fields import caption
from altitude.ui.wizard.situation_texts import default_text, marked, not_sure_text
from altitude.ui.wizard.step import WizardStep

NOT_SURE = -1  # the button group's id for "Not sure"


class SituationPage(WizardStep):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your situation"))
        self.setSubTitle(
            self.tr("Which of these sounds most like the team or area you are taking over?")
        )
        self.group = QButtonGroup(self)
        self.buttons: dict[Situation | None, QRadioButton] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        for row, guide in enumerate(GUIDES):
            self._add_choice(
                grid, 2 * row, guide.situation, marked(guide.name), marked(guide.recognise)
            )
        self._add_choice(
            grid, 2 * len(GUIDES), None, self.tr("Not sure"),
            self.tr("Keep a steady shift for now; you can choose later."),
        )  # fmt: skip
        self.buttons[None].setChecked(True)
        self.default = QLabel()
        self.default.setWordWrap(True)
        self.default.setTextFormat(Qt.TextFormat.RichText)
        self.default.setAccessibleName(self.tr("The default this situation sets"))
        self.default.setObjectName("card")
        self.default.setFrameShape(QFrame.Shape.StyledPanel)
        self.default.setMargin(10)
        self.group.idToggled.connect(self._toggled)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(grid)
        layout.addWidget(self.default)
        layout.addWidget(
            caption(
                self.tr(
                    "Michael Watkins (The First 90 Days) describes what each situation asks "
                    "of a leader but gives no pace: that part is Altitude's own, and you can "
                    "change every milestone later on the Plan page."
                )
            )
        )
        layout.addStretch(1)
        self._days: tuple[int, ...] = (30, 60, 90)
        self._horizon = 90
        self._show_default()

    def _add_choice(
        self, grid: QGridLayout, row: int, situation: Situation | None, name: str, sentence: str
    ) -> None:
        button = QRadioButton(name)
        button.setAccessibleName(name)
        button.setAccessibleDescription(sentence)
        self.group.addButton(button, NOT_SURE if situation is None else row)
        self.buttons[situation] = button
        text = caption(sentence)
        text.setBuddy(button)
        grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(text, row, 1)
        grid.setRowMinimumHeight(row + 1, 4)

    def situation(self) -> Situation | None:
        return next((s for s, b in self.buttons.items() if b.isChecked()), None)

    def choose(self, situation: Situation | None) -> None:
        self.buttons[situation].setChecked(True)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        draft = self.plan_wizard().draft()
        if draft.start_date is not None and draft.horizon_end is not None:
            self._horizon = max((draft.horizon_end - draft.start_date).days, 1)
        self._days = draft.milestone_days
        self._show_default()

    def answer(self, draft: Draft) -> Draft:
        return replace(draft, situation=self.situation())

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._show_default()

    def _show_default(self) -> None:
        situation = self.situation()
        if situation is None:
            self.default.setText(not_sure_text(self._days, self._horizon))
        else:
            self.default.setText(default_text(guide_for(situation), self._days, self._horizon))
