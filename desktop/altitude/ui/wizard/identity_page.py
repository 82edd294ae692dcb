"""Step 4: "Who do I need to become?" — pick, reword or add identity statements."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtWidgets import QLabel, QVBoxLayout

from altitude.domain.plan_draft import Draft
from altitude.services.catalogue import IdentitySuggestion
from altitude.ui.plan.identity_editor import IdentityEditor
from altitude.ui.wizard.step import WizardStep


class IdentityPage(WizardStep):
    def __init__(self, suggestions: Sequence[IdentitySuggestion]) -> None:
        super().__init__()
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
        self.editor.set_choices(suggestions, ())
        self.editor.changed.connect(self.recheck)
        self.errors = {"identity": self.editor.error}
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)

    def answer(self, draft: Draft) -> Draft:
        return replace(draft, identity=self.editor.chosen())
