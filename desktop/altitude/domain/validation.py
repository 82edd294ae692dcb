"""Validation: a message per field that a person can act on.

Each ``validate_*`` returns ``{field: message}`` keyed by the dataclass attribute name
(``milestones`` for every milestone problem, ``total_hours`` for a check-in whose two
kinds of hours add up to more than a week holds). An empty dict means valid. Only the
first problem per field is reported. Validation never raises, whatever it is given.

Choices worth knowing:
- An inventory item needs **more than 0** and at most 100 hours a week: a thing that
  takes no time has nothing to weigh or free. Check-in hours may be 0.
- Titles, names, roles and outcomes are one line (no control characters at all); free
  text (notes, motive, answers) may hold newlines and tabs. Lone surrogates are refused
  everywhere because the database cannot store them.
- A plan may aim anywhere from 0 to 100%; a target below the baseline is allowed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from itertools import pairwise

from altitude.domain.entities import (
    Delegation,
    InventoryItem,
    LevelStep,
    Person,
    Plan,
    Settings,
    Status,
    WeeklyCheckIn,
)
from altitude.domain.field_rules import (
    HOURS_SLACK,
    MAX_HORIZON_DAYS,
    MAX_HOURS_PER_KIND,
    MAX_HOURS_PER_WEEK,
    MAX_IDENTITY,
    MAX_TEXT,
    MAX_TITLE,
    is_number,
    is_whole,
)
from altitude.domain.records import field_of, problems
from altitude.domain.shares import format_hours
from altitude.errors import AltitudeError
from altitude.i18n import QT_TRANSLATE_NOOP
from altitude.i18n.sentence import part, problem

__all__ = [
    "MAX_HORIZON_DAYS",
    "MAX_HOURS_PER_KIND",
    "MAX_HOURS_PER_WEEK",
    "MAX_IDENTITY",
    "MAX_TEXT",
    "MAX_TITLE",
    "ValidationError",
    "check",
    "validate_checkin",
    "validate_delegation",
    "validate_item",
    "validate_person",
    "validate_plan",
    "validate_settings",
]


class ValidationError(AltitudeError, ValueError):
    """Raised by services with every field's message, keyed by field name."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


def check(errors: Mapping[str, str]) -> None:
    """Raise ValidationError when ``errors`` is not empty."""
    if errors:
        raise ValidationError(errors)


def _put(errors: dict[str, str], field: str, problem: str | None) -> None:
    if problem and field not in errors:
        errors[field] = problem


def _in_range(value: object, low: float, high: float) -> bool:
    return is_number(value) and low <= value <= high  # type: ignore[operator]


def validate_item(item: InventoryItem) -> dict[str, str]:
    return problems(item)


def validate_person(person: Person) -> dict[str, str]:
    return problems(person)


def validate_delegation(delegation: Delegation) -> dict[str, str]:
    d = delegation
    errors = problems(d)
    if d.status == Status.TAKEN_BACK and not (
        isinstance(d.taken_back_reason, str) and d.taken_back_reason.strip()
    ):
        _put(
            errors,
            "taken_back_reason",
            QT_TRANSLATE_NOOP("Validation", "Say why you took it back; it is how you learn."),
        )
    weeks = [getattr(step, "week", None) for step in d.level_plan]
    if "level_plan" not in errors and any(b <= a for a, b in pairwise(weeks)):  # type: ignore[operator]
        errors["level_plan"] = field_of(LevelStep, "week").spec.message
    return errors


def validate_settings(settings: Settings) -> dict[str, str]:
    return problems(settings)


def _is_date(value: object) -> bool:
    return isinstance(value, date)


def _milestones_problem(plan: Plan) -> str | None:
    dated = _is_date(plan.start_date) and _is_date(plan.horizon_end)
    horizon = plan.horizon_days if dated else 0
    if horizon < 1:
        return None  # the horizon itself is wrong; milestones can only be judged against one
    previous = 0
    for milestone in plan.milestones:
        day = getattr(milestone, "day", None)
        if not (is_whole(day) and previous < day <= horizon):  # type: ignore[operator]
            template = QT_TRANSLATE_NOOP(
                "Validation", "Milestone days must rise one after another, from day 1 to day {0}."
            )
            return problem("Validation", template, horizon)
        found = problems(milestone, skip=("day",))
        if "target_share" in found:
            return found["target_share"]
        if "label" in found:
            return problem(
                "Validation",
                QT_TRANSLATE_NOOP("Validation", "Milestone label: {0}"),
                part(found["label"]),
            )
        previous = day  # type: ignore[assignment]
    return None


def validate_plan(plan: Plan) -> dict[str, str]:
    errors = problems(plan, skip=("start_date", "horizon_end", "milestones"))
    if not _is_date(plan.start_date):
        errors["start_date"] = field_of(Plan, "start_date").spec.message
    elif not _is_date(plan.horizon_end) or plan.horizon_end <= plan.start_date:
        errors["horizon_end"] = field_of(Plan, "horizon_end").spec.message
    elif plan.horizon_days > MAX_HORIZON_DAYS:
        errors["horizon_end"] = QT_TRANSLATE_NOOP(
            "Validation", "Keep the plan to three years or less."
        )
    _put(errors, "milestones", _milestones_problem(plan))
    return errors


def _item_hours_problem(checkin: WeeklyCheckIn, item_ids: Sequence[int] | None) -> str | None:
    seen: set[object] = set()
    total = 0.0
    for entry in checkin.item_hours:
        item_id, hours = entry if isinstance(entry, tuple) and len(entry) == 2 else (None, None)
        if not _in_range(hours, 0, MAX_HOURS_PER_KIND):
            return QT_TRANSLATE_NOOP("Validation", "Hours per item must be between 0 and 100.")
        if not is_whole(item_id):
            return QT_TRANSLATE_NOOP(
                "Validation", "Hours can only be logged on items from your inventory."
            )
        if item_id in seen:
            return QT_TRANSLATE_NOOP("Validation", "Each item can appear only once.")
        if item_ids is not None and item_id not in item_ids:
            return QT_TRANSLATE_NOOP(
                "Validation", "One of the items is no longer in your inventory; remove its hours."
            )
        seen.add(item_id)
        total += hours
    week = checkin.execution_hours + checkin.strategy_hours
    if checkin.item_hours and abs(total - week) > HOURS_SLACK:
        template = QT_TRANSLATE_NOOP(
            "Validation", "The hours per item add up to {0}, but the week has {1}; make them match."
        )
        return problem("Validation", template, format_hours(total), format_hours(week))
    return None


def validate_checkin(
    checkin: WeeklyCheckIn, item_ids: Sequence[int] | None = None
) -> dict[str, str]:
    """``item_ids``, when given, are the inventory's ids: hours on anything else are refused."""
    errors = problems(checkin, skip=("item_hours", "note", "answers"))
    if not errors:
        if checkin.execution_hours + checkin.strategy_hours > MAX_HOURS_PER_WEEK:
            template = QT_TRANSLATE_NOOP(
                "Validation", "Execution and strategy together can be at most {0} h a week."
            )
            errors["total_hours"] = problem("Validation", template, MAX_HOURS_PER_WEEK)
        _put(errors, "item_hours", _item_hours_problem(checkin, item_ids))
    errors.update({k: v for k, v in problems(checkin, skip=("week", "execution_hours",
                   "strategy_hours", "item_hours")).items() if k not in errors})  # fmt: skip
    return errors
