"""Entities to rows and back, derived from the record descriptions (``domain.records``).

Dates are ISO text, booleans 0/1, hours REAL, enums their value, weeks 'YYYY-Www'. A nested
record (the five factors) is flattened into its parent's columns. Child tuples live in
their own tables (``CHILD_TABLES``) with the parent's id and their ``position`` in the
tuple, so the order a user gave them comes back unchanged. A child's own tuples (the links
of a narrative's action) are a grandchild table keyed by the record's id, the child's
position and their own ``position`` (see ``grandchild_rows``). Nothing here names a field:
a new field needs its description and the migration that adds its column, nothing more.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from altitude.domain.arcs.functions import BusinessFunction
from altitude.domain.arcs.narrative import NarrativeAction, NarrativeVersion
from altitude.domain.arcs.reviews import MilestoneReview
from altitude.domain.arcs.stakeholders import Stakeholder
from altitude.domain.entities import (
    Delegation,
    InventoryItem,
    Person,
    Plan,
    Settings,
    WeeklyCheckIn,
)
from altitude.domain.growth.decisions import JournalEntry
from altitude.domain.growth.feedback import FeedbackEntry, FeedbackTheme
from altitude.domain.records import Described, FieldSpec, Kind, fields_of
from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.stored import ImportedTime, TimeRule, TimeSource

Row = dict[str, Any]
PLAN_ID = 1  # the plan is a single row

TABLES: dict[type, str] = {
    Plan: "plan",
    InventoryItem: "items",
    Person: "people",
    Delegation: "delegations",
    WeeklyCheckIn: "checkins",
    JournalEntry: "journal_entries",
    FeedbackTheme: "feedback_themes",
    FeedbackEntry: "feedback_entries",
    TimeSource: "time_sources",
    TimeRule: "time_rules",  # with its position in the user's order (``writing``)
    ImportedTime: "imported_time",
    NarrativeVersion: "narrative_versions",
    Stakeholder: "stakeholders",
    BusinessFunction: "business_functions",
    MilestoneReview: "milestone_reviews",
}


@dataclass(frozen=True, slots=True)
class ChildTable:
    table: str
    parent: str  # the column holding the parent's id


# (record type, tuple field) -> where its elements are kept
CHILD_TABLES: dict[tuple[type, str], ChildTable] = {
    (Plan, "milestones"): ChildTable("plan_milestones", "plan_id"),
    (Plan, "identity"): ChildTable("plan_identity", "plan_id"),
    (Delegation, "checkins"): ChildTable("delegation_checkins", "delegation_id"),
    (Delegation, "level_plan"): ChildTable("delegation_level_plan", "delegation_id"),
    (Delegation, "level_history"): ChildTable("delegation_level_history", "delegation_id"),
    (WeeklyCheckIn, "item_hours"): ChildTable("checkin_item_hours", "checkin_id"),
    (WeeklyCheckIn, "answers"): ChildTable("checkin_answers", "checkin_id"),
    (JournalEntry, "options"): ChildTable("journal_options", "entry_id"),
    (JournalEntry, "people"): ChildTable("journal_people", "entry_id"),
    (JournalEntry, "delegations"): ChildTable("journal_delegations", "entry_id"),
    (JournalEntry, "items"): ChildTable("journal_items", "entry_id"),
    (JournalEntry, "reviews"): ChildTable("journal_reviews", "entry_id"),
    (JournalEntry, "hindsight"): ChildTable("journal_hindsight", "entry_id"),
    (FeedbackTheme, "self_ratings"): ChildTable("feedback_self_ratings", "theme_id"),
    (FeedbackEntry, "feedforward"): ChildTable("feedback_feedforward", "feedback_id"),
    (ImportedTime, "item_hours"): ChildTable("imported_item_hours", "imported_id"),
    (NarrativeVersion, "will_not"): ChildTable("narrative_will_not", "version_id"),
    (NarrativeVersion, "actions"): ChildTable("narrative_actions", "version_id"),
    # grandchildren: ``parent`` holds the action's position; the version's id is the
    # column of its parent (``version_id``)
    (NarrativeAction, "items"): ChildTable("narrative_action_items", "action_position"),
    (NarrativeAction, "delegations"): ChildTable("narrative_action_delegations", "action_position"),
    (Stakeholder, "contacts"): ChildTable("stakeholder_contacts", "stakeholder_id"),
    (Stakeholder, "conversations"): ChildTable("stakeholder_conversations", "stakeholder_id"),
    (BusinessFunction, "touches"): ChildTable("function_touches", "function_id"),
}


def _in_child_table(spec: FieldSpec) -> bool:
    """A tuple kept in rows of its own (a LINES ``as_json`` is one column of the record)."""
    return spec.kind == Kind.RECORDS or (spec.kind == Kind.LINES and not spec.as_json)


def child_fields(cls: type) -> tuple[Described, ...]:
    return tuple(f for f in fields_of(cls) if _in_child_table(f.spec))


def nested_fields(cls: type, name: str) -> tuple[Described, ...]:
    """The tuple fields of the elements of ``cls.name`` (grandchild tables), if any."""
    f = next(f for f in fields_of(cls) if f.name == name)
    if f.spec.kind != Kind.RECORDS or f.spec.child is None:
        return ()
    return child_fields(f.spec.child)


# ---------------------------------------------------------------- one value
def to_column(spec: FieldSpec, value: Any) -> Any:
    if value is None:
        return None
    kind = spec.kind
    if kind == Kind.DAY:
        return value.isoformat()
    if kind == Kind.WEEK:
        return str(value)
    if kind == Kind.CHOICE and spec.choices is not None:
        return spec.choices(value).value
    if kind == Kind.FLAG:
        return 1 if value else 0
    if kind == Kind.NUMBER:
        return float(value)
    if kind == Kind.LINES:  # as_json: child-table lines never reach here
        return json.dumps(list(value), ensure_ascii=False)
    return value


def _reader(spec: FieldSpec) -> Callable[[Any], Any]:
    """How a column's value becomes the field's (a dict lookup beats Enum(text), 2,000 times)."""
    kind = spec.kind
    if kind == Kind.DAY:
        return _optional(date.fromisoformat) if spec.optional else date.fromisoformat
    if kind == Kind.WEEK:
        return IsoWeek.parse
    if kind == Kind.CHOICE and spec.choices is not None:
        pick = {c.value: c for c in spec.choices}.__getitem__
        return _optional(pick) if spec.optional else pick
    if kind == Kind.FLAG:
        return lambda value: value == 1
    if kind == Kind.LINES:
        return _json_lines
    return _same


def _json_lines(value: Any) -> tuple[str, ...]:
    return tuple(json.loads(value))


def _same(value: Any) -> Any:
    return value


def _optional(read: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else read(value)


# ---------------------------------------------------------------- a record's own row
def row_of(entity: Any) -> Row:
    """The record's own columns (a nested record flattened in); child tuples not included."""
    row: Row = {}
    for f in fields_of(type(entity)):
        kind = f.spec.kind
        if _in_child_table(f.spec):
            continue
        value = getattr(entity, f.name)
        if kind == Kind.RECORD:
            row.update(row_of(value))
        else:
            row[f.column] = to_column(f.spec, value)
    return row


