"""Delegations and their three child lists (check-ins, level plan, level history) as rows."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from altitude.domain.entities import (
    Delegation,
    DelegationCheckIn,
    LevelChange,
    LevelStep,
    Status,
)
from altitude.store.rows import Row


def delegation_row(d: Delegation) -> Row:
    return {
        "id": d.id,
        "outcome": d.outcome,
        "item_id": d.item_id,
        "owner_id": d.owner_id,
        "success_measure": d.success_measure,
        "level": d.level,
        "cadence_days": d.cadence_days,
        "next_checkin": d.next_checkin.isoformat() if d.next_checkin else None,
        "status": Status(d.status).value,
        "taken_back_reason": d.taken_back_reason,
        "hours_freed": float(d.hours_freed),
        "started_on": d.started_on.isoformat(),
    }


def checkin_rows(delegation_id: int, d: Delegation) -> list[Row]:
    return [
        {
            "delegation_id": delegation_id,
            "position": i,
            "on_date": c.on.isoformat(),
            "note": c.note,
            "on_track": 1 if c.on_track else 0,
        }
        for i, c in enumerate(d.checkins)
    ]


def level_plan_rows(delegation_id: int, d: Delegation) -> list[Row]:
    return [
        {"delegation_id": delegation_id, "position": i, "week": s.week, "level": s.level}
        for i, s in enumerate(d.level_plan)
    ]


def level_history_rows(delegation_id: int, d: Delegation) -> list[Row]:
    return [
        {
            "delegation_id": delegation_id,
            "position": i,
            "on_date": c.on.isoformat(),
            "level": c.level,
        }
        for i, c in enumerate(d.level_history)
    ]


def delegation_from(
    row: Row,
    checkins: Iterable[Row] = (),
    level_plan: Iterable[Row] = (),
    level_history: Iterable[Row] = (),
) -> Delegation:
    next_checkin = row["next_checkin"]
    return Delegation(
        outcome=row["outcome"],
        started_on=date.fromisoformat(row["started_on"]),
        owner_id=row["owner_id"],
        item_id=row["item_id"],
        success_measure=row["success_measure"],
        level=row["level"],
        cadence_days=row["cadence_days"],
        next_checkin=date.fromisoformat(next_checkin) if next_checkin else None,
        status=Status(row["status"]),
        taken_back_reason=row["taken_back_reason"],
        hours_freed=row["hours_freed"],
        checkins=tuple(
            DelegationCheckIn(
                on=date.fromisoformat(c["on_date"]), note=c["note"], on_track=bool(c["on_track"])
            )
            for c in checkins
        ),
        level_plan=tuple(LevelStep(week=s["week"], level=s["level"]) for s in level_plan),
        level_history=tuple(
            LevelChange(on=date.fromisoformat(c["on_date"]), level=c["level"])
            for c in level_history
        ),
        id=row["id"],
    )
