"""Two small dialogs of the delegation ledger: log a check-in, and start a new delegation.

Both only collect answers; the page saves them. The page opens them with ``open()`` (not
``exec()``), so tests construct them, set the fields and call ``accept()``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import Decision, Delegation, DelegationCheckIn, PlanState
from altitude.domain.metrics import OPEN
from altitude.domain.shares import format_hours
from altitude.domain.validation import validate_delegation
from altitude.ui.locale_formats import date_display_format
from altitude.ui.shared.fields import ErrorLabel, PlainTextField, caption, picked_day, with_error

LETTING_GO_FIRST = {
    Decision.DELEGATE: 0,
    Decision.COACH: 1,
    Decision.UNDECIDED: 2,
    Decision.STOP: 3,
    Decision.KEEP: 4,
}


class DelegationCheckInDialog(QDialog):
    """When, what you heard, and whether it is on track."""

    def __init__(self, delegation: Delegation, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegation = delegation
        self.setWindowTitle(self.tr("Log a check-in"))
        self.on = QDateEdit(QDate(today.year, today.month, today.day))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(date_display_format())
        self.on.setAccessibleName(self.tr("Date of the check-in"))
        self.note = PlainTextField()
        self.note.setPlaceholderText(self.tr("What did you hear? What will they do next?"))
        self.note.setAccessibleName(self.tr("Check-in note"))
        self.note.setMinimumHeight(90)
        self.on_track = QCheckBox(self.tr("On track"))
        self.on_track.setChecked(True)
        self.on_track.setAccessibleName(self.tr("On track"))
        self.on_track.setToolTip(self.tr("Untick when the outcome is slipping."))
        self.error = ErrorLabel(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log check-in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("Note"), with_error(self.note, self.error))
        form.addRow("", self.on_track)
        layout = QVBoxLayout(self)
        layout.addWidget(
            caption(
                self.tr("Check in on the outcome, not the steps: {0}").format(delegation.outcome)
            )
        )
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.note.setFocus()  # the date is usually today; the note is what matters
        self.resize(460, 280)

    def entry(self) -> DelegationCheckIn:
        return DelegationCheckIn(
            on=picked_day(self.on),
            note=self.note.toPlainText().strip(),
            on_track=self.on_track.isChecked(),
        )

    def accept(self) -> None:
        """Close only when the note can be saved."""
        with_entry = replace(self.delegation, checkins=(*self.delegation.checkins, self.entry()))
        problem = validate_delegation(with_entry).get("checkins")
        self.error.show_error(problem)
        if problem is None:
            super().accept()


class NewDelegationDialog(QDialog):
    """Start from an inventory item (prefilled) or from scratch, and pick an owner."""

    def __init__(self, state: PlanState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hand over an outcome"))
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Start from"))
        self.source.addItem(self.tr("Nothing — write the outcome from scratch"), None)
        for item in _candidates(state):
            self.source.addItem(
                self.tr("{0} ({1} a week)").format(item.title, format_hours(item.hours)), item.id
            )
        self.owner = QComboBox()
        self.owner.setAccessibleName(self.tr("Owner"))
        self.owner.addItem(self.tr("Decide later"), None)
        for person in state.people:
            self.owner.addItem(person.name, person.id)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.preview = caption("")
        self.preview.setAccessibleName(self.tr("What will be filled in"))
        self._items = {i.id: i for i in state.items}
        self.source.currentIndexChanged.connect(self._show_preview)
        first = self.source.itemData(1)
        if first is not None and self._items[first].decision in (Decision.DELEGATE, Decision.COACH):
            self.source.setCurrentIndex(1)  # you already decided to let it go
        self._show_preview()
        form = QFormLayout()
        form.addRow(self.tr("Start from"), self.source)
        form.addRow("", self.preview)
        form.addRow(self.tr("Owner"), self.owner)
        layout = QVBoxLayout(self)
        layout.addWidget(
            caption(
                self.tr(
                    "Pick something from your inventory and its outcome and hours are filled in: "
                    "those hours count as freed once you start handing it over."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 200)

    def _show_preview(self) -> None:
        item = self._items.get(self.item_id()) if self.item_id() is not None else None
        self.preview.setText(
            self.tr("Outcome “{0}”; {1} a week freed once you start handing it over.").format(
                item.title, format_hours(item.hours)
            )
            if item
            else self.tr("You write the outcome and its hours yourself.")
        )

    def item_id(self) -> int | None:
        value = self.source.currentData()
        return int(value) if value is not None else None

    def owner_id(self) -> int | None:
        value = self.owner.currentData()
        return int(value) if value is not None else None

    def choose_item(self, item_id: int | None) -> None:
        self.source.setCurrentIndex(max(0, self.source.findData(item_id)))

    def choose_owner(self, person_id: int | None) -> None:
        self.owner.setCurrentIndex(max(0, self.owner.findData(person_id)))


def _candidates(state: PlanState):  # type: ignore[no-untyped-def]
    """Items not already handed over, the ones you decided to let go first."""
    taken = {d.item_id for d in state.delegations if d.status in OPEN}
    free = [i for i in state.items if i.id is not None and i.id not in taken]
    return sorted(free, key=lambda i: (LETTING_GO_FIRST.get(i.decision, 5), -i.hours))
