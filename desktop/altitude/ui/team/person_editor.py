"""Edit one team member (name, role, growth goal, notes, one-to-ones) and see what they carry
for you.

The editor saves nothing: when a field's edit is finished it checks the person with
``validate_person`` (messages beside the fields) and, if valid and changed, emits
``edited(old, new)`` for the page to save through ``ctx.perform``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import Delegation, Person, Status
from altitude.domain.field_rules import MAX_TITLE
from altitude.domain.shares import format_hours
from altitude.domain.validation import validate_person
from altitude.ui.locale_formats import date_display_format
from altitude.ui.shared.delegation_progress import escape
from altitude.ui.shared.fields import (
    ErrorLabel,
    PlainTextField,
    format_day,
    heading,
    picked_day,
    quietly,
    to_qdate,
    with_error,
)
from altitude.ui.shared.ledger_rows import level_label, status_label
from altitude.ui.team.model import TeamRow

_NONE_LOGGED = QDate(2000, 1, 1)  # the date edit's minimum, shown as "None logged"


class PersonEditor(QWidget):
    edited = Signal(object, object)  # old Person, new Person

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person: Person | None = None
        self.title = heading("")
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_TITLE)
        self.role = QLineEdit()
        self.role.setMaxLength(MAX_TITLE)
        self.role.setPlaceholderText(self.tr("e.g. Senior backend engineer"))
        self.growth_goal = PlainTextField()
        self.growth_goal.setPlaceholderText(
            self.tr("Where do they want to grow? Hand them outcomes that lead there.")
        )
        self.growth_goal.setFixedHeight(70)
        self.notes = PlainTextField()
        self.notes.setPlaceholderText(self.tr("Strengths, what they find hard, what you noticed"))
        self.notes.setFixedHeight(70)
        self.today: Callable[[], date] = date.today  # the page gives the app's clock
        self.cadence = QSpinBox()  # 0 shows "Not set": no one-to-one cadence
        self.cadence.setRange(0, 365)
        self.cadence.setSpecialValueText(self.tr("Not set"))
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setToolTip(self.tr("How often you meet one to one"))
        self.last_met = QDateEdit()  # its minimum shows "None logged"
        self.last_met.setCalendarPopup(True)
        self.last_met.setDisplayFormat(date_display_format())
        self.last_met.setMinimumDate(_NONE_LOGGED)
        self.last_met.setSpecialValueText(self.tr("None logged"))
        self.met_today = QPushButton(self.tr("Met today"))
        self.met_today.setAccessibleName(self.tr("Log a one-to-one today"))
        self.met_today.clicked.connect(self._met_today)
        met_row = QWidget()
        met_layout = QHBoxLayout(met_row)
        met_layout.setContentsMargins(0, 0, 0, 0)
        met_layout.addWidget(self.last_met, 1)
        met_layout.addWidget(self.met_today)
        self.next_one_to_one = QLabel()
        self.next_one_to_one.setWordWrap(True)
        self.next_one_to_one.setAccessibleName(self.tr("Next one-to-one"))
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setAccessibleName(self.tr("What they carry for you"))
        for label in (self.title, self.sentence):  # user text: never read as markup
            label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.sentence.font()
        font.setBold(True)
        self.sentence.setFont(font)
        self.outcomes = QLabel()
        self.outcomes.setWordWrap(True)
        self.outcomes.setAccessibleName(self.tr("Their outcomes"))

        names: dict[str, tuple[QLineEdit | PlainTextField | QSpinBox | QDateEdit, str]] = {
            "name": (self.name, self.tr("Name")),
            "role": (self.role, self.tr("Role")),
            "growth_goal": (self.growth_goal, self.tr("Growth goal")),
            "notes": (self.notes, self.tr("Notes")),
            "one_to_one_days": (self.cadence, self.tr("Meet every")),
            "last_one_to_one": (self.last_met, self.tr("Last one-to-one")),
        }
        self.errors: dict[str, ErrorLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, (widget, name) in names.items():
            widget.setAccessibleName(name)
            self.errors[field] = ErrorLabel(widget)
            shown = met_row if widget is self.last_met else widget
            form.addRow(name, with_error(shown, self.errors[field]))
            widget.editingFinished.connect(self.commit)
        form.addRow("", self.next_one_to_one)

        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addLayout(form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(heading(self.tr("What they carry for you")))
        right.addWidget(self.sentence)
        right.addWidget(self.outcomes)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addSpacing(24)  # not setSpacing: nested layouts would inherit it
        layout.addLayout(right, 1)
        self.setEnabled(False)

    def person(self) -> Person | None:
        return self._person

    def show_row(self, row: TeamRow | None) -> None:
        """Show ``row`` (None: nobody selected) without emitting anything."""
        self._person = row.person if row else None
        self.setEnabled(row is not None)
        for error in self.errors.values():
            error.show_error(None)
        p = row.person if row else Person(name="")
        self.title.setText(p.name if row else self.tr("Select a team member"))
        for edit, text in ((self.name, p.name), (self.role, p.role)):
            if edit.text() != text:
                blocked = edit.blockSignals(True)
                edit.setText(text)
                edit.setCursorPosition(0)
                edit.blockSignals(blocked)
        self.growth_goal.set_text_quietly(p.growth_goal)
        self.notes.set_text_quietly(p.notes)
        last = p.last_one_to_one
        quietly(self.cadence, lambda: self.cadence.setValue(p.one_to_one_days or 0))
        quietly(
            self.last_met, lambda: self.last_met.setDate(to_qdate(last) if last else _NONE_LOGGED)
        )
        self.next_one_to_one.setText(self._next_text(p) if row else "")
        self.sentence.setText(row.sentence() if row else "")
        self.outcomes.setText(self._outcome_list(row) if row else "")

    def _outcome_list(self, row: TeamRow) -> str:
        if not row.carried and not row.planned and not row.taken_back:
            return self.tr(
                "Nothing handed over or planned. If their growth goal fits an item "
                "in your inventory, hand it over from the Delegation page."
            )
        lines = (self._line(d) for d in (*row.carried, *row.planned, *row.taken_back))
        return "<br><br>".join(lines)

    def _line(self, d: Delegation) -> str:
        hours, level = format_hours(d.hours_freed), level_label(d.level)
        if d.status == Status.PLANNED:
            detail = self.tr("{0} a week once handed over · level {1}").format(hours, level)
        elif d.status == Status.TAKEN_BACK:
            detail = self.tr("{0} a week back on your desk").format(hours)
        else:
            detail = self.tr("{0} a week · level {1}").format(hours, level)
        return f"{escape(d.outcome)}<br><i>{status_label(d.status)}</i> · {detail}"

    def _next_text(self, p: Person) -> str:
        due = p.one_to_one_due()
        if due is None:
            return self.tr("Set how often you meet, and Altitude reminds you on the dashboard.")
        if due == date.min:
            return self.tr("No one-to-one logged yet: it is due now.")
        when = format_day(due)
        if due <= self.today():
            return self.tr("Due since {0}.").format(when)
        return self.tr("Next one due by {0}.").format(when)

    def _met_today(self) -> None:
        today = self.today()
        self.last_met.setDate(to_qdate(today))
        self.commit()

    def _last_met(self) -> date | None:
        if self.last_met.date() <= _NONE_LOGGED:
            return None
        return picked_day(self.last_met)

    def from_fields(self) -> Person | None:
        if self._person is None:
            return None
        return replace(
            self._person,
            name=self.name.text().strip(),
            role=self.role.text().strip(),
            growth_goal=self.growth_goal.toPlainText().strip(),
            notes=self.notes.toPlainText().strip(),
            one_to_one_days=self.cadence.value() or None,
            last_one_to_one=self._last_met(),
        )

    def commit(self) -> None:
        """Check the fields; emit ``edited`` when they are valid and something changed."""
        old, new = self._person, self.from_fields()
        if old is None or new is None:
            return
        problems = validate_person(new)
        for field, error in self.errors.items():
            error.show_error(problems.get(field))
        if not problems and new != old:
            self.edited.emit(old, new)
