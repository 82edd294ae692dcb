"""Step 5: "Who do I need to become?" — pick, reword or add identity statements.

The role family's statements come first, then the ones every field shares. Switching the
family keeps whatever is ticked (reworded or the user's own).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtWidgets import QLabel, QVBoxLayout

from altitude.domain.plan_draft import Draft
from altitude.services.catalogue import IdentitySuggestion
from altitude.services.guidance.families import Family
from altitude.ui.plan.identity_editor import IdentityEditor
from altitude.ui.wizard.family_chooser import FamilyChooser
from altitude.ui.wizard.step import WizardStep


def with_general(
    family: Family | None, general: Sequence[IdentitySuggestion]
) -> list[IdentitySuggestion]:
    """The family's statements, then the shared ones it doesn't already have."""
    own = list(family.identity) if family is not None else []
    seen = {s.statement.casefold() for s in own}
    return own + [s for s in general if s.statement.casefold() not in seen]


class IdentityPage(WizardStep):
    def __init__(
        self, general: Sequence[IdentitySuggestion], families: tuple[Family, ...] = ()
    ) -> None:
        super().__init__()
        self.general = tuple(general)
        self.shown: Family | None = None
        self.setTitle(self.tr("Who do I need to become?"))
        self.setSubTitle(self.tr("The leader you are growing into, in a few short statements."))
        intro = QLabel(
            self.tr(
                "What got you promoted (output, control, expertise) is not what the new role "
                "needs. Tick the statements you want to grow into, reword them so they sound "
                "like you, or add your own."
            )
        )
        intro.setWordWrap(True)
        self.editor = IdentityEditor()
        self.editor.set_choices(self.general, ())
        self.editor.changed.connect(self.recheck)
        self.chooser = FamilyChooser(families)
        self.chooser.picked.connect(lambda family_id: self.plan_wizard().pick_family(family_id))
        self.errors = {"identity": self.editor.error}
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.chooser)
        layout.addWidget(self.editor, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.show_family()

    def show_family(self) -> None:
        suggestion, family = self.plan_wizard().family_choice()
        if family is None or suggestion is None:
            return
        self.chooser.show_choice(suggestion, family)
        if self.shown is not None and self.shown.id == family.id:
            return
        self.shown = family
        chosen = self.editor.chosen()
        self.editor.list.clear()  # set_choices keeps an unchanged list: this one must change
        self.editor.set_choices(with_general(family, self.general), chosen)

    def answer(self, draft: Draft) -> Draft:
        return replace(draft, identity=self.editor.chosen())
