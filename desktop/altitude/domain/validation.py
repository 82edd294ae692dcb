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

from altitude.domain.entities import (
    FACTOR_NAMES,
    Decision,
    Delegation,
    InventoryItem,
    Mode,
    Person,
    Plan,
    Settings,
    Status,
    Theme,
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
    text_problem,
    title_problem,
)
from altitude.domain.shares import format_hours
from altitude.errors import AltitudeError

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
    errors: dict[str, str] = {}
    _put(errors, "title", title_problem(item.title, "Give the item a title"))
    if not (is_number(item.hours) and 0 < item.hours <= MAX_HOURS_PER_KIND):
        errors["hours"] = "Hours per week must be more than 0 and at most 100."
    if item.mode not in tuple(Mode):
        errors["mode"] = "Choose execution or strategy."
    for name in FACTOR_NAMES:
        value = getattr(item.factors, name, None)
        if not (is_whole(value) and 1 <= value <= 5):  # type: ignore[operator]
            _put(errors, "factors", f"Rate {name.replace('_', '-')} from 1 to 5.")
    if item.decision not in tuple(Decision):
        errors["decision"] = "Choose keep, delegate, coach then delegate, stop, or undecided."
    _put(errors, "notes", text_problem(item.notes, "Notes"))
    return errors


def validate_person(person: Person) -> dict[str, str]:
    errors: dict[str, str] = {}
    _put(errors, "name", title_problem(person.name, "Give the person a name"))
    _put(errors, "role", title_problem(person.role, None))
    _put(errors, "growth_goal", text_problem(person.growth_goal, "The growth goal"))
    _put(errors, "notes", text_problem(person.notes, "Notes"))
    return errors


def _level_problem(level: object) -> str | None:
    if is_whole(level) and 1 <= level <= 7:  # type: ignore[operator]
        return None
    return "The delegation level must be a whole number from 1 to 7."


def validate_delegation(delegation: Delegation) -> dict[str, str]:
    d = delegation
    errors: dict[str, str] = {}
    _put(errors, "outcome", title_problem(d.outcome, "Describe the outcome you hand over"))
    _put(errors, "success_measure", text_problem(d.success_measure, "The success measure"))
    _put(errors, "level", _level_problem(d.level))
    if not (is_whole(d.cadence_days) and 1 <= d.cadence_days <= 365):
        errors["cadence_days"] = "Check in every 1 to 365 days."
    if not _in_range(d.hours_freed, 0, MAX_HOURS_PER_KIND):
        errors["hours_freed"] = "Hours freed per week must be between 0 and 100."
    if d.status not in tuple(Status):
        errors["status"] = "Choose planned, handing over, owned or taken back."
    _put(errors, "taken_back_reason", text_problem(d.taken_back_reason, "The reason"))
    if d.status == Status.TAKEN_BACK and not (
        isinstance(d.taken_back_reason, str) and d.taken_back_reason.strip()
    ):
        _put(errors, "taken_back_reason", "Say why you took it back; it is how you learn.")
    for note in d.checkins:
        _put(errors, "checkins", text_problem(getattr(note, "note", None), "A check-in note"))
    previous_week = -1
    for step in d.level_plan:
        week = getattr(step, "week", None)
        if not (is_whole(week) and week > previous_week):  # type: ignore[operator]
            _put(errors, "level_plan", "Plan the levels in order of week, from week 0 on.")
            break
        _put(errors, "level_plan", _level_problem(getattr(step, "level", None)))
        previous_week = week  # type: ignore[assignment]
    for change in d.level_history:
        _put(errors, "level_history", _level_problem(getattr(change, "level", None)))
    return errors


def validate_settings(settings: Settings) -> dict[str, str]:
    errors: dict[str, str] = {}
    for name in ("checkin_weekday", "first_day_of_week"):
        value = getattr(settings, name)
        if not (is_whole(value) and 0 <= value <= 6):
            errors[name] = "Choose a day of the week (0 is Monday, 6 is Sunday)."
    if not (is_whole(settings.backups_kept) and 1 <= settings.backups_kept <= 100):
        errors["backups_kept"] = "Keep between 1 and 100 backups."
    if settings.theme not in tuple(Theme):
        errors["theme"] = "Choose the system, light or dark theme."
    return errors


def _is_date(value: object) -> bool:
    return isinstance(value, date)


