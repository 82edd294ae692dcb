"""What the plan wizard has gathered so far, and the Plan it makes.

Nothing here is saved: the wizard writes only on Finish, through one service call.

The situation (Watkins' STARS) shapes the milestones' shares and the role family picks
the suggested tasks and statements; both are kept on the plan too (``Plan.situation``,
``Plan.family``, format 5), so what the wizard asked is not lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from altitude.domain.entities import (
    DEFAULT_HORIZON_DAYS,
    DEFAULT_MILESTONE_DAYS,
    InventoryItem,
    Milestone,
    Plan,
    new_plan,
)
from altitude.domain.guidance.situations import Situation, milestone_shares
from altitude.domain.metrics import current_split


def default_milestone_days(horizon_days: int) -> list[int]:
    """30/60/90 inside the horizon, and always the horizon's last day."""
    if horizon_days < 1:
        return []
    return [d for d in DEFAULT_MILESTONE_DAYS if d < horizon_days] + [horizon_days]


def milestones_on_line(
    days: Sequence[int],
    baseline: float,
    target: float,
    horizon_days: int,
    situation: Situation | None = None,
) -> tuple[Milestone, ...]:
    """Milestones from baseline (day 0) to target, in whole percent, on the situation's
    curve; without a situation ("not sure"), the straight line."""
    shares = milestone_shares(days, baseline, target, horizon_days, situation)
    return tuple(
        Milestone(day=d, target_share=share, label=f"{d} days")
        for d, share in zip(days, shares, strict=True)
    )


def baseline_share(items: Sequence[InventoryItem]) -> float | None:
    """Percent of the inventory's hours on strategy; None when there are no hours."""
    share = current_split(items).strategy_share
    return None if share is None else round(share, 1)


@dataclass(frozen=True, slots=True)
class Draft:
    current_role: str = ""
    new_role: str = ""
    start_date: date | None = None
    horizon_end: date | None = None
    milestone_days: tuple[int, ...] = DEFAULT_MILESTONE_DAYS
    motive: str = ""
    identity: tuple[str, ...] = ()
    items: tuple[InventoryItem, ...] = ()
    target_share: float = 50.0
    situation: Situation | None = None  # None: "not sure", the straight line
    family: str = ""  # the role family whose suggestions were offered (its id)

    @property
    def baseline(self) -> float:
        return baseline_share(self.items) or 0.0

    def plan(self, today: date) -> Plan:
        """The Plan these answers make; validate it with ``validate_plan``."""
        start = self.start_date or today
        end = self.horizon_end or start + timedelta(days=DEFAULT_HORIZON_DAYS)
        days = (end - start).days
        plan = new_plan(
            current_role=self.current_role,
            new_role=self.new_role,
            start_date=start,
            baseline_share=self.baseline,
            target_share=self.target_share,
            horizon_days=max(days, 1),  # new_plan divides by it; validation reports the rest
            motive=self.motive,
            identity=self.identity,
        )
        milestones = milestones_on_line(
            self.milestone_days, self.baseline, self.target_share, days, self.situation
        )
        return replace(
            plan,
            horizon_end=end,
            milestones=milestones,
            situation=self.situation,
            family=self.family,
        )
