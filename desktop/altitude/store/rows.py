"""Entities to rows and back. Dates are ISO text, booleans 0/1, hours REAL, enums their value.

Child rows carry the parent's id and their ``position`` in the entity's tuple, so the
order a user gave them comes back unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from altitude.domain.entities import (
    Decision,
    Factors,
    InventoryItem,
    Milestone,
    Mode,
    Person,
    Plan,
    Settings,
    Theme,
)

Row = dict[str, Any]
PLAN_ID = 1  # the plan is a single row


# ---------------------------------------------------------------- plan and settings
def plan_row(plan: Plan) -> Row:
    return {
        "id": PLAN_ID,
        "current_role": plan.current_role,
        "new_role": plan.new_role,
        "start_date": plan.start_date.isoformat(),
        "horizon_end": plan.horizon_end.isoformat(),
        "baseline_share": float(plan.baseline_share),
        "target_share": float(plan.target_share),
        "tolerance": float(plan.tolerance),
        "motive": plan.motive,
    }


def milestone_rows(plan: Plan) -> list[Row]:
    return [
        {
            "plan_id": PLAN_ID,
            "position": i,
            "day": m.day,
            "target_share": float(m.target_share),
            "label": m.label,
        }
        for i, m in enumerate(plan.milestones)
    ]


def identity_rows(plan: Plan) -> list[Row]:
    return [{"plan_id": PLAN_ID, "position": i, "phrase": p} for i, p in enumerate(plan.identity)]


def plan_from(row: Row, milestones: Iterable[Row], identity: Iterable[Row]) -> Plan:
    return Plan(
        current_role=row["current_role"],
        new_role=row["new_role"],
        start_date=date.fromisoformat(row["start_date"]),
        horizon_end=date.fromisoformat(row["horizon_end"]),
        baseline_share=row["baseline_share"],
        target_share=row["target_share"],
        milestones=tuple(
            Milestone(day=m["day"], target_share=m["target_share"], label=m["label"])
            for m in milestones
        ),
        motive=row["motive"],
        identity=tuple(i["phrase"] for i in identity),
        tolerance=row["tolerance"],
    )


def settings_rows(settings: Settings) -> list[Row]:
    return [
        {"key": "checkin_weekday", "value": settings.checkin_weekday},
        {"key": "first_day_of_week", "value": settings.first_day_of_week},
        {"key": "theme", "value": Theme(settings.theme).value},
        {"key": "backups_kept", "value": settings.backups_kept},
    ]


def settings_from(values: Mapping[str, Any]) -> Settings:
    """Missing keys keep their defaults; keys this version does not know are ignored."""
    defaults = Settings()
    return Settings(
        checkin_weekday=values.get("checkin_weekday", defaults.checkin_weekday),
        first_day_of_week=values.get("first_day_of_week", defaults.first_day_of_week),
        theme=Theme(values.get("theme", defaults.theme)),
        backups_kept=values.get("backups_kept", defaults.backups_kept),
    )


# ---------------------------------------------------------------- items and people
def item_row(item: InventoryItem) -> Row:
    return {
        "id": item.id,
        "title": item.title,
        "notes": item.notes,
        "hours": float(item.hours),
        "mode": Mode(item.mode).value,
        **item.factors.as_dict(),
        "decision": Decision(item.decision).value,
    }


_MODES = {mode.value: mode for mode in Mode}  # a dict lookup beats Mode(text), 2,000 times
_DECISIONS = {decision.value: decision for decision in Decision}


def item_from(row: Row) -> InventoryItem:
    return InventoryItem(
        title=row["title"],
        hours=row["hours"],
        mode=_MODES[row["mode"]],
        factors=Factors(
            leverage=row["leverage"],
            only_you=row["only_you"],
            risk=row["risk"],
            growth=row["growth"],
            attachment=row["attachment"],
        ),
        decision=_DECISIONS[row["decision"]],
        notes=row["notes"],
        id=row["id"],
    )


def person_row(person: Person) -> Row:
    return {
        "id": person.id,
        "name": person.name,
        "role": person.role,
        "growth_goal": person.growth_goal,
        "notes": person.notes,
    }


def person_from(row: Row) -> Person:
    return Person(
        name=row["name"],
        role=row["role"],
        growth_goal=row["growth_goal"],
        notes=row["notes"],
        id=row["id"],
    )
