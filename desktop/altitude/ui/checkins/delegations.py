"""The delegations due for a check-in this week: one click, a note, on track or not.

Nothing is saved here; the dialog saves the marked rows with the check-in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import Delegation
from altitude.domain.field_rules import MAX_TEXT
from altitude.i18n import formats
from altitude.ui.shared.fields import ErrorLabel, caption


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckinDelegations", text)


@dataclass(frozen=True, slots=True)
class DelegationLog:
    """A check-in with a delegation's owner, to be saved with the week."""

    delegation_id: int
    note: str
    on_track: bool


class DelegationRow(QWidget):
    changed = Signal()

    def __init__(
        self, delegation: Delegation, delegation_id: int, owner: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.delegation = delegation
        self.delegation_id = delegation_id
        outcome = QLabel(delegation.outcome)
        outcome.setWordWrap(True)
        outcome.setTextFormat(Qt.TextFormat.PlainText)
        font = outcome.font()
        font.setBold(True)
        outcome.setFont(font)
        if delegation.success_measure:
            outcome.setToolTip(tr("Success: {0}").format(delegation.success_measure))
        due = delegation.next_checkin
        due_text = (
            f"{formats.weekday(due.weekday(), short=True)} {formats.day_month(due)}" if due else ""
        )
        details = caption(tr("{0} · due {1}").format(owner, due_text))
        self.done = QPushButton(tr("Checked in"))
        self.done.setCheckable(True)
        self.done.setAccessibleName(tr("Checked in with {0}").format(owner))
        self.done.setToolTip(tr("Mark that you checked in on this outcome this week"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("What did you hear? (optional)"))
        self.note.setAccessibleName(tr("Check-in note for {0}").format(delegation.outcome))
        self.note.setMaxLength(MAX_TEXT)
        self.on_track = QCheckBox(tr("On track"))
        self.on_track.setChecked(True)
        self.on_track.setAccessibleName(tr("On track"))
        self.error = ErrorLabel(self.note)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.addWidget(outcome, 0, 0, 1, 3)
        grid.addWidget(details, 1, 0, 1, 3)
        grid.addWidget(self.done, 2, 0)
        grid.addWidget(self.note, 2, 1)
        grid.addWidget(self.on_track, 2, 2)
        grid.addWidget(self.error, 3, 0, 1, 3)
        grid.setColumnStretch(1, 1)

        self.done.toggled.connect(self._marked)
        self.note.textEdited.connect(self._noted)
        self.on_track.toggled.connect(self.changed)

    def _noted(self, text: str) -> None:
        if text.strip() and not self.done.isChecked():
            self.done.setChecked(True)  # writing a note means you checked in
        self.changed.emit()

    def _marked(self, checked: bool) -> None:
        self.done.setText(tr("✓ Checked in") if checked else tr("Checked in"))
        self.changed.emit()

    def log(self) -> DelegationLog | None:
        if not self.done.isChecked():
            return None
        note = self.note.text().strip()
        return DelegationLog(self.delegation_id, note, self.on_track.isChecked())


class DelegationsDueSection(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DelegationRow] = []
        self.none = caption(tr("No delegation is due for a check-in this week."))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.none)

    def set_delegations(self, due: Sequence[Delegation], owners: Mapping[int, str]) -> None:
        for row in self.rows:
            self._layout.removeWidget(row)
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for delegation in due:
            if delegation.id is None:
                continue
            owner_id = delegation.owner_id
            owner = owners.get(owner_id, "") if owner_id is not None else ""
            row = DelegationRow(delegation, delegation.id, owner or tr("No owner yet"))
            row.changed.connect(self.changed)
            self._layout.addWidget(row)
            self.rows.append(row)
        self.none.setVisible(not self.rows)

    def logs(self) -> list[DelegationLog]:
        return [log for row in self.rows if (log := row.log()) is not None]

    def row_for(self, delegation_id: int) -> DelegationRow:
        return next(r for r in self.rows if r.delegation_id == delegation_id)

    def show_errors(self, errors: Mapping[int, str]) -> None:
        for row in self.rows:
            row.error.show_error(errors.get(row.delegation_id))
