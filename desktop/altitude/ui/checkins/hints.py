"""Small guidance lines for the check-in: last week's hours, and who owns a delegated item."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from altitude.domain.entities import PlanState
from altitude.domain.metrics import HANDED_OVER, format_hours
from altitude.domain.weeks import IsoWeek
from altitude.ui.shared.week_picker import week_dates


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckinHints", text)


def hours_hint(state: PlanState, week: IsoWeek) -> str:
    """Under the hours: that a logged week is being replaced, or the last week's split."""
    if state.checkin(week) is not None:
        return tr("This week is logged; saving replaces it.")
    earlier = [c for c in state.checkins if c.week < week]
    if not earlier:
        return ""
    last = max(earlier, key=lambda c: c.week)
    return tr("Last logged, {0}: {1} on execution, {2} on strategy.").format(
        week_dates(last.week),
        format_hours(last.execution_hours),
        format_hours(last.strategy_hours),
    )


def owner_hints(state: PlanState, owners: Mapping[int, str]) -> dict[int, str]:
    """Items handed over: who has them now, so hours logged on them are no surprise."""
    hints: dict[int, str] = {}
    for d in state.delegations:
        if d.item_id is not None and d.status in HANDED_OVER:
            owner = owners.get(d.owner_id, "") if d.owner_id is not None else ""
            hints[d.item_id] = tr("with {0}").format(owner or tr("your team"))
    return hints