def _share_ok(value: object) -> bool:
    return _in_range(value, 0, 100)


def _milestones_problem(plan: Plan) -> str | None:
    dated = _is_date(plan.start_date) and _is_date(plan.horizon_end)
    horizon = plan.horizon_days if dated else 0
    if horizon < 1:
        return None  # the horizon itself is wrong; milestones can only be judged against one
    previous = 0
    for milestone in plan.milestones:
        day = getattr(milestone, "day", None)
        if not (is_whole(day) and previous < day <= horizon):  # type: ignore[operator]
            return f"Milestone days must rise one after another, from day 1 to day {horizon}."
        if not _share_ok(getattr(milestone, "target_share", None)):
            return "Each milestone's strategy share must be between 0 and 100%."
        label = title_problem(getattr(milestone, "label", ""), None)
        if label:
            return f"Milestone label: {label}"
        previous = day  # type: ignore[assignment]
    return None


def validate_plan(plan: Plan) -> dict[str, str]:
    errors: dict[str, str] = {}
    _put(errors, "current_role", title_problem(plan.current_role, "Name the role you had"))
    _put(errors, "new_role", title_problem(plan.new_role, "Name the role you are stepping into"))
    if not _is_date(plan.start_date):
        errors["start_date"] = "Choose the date the plan starts."
    elif not _is_date(plan.horizon_end) or plan.horizon_end <= plan.start_date:
        errors["horizon_end"] = "The plan must end after it starts."
    elif plan.horizon_days > MAX_HORIZON_DAYS:
        errors["horizon_end"] = "Keep the plan to three years or less."
    for name in ("baseline_share", "target_share"):
        if not _share_ok(getattr(plan, name)):
            errors[name] = "A share of the week must be between 0 and 100%."
    if not _in_range(plan.tolerance, 0, 50):
        errors["tolerance"] = "The tolerance must be between 0 and 50 points."
    _put(errors, "milestones", _milestones_problem(plan))
    _put(errors, "motive", text_problem(plan.motive, "Your motive"))
    if len(plan.identity) > MAX_IDENTITY:
        errors["identity"] = f"Choose at most {MAX_IDENTITY} statements of who to become."
    for statement in plan.identity:
        _put(errors, "identity", title_problem(statement, "Each statement needs some words"))
    return errors


def _item_hours_problem(checkin: WeeklyCheckIn, item_ids: Sequence[int] | None) -> str | None:
    seen: set[object] = set()
    total = 0.0
    for entry in checkin.item_hours:
        item_id, hours = entry if isinstance(entry, tuple) and len(entry) == 2 else (None, None)
        if not _in_range(hours, 0, MAX_HOURS_PER_KIND):
            return "Hours per item must be between 0 and 100."
        if not is_whole(item_id):
            return "Hours can only be logged on items from your inventory."
        if item_id in seen:
            return "Each item can appear only once."
        if item_ids is not None and item_id not in item_ids:
            return "One of the items is no longer in your inventory; remove its hours."
        seen.add(item_id)
        total += hours
    week = checkin.execution_hours + checkin.strategy_hours
    if checkin.item_hours and abs(total - week) > HOURS_SLACK:
        return (
            f"The hours per item add up to {format_hours(total)}, "
            f"but the week has {format_hours(week)}; make them match."
        )
    return None


def validate_checkin(
    checkin: WeeklyCheckIn, item_ids: Sequence[int] | None = None
) -> dict[str, str]:
    """``item_ids``, when given, are the inventory's ids: hours on anything else are refused."""
    errors: dict[str, str] = {}
    for name in ("execution_hours", "strategy_hours"):
        if not _in_range(getattr(checkin, name), 0, MAX_HOURS_PER_KIND):
            errors[name] = "Hours must be between 0 and 100."
    if not errors:
        if checkin.execution_hours + checkin.strategy_hours > MAX_HOURS_PER_WEEK:
            errors["total_hours"] = (
                f"Execution and strategy together can be at most {MAX_HOURS_PER_WEEK} h a week."
            )
        _put(errors, "item_hours", _item_hours_problem(checkin, item_ids))
    _put(errors, "note", text_problem(checkin.note, "The note"))
    for answer in checkin.answers:
        _put(errors, "answers", text_problem(getattr(answer, "prompt", None), "A prompt"))
        _put(errors, "answers", text_problem(getattr(answer, "answer", None), "An answer"))
    return errors
