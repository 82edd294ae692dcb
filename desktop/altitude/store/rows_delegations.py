"""Delegations and their three child lists (check-ins, level plan, level history) as rows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

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


_STATUSES = {status.value: status for status in Status}  # a dict lookup beats Status(text)


def checkins_from(rows: Iterable[Sequence[Any]]) -> tuple[DelegationCheckIn, ...]:
    """(delegation_id, on_date, note, on_track) rows, in order."""
    day = date.fromisoformat
    return tuple(DelegationCheckIn(day(on), note, on_track == 1) for _, on, note, on_track in rows)


def level_plan_from(rows: Iterable[Sequence[Any]]) -> tuple[LevelStep, ...]:
    """(delegation_id, week, level) rows, in order."""
    return tuple(LevelStep(week, level) for _, week, level in rows)


def level_history_from(rows: Iterable[Sequence[Any]]) -> tuple[LevelChange, ...]:
    """(delegation_id, on_date, level) rows, in order."""
    day = date.fromisoformat
    return tuple(LevelChange(day(on), level) for _, on, level in rows)


def delegation_from(
    row: Row,
    checkins: tuple[DelegationCheckIn, ...] = (),
    level_plan: tuple[LevelStep, ...] = (),
    level_history: tuple[LevelChange, ...] = (),
) -> Delegation:
    """A delegation row with its child lists, already read (see the ``*_from`` above)."""
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
        status=_STATUSES[row["status"]],
        taken_back_reason=row["taken_back_reason"],
        hours_freed=row["hours_freed"],
        checkins=checkins,
        level_plan=level_plan,
        level_history=level_history,
        id=row["id"],
    )
