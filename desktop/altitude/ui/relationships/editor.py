"""Add or correct someone beyond the team: every field of a Stakeholder, in plain words.

The 1-5 scales show their words ("4 · a lot"), the stance its one-line meaning, and the
rhythm "be in touch every … days" is optional. Messages show beside their fields (from the
record's own description, ``domain.records.problems``); nothing is saved until every
field is fine, and a save is one undoable step.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.arcs.functions import DEFAULT_FUNCTIONS
from altitude.domain.arcs.stakeholders import Stakeholder, Stance
from altitude.ui.relationships.wording import (
    influence_words,
    interest_words,
    scored,
    stance_meanings,
    stance_names,
    tr,
    trust_words,
)
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import caption
from altitude.ui.shared.records.dialog import RecordDialog

DEFAULT_RHYTHM = 14  # days: a fortnight, our rule of thumb for someone who matters


def scale_box(accessible: str, words: dict[int, str], value: int) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(accessible)
    for number in words:
        box.addItem(scored(number, words), number)
    box.setCurrentIndex(max(0, box.findData(value)))
    return box


class StakeholderEditor(RecordDialog):
    def __init__(
        self,
        ctx: AppContext,
        person: Stakeholder | None,
        parent: QWidget | None = None,
        *,
        boss: bool = False,
    ) -> None:
        """``person`` to correct, or None to add someone (``boss``: your boss)."""
        super().__init__(parent)
        self.ctx = ctx
        self.old = person
        p = person or Stakeholder("", is_boss=boss)
        title = tr("Add your boss") if boss else tr("Add someone")
        self.setWindowTitle(tr("Edit {0}").format(p.name) if person else title)
        self.name = self._line(tr("Name"), p.name, tr("e.g. Maria Keller"))
        self.role = self._line(tr("Role"), p.role, tr("e.g. VP Sales, my manager, key customer"))
        self.function = self._line(tr("Function"), p.function, tr("e.g. Finance"))
        names = list(DEFAULT_FUNCTIONS) + [f.name for f in ctx.state.functions]
        self.function.setCompleter(QCompleter(sorted(set(names)), self.function))
        self.influence = scale_box(tr("Influence"), influence_words(), p.influence)
        self.interest = scale_box(tr("Interest"), interest_words(), p.interest)
        self.trust = scale_box(tr("Trust"), trust_words(), p.trust)
        self.stance = QComboBox()
        self.stance.setAccessibleName(tr("Stance"))
        for stance, name in stance_names().items():
            self.stance.addItem(name, stance.value)
        self.stance.setCurrentIndex(max(0, self.stance.findData(p.stance.value)))
        self.stance_meaning = caption("")
        self.stance.currentIndexChanged.connect(self._show_meaning)
        self.is_boss = QCheckBox(tr("This is my boss (the five conversations apply)"))
        self.is_boss.setChecked(p.is_boss)
        self.keep_in_touch = QCheckBox(tr("Be in touch every"))
        self.keep_in_touch.setAccessibleName(tr("Keep a rhythm of contact"))
        self.keep_in_touch.setChecked(p.contact_days is not None or person is None)
        self.every = QSpinBox()
        self.every.setAccessibleName(tr("Days between contacts"))
        self.every.setRange(1, 365)
        self.every.setSuffix(tr(" days"))
        self.every.setValue(p.contact_days or DEFAULT_RHYTHM)
        self.every.setEnabled(self.keep_in_touch.isChecked())
        self.keep_in_touch.toggled.connect(self.every.setEnabled)
        owed = tr("e.g. the Q3 numbers by Friday; an intro to Hannah")
        self.owe_them = self.text_field(tr("What you owe them"), p.owe_them, owed)
        owe_me = tr("e.g. a decision on the headcount")
        self.owe_me = self.text_field(tr("What they owe you"), p.owe_me, owe_me)
        self._build()
        self._show_meaning()
        self.resize(560, 0)

    def _line(self, accessible: str, value: str, hint: str) -> QLineEdit:
        field = QLineEdit(value)
        field.setAccessibleName(accessible)
        field.setPlaceholderText(hint)
        return field

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(tr("Name"), self.cell("name", self.name))
        form.addRow(tr("Role"), self.cell("role", self.role))
        form.addRow(tr("Function"), self.cell("function", self.function))
        form.addRow("", self.cell("is_boss", self.is_boss))
        form.addRow(tr("Influence"), self.cell("influence", self.influence))
        form.addRow("", caption(tr("How much say they have over your work and its resources.")))
        form.addRow(tr("Interest"), self.cell("interest", self.interest))
        form.addRow("", caption(tr("How much what your team does matters to them.")))
        form.addRow(tr("Stance"), self.cell("stance", self.stance))
        form.addRow("", self.stance_meaning)
        form.addRow(tr("Trust"), self.cell("trust", self.trust))
        form.addRow("", caption(tr("How far you can rely on each other today.")))
        rhythm = QHBoxLayout()
        rhythm.setContentsMargins(0, 0, 0, 0)
        rhythm.addWidget(self.keep_in_touch)
        rhythm.addWidget(self.every)
        rhythm.addStretch(1)
        rhythm_cell = QWidget()
        rhythm_cell.setLayout(rhythm)
        form.addRow(tr("How often"), self.cell("contact_days", rhythm_cell))
        form.addRow(tr("You owe them"), self.cell("owe_them", self.owe_them))
        form.addRow(tr("They owe you"), self.cell("owe_me", self.owe_me))
        buttons = self.button_box(tr("Save changes") if self.old else tr("Add"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            caption(tr("Someone beyond your team whose support your work needs: your boss, a "
                       "peer, another function's lead, a key customer."))
        )  # fmt: skip
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)

    def _show_meaning(self) -> None:
        self.stance_meaning.setText(stance_meanings()[Stance(self.stance.currentData())])

    def person(self) -> Stakeholder:
        base = self.old or Stakeholder("")
        return replace(
            base,
            name=self.name.text().strip(),
            role=self.role.text().strip(),
            function=self.function.text().strip(),
            influence=self.influence.currentData(),
            interest=self.interest.currentData(),
            stance=Stance(self.stance.currentData()),
            trust=self.trust.currentData(),
            contact_days=self.every.value() if self.keep_in_touch.isChecked() else None,
            is_boss=self.is_boss.isChecked(),
            owe_them=self.owe_them.toPlainText().strip(),
            owe_me=self.owe_me.toPlainText().strip(),
        )

    def record(self) -> Stakeholder:
        return self.person()

    def find_problems(self) -> dict[str, str]:
        return self.ctx.service.stakeholder_problem(self.person())

    def save(self) -> bool:
        person, service = self.person(), self.ctx.service
        if self.old is not None:
            return self.ctx.perform(
                tr("Edit a relationship"), lambda: service.update_stakeholder(person)
            )
        edit = self.ctx.attempt(tr("Add a relationship"), lambda: service.add_stakeholder(person))
        self.saved_id = edit.result.id if edit is not None else None
        return edit is not None
