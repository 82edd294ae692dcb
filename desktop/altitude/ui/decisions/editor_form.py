"""The decision editor's fields, laid out in the order a decision is thought through:
the call, the options and the choice, the forecast, the premortem, the links, later thoughts.

Each field has an error label beside it, keyed by the entry's field name, so the domain's
messages land where the user looks. The dialog (``editor.py``) fills and reads them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import PlanState
from altitude.domain.growth.decisions import Door, JournalEntry
from altitude.domain.records import MAX_TITLE
from altitude.ui.decisions.fields import CheckList, PercentBox
from altitude.ui.decisions.texts import door_label
from altitude.ui.shared.fields import (
    ErrorLabel,
    PlainTextField,
    caption,
    date_edit,
    format_day,
    heading,
    picked_day,
    to_qdate,
    with_error,
)

_NOT_NOTED = QDate(2000, 1, 1)  # the "question came up" date's minimum: "Not noted"


def _text_box(accessible: str, placeholder: str, height: int = 60) -> PlainTextField:
    box = PlainTextField()
    box.setAccessibleName(accessible)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(height)
    return box


def _line(accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(MAX_TITLE)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    return edit


class EditorForm(QWidget):
    def __init__(
        self, state: PlanState, entry: JournalEntry, reverse_prompt: str, premortem_prompt: str
    ) -> None:
        super().__init__()
        tr = self.tr
        self.decision = _line(tr("The decision"), tr("e.g. Move the weekly planning to Monday"))
        self.kind = QComboBox()
        self.kind.setEditable(True)
        self.kind.setAccessibleName(tr("Kind of decision"))
        self.kind.setToolTip(tr("Pick one, or type your own kind"))
        kind_line = self.kind.lineEdit()
        if kind_line is not None:
            kind_line.setPlaceholderText(tr("people, money, risk, timing… or type your own"))
        self.one_way = QRadioButton(door_label(Door.ONE_WAY))
        self.two_way = QRadioButton(door_label(Door.TWO_WAY))
        self.door_group = QButtonGroup(self)
        self.door_group.addButton(self.two_way, 0)
        self.door_group.addButton(self.one_way, 1)
        self.door_meaning = caption("")
        self.decided_on = date_edit(tr("Decided on"))
        self.review_on = date_edit(tr("Review on"))
        self.review_rule = caption("")
        self.information = PercentBox(tr("Information you have"))
        self.information.setToolTip(
            tr("Bezos: most decisions should be made with about 70% of what you wish you knew.")
        )
        self.options = _text_box(
            tr("Options considered"), tr("One option per line — at least two"), 70
        )
        self.chosen = QComboBox()
        self.chosen.setEditable(True)
        self.chosen.setAccessibleName(tr("Your choice"))
        self.rationale = _text_box(tr("Why this option"), tr("A few sentences are enough"), 80)
        self.words = caption("")
        self.words.setAccessibleName(tr("Rationale word count"))
        self.expected = _line(tr("What you expect"), tr("Something you can check later"))
        self.expected_by = date_edit(tr("Expected by"))
        self.confidence = PercentBox(tr("Confidence"))
        self.confidence.setToolTip(tr("How sure are you that it happens by then?"))
        self.reverse_if = _text_box(tr("What would make you reverse it"), reverse_prompt)
        self.premortem = _text_box(tr("Premortem"), premortem_prompt, 70)
        self.feeling = _line(tr("How you feel"), tr("e.g. tired, confident, rushed, uneasy"))
        self.raised_on = date_edit(tr("Question came up on"))
        self.raised_on.setMinimumDate(_NOT_NOTED)
        self.raised_on.setSpecialValueText(tr("Not noted"))
        self.raised_on.setToolTip(tr("When the question first came up: shows how long it waited"))
        self.made_by = QComboBox()
        self.made_by.setAccessibleName(tr("Made by"))
        self.made_by.addItem(tr("You"), None)
        for p in state.people:
            self.made_by.addItem(p.name, p.id)
        self.people = CheckList(tr("People it touches"), tr("No one on your team yet"))
        self.people.set_choices(
            ((p.id, p.name) for p in state.people if p.id is not None),
            (link.person_id for link in entry.people),
        )
        self.delegations = CheckList(tr("Delegations it touches"), tr("No delegations yet"))
        self.delegations.set_choices(
            ((d.id, d.outcome) for d in state.delegations if d.id is not None),
            (link.delegation_id for link in entry.delegations),
        )
        self.items = CheckList(tr("Inventory items it touches"), tr("No inventory items yet"))
        self.items.set_choices(
            ((i.id, i.title) for i in state.items if i.id is not None),
            (link.item_id for link in entry.items),
        )
        self.earlier = QLabel(self._notes_text(entry))
        self.earlier.setWordWrap(True)
        self.earlier.setTextFormat(Qt.TextFormat.PlainText)
        self.earlier.setAccessibleName(tr("Earlier thoughts"))
        self.later = _text_box(
            tr("Add a later thought"),
            tr("What do you think now? It is added with today's date; what you wrote stays."),
        )
        self.errors: dict[str, ErrorLabel] = {}
        self._one_form: QFormLayout | None = None
        self._lay_out(entry)

    # ------------------------------------------------------------ layout
    def _row(self, form: QFormLayout, label: str, widget: QWidget, field: str = "") -> None:
        if field:
            self.errors[field] = ErrorLabel(widget)
            widget = with_error(widget, self.errors[field])
        form.addRow(label, widget)

    def _pair(self, *widgets: QWidget) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in widgets:
            layout.addWidget(w, 1 if isinstance(w, QLabel) else 0)
        if not any(isinstance(w, QLabel) for w in widgets):
            layout.addStretch(1)
        return row

    def _form(self, outer: QVBoxLayout, title: str) -> QFormLayout:
        """One form for every section (its labels line up); a heading row starts each."""
        if self._one_form is None:
            self._one_form = QFormLayout()
            self._one_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            outer.addLayout(self._one_form)
        else:
            self._one_form.addRow(QLabel(""))  # a breath between sections
        self._one_form.addRow(heading(title))
        return self._one_form

    def _lay_out(self, entry: JournalEntry) -> None:
        tr = self.tr
        outer = QVBoxLayout(self)
        form = self._form(outer, tr("The call"))
        self._row(form, tr("Decision"), self.decision, "decision")
        self._row(form, tr("Kind"), self.kind, "kind")
        door = QWidget()
        door_rows = QVBoxLayout(door)
        door_rows.setContentsMargins(0, 0, 0, 0)
        door_rows.addWidget(self._pair(self.two_way, self.one_way))
        door_rows.addWidget(self.door_meaning)
        self._row(form, tr("Door"), door, "door")
        self._row(form, tr("Made by"), self.made_by, "made_by_id")
        self._row(form, tr("Decided on"), self.decided_on, "decided_on")
        self._row(form, tr("Question came up"), self.raised_on, "raised_on")
        self._row(
            form,
            tr("Information you have"),
            self._pair(
                self.information,
                caption(tr("of what you wish you knew — about 70% is often enough (Bezos)")),
            ),
            "information",
        )
        form = self._form(outer, tr("Options and choice"))
        self._row(form, tr("Options"), self.options, "options")
        self._row(form, tr("Your choice"), self.chosen, "chosen")
        rationale = QWidget()
        rationale_rows = QVBoxLayout(rationale)
        rationale_rows.setContentsMargins(0, 0, 0, 0)
        rationale_rows.addWidget(self.rationale)
        rationale_rows.addWidget(self.words)
        self._row(form, tr("Why"), rationale, "rationale")
        form = self._form(outer, tr("Your forecast"))
        self._row(form, tr("You expect"), self.expected, "expected")
        self._row(form, tr("By when"), self.expected_by, "expected_by")
        self._row(
            form,
            tr("Confidence"),
            self._pair(
                self.confidence,
                caption(tr("that it happens by then — your honest number, it is scored later")),
            ),
            "confidence",
        )
        review = QWidget()
        review_rows = QVBoxLayout(review)
        review_rows.setContentsMargins(0, 0, 0, 0)
        review_rows.addWidget(self.review_on)
        review_rows.addWidget(self.review_rule)
        self._row(form, tr("Review on"), review, "review_on")
        form = self._form(outer, tr("Before you commit"))
        self._row(form, tr("Reverse it if"), self.reverse_if, "reverse_if")
        self._row(form, tr("Premortem"), self.premortem, "premortem")
        self._row(form, tr("How you feel"), self.feeling, "feeling")
        form = self._form(outer, tr("What it touches"))
        self._row(form, tr("People"), self.people, "people")
        self._row(form, tr("Delegations"), self.delegations, "delegations")
        self._row(form, tr("Inventory items"), self.items, "items")
        if entry.id is not None:
            form = self._form(outer, tr("Later thoughts"))
            if entry.hindsight:
                form.addRow(tr("So far"), self.earlier)
            self._row(form, tr("Add a later thought"), self.later, "hindsight")
        else:
            self.later.hide()
        self.errors["reviews"] = ErrorLabel()
        outer.addWidget(self.errors["reviews"])
        outer.addStretch(1)

    # ------------------------------------------------------------ values
    def door_button(self, door: Door) -> QRadioButton:
        return self.one_way if door == Door.ONE_WAY else self.two_way

    def set_raised_on(self, day: date | None) -> None:
        self.raised_on.setDate(to_qdate(day) if day else _NOT_NOTED)

    def raised_on_day(self) -> date | None:
        return None if self.raised_on.date() <= _NOT_NOTED else picked_day(self.raised_on)

    def set_made_by(self, person_id: int | None) -> None:
        index = self.made_by.findData(person_id)
        self.made_by.setCurrentIndex(max(0, index))

    def made_by_id(self) -> int | None:
        found = self.made_by.currentData()
        return int(found) if found is not None else None

    def lock_decision_time(self) -> None:
        """Kept as written: read-only, still selectable and readable."""
        for line in (self.decision, self.expected, self.feeling):
            line.setReadOnly(True)
        for box in (self.options, self.rationale, self.reverse_if, self.premortem):
            box.setReadOnly(True)
        for spin in (self.information, self.confidence):
            spin.setReadOnly(True)
        for day in (self.decided_on, self.review_on, self.expected_by, self.raised_on):
            day.setReadOnly(True)
        for widget in (self.kind, self.chosen, self.made_by, self.one_way, self.two_way):
            widget.setEnabled(False)
        # Read-only fields take the window's colour, so they do not look like inputs.
        self.setStyleSheet(
            'QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"],'
            ' QAbstractSpinBox[readOnly="true"] { background: palette(window); }'
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.show_error(errors.get(name))
        unplaced = [m for n, m in errors.items() if n not in self.errors]
        if unplaced:
            self.errors["reviews"].show_error(" ".join(unplaced))

    def _notes_text(self, entry: JournalEntry) -> str:
        return "\n\n".join(f"{format_day(n.on)}: {n.note}" for n in entry.hindsight)
