"""The first-run guided wizard: seven short steps that end in one saved plan.

Nothing is written before Finish: the answers live in the pages, and Finish saves the plan
and its first inventory with one service call (one transaction). Cancel leaves nothing.

The role family is the wizard's: suggested from the two role titles each time a page that
shows suggestions opens, until the user picks one (then that one stays).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import reduce

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtWidgets import QWidget, QWizard

from altitude.domain.entities import Plan
from altitude.domain.plan_draft import Draft
from altitude.domain.validation import ValidationError
from altitude.services import ActionError
from altitude.services.catalogue import load_catalogue
from altitude.services.errors import StoreError
from altitude.services.guidance.families import (
    Families,
    Family,
    FamilyDataError,
    Suggestion,
    load_families,
)
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import error_text
from altitude.ui.wizard.identity_page import IdentityPage
from altitude.ui.wizard.motive_page import MotivePage
from altitude.ui.wizard.move_page import MovePage
from altitude.ui.wizard.situation_page import SituationPage
from altitude.ui.wizard.step import WizardStep
from altitude.ui.wizard.target_page import TargetPage
from altitude.ui.wizard.tasks_page import TasksPage
from altitude.ui.wizard.welcome_page import WelcomePage

REFUSALS = (ValidationError, ActionError, StoreError, OSError)


class PlanWizard(QWizard):
    """``replace=True`` (File → New plan…) replaces whatever plan is saved, on Finish only."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, replace: bool = False
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.replace = replace
        self.setWindowTitle(self.tr("New plan — Altitude"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(QSize(720, 600))
        catalogue = load_catalogue()
        self.families, problem = _families()
        listed = self.families.families if self.families is not None else ()
        self.picked_family: str | None = None  # the user's choice; None: follow the roles
        self.welcome = WelcomePage(offer_sample=not replace)
        self.move_step = MovePage(ctx.today())
        self.situation = SituationPage()
        self.motive = MotivePage()
        self.identity = IdentityPage(catalogue.identity, listed)
        self.tasks = TasksPage(listed, problem)
        self.target = TargetPage(catalogue.rules)
        self.steps: list[WizardStep] = [
            self.welcome, self.move_step, self.situation, self.motive, self.identity,
            self.tasks, self.target,
        ]  # fmt: skip
        for step in self.steps:
            self.addPage(step)
        self.welcome.sample_requested.connect(self.start_from_sample)
        self.saved = False

    def event(self, event: QEvent) -> bool:
        # QWizard pushes its style onto its pages and buttons on StyleChange; after
        # app.setStyle() runs again under a stylesheet, that style is already deleted and
        # Qt 6.12 crashes (verified). The pages follow the application style by themselves.
        if event.type() == QEvent.Type.StyleChange:
            return True
        return super().event(event)

    def draft(self) -> Draft:
        draft = reduce(lambda draft, step: step.answer(draft), self.steps, Draft())
        _, family = self._family_for(draft)
        return replace(draft, family=family.id if family is not None else "")

    def family_choice(self) -> tuple[Suggestion | None, Family | None]:
        """What the roles suggest, and the family shown (the user's pick, else that one)."""
        return self._family_for(reduce(lambda d, s: s.answer(d), self.steps, Draft()))

    def pick_family(self, family_id: str) -> None:
        """The user chose a field: every page that shows suggestions follows."""
        self.picked_family = family_id
        self.identity.show_family()
        self.tasks.show_family()

    def _family_for(self, draft: Draft) -> tuple[Suggestion | None, Family | None]:
        if self.families is None:
            return None, None
        suggestion = self.families.suggest(draft.new_role, draft.current_role)
        if self.picked_family is None:
            return suggestion, suggestion.family
        return suggestion, self.families.by_id(self.picked_family)

    def draft_plan(self) -> Plan:
        return self.draft().plan(self.ctx.today())

    def start_from_sample(self) -> None:
        """Load the bundled sample plan instead, and close."""
        if self._saved_by(self.ctx.service.load_sample):
            super().accept()

    def accept(self) -> None:
        """Finish: save the plan and its first inventory in one go, then close."""
        draft = self.draft()
        plan = draft.plan(self.ctx.today())
        for step in self.steps:  # accept() called directly still checks every step
            if step.problems():
                self._go_back_to(step)
                step.validatePage()  # shows the messages beside the fields
                return

        def save() -> object:
            return self.ctx.service.start_plan(plan, draft.items, replace=self.replace)

        if self._saved_by(save):
            super().accept()

    def _go_back_to(self, step: WizardStep) -> None:
        while self.currentPage() is not step and self.currentId() > self.pageIds()[0]:
            before = self.currentId()
            self.back()
            if self.currentId() == before:
                break

    def _saved_by(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except REFUSALS as exc:
            self.ctx.dialogs.error(self.tr("Not saved"), error_text(exc))
            return False
        self.saved = True
        self.ctx.undo_stack.clear()  # a new plan is a fresh start, not an undoable edit
        self.ctx.refresh(self.tr("Plan saved"))
        return True


def _families() -> tuple[Families | None, str]:
    """The bundled families, or none and why: the wizard then offers only the user's own."""
    try:
        return load_families(), ""
    except FamilyDataError as exc:
        message = QCoreApplication.translate(
            "PlanWizard", "The suggestions for your field could not be read ({0}). Add your "
            "own tasks below; reinstalling Altitude restores the suggestions."
        ).format(str(exc))  # fmt: skip
        return None, message
