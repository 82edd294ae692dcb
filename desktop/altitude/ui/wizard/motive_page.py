"""Step 4: "Why do I want to lead?" — written for yourself, with a little guidance."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout

from altitude.domain.plan_draft import Draft
from altitude.ui.shared.fields import ErrorLabel, PlainTextField, caption
from altitude.ui.wizard.step import WizardStep


def motive_guidance() -> str:
    return QCoreApplication.translate(
        "MotivePage",
        "Be honest: nobody else reads this. Wanting to grow other people and wanting "
        "control over the work are different reasons. If it is mostly control (over "
        "decisions, quality, how things are done), expect the move to be harder: you will be "
        "tempted to take the work back. The first year and a half is hard for many new "
        "leaders, and knowing your reason helps on the hard days.",
    )


class MotivePage(WizardStep):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Why do I want to lead?"))
        self.setSubTitle(self.tr("One honest paragraph. You can change it at any time."))
        self.motive = PlainTextField()
        self.motive.setPlaceholderText(
            self.tr(
                "I want to lead because…\n\nWho do I want to see grow? What will be true "
                "when it is working?"
            )
        )
        self.motive.setAccessibleName(self.tr("Why do I want to lead?"))
        self.motive.textChanged.connect(self.recheck)
        self.errors = {"motive": ErrorLabel(self.motive)}
        guidance = QLabel(motive_guidance())
        guidance.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(guidance)
        layout.addWidget(self.motive, 1)
        layout.addWidget(self.errors["motive"])
        layout.addWidget(caption(self.tr("Optional, but worth the two minutes.")))

    def answer(self, draft: Draft) -> Draft:
        return replace(draft, motive=self.motive.toPlainText().strip())
