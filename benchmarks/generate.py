"""A deterministic ten-year plan for the scale benchmarks.

520 weekly check-ins (each with hours on 4 items and 2 reflection answers), 2,000 inventory
items, 100 people, 1,000 delegations with 20 check-in notes each (20,000 notes); and the
later record types at the same scale (``generate_more``): the decision journal, the
feedback log, imported time for every week, the monthly narrative, 30 stakeholders with
their contacts, 8 functions with their touches, a review at each milestone. Same seed,
same plan, every time: `python benchmarks/generate.py DIR` writes it into DIR/altitude.db.
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import generate_more as more

from altitude.domain.entities import (
    Decision,
    Delegation,
    DelegationCheckIn,
    Factors,
    InventoryItem,
    LevelChange,
    LevelStep,
    Mode,
    Person,
    PlanState,
    ReflectionAnswer,
    Status,
    WeeklyCheckIn,
    new_plan,
)
from altitude.domain.field_rules import MAX_HORIZON_DAYS
from altitude.domain.weeks import IsoWeek

WEEKS = 520
ITEMS = 2_000
PEOPLE = 100
DELEGATIONS = 1_000
NOTES_PER_DELEGATION = 20
SEED = 20261123

VERBS = ("Review", "Fix", "Plan", "Write", "Run", "Prepare", "Decide on", "Coach", "Triage")
THINGS = (
    "pull requests",
    "the release",
    "incident follow-ups",
    "the roadmap",
    "hiring loops",
    "one-to-ones",
    "the budget",
    "architecture notes",
    "on-call handover",
    "customer escalations",
)
PROMPTS = (
    "What did you hold onto this week that someone else could own?",
    "What decision did you make with incomplete data?",
    "Whose feedback did you ask for?",
)


def ten_year_plan(today: date, seed: int = SEED) -> PlanState:
    """The plan, its last check-in in the week before ``today``."""
    rng = random.Random(seed)
    last_week = IsoWeek.of(today) + -1
    first_week = last_week + -(WEEKS - 1)
    start = first_week.monday()
    plan = new_plan(
        "Staff engineer",
        "Director of engineering",
        start,
        baseline_share=20.0,
        target_share=60.0,
        horizon_days=MAX_HORIZON_DAYS,
        motive="To build a team that builds the product.",
        identity=("Operate at altitude", "Delegate outcomes"),
    )
    items = tuple(_item(rng, n) for n in range(1, ITEMS + 1))
    people = tuple(
        Person(f"Person {n:03d}", role="Engineer", growth_goal="Lead a project", id=n)
        for n in range(1, PEOPLE + 1)
    )
    delegations = tuple(_delegation(rng, n, start, today) for n in range(1, DELEGATIONS + 1))
    checkins = tuple(_checkin(rng, first_week + n, n) for n in range(WEEKS))
    state = PlanState(plan, items, people, delegations, checkins)
    themes, feedback = more.feedback(rng, start, today, PEOPLE)
    return replace(
        state,
        journal=more.journal(rng, start, today, PEOPLE, ITEMS, DELEGATIONS),
        themes=themes,
        feedback=feedback,
        imported=more.imported(rng, checkins),
        narratives=more.narratives(rng, start, today, ITEMS, DELEGATIONS),
        stakeholders=more.stakeholders(rng, start, today),
        functions=more.functions(rng, start, today),
        reviews=more.reviews(plan, today),
    )


def _item(rng: random.Random, n: int) -> InventoryItem:
    mode = Mode.EXECUTION if rng.random() < 0.7 else Mode.STRATEGY
    return InventoryItem(
        title=f"{rng.choice(VERBS)} {rng.choice(THINGS)} #{n}",
        hours=round(rng.uniform(0.5, 6.0), 1),
        mode=mode,
        factors=Factors(*(rng.randint(1, 5) for _ in range(5))),
        decision=rng.choice(tuple(Decision)),
        notes="Generated for the scale benchmark." if n % 10 == 0 else "",
        id=n,
    )


def _delegation(rng: random.Random, n: int, start: date, today: date) -> Delegation:
    span = (today - start).days - 30 * NOTES_PER_DELEGATION
    began = start + timedelta(days=rng.randrange(max(1, span)))
    status = rng.choice(tuple(Status))
    notes = tuple(
        DelegationCheckIn(
            on=began + timedelta(days=14 * k),
            note=f"Check-in {k + 1}: on track, next step agreed with the owner.",
            on_track=rng.random() < 0.8,
        )
        for k in range(NOTES_PER_DELEGATION)
    )
    open_ = status is not Status.TAKEN_BACK
    return Delegation(
        outcome=f"Outcome {n}: {rng.choice(THINGS)} handled without me",
        started_on=began,
        owner_id=rng.randint(1, PEOPLE),
        item_id=rng.randint(1, ITEMS),
        success_measure="Done to standard, on time, without escalation.",
        level=rng.randint(2, 6),
        cadence_days=14,
        next_checkin=today + timedelta(days=rng.randrange(-7, 21)) if open_ else None,
        status=status,
        taken_back_reason="" if open_ else "It slipped twice; I took it back for now.",
        hours_freed=round(rng.uniform(0.5, 4.0), 1),
        checkins=notes,
        level_plan=(LevelStep(0, 3), LevelStep(4, 5), LevelStep(12, 6)),
        level_history=(LevelChange(began, 3), LevelChange(began + timedelta(days=28), 5)),
        id=n,
    )


def _checkin(rng: random.Random, week: IsoWeek, n: int) -> WeeklyCheckIn:
    progress = min(1.0, n / 300)
    total = rng.randint(38, 50)
    strategy = round(total * (0.2 + 0.35 * progress + rng.uniform(-0.05, 0.05)))
    execution = total - strategy
    picked = rng.sample(range(1, ITEMS + 1), 4)
    shares = [total // 4] * 3 + [total - 3 * (total // 4)]
    return WeeklyCheckIn(
        week=week,
        execution_hours=float(execution),
        strategy_hours=float(strategy),
        item_hours=tuple((item, float(h)) for item, h in zip(picked, shares, strict=True)),
        note="A normal week." if n % 4 else "",
        answers=tuple(
            ReflectionAnswer(prompt, f"Week {n}: an honest answer.") for prompt in PROMPTS[:2]
        ),
    )


def write_plan(folder: Path, today: date | None = None) -> Path:
    """Write the plan into ``folder``/altitude.db (which must not hold a plan yet)."""
    from altitude.services import Altitude
    from altitude.services.exchange_actions import validate_state

    state = ten_year_plan(today or date.today())
    validate_state(state, "generated plan")  # the same rules an import must pass
    service = Altitude.open(folder)
    try:
        service.store.replace_all(state)
    finally:
        service.close()
    return folder / "altitude.db"


def summary_counts(state: PlanState) -> str:
    notes = sum(len(d.checkins) for d in state.delegations)
    contacts = sum(len(p.contacts) for p in state.stakeholders)
    touches = sum(len(f.touches) for f in state.functions)
    return (
        f"{len(state.checkins)} check-ins, {len(state.items)} items, {len(state.people)} "
        f"people, {len(state.delegations)} delegations, {notes} delegation notes, "
        f"{len(state.journal)} decisions, {len(state.feedback)} feedback entries, "
        f"{len(state.imported)} imported weeks, {len(state.narratives)} narrative versions, "
        f"{len(state.stakeholders)} stakeholders ({contacts} contacts), "
        f"{len(state.functions)} functions ({touches} touches), {len(state.reviews)} reviews"
    )


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "benchmark-data")
    target.mkdir(parents=True, exist_ok=True)
    print(f"wrote {write_plan(target)}")
    print(summary_counts(replace(ten_year_plan(date.today()))))
