"""Step 6: what you do today — a quick inventory that sets your starting split.

The suggestions are the role family's (the one the roles' words suggest, or the one the
user picks); switching keeps the user's own rows.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLabel, QVBoxLayout

from altitude.domain.metrics import current_split, format_hours
from altitude.domain.plan_draft import Draft
from altitude.i18n import formats
from altitude.services.guidance.families import Family
from altitude.ui.shared.fields import ErrorLabel, caption
from altitude.ui.wizard.family_chooser import FamilyChooser
from altitude.ui.wizard.step import WizardStep
from altitude.ui.wizard.task_picker import TaskPicker


class TasksPage(WizardStep):
    def __init__(self, families: tuple[Family, ...], problem: str = "") -> None:
        super().__init__()
        self.setTitle(self.tr("What do you do today?"))
        self.setSubTitle(
            self.tr("Tick what fills a typical week now, with rough hours. Guesses are fine.")
        )
        intro = caption(
            self.tr(
                "Execution is doing the work yourself: serving, selling, treating, building, "
                "checking, fixing. Strategy is direction, priorities, developing people, "
                "alignment and decisions. You can weigh and delegate each of these later on "
                "the Inventory page."
            )
        )
        self.chooser = FamilyChooser(families)
        self.chooser.picked.connect(lambda family_id: self.plan_wizard().pick_family(family_id))
        self.problem = caption(problem)
        self.problem.setVisible(bool(problem))
        self.shown: Family | None = None
        self.picker = TaskPicker(())
        self.picker.changed.connect(self._changed)
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Your week so far"))
        self.errors = {"items": ErrorLabel(self.picker)}
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.chooser)
        layout.addWidget(self.problem)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.errors["items"])
        self._show_total()

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.show_family()

    def show_family(self) -> None:
        """Offer the wizard's current family's tasks (no change when it is already shown)."""
        wizard = self.plan_wizard()
        suggestion, family = wizard.family_choice()
        if family is None or suggestion is None:
            return
        self.chooser.show_choice(suggestion, family)
        if self.shown is None or self.shown.id != family.id:
            self.shown = family
            self.picker.set_suggestions(family.tasks)

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
                len(items), format_hours(split.total_hours), formats.number(share)
            )
        )