_Plan = tuple[tuple[str, str, Callable[[Any], Any]], ...]
_READ_PLANS: dict[type, tuple[_Plan, tuple[tuple[str, type, _Plan], ...]]] = {}


def _read_plan(cls: type) -> tuple[_Plan, tuple[tuple[str, type, _Plan], ...]]:
    """(name, column, reader) per plain field, and the same for each nested record."""
    known = _READ_PLANS.get(cls)
    if known is None:
        plain = tuple(
            (f.name, f.column, _reader(f.spec))
            for f in fields_of(cls)
            if not _in_child_table(f.spec) and f.spec.kind != Kind.RECORD
        )
        nested = tuple(
            (f.name, f.spec.child, _read_plan(f.spec.child)[0])
            for f in fields_of(cls)
            if f.spec.kind == Kind.RECORD and f.spec.child is not None
        )
        known = _READ_PLANS[cls] = (plain, nested)
    return known


def entity_from(cls: type, row: Mapping[str, Any], children: Mapping[str, Any] = {}) -> Any:
    """A record from its row (by column name) and its child tuples, already read."""
    plain, nested = _read_plan(cls)
    values = {name: read(row[column]) for name, column, read in plain}
    for name, child, child_plan in nested:
        values[name] = child(**{n: read(row[c]) for n, c, read in child_plan})
    values.update(children)
    return cls(**values)


