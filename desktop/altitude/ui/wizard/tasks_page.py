"""Step 5: what you do today — a quick inventory that sets your starting split."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtWidgets import QLabel, QVBoxLayout

from altitude.domain.metrics import current_split, format_hours
from altitude.domain.plan_draft import Draft
from altitude.services.catalogue import TaskSuggestion
from altitude.ui.shared.fields import ErrorLabel, caption
from altitude.ui.wizard.step import WizardStep
from altitude.ui.wizard.task_picker import TaskPicker


class TasksPage(WizardStep):
    def __init__(self, suggestions: Sequence[TaskSuggestion]) -> None:
        super().__init__()
        self.setTitle(self.tr("What do you do today?"))
        self.setSubTitle(
            self.tr("Tick what fills a typical week now, with rough hours. Guesses are fine.")
        )
        intro = caption(
            self.tr(
                "Execution is doing the work: building, reviewing, fixing, firefighting. "
                "Strategy is direction, priorities, developing people, alignment and decisions. "
                "You can weigh and delegate each of these later on the Inventory page."
            )
        )
        self.picker = TaskPicker(suggestions)
        self.picker.changed.connect(self._changed)
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Your week so far"))
        self.errors = {"items": ErrorLabel(self.picker)}
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.errors["items"])
        self._show_total()

    def page_problems(self) -> dict[str, str]:
        if not self.picker.items():
            return {"items": self.tr("Tick at least one thing you do today, or add your own.")}
        if not self.picker.check_rows():
            return {"items": self.tr("Fix the item marked above.")}
        return {}

    def answer(self, draft: Draft) -> Draft:
        return replace(draft, items=tuple(self.picker.items()))

    def _changed(self) -> None:
        self._show_total()
        self.recheck()

    def _show_total(self) -> None:
        items = self.picker.items()
        split = current_split(items)
        share = split.strategy_share
        if share is None:
            self.total.setText(self.tr("Nothing ticked yet."))
            return
        self.total.setText(
            self.tr("{0} ticked: {1} a week, {2}% of it on strategy.").format(
                len(items), format_hours(split.total_hours), f"{share:.0f}"
            )
        )
