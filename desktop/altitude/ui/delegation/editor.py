"""Edit one delegated outcome: what, who, how it is measured, the level and its plan,
when to check in, the hours it frees — with why it was taken back and any work that came
back to you shown on top, where they cannot be missed.

The editor saves nothing. When a field's edit is finished it builds the delegation from
every field, checks it with ``validate_delegation`` (messages beside the fields) and, if
valid and changed, emits ``edited(old, new)`` for the page to save through ``ctx.perform``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import Delegation, Person
from altitude.domain.field_rules import MAX_HOURS_PER_KIND, MAX_TITLE
from altitude.domain.validation import validate_delegation
from altitude.ui.locale_formats import date_display_format
from altitude.ui.shared.delegation_progress import DelegationProgress, DelegationStatus
from altitude.ui.shared.fields import (
    ErrorLabel,
    PlainTextField,
    caption,
    picked_day,
    with_error,
)
from altitude.ui.shared.ledger_rows import (
    LedgerRow,
    level_meaning,
)
from altitude.ui.shared.level_picker import LevelPicker
from altitude.ui.shared.level_timeline import plan_note

NOT_SCHEDULED = date(2000, 1, 1)  # the date edit's minimum, shown as "Not scheduled"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DelegationEditor(QWidget):
    edited = Signal(object, object)  # old Delegation, new Delegation

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row: LedgerRow | None = None
        self.status = DelegationStatus()
        self.title, self.status_line = self.status.title, self.status.status_line
        self.taken_back_box, self.taken_back = self.status.taken_back_box, self.status.taken_back
        self.boomerang_box, self.boomerang = self.status.boomerang_box, self.status.boomerang

        self.outcome = QLineEdit()
        self.outcome.setMaxLength(MAX_TITLE)
        self.outcome.setPlaceholderText(self.tr("The result, e.g. 'Releases go out safely'"))
        self.owner = QComboBox()
        self.success_measure = PlainTextField()
        self.success_measure.setPlaceholderText(self.tr("How you will both know it is done well"))
        self.success_measure.setFixedHeight(64)
        self.level = LevelPicker()
        self.level_meaning = caption("")
        self.plan_note = caption("")
        self.plan_note.setAccessibleName(self.tr("Level against the plan"))
        self.cadence = QSpinBox()
        self.cadence.setRange(1, 365)
        self.cadence.setSuffix(self.tr(" days"))
        self.next_checkin = QDateEdit()
        self.next_checkin.setCalendarPopup(True)
        self.next_checkin.setDisplayFormat(date_display_format())
        self.next_checkin.setMinimumDate(_qdate(NOT_SCHEDULED))
        self.next_checkin.setSpecialValueText(self.tr("Not scheduled"))
        self.hours = HoursSpinBox()
        self.hours.setRange(0, MAX_HOURS_PER_KIND)
        self.hours.setDecimals(2)
        self.hours.setSingleStep(0.5)
        self.hours.setSuffix(self.tr(" h / week"))
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setTextFormat(Qt.TextFormat.PlainText)  # an item title, not markup
        self.progress = DelegationProgress()
        self.level_plan = self.progress.level_plan
        self.timeline = self.progress.timeline
        self.history = self.progress.history

        names = {
            self.outcome: self.tr("Outcome"),
            self.owner: self.tr("Owner"),
            self.success_measure: self.tr("Success measure"),
            self.level: self.tr("Delegation level"),
            self.cadence: self.tr("Check in every"),
            self.next_checkin: self.tr("Next check-in"),
            self.hours: self.tr("Hours freed per week"),
            self.source: self.tr("From your inventory"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self.errors = {field: ErrorLabel(widget) for field, widget in self._fields().items()}
        self.errors["level_plan"] = self.level_plan.error

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for field, widget in self._fields().items():
            cell = with_error(widget, self.errors[field])
            if field == "level":
                cell.rows.insertWidget(1, self.level_meaning)
                cell.rows.insertWidget(2, self.plan_note)
            form.addRow(names[widget], cell)
        form.addRow(names[self.source], self.source)

        # Two columns: what and who on the left; how it is going on the right, so the whole
        # delegation fits under the ledger without much scrolling.
        left = QVBoxLayout()
        left.addWidget(self.status)
        left.addLayout(form)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addSpacing(24)  # not setSpacing: nested layouts would inherit it
        layout.addWidget(self.progress, 1)

        self.outcome.editingFinished.connect(self.commit)
        self.owner.activated.connect(self.commit)
        self.success_measure.editingFinished.connect(self.commit)
        self.level.level_chosen.connect(self.commit)
        self.cadence.editingFinished.connect(self.commit)
        self.next_checkin.editingFinished.connect(self.commit)
        self.hours.editingFinished.connect(self.commit)
        self.level_plan.edited.connect(self.commit)
        self.setEnabled(False)

    def _fields(self) -> dict[str, QWidget]:
        return {
            "outcome": self.outcome,
            "owner_id": self.owner,
            "success_measure": self.success_measure,
            "level": self.level,
            "cadence_days": self.cadence,
            "next_checkin": self.next_checkin,
            "hours_freed": self.hours,
        }

    # ------------------------------------------------------------ showing
    def delegation(self) -> Delegation | None:
        return self._row.delegation if self._row else None

    def set_people(self, people: tuple[Person, ...]) -> None:
        blocked = self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("No owner yet"), None)
        for person in people:
            label = f"{person.name} — {person.role}" if person.role else person.name
            self.owner.addItem(label, person.id)
        self.owner.blockSignals(blocked)

    def show_row(self, row: LedgerRow | None, today: date) -> None:
        """Show ``row`` (None: nothing selected) without emitting anything."""
        self._row = row
        self.setEnabled(row is not None)
        for error in self.errors.values():
            error.show_error(None)
        d = row.delegation if row else Delegation(outcome="", started_on=today)
        self._quietly(self.outcome, lambda: self.outcome.setText(d.outcome))
        self.outcome.setCursorPosition(0)  # show how it begins, not how it ends
        self._quietly(
            self.owner,
            lambda: self.owner.setCurrentIndex(
                max(0, self.owner.findData(d.owner_id)) if d.owner_id is not None else 0
            ),
        )
        self.success_measure.set_text_quietly(d.success_measure)
        self.level.set_level(d.level)
        self.level_meaning.setText(level_meaning(d.level))
        self.plan_note.setText(plan_note(d, today) if row else "")
        self.plan_note.setVisible(bool(self.plan_note.text()))
        self._quietly(self.cadence, lambda: self.cadence.setValue(d.cadence_days))
        when = _qdate(d.next_checkin or NOT_SCHEDULED)
        self._quietly(self.next_checkin, lambda: self.next_checkin.setDate(when))
        self._quietly(self.hours, lambda: self.hours.setValue(d.hours_freed))
        self.source.setText(
            row.item_title if row and row.item_title else self.tr("Not from your inventory")
        )
        self.progress.show_delegation(d if row else None, today)
        self.status.show_row(row)

    @staticmethod
    def _quietly(widget: QWidget, call) -> None:  # type: ignore[no-untyped-def]
        blocked = widget.blockSignals(True)
        call()
        widget.blockSignals(blocked)

    # ------------------------------------------------------------ editing
    def from_fields(self) -> Delegation | None:
        """The delegation as the fields show it now."""
        if self._row is None:
            return None
        picked = picked_day(self.next_checkin)
        return replace(
            self._row.delegation,
            outcome=self.outcome.text().strip(),
            owner_id=self.owner.currentData(),
            success_measure=self.success_measure.toPlainText().strip(),
            level=self.level.level(),
            cadence_days=self.cadence.value(),
            next_checkin=None if picked <= NOT_SCHEDULED else picked,
            hours_freed=round(self.hours.value(), 2),
            level_plan=self.level_plan.steps(),
        )

    def commit(self) -> None:
        """Check the fields; emit ``edited`` when they are valid and something changed."""
        old = self.delegation()
        new = self.from_fields()
        if old is None or new is None:
            return
        self.level_meaning.setText(level_meaning(new.level))
        problems = validate_delegation(new)
        for field, error in self.errors.items():
            error.show_error(problems.get(field))
        if not problems and new != old:
            self.edited.emit(old, new)

    def set_dark(self, dark: bool) -> None:
        self.progress.set_dark(dark)


class HoursSpinBox(QDoubleSpinBox):
    """Hours with up to two decimals, shown without trailing zeros (6 h, 2.5 h)."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        text = self.locale().toString(float(value), "f", self.decimals())
        point = self.locale().decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text