# ---------------------------------------------------------------- child tuples
def child_columns(cls: type, name: str) -> tuple[str, ...]:
    f = next(f for f in fields_of(cls) if f.name == name)
    if f.spec.kind == Kind.LINES:
        return (f.column,)
    assert f.spec.child is not None  # noqa: S101 - RECORDS always names its element
    return tuple(c.column for c in fields_of(f.spec.child) if not _in_child_table(c.spec))


def child_rows(entity: Any, name: str, parent_id: int) -> list[Row]:
    cls = type(entity)
    f = next(f for f in fields_of(cls) if f.name == name)
    where = CHILD_TABLES[(cls, name)]
    rows: list[Row] = []
    for position, value in enumerate(getattr(entity, name)):
        if f.spec.kind == Kind.LINES:
            columns: Row = {f.column: value}
        else:
            child = f.spec.child
            assert child is not None  # noqa: S101 - RECORDS always names its element
            element = value if isinstance(value, child) else child(*value)  # plain pairs
            columns = row_of(element)
        rows.append({where.parent: parent_id, "position": position, **columns})
    return rows


def child_reader(cls: type, name: str) -> Callable[[Sequence[Any], Mapping[str, Any]], Any]:
    """Turns the child columns (in ``child_columns`` order) and the element's own tuples,
    already read (grandchildren: ``{}`` when it has none), into one tuple element."""
    f = next(f for f in fields_of(cls) if f.name == name)
    if f.spec.kind == Kind.LINES:
        return lambda values, _nested: values[0]
    child = f.spec.child
    assert child is not None  # noqa: S101 - RECORDS always names its element
    plain = [c for c in fields_of(child) if not _in_child_table(c.spec)]
    readers = tuple(_reader(c.spec) for c in plain)
    if len(plain) == len(fields_of(child)):  # the usual case, positional: 20,000 notes
        return lambda values, _nested: child(
            *(read(v) for read, v in zip(readers, values, strict=True))
        )
    names = tuple(c.name for c in plain)

    def read_nested(values: Sequence[Any], nested: Mapping[str, Any]) -> Any:
        own = {n: read(v) for n, read, v in zip(names, readers, values, strict=True)}
        return child(**own, **nested)

    return read_nested


# ---------------------------------------------------------------- settings: a row per key
def settings_rows(settings: Settings) -> list[Row]:
    return [
        {"key": f.name, "value": to_column(f.spec, getattr(settings, f.name))}
        for f in fields_of(Settings)
    ]


def settings_from(values: Mapping[str, Any]) -> Settings:
    """Missing keys keep their defaults; keys this version does not know are ignored."""
    return Settings(
        **{f.name: _reader(f.spec)(values[f.name]) for f in fields_of(Settings) if f.name in values}
    )


def plan_row(plan: Plan) -> Row:
    return {"id": PLAN_ID, **row_of(plan)}


def rows_by_table(entity: Any, parent_id: int) -> Iterable[tuple[str, list[Row]]]:
    """Every child table of the record with the rows its tuples make."""
    cls = type(entity)
    for f in child_fields(cls):
        yield CHILD_TABLES[(cls, f.name)].table, child_rows(entity, f.name, parent_id)
        for g in nested_fields(cls, f.name):
            yield grandchild_rows(entity, f.name, g.name, parent_id)


def grandchild_rows(entity: Any, name: str, inner: str, parent_id: int) -> tuple[str, list[Row]]:
    """The rows of the elements' tuple ``inner`` of ``entity.name``: the record's id (under
    the child table's parent column), the element's position, their own position."""
    cls = type(entity)
    child = next(f for f in fields_of(cls) if f.name == name).spec.child
    outer = CHILD_TABLES[(cls, name)].parent
    rows = [
        {outer: parent_id, **row}
        for position, element in enumerate(getattr(entity, name))
        for row in child_rows(element, inner, position)
    ]
    return CHILD_TABLES[(child, inner)].table, rows  # type: ignore[index]
