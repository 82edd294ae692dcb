"""Step 1: what Altitude does, and a way to look around with the sample plan first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout

from altitude.ui.shared.fields import caption, heading
from altitude.ui.wizard.step import WizardStep


class WelcomePage(WizardStep):
    sample_requested = Signal()

    def __init__(self, offer_sample: bool = True) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Altitude"))
        self.setSubTitle(self.tr("A plan for your first months as a manager."))
        about = QLabel(
            self.tr(
                "Altitude helps you move your week from doing the work to leading the people "
                "who do it: from execution toward strategy. In six short steps you set your "
                "plan; everything stays on this computer."
            )
        )
        about.setWordWrap(True)
        steps = QLabel(
            self.tr(
                "<ol style='margin-left:-20px'><li>Your move: the role you leave and the one "
                "you start</li><li>Your situation: what the team you take over needs first</li>"
                "<li>Why you want to lead</li><li>Who you need to become</li>"
                "<li>What you do today, roughly hour by hour</li><li>The split of your week "
                "you aim for</li></ol>"
            )
        )
        steps.setTextFormat(Qt.TextFormat.RichText)
        start = caption(self.tr("Press Next to make your own plan. It takes about five minutes."))

        self.sample_box = QFrame()
        self.sample_box.setObjectName("card")
        box = QVBoxLayout(self.sample_box)
        box.setContentsMargins(16, 14, 16, 14)
        box.addWidget(heading(self.tr("Just looking around?")))
        box.addWidget(
            caption(
                self.tr(
                    "Open a filled-in example plan for a new engineering manager. You can make "
                    "your own later with File → New plan…"
                )
            )
        )
        self.sample_button = QPushButton(self.tr("Start from the sample plan"))
        self.sample_button.setAccessibleName(self.tr("Start from the sample plan"))
        self.sample_button.setProperty("role", "primary")
        self.sample_button.clicked.connect(self.sample_requested)
        box.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.sample_box.setVisible(offer_sample)

        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(about)
        layout.addWidget(steps)
        layout.addWidget(start)
        layout.addSpacing(10)
        layout.addWidget(self.sample_box)
        layout.addStretch(1)
