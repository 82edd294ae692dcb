"""States for the chart and report tests, built in code rather than loaded from disk."""

from __future__ import annotations

from datetime import date

from altitude.domain.entities import (
    Decision,
    Delegation,
    DelegationCheckIn,
    Factors,
    InventoryItem,
    LevelChange,
    Mode,
    Person,
    PlanState,
    ReflectionAnswer,
    Status,
    WeeklyCheckIn,
    new_plan,
)
from altitude.domain.weeks import IsoWeek

START = date(2026, 1, 5)  # a Monday: ISO week 2026-W02
TODAY = date(2026, 3, 4)  # a Wednesday in 2026-W10


def checkin(week: IsoWeek, execution: float, strategy: float, note: str = "") -> WeeklyCheckIn:
    return WeeklyCheckIn(week=week, execution_hours=execution, strategy_hours=strategy, note=note)


def rising_checkins(first: IsoWeek, count: int, start_share: float = 20.0) -> list[WeeklyCheckIn]:
    """``count`` 40-hour weeks whose strategy share rises 3 points a week."""
    weeks = []
    for n in range(count):
        strategy = 40 * (start_share + 3 * n) / 100
        weeks.append(checkin(first + n, 40 - strategy, strategy))
    return weeks


ITEMS = (
    InventoryItem("Code reviews for the whole team", 8, Mode.EXECUTION,
                  Factors(leverage=2, only_you=2, risk=3, growth=4, attachment=5), id=1),
    InventoryItem("Incident firefighting", 6, Mode.EXECUTION,
                  Factors(leverage=3, only_you=2, risk=5, growth=4, attachment=4), id=2),
    InventoryItem("Quarterly roadmap", 4, Mode.STRATEGY,
                  Factors(leverage=5, only_you=5, risk=4, growth=2, attachment=2),
                  decision=Decision.KEEP, id=3),
    InventoryItem("1:1s with my reports", 5, Mode.STRATEGY,
                  Factors(leverage=5, only_you=5, risk=3, growth=3, attachment=2), id=4),
    InventoryItem("Weekly status report", 2, Mode.EXECUTION,
                  Factors(leverage=1, only_you=1, risk=1, growth=1, attachment=1), id=5),
    InventoryItem("Release checklist", 3, Mode.EXECUTION,
                  Factors(leverage=2, only_you=2, risk=3, growth=4, attachment=2),
                  decision=Decision.DELEGATE, id=6),
    InventoryItem("Hiring loop interviews", 4, Mode.STRATEGY,
                  Factors(leverage=4, only_you=3, risk=4, growth=3, attachment=2), id=7),
    InventoryItem("Architecture decisions", 3, Mode.STRATEGY,
                  Factors(leverage=5, only_you=5, risk=5, growth=3, attachment=3), id=8),
)  # fmt: skip

PEOPLE = (
    Person("Ana Souza", "Senior engineer", "Own the release process", id=1),
    Person("Jonas Weber", "Engineer", "Lead incident response", id=2),
)


def delegations() -> tuple[Delegation, ...]:
    return (
        Delegation(
            "Releases ship on Thursdays without me",
            started_on=date(2026, 1, 19),
            owner_id=1,
            item_id=6,
            success_measure="Four releases in a row without my review",
            level=5,
            status=Status.OWNED,
            hours_freed=3,
            level_history=(LevelChange(date(2026, 1, 19), 3), LevelChange(date(2026, 2, 9), 5)),
        ),
        Delegation(
            "Incidents are triaged within an hour",
            started_on=date(2026, 2, 2),
            owner_id=2,
            item_id=2,
            level=4,
            status=Status.HANDING_OVER,
            hours_freed=4,
        ),
        Delegation(
            "Code review turnaround under a day",
            started_on=date(2026, 1, 26),
            owner_id=1,
            item_id=1,
            level=3,
            status=Status.TAKEN_BACK,
            taken_back_reason="a bad merge hit production and I panicked",
            hours_freed=5,
            checkins=(DelegationCheckIn(date(2026, 2, 16), "Merged without tests", False),),
        ),
        Delegation("Write the hiring rubric", started_on=date(2026, 3, 9), owner_id=2, level=2),
    )


def rich_state() -> PlanState:
    plan = new_plan(
        "Senior engineer",
        "Engineering manager",
        START,
        baseline_share=20,
        target_share=50,
        motive="I want to grow a team that can do more than I could alone.",
        identity=("Operate at altitude", "Delegate outcomes, not tasks", "Decide with clarity"),
    )
    weeks = rising_checkins(IsoWeek.of(START), 9)
    weeks[-1] = WeeklyCheckIn(
        week=weeks[-1].week,
        execution_hours=weeks[-1].execution_hours,
        strategy_hours=weeks[-1].strategy_hours,
        note="Skipped two reviews on purpose. Nobody noticed — 好 👍🏽.",
        answers=(ReflectionAnswer("What did you let go of this week?", "The release review."),),
    )
    return PlanState(
        plan=plan, items=ITEMS, people=PEOPLE, delegations=delegations(), checkins=tuple(weeks)
    )
