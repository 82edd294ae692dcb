"""The delegation ledger's facts, one row per delegation, in words the GUI shows.

``ledger_rows`` turns a PlanState into ``LedgerRow``s: the owner's name, the item it came
from, whether a check-in is due, and the weeks its work came back to you (boomerangs).
The labels for statuses and levels live here too, so every view words them alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from altitude.domain.entities import Delegation, PlanState, Status
from altitude.domain.levels import level
from altitude.domain.metrics import Boomerang, boomerangs_by_delegation, delegations_due
from altitude.i18n import formats, translate_marked
from altitude.ui.shared.boomerang_text import boomerang_message

STATUS_ORDER = (Status.PLANNED, Status.HANDING_OVER, Status.OWNED, Status.TAKEN_BACK)


def tr(text: str) -> str:
    return QCoreApplication.translate("Delegation", text)


def status_label(status: Status) -> str:
    return {
        Status.PLANNED: tr("Planned"),
        Status.HANDING_OVER: tr("Handing over"),
        Status.OWNED: tr("Owned"),
        Status.TAKEN_BACK: tr("Taken back"),
    }[status]


def level_name(number: int) -> str:
    return translate_marked("Levels", level(number).name)


def level_meaning(number: int) -> str:
    return translate_marked("Levels", level(number).meaning)


def level_label(number: int) -> str:
    return f"{number} · {level_name(number)}"


def short_date(day: date) -> str:
    return formats.day(day)


@dataclass(frozen=True, slots=True)
class LedgerRow:
    delegation: Delegation
    owner: str  # the owner's name, "" when nobody owns it yet
    item_title: str  # the inventory item it came from, "" when none
    due: bool  # a check-in is due today or overdue
    boomerangs: tuple[Boomerang, ...]  # weeks you still logged hours on it, latest first

    def watch_text(self) -> str:
        """What needs watching, in words: never colour alone."""
        d = self.delegation
        parts = []
        if d.status == Status.TAKEN_BACK:
            parts.append(tr("Taken back: {0}").format(d.taken_back_reason))
        if self.due and d.next_checkin is not None:
            parts.append(tr("Check-in due"))
        if self.boomerangs:
            parts.append(boomerang_message(self.boomerangs[0]))
        return " · ".join(parts)


def ledger_rows(state: PlanState, today: date) -> list[LedgerRow]:
    due = {d.id for d in delegations_due(state.delegations, today)}
    came_back = boomerangs_by_delegation(state)
    people = {p.id: p for p in state.people}
    items = {i.id: i for i in state.items}
    rows = []
    for d in state.delegations:
        owner = people.get(d.owner_id) if d.owner_id is not None else None
        item = items.get(d.item_id) if d.item_id is not None else None
        rows.append(
            LedgerRow(
                delegation=d,
                owner=owner.name if owner else "",
                item_title=item.title if item else "",
                due=d.id in due,
                boomerangs=tuple(came_back.get(d.id or -1, ())),
            )
        )
    return rows
