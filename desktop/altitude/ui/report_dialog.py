"""Which parts the PDF report holds: a box per section, ticked as the plan last chose.

The choice is the plan's (``Settings.report_sections``): the export saves it back, so the
next report starts from it. Decisions and feedback are the most private text in the plan;
the note says so where the boxes are, so leaving them out is a conscious choice.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import REPORT_SECTIONS
from altitude.ui.shared.fields import ErrorLabel, caption, heading


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportSections", text)


def section_texts() -> dict[str, tuple[str, str]]:
    """Per section: the box's label and what it holds (in the report's order)."""
    return {
        "plan": (tr("&Plan"), tr("The plan, a summary and recent reflections")),
        "charts": (tr("&Charts"), tr("Execution and strategy, week by week")),
        "inventory": (tr("&Inventory"), tr("What you do today, weighed")),
        "delegations": (tr("De&legations"), tr("The delegation ledger")),
        "decisions": (tr("&Decisions"), tr("Your decision journal and its reviews")),
        "feedback": (tr("&Feedback"), tr("What others said, your ratings, whom you asked")),
        "narrative": (tr("&Narrative"), tr("Your strategic narrative and what changed")),
        "relationships": (tr("&Relationships"), tr("The people beyond your team, mapped")),
        "functions": (tr("F&unctions"), tr("How the other functions work, and your coverage")),
        "reviews": (tr("Re&views"), tr("Your milestone reviews: keep, stop, start")),
        "boss": (tr("&Boss sheet"), tr("One page for the conversation with your boss")),
    }


class ReportSectionsDialog(QDialog):
    """Tick the sections, then Export…; ``chosen()`` says which, in the report's order."""

    def __init__(self, ticked: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export report"))
        self.setObjectName("reportSectionsDialog")
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("What goes in the report?")))
        layout.addWidget(caption(tr("A PDF for a mentor or coach. Untick what they need not see.")))
        layout.addSpacing(4)
        for name, (label, holds) in section_texts().items():
            if name == "decisions":
                self.private_note = QLabel(
                    tr("Decisions and feedback are the most private parts of your plan.")
                )
                self.private_note.setWordWrap(True)
                self.private_note.setObjectName("privateNote")
                layout.addSpacing(6)
                layout.addWidget(self.private_note)
            box = QCheckBox(label)
            box.setChecked(name in ticked)
            box.setAccessibleName(label.replace("&", ""))
            box.setAccessibleDescription(holds)
            box.toggled.connect(self._changed)
            self.boxes[name] = box
            layout.addWidget(box)
            hint = caption(holds)
            hint.setContentsMargins(24, 0, 0, 2)  # under the box's text, not its tick
            layout.addWidget(hint)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setProperty("role", "primary")
        self.export_button.setAccessibleName(tr("Export the report"))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self._changed()

    def chosen(self) -> tuple[str, ...]:
        return tuple(n for n in REPORT_SECTIONS if self.boxes[n].isChecked())

    def tick(self, name: str, ticked: bool) -> None:
        self.boxes[name].setChecked(ticked)

    def _changed(self) -> None:
        none = not self.chosen()
        self.export_button.setEnabled(not none)
        self.error.show_error(tr("Tick at least one section.") if none else None)

    def accept(self) -> None:
        if self.chosen():  # the button is disabled otherwise; Enter must not slip through
            super().accept()
