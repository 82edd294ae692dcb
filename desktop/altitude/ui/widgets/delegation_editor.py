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

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import Delegation, Person, Status
from altitude.domain.field_rules import MAX_HOURS_PER_KIND, MAX_TITLE
from altitude.domain.validation import validate_delegation
from altitude.ui.models.delegation_model import (
    LedgerRow,
    level_meaning,
    short_date,
    status_label,
)
from altitude.ui.widgets.fields import ErrorLabel, PlainTextField, caption, heading, with_error
from altitude.ui.widgets.level_picker import LevelPicker, LevelPlanEditor
from altitude.ui.widgets.level_timeline import LevelTimeline, plan_note

NOT_SCHEDULED = date(2000, 1, 1)  # the date edit's minimum, shown as "Not scheduled"
HISTORY_SHOWN = 5


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _banner(level: str) -> tuple[QFrame, QLabel]:
    frame = QFrame()
    frame.setObjectName("banner")
    frame.setProperty("level", level)
    label = QLabel()
    label.setWordWrap(True)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 8, 10, 8)
    layout.addWidget(label)
    frame.hide()
    return frame, label


class DelegationEditor(QWidget):
    edited = Signal(object, object)  # old Delegation, new Delegation

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row: LedgerRow | None = None
        self.title = heading("")
        self.title.setWordWrap(True)
        self.status_line = caption("")
        self.taken_back_box, self.taken_back = _banner("error")
        self.taken_back.setAccessibleName(self.tr("Why it was taken back"))
        self.boomerang_box, self.boomerang = _banner("warning")
        self.boomerang.setAccessibleName(self.tr("Work that came back to you"))

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
        self.next_checkin.setDisplayFormat("d MMM yyyy")
        self.next_checkin.setMinimumDate(_qdate(NOT_SCHEDULED))
        self.next_checkin.setSpecialValueText(self.tr("Not scheduled"))
        self.hours = HoursSpinBox()
        self.hours.setRange(0, MAX_HOURS_PER_KIND)
        self.hours.setDecimals(2)
        self.hours.setSingleStep(0.5)
        self.hours.setSuffix(self.tr(" h / week"))
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.level_plan = LevelPlanEditor()
        self.timeline = LevelTimeline()
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setAccessibleName(self.tr("Check-ins so far"))

        names = {
            self.outcome: self.tr("Outcome"), self.owner: self.tr("Owner"),
            self.success_measure: self.tr("Success measure"), self.level: self.tr("Delegation level"),
            self.cadence: self.tr("Check in every"), self.next_checkin: self.tr("Next check-in"),
            self.hours: self.tr("Hours freed per week"), self.source: self.tr("From your inventory"),
        }  # fmt: skip
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
                cell.layout().insertWidget(1, self.level_meaning)
                cell.layout().insertWidget(2, self.plan_note)
            form.addRow(names[widget], cell)
        form.addRow(names[self.source], self.source)

        # Two columns: what and who on the left; how the level grows and the talks so far
        # on the right, so the whole delegation fits under the ledger without much scrolling.
        left = QVBoxLayout()
        for widget in (self.title, self.status_line, self.taken_back_box, self.boomerang_box):
            left.addWidget(widget)
        left.addLayout(form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(heading(self.tr("How far the level should rise")))
        right.addWidget(caption(self.tr(
            "Plan the steps, e.g. consult now, agree by week 4, they decide by week 8. "
            "The solid line is what you actually did.")))  # fmt: skip
        right.addWidget(self.level_plan)
        right.addWidget(self.timeline)
        right.addWidget(heading(self.tr("Check-ins")))
        right.addWidget(self.history)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addSpacing(24)  # not setSpacing: nested layouts would inherit it
        layout.addLayout(right, 1)

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
        return {"outcome": self.outcome, "owner_id": self.owner,
                "success_measure": self.success_measure, "level": self.level,
                "cadence_days": self.cadence, "next_checkin": self.next_checkin,
                "hours_freed": self.hours}  # fmt: skip

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
        self.title.setText(d.outcome if row else self.tr("Select a delegation"))
        self._quietly(self.outcome, lambda: self.outcome.setText(d.outcome))
        self.outcome.setCursorPosition(0)  # show how it begins, not how it ends
        self._quietly(self.owner, lambda: self.owner.setCurrentIndex(
            max(0, self.owner.findData(d.owner_id)) if d.owner_id is not None else 0))  # fmt: skip
        self.success_measure.set_text_quietly(d.success_measure)
        self.level.set_level(d.level)
        self.level_meaning.setText(level_meaning(d.level))
        self.plan_note.setText(plan_note(d, today) if row else "")
        self.plan_note.setVisible(bool(self.plan_note.text()))
        self._quietly(self.cadence, lambda: self.cadence.setValue(d.cadence_days))
        when = _qdate(d.next_checkin or NOT_SCHEDULED)
        self._quietly(self.next_checkin, lambda: self.next_checkin.setDate(when))
        self._quietly(self.hours, lambda: self.hours.setValue(d.hours_freed))
        self.source.setText(row.item_title if row and row.item_title
                            else self.tr("Not from your inventory"))  # fmt: skip
        self.level_plan.set_steps(d.level_plan)
        self.timeline.set_delegation(d if row else None, today)
        self._show_status(row)
        self._show_history(d)

    def _show_status(self, row: LedgerRow | None) -> None:
        if row is None:
            self.status_line.setText("")
            self.taken_back_box.hide()
            self.boomerang_box.hide()
            return
        d = row.delegation
        who = row.owner or self.tr("nobody yet")
        parts = [self.tr("{0} · owner: {1}").format(status_label(d.status), who),
                 self.tr("started {0}").format(short_date(d.started_on))]  # fmt: skip
        if row.due:
            parts.append(self.tr("check-in due"))
        self.status_line.setText(" · ".join(parts))
        taken_back = d.status == Status.TAKEN_BACK
        self.taken_back.setText(self.tr("<b>Taken back:</b> {0}").format(_escape(d.taken_back_reason)))
        self.taken_back_box.setVisible(taken_back)
        messages = [_escape(b.message) for b in row.boomerangs[:3]]
        if len(row.boomerangs) > 3:
            messages.append(self.tr("… and {0} more weeks.").format(len(row.boomerangs) - 3))
        self.boomerang.setText(self.tr("<b>It came back to you.</b> {0}").format(
            "<br>".join(messages)))  # fmt: skip
        self.boomerang_box.setVisible(bool(row.boomerangs))

    def _show_history(self, d: Delegation) -> None:
        if not d.checkins:
            self.history.setText(self.tr("No check-ins logged yet."))
            return
        lines = []
        for entry in sorted(d.checkins, key=lambda c: c.on, reverse=True)[:HISTORY_SHOWN]:
            track = self.tr("✓ on track") if entry.on_track else self.tr("✗ off track")
            lines.append(f"<b>{short_date(entry.on)}</b> · {track}<br>{_escape(entry.note)}")
        if len(d.checkins) > HISTORY_SHOWN:
            lines.append(self.tr("… {0} earlier.").format(len(d.checkins) - HISTORY_SHOWN))
        self.history.setText("<br><br>".join(lines))

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
        picked = self.next_checkin.date().toPython()
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
        self.timeline.set_dark(dark)


class HoursSpinBox(QDoubleSpinBox):
    """Hours with up to two decimals, shown without trailing zeros (6 h, 2.5 h)."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        text = self.locale().toString(float(value), "f", self.decimals())
        point = self.locale().decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
