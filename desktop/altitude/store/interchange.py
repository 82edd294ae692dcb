"""The "altitude-plan" JSON format (documented in resources/altitude-plan.schema.json)
and the CSV of weekly check-ins.

Export writes keys in a fixed order and lists sorted by id (check-ins by week), so two
exports of the same data are byte-identical. Import reads the whole file into entities
before anything is written; the services then validate and write it in one transaction.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from altitude.domain.entities import (
    Decision,
    Delegation,
    DelegationCheckIn,
    Factors,
    InventoryItem,
    LevelChange,
    LevelStep,
    Milestone,
    Mode,
    Person,
    Plan,
    PlanState,
    ReflectionAnswer,
    Settings,
    Status,
    Theme,
    WeeklyCheckIn,
)
from altitude.store.jsonsafe import InterchangeError, parse
from altitude.store.reader import Obj

FORMAT = "altitude-plan"
VERSION = 1

_TOP = ("format", "version", "plan", "settings", "people", "items", "delegations", "checkins")
_PLAN = (
    "current_role", "new_role", "start_date", "horizon_end", "baseline_share",
    "target_share", "tolerance", "motive", "identity", "milestones",
)  # fmt: skip
_SETTINGS = ("checkin_weekday", "first_day_of_week", "theme", "backups_kept")
_PERSON = ("id", "name", "role", "growth_goal", "notes")
_ITEM = ("id", "title", "notes", "hours", "mode", "factors", "decision")
_FACTORS = ("leverage", "only_you", "risk", "growth", "attachment")
_DELEGATION = (
    "id", "outcome", "item_id", "owner_id", "success_measure", "level", "cadence_days",
    "next_checkin", "status", "taken_back_reason", "hours_freed", "started_on",
    "checkins", "level_plan", "level_history",
)  # fmt: skip
_CHECKIN = ("week", "execution_hours", "strategy_hours", "item_hours", "note", "answers")


# ---------------------------------------------------------------- export


def to_document(state: PlanState) -> dict[str, Any]:
    plan = state.plan
    return {
        "format": FORMAT,
        "version": VERSION,
        "plan": None if plan is None else _plan_doc(plan),
        "settings": {
            "checkin_weekday": state.settings.checkin_weekday,
            "first_day_of_week": state.settings.first_day_of_week,
            "theme": state.settings.theme.value,
            "backups_kept": state.settings.backups_kept,
        },
        "people": [
            {
                "id": p.id,
                "name": p.name,
                "role": p.role,
                "growth_goal": p.growth_goal,
                "notes": p.notes,
            }
            for p in sorted(state.people, key=lambda p: p.id or 0)
        ],
        "items": [_item_doc(i) for i in sorted(state.items, key=lambda i: i.id or 0)],
        "delegations": [
            _delegation_doc(d) for d in sorted(state.delegations, key=lambda d: d.id or 0)
        ],
        "checkins": [_checkin_doc(c) for c in sorted(state.checkins, key=lambda c: c.week)],
    }


def dumps(state: PlanState) -> str:
    return json.dumps(to_document(state), indent=2, ensure_ascii=False) + "\n"


def _plan_doc(plan: Plan) -> dict[str, Any]:
    return {
        "current_role": plan.current_role,
        "new_role": plan.new_role,
        "start_date": plan.start_date.isoformat(),
        "horizon_end": plan.horizon_end.isoformat(),
        "baseline_share": plan.baseline_share,
        "target_share": plan.target_share,
        "tolerance": plan.tolerance,
        "motive": plan.motive,
        "identity": list(plan.identity),
        "milestones": [
            {"day": m.day, "target_share": m.target_share, "label": m.label}
            for m in plan.milestones
        ],
    }


def _item_doc(item: InventoryItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "title": item.title,
        "notes": item.notes,
        "hours": item.hours,
        "mode": item.mode.value,
        "factors": item.factors.as_dict(),
        "decision": item.decision.value,
    }


def _delegation_doc(d: Delegation) -> dict[str, Any]:
    return {
        "id": d.id,
        "outcome": d.outcome,
        "item_id": d.item_id,
        "owner_id": d.owner_id,
        "success_measure": d.success_measure,
        "level": d.level,
        "cadence_days": d.cadence_days,
        "next_checkin": d.next_checkin.isoformat() if d.next_checkin else None,
        "status": d.status.value,
        "taken_back_reason": d.taken_back_reason,
        "hours_freed": d.hours_freed,
        "started_on": d.started_on.isoformat(),
        "checkins": [
            {"on": c.on.isoformat(), "note": c.note, "on_track": c.on_track} for c in d.checkins
        ],
        "level_plan": [{"week": s.week, "level": s.level} for s in d.level_plan],
        "level_history": [{"on": h.on.isoformat(), "level": h.level} for h in d.level_history],
    }


def _checkin_doc(c: WeeklyCheckIn) -> dict[str, Any]:
    return {
        "week": str(c.week),
        "execution_hours": c.execution_hours,
        "strategy_hours": c.strategy_hours,
        "item_hours": [{"item_id": i, "hours": h} for i, h in c.item_hours],
        "note": c.note,
        "answers": [{"prompt": a.prompt, "answer": a.answer} for a in c.answers],
    }


def checkins_csv(state: PlanState) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["week", "execution_hours", "strategy_hours", "strategy_share", "note"])
    for c in sorted(state.checkins, key=lambda c: c.week):
        total = c.execution_hours + c.strategy_hours
        share = f"{c.strategy_hours / total * 100:.1f}" if total else ""
        writer.writerow([str(c.week), c.execution_hours, c.strategy_hours, share, c.note])
    return out.getvalue()


# ---------------------------------------------------------------- import


def loads(data: bytes, source: str) -> PlanState:
    """Read a whole document into entities, or raise InterchangeError with the place."""
    try:
        return _read(Obj(parse(data, source), "", _TOP))
    except InterchangeError as exc:
        message = str(exc)
        raise InterchangeError(
            _one_line(message if message.startswith(source) else f"{source}: {message}")
        ) from None


def _one_line(message: str, limit: int = 300) -> str:
    """Errors quote keys and values from the file, which may hold line breaks, control
    characters or 70,000 characters: show those escaped, and keep the line short."""
    shown = "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in message
    )
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _read(top: Obj) -> PlanState:
    if top.raw("format") != FORMAT:
        raise InterchangeError(f'format: expected "{FORMAT}"; this is not an Altitude plan')
    version = top.integer("version")
    if version > VERSION:
        raise InterchangeError(
            f"version: the file is version {version}, written by a newer Altitude; "
            f"this one reads up to version {VERSION}"
        )
    if version < 1:
        raise InterchangeError(f"version: {version} is not a version Altitude ever wrote")
    plan = None if top.raw("plan") is None else _read_plan(Obj(top.raw("plan"), "plan", _PLAN))
    s = Obj(top.raw("settings"), "settings", _SETTINGS)
    settings = Settings(
        checkin_weekday=s.integer("checkin_weekday"),
        first_day_of_week=s.integer("first_day_of_week"),
        theme=s.choice("theme", Theme),
        backups_kept=s.integer("backups_kept"),
    )
    people = tuple(
        Person(
            id=p.integer("id"),
            name=p.text("name"),
            role=p.text("role"),
            growth_goal=p.text("growth_goal"),
            notes=p.text("notes"),
        )
        for p in top.items("people", _PERSON)
    )
    items = tuple(_read_item(i) for i in top.items("items", _ITEM))
    delegations = tuple(_read_delegation(d) for d in top.items("delegations", _DELEGATION))
    checkins = tuple(_read_checkin(c) for c in top.items("checkins", _CHECKIN))
    _check_ids(people, items, delegations, checkins)
    return PlanState(
        plan=plan,
        items=items,
        people=people,
        delegations=delegations,
        checkins=tuple(sorted(checkins, key=lambda c: c.week)),
        settings=settings,
    )


def _read_plan(p: Obj) -> Plan:
    return Plan(
        current_role=p.text("current_role"),
        new_role=p.text("new_role"),
        start_date=p.day("start_date"),
        horizon_end=p.day("horizon_end"),
        baseline_share=p.number("baseline_share"),
        target_share=p.number("target_share"),
        tolerance=p.number("tolerance"),
        motive=p.text("motive"),
        identity=p.strings("identity"),
        milestones=tuple(
            Milestone(
                day=m.integer("day"), target_share=m.number("target_share"), label=m.text("label")
            )
            for m in p.items("milestones", ("day", "target_share", "label"))
        ),
    )


def _read_item(i: Obj) -> InventoryItem:
    f = Obj(i.raw("factors"), i.at("factors"), _FACTORS)
    return InventoryItem(
        id=i.integer("id"),
        title=i.text("title"),
        notes=i.text("notes"),
        hours=i.number("hours"),
        mode=i.choice("mode", Mode),
        factors=Factors(**{k: f.integer(k) for k in _FACTORS}),
        decision=i.choice("decision", Decision),
    )


def _read_delegation(d: Obj) -> Delegation:
    return Delegation(
        id=d.integer("id"),
        outcome=d.text("outcome"),
        item_id=d.optional_int("item_id"),
        owner_id=d.optional_int("owner_id"),
        success_measure=d.text("success_measure"),
        level=d.integer("level"),
        cadence_days=d.integer("cadence_days"),
        next_checkin=d.optional_day("next_checkin"),
        status=d.choice("status", Status),
        taken_back_reason=d.text("taken_back_reason"),
        hours_freed=d.number("hours_freed"),
        started_on=d.day("started_on"),
        checkins=tuple(
            DelegationCheckIn(on=c.day("on"), note=c.text("note"), on_track=c.boolean("on_track"))
            for c in d.items("checkins", ("on", "note", "on_track"))
        ),
        level_plan=tuple(
            LevelStep(week=s.integer("week"), level=s.integer("level"))
            for s in d.items("level_plan", ("week", "level"))
        ),
        level_history=tuple(
            LevelChange(on=h.day("on"), level=h.integer("level"))
            for h in d.items("level_history", ("on", "level"))
        ),
    )


def _read_checkin(c: Obj) -> WeeklyCheckIn:
    return WeeklyCheckIn(
        week=c.week("week"),
        execution_hours=c.number("execution_hours"),
        strategy_hours=c.number("strategy_hours"),
        item_hours=tuple(
            (h.integer("item_id"), h.number("hours"))
            for h in c.items("item_hours", ("item_id", "hours"))
        ),
        note=c.text("note"),
        answers=tuple(
            ReflectionAnswer(prompt=a.text("prompt"), answer=a.text("answer"))
            for a in c.items("answers", ("prompt", "answer"))
        ),
    )


def _unique(ids: list[int | None], where: str) -> set[int]:
    seen: set[int] = set()
    for index, value in enumerate(ids):
        if value is None or value < 1:
            raise InterchangeError(f"{where}[{index}].id: must be a positive whole number")
        if value in seen:
            raise InterchangeError(f"{where}[{index}].id: {value} is used twice")
        seen.add(value)
    return seen


def _check_ids(
    people: tuple[Person, ...],
    items: tuple[InventoryItem, ...],
    delegations: tuple[Delegation, ...],
    checkins: tuple[WeeklyCheckIn, ...],
) -> None:
    person_ids = _unique([p.id for p in people], "people")
    item_ids = _unique([i.id for i in items], "items")
    _unique([d.id for d in delegations], "delegations")
    for index, d in enumerate(delegations):
        if d.item_id is not None and d.item_id not in item_ids:
            raise InterchangeError(f"delegations[{index}].item_id: no item has id {d.item_id}")
        if d.owner_id is not None and d.owner_id not in person_ids:
            raise InterchangeError(f"delegations[{index}].owner_id: no person has id {d.owner_id}")
    weeks: set[str] = set()
    for index, c in enumerate(checkins):
        if str(c.week) in weeks:
            raise InterchangeError(f"checkins[{index}].week: {c.week} appears twice")
        weeks.add(str(c.week))
        for j, (item_id, _) in enumerate(c.item_hours):
            if item_id not in item_ids:
                raise InterchangeError(
                    f"checkins[{index}].item_hours[{j}].item_id: no item has id {item_id}"
                )
