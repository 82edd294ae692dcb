"""The editor's coherent actions: a few words each, tied to the inventory items and the
delegations that carry it (several of each), so the app can count the hours behind it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.arcs.described import ActionDelegationLink, ActionItemLink
from altitude.domain.arcs.narrative import MAX_ACTIONS, NarrativeAction
from altitude.domain.entities import PlanState
from altitude.domain.records import MAX_TITLE
from altitude.ui.decisions.fields import CheckList
from altitude.ui.narrative.kernel_view import hint_label
from altitude.ui.narrative.wording import tr
from altitude.ui.shared.fields import caption, clear_layout

MAX_ROWS = MAX_ACTIONS + 2  # room to write too many (the hint says so) but not a backlog


class ActionRow(QFrame):
    """One action: its words, the work tied to it, its hours and hints, a remove button."""

    changed = Signal()
    removed = Signal(object)  # this row

    def __init__(self, number: int, action: NarrativeAction, state: PlanState) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.words = QLineEdit(action.action)
        self.words.setMaxLength(MAX_TITLE)
        self.words.setPlaceholderText(tr("e.g. Hand the release train to Priya by March"))
        self.items = CheckList(tr("Inventory items"), tr("No inventory items yet"))
        self.items.set_choices(
            ((i.id, i.title) for i in state.items if i.id is not None),
            (link.item_id for link in action.items),
        )
        self.delegations = CheckList(tr("Delegations"), tr("No delegations yet"))
        self.delegations.set_choices(
            ((d.id, d.outcome) for d in state.delegations if d.id is not None),
            (link.delegation_id for link in action.delegations),
        )
        self.remove = QPushButton(tr("Remove"))
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.hours = caption("")
        self.hint_box = QVBoxLayout()
        self.hint_box.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setBuddy(self.words)
        grid = QGridLayout(self)
        grid.addWidget(self.label, 0, 0)
        grid.addWidget(self.words, 0, 1, 1, 2)
        grid.addWidget(self.remove, 0, 3)
        # One list under the other, each as wide as the row: the work's names are long.
        grid.addWidget(caption(tr("Inventory items doing it:")), 1, 1, 1, 2)
        grid.addWidget(self.items, 2, 1, 1, 2)
        grid.addWidget(caption(tr("Delegations carrying it:")), 3, 1, 1, 2)
        grid.addWidget(self.delegations, 4, 1, 1, 2)
        grid.addWidget(self.hours, 5, 1, 1, 3)
        grid.addLayout(self.hint_box, 6, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        for checks in (self.items, self.delegations):
            checks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            checks.setTextElideMode(Qt.TextElideMode.ElideRight)
            checks.setToolTip(tr("Tick every one that carries this action"))
        self.renumber(number)
        self.words.textChanged.connect(lambda _t: self.changed.emit())
        self.items.itemChanged.connect(lambda _i: self.changed.emit())
        self.delegations.itemChanged.connect(lambda _i: self.changed.emit())

    def renumber(self, number: int) -> None:
        self.label.setText(tr("&{0}.").format(number) if number < 10 else f"{number}.")
        self.words.setAccessibleName(tr("Action {0}").format(number))
        self.remove.setAccessibleName(tr("Remove action {0}").format(number))
        self.items.setAccessibleName(tr("Items action {0} uses").format(number))
        self.delegations.setAccessibleName(tr("Delegations carrying action {0}").format(number))

    def action(self) -> NarrativeAction:
        return NarrativeAction(
            action=" ".join(self.words.text().split()),
            items=tuple(ActionItemLink(i) for i in self.items.checked()),
            delegations=tuple(ActionDelegationLink(i) for i in self.delegations.checked()),
        )

    def is_blank(self) -> bool:
        a = self.action()
        return not a.action and not a.items and not a.delegations

    def show_hints(self, hours: str, hints: Sequence[str]) -> None:
        self.hours.setText(hours)
        clear_layout(self.hint_box)
        for text in hints:
            self.hint_box.addWidget(hint_label(text))


class ActionList(QWidget):
    """The rows, an "Add an action" button, and the hints about the list as a whole."""

    changed = Signal()

    def __init__(self, state: PlanState, actions: Sequence[NarrativeAction]) -> None:
        super().__init__()
        self.state = state
        self.rows: list[ActionRow] = []
        self.list_layout = QVBoxLayout()
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.add = QPushButton(tr("Add an action"))
        self.add.setAccessibleName(tr("Add an action"))
        self.add.clicked.connect(self.add_row)
        self.hint_box = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.hint_box)
        layout.addLayout(self.list_layout)
        layout.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)
        for action in actions:
            self.add_row(action)
        while len(self.rows) < 3:  # three empty rows invite the minimum
            self.add_row()

    def add_row(self, action: NarrativeAction | None = None) -> ActionRow:
        row = ActionRow(len(self.rows) + 1, action or NarrativeAction(action=""), self.state)
        row.changed.connect(self.changed)
        row.removed.connect(self.remove_row)
        self.rows.append(row)
        self.list_layout.addWidget(row)
        self.add.setEnabled(len(self.rows) < MAX_ROWS)
        self.changed.emit()
        return row

    def remove_row(self, row: ActionRow) -> None:
        self.rows.remove(row)
        row.hide()
        row.setParent(None)
        row.deleteLater()
        for number, kept in enumerate(self.rows, start=1):
            kept.renumber(number)
        self.add.setEnabled(len(self.rows) < MAX_ROWS)
        self.changed.emit()

    def filled(self) -> list[ActionRow]:
        """The rows with something in them (blank rows are left out, not refused)."""
        return [r for r in self.rows if not r.is_blank()]

    def written(self) -> tuple[NarrativeAction, ...]:
        return tuple(r.action() for r in self.filled())

    def show_hints(
        self, hints: Sequence[str], per_row: Callable[[int], tuple[str, list[str]]]
    ) -> None:
        """``hints`` about the list; ``per_row(n)`` gives the n-th filled row's hours text
        and hints."""
        clear_layout(self.hint_box)
        for text in hints:
            self.hint_box.addWidget(hint_label(text))
        for index, row in enumerate(self.filled()):
            row.show_hints(*per_row(index))
        for row in self.rows:
            if row.is_blank():
                row.show_hints("", [])
