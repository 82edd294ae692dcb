"""Add or fill in a function: what they are measured on, how your team moves it, whom you
learn from, what is still unclear, and whether you could explain their goals to your boss.

The learning questions (Watkins) and the five business questions (Charan) sit beside the
fields as prompts. Messages show beside their fields (``domain.records.problems``);
nothing is saved until every field is fine, and a save is one undoable step.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.arcs.functions import BusinessFunction
from altitude.ui.functions.wording import (
    business_questions,
    explain_text,
    explain_words,
    learning_questions,
    tr,
)
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import caption
from altitude.ui.shared.records.dialog import RecordDialog


class FunctionEditor(RecordDialog):
    def __init__(
        self, ctx: AppContext, function: BusinessFunction | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.old = function
        f = function or BusinessFunction("")
        self.setWindowTitle(tr("{0}: how they work").format(f.name) if function
                            else tr("Add a function"))  # fmt: skip
        self.name = QLineEdit(f.name)
        self.name.setAccessibleName(tr("Function"))
        self.name.setPlaceholderText(tr("e.g. Finance, Customer success, Procurement"))
        self.measured_on = self.text_field(tr("What they are measured on"), f.measured_on,
                                      tr("e.g. gross margin, days sales outstanding"))  # fmt: skip
        self.how = self.text_field(tr("How your team moves their numbers"), f.how_we_move_it,
                              tr("e.g. fewer refunds lower support's ticket volume"))  # fmt: skip
        self.learn_from = QComboBox()
        self.learn_from.setAccessibleName(tr("Whom you learn from"))
        self.learn_from.addItem(tr("No one yet"), None)
        for person in sorted(ctx.state.stakeholders, key=lambda p: p.name.casefold()):
            label = tr("{0}, {1}").format(person.name, person.role) if person.role else person.name
            self.learn_from.addItem(label, person.id)
        self.learn_from.setCurrentIndex(max(0, self.learn_from.findData(f.learn_from_id)))
        self.unclear = self.text_field(tr("What you still don't understand"), f.still_unclear,
                                  tr("e.g. how the quarterly forecast is built"))  # fmt: skip
        self.explain = QComboBox()
        self.explain.setAccessibleName(tr("Could you explain their goals to your boss?"))
        for value in explain_words():
            self.explain.addItem(explain_text(value), value)
        self.explain.setCurrentIndex(max(0, self.explain.findData(f.could_explain)))
        self._build()
        self.resize(600, 0)

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(tr("Function"), self.cell("name", self.name))
        form.addRow(tr("Measured on"), self.cell("measured_on", self.measured_on))
        form.addRow("", caption(business_questions()))
        form.addRow(tr("Your team moves it by"), self.cell("how_we_move_it", self.how))
        form.addRow(tr("You learn from"), self.cell("learn_from_id", self.learn_from))
        form.addRow(tr("Still unclear"), self.cell("still_unclear", self.unclear))
        form.addRow(tr("Could explain"), self.cell("could_explain", self.explain))
        form.addRow("", caption(tr("Could you explain their goals to your boss?")))
        buttons = self.button_box(tr("Save changes") if self.old else tr("Add"))
        layout = QVBoxLayout(self)
        # wrapped captions keep their height: the dialog may not shrink below its contents
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        # Below the form, not in it: a wrapped label spanning a form row was cut off.
        asks = "\n".join(f"• {q}" for q in learning_questions())
        layout.addWidget(caption(tr("To learn what is still unclear, ask them (Watkins):\n{0}")
                                 .format(asks)))  # fmt: skip
        layout.addWidget(self.general)
        layout.addWidget(buttons)

    def function(self) -> BusinessFunction:
        base = self.old or BusinessFunction("")
        return replace(
            base,
            name=self.name.text().strip(),
            measured_on=self.measured_on.toPlainText().strip(),
            how_we_move_it=self.how.toPlainText().strip(),
            learn_from_id=self.learn_from.currentData(),
            still_unclear=self.unclear.toPlainText().strip(),
            could_explain=self.explain.currentData(),
        )

    def record(self) -> BusinessFunction:
        return self.function()

    def find_problems(self) -> dict[str, str]:
        return self.ctx.service.function_problem(self.function())

    def save(self) -> bool:
        function, service = self.function(), self.ctx.service
        if self.old is not None:
            return self.ctx.perform(
                tr("Edit a function"), lambda: service.update_function(function)
            )
        edit = self.ctx.attempt(tr("Add a function"), lambda: service.add_function(function))
        self.saved_id = edit.result.id if edit is not None else None
        return edit is not None
