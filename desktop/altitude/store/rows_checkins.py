"""Weekly check-ins with their per-item hours and reflection answers as rows."""

from __future__ import annotations

from collections.abc import Iterable

from altitude.domain.entities import ReflectionAnswer, WeeklyCheckIn
from altitude.domain.weeks import IsoWeek
from altitude.store.rows import Row


def weekly_row(c: WeeklyCheckIn) -> Row:
    return {
        "week": str(c.week),
        "execution_hours": float(c.execution_hours),
        "strategy_hours": float(c.strategy_hours),
        "note": c.note,
    }


def item_hours_rows(checkin_id: int, c: WeeklyCheckIn) -> list[Row]:
    return [
        {"checkin_id": checkin_id, "position": i, "item_id": item_id, "hours": float(hours)}
        for i, (item_id, hours) in enumerate(c.item_hours)
    ]


def answer_rows(checkin_id: int, c: WeeklyCheckIn) -> list[Row]:
    return [
        {"checkin_id": checkin_id, "position": i, "prompt": a.prompt, "answer": a.answer}
        for i, a in enumerate(c.answers)
    ]


def weekly_from(
    row: Row, item_hours: Iterable[Row] = (), answers: Iterable[Row] = ()
) -> WeeklyCheckIn:
    return WeeklyCheckIn(
        week=IsoWeek.parse(row["week"]),
        execution_hours=row["execution_hours"],
        strategy_hours=row["strategy_hours"],
        item_hours=tuple((h["item_id"], h["hours"]) for h in item_hours),
        note=row["note"],
        answers=tuple(ReflectionAnswer(prompt=a["prompt"], answer=a["answer"]) for a in answers),
    )
