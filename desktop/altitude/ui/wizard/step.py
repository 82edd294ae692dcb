"""What every wizard page shares: its answers, its fields' rules and their messages.

A page checks its own fields with the same domain rules the service enforces
(``validate_plan`` over the plan the answers so far would make). Next and Finish stay
put while anything is wrong, with the message beside the field; once shown, messages
follow the user's edits live.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QWizardPage

from altitude.domain.plan_draft import Draft
from altitude.domain.validation import validate_plan
from altitude.ui.shared.fields import ErrorLabel

if TYPE_CHECKING:
    from altitude.ui.wizard.wizard import PlanWizard


class WizardStep(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.errors: dict[str, ErrorLabel] = {}  # plan field (or page key) -> its label
        self._checked_once = False

    def plan_wizard(self) -> PlanWizard:
        return cast("PlanWizard", self.wizard())

    def answer(self, draft: Draft) -> Draft:
        """``draft`` with this page's answers filled in."""
        return draft

    def page_problems(self) -> dict[str, str]:
        """Problems the plan's rules don't cover (e.g. an empty inventory)."""
        return {}

    def problems(self) -> dict[str, str]:
        wizard = self.plan_wizard()
        found = {
            field: message
            for field, message in validate_plan(wizard.draft_plan()).items()
            if field in self.errors
        }
        found.update(self.page_problems())
        return found

    def show_problems(self, problems: Mapping[str, str]) -> None:
        for field, label in self.errors.items():
            label.show_error(problems.get(field))
        layout = self.layout()
        if layout is not None:  # QFormLayout keeps its rows' old wrapped heights otherwise:
            layout.invalidate()  # a shown message would overlap the caption under it

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self._checked_once = True
        problems = self.problems()
        self.show_problems(problems)
        if problems:
            self._focus_first_problem(problems)
        return not problems

    def recheck(self) -> None:
        """After an edit: refresh the messages, but only once the user has tried Next."""
        if self._checked_once and self.wizard() is not None:
            self.show_problems(self.problems())

    def _focus_first_problem(self, problems: Mapping[str, str]) -> None:
        for field, label in self.errors.items():
            if field in problems and label.field is not None:
                label.field.setFocus()
                return
