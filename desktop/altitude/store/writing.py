"""Multi-row writes shared by the Store methods. Callers hold the transaction.

Bulk writes go through sqlite-utils' ``insert_all``, which commits in batches unless a
transaction is open: never call these outside ``Store.atomic()``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from altitude.domain.arcs.functions import BusinessFunction
from altitude.domain.arcs.narrative import NarrativeVersion
from altitude.domain.arcs.reviews import MilestoneReview
from altitude.domain.arcs.stakeholders import Stakeholder
from altitude.domain.entities import (
    Delegation,
    InventoryItem,
    Person,
    Plan,
    PlanState,
    Settings,
)
from altitude.domain.growth.decisions import JournalEntry
from altitude.domain.growth.feedback import FeedbackEntry, FeedbackTheme
from altitude.domain.worktime.stored import ImportedTime, TimeRule, TimeSource
from altitude.store.rows import PLAN_ID, Row, plan_row, row_of, rows_by_table, settings_rows

if TYPE_CHECKING:
    from sqlite_utils import Database

# Tables that hold the user's data, parents before children.
DATA_TABLES: tuple[str, ...] = (
    "settings",
    "plan",
    "plan_milestones",
    "plan_identity",
    "items",
    "people",
    "delegations",
    "delegation_checkins",
    "delegation_level_plan",
    "delegation_level_history",
    "checkins",
    "checkin_item_hours",
    "checkin_answers",
    "journal_entries",
    "journal_options",
    "journal_people",
    "journal_delegations",
    "journal_items",
    "journal_reviews",
    "journal_hindsight",
    "feedback_themes",
    "feedback_self_ratings",
    "feedback_entries",
    "feedback_feedforward",
    "time_sources",
    "time_rules",
    "imported_time",
    "imported_item_hours",
    "narrative_versions",
    "narrative_will_not",
    "narrative_actions",
    "narrative_action_items",
    "narrative_action_delegations",
    "stakeholders",
    "stakeholder_contacts",
    "stakeholder_conversations",
    "business_functions",
    "function_touches",
    "milestone_reviews",
)

_E = TypeVar(
    "_E",
    InventoryItem,
    Person,
    Delegation,
    JournalEntry,
    FeedbackTheme,
    FeedbackEntry,
    TimeSource,
    TimeRule,
    NarrativeVersion,
    Stakeholder,
    BusinessFunction,
    MilestoneReview,
)


def _in_transaction(db: Database) -> None:
    if not db.conn.in_transaction:  # insert_all would commit batch by batch
        raise RuntimeError("bulk store writes must run inside Store.atomic()")


def _insert_all(db: Database, table: str, rows: Iterable[Row]) -> None:
    db.table(table).insert_all(rows, batch_size=200)


def write_plan(db: Database, plan: Plan) -> None:
    _in_transaction(db)
    # Deleting the single row takes its milestones and identity with it (ON DELETE CASCADE).
    db.execute("DELETE FROM plan WHERE id = ?", [PLAN_ID])
    db.table("plan").insert(plan_row(plan))
    insert_children(db, [(PLAN_ID, plan)])


def write_settings(db: Database, settings: Settings) -> None:
    _in_transaction(db)
    db.table("settings").upsert_all(settings_rows(settings), pk="key")


def insert_children(db: Database, saved: Sequence[tuple[int, Any]]) -> None:
    """The child tuples of saved records (their id, the record), table by table."""
    _in_transaction(db)
    tables: dict[str, list[Row]] = {}
    for parent_id, entity in saved:
        for table, rows in rows_by_table(entity, parent_id):
            tables.setdefault(table, []).extend(rows)
    for table, rows in tables.items():
        _insert_all(db, table, rows)


def delete_all(db: Database) -> None:
    _in_transaction(db)
    for table in reversed(DATA_TABLES):  # children first: no cascade work, no FK surprises
        db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names


def _with_ids(entities: Sequence[_E]) -> list[_E]:
    """Give entities without an id the next free ones, after the largest id given."""
    next_id = max((e.id for e in entities if e.id is not None), default=0) + 1
    out: list[_E] = []
    for e in entities:
        if e.id is None:
            e = replace(e, id=next_id)
            next_id += 1
        out.append(e)
    return out


def insert_state(db: Database, state: PlanState) -> None:
    """Write every entity of ``state`` into empty tables, keeping the ids it has."""
    _in_transaction(db)
    write_settings(db, state.settings)
    if state.plan is not None:
        write_plan(db, state.plan)
    _insert_all(db, "items", (row_of(i) for i in _with_ids(state.items)))
    _insert_all(db, "people", (row_of(p) for p in _with_ids(state.people)))
    delegations = _with_ids(state.delegations)
    _insert_all(db, "delegations", (row_of(d) for d in delegations))
    insert_children(db, [(d.id, d) for d in delegations if d.id is not None])
    weeks = sorted(state.checkins, key=lambda c: c.week)
    numbered = list(enumerate(weeks, start=1))
    _insert_all(db, "checkins", ({"id": i, **row_of(c)} for i, c in numbered))
    insert_children(db, numbered)
    _insert_records(db, "journal_entries", state.journal)
    _insert_records(db, "feedback_themes", state.themes)
    _insert_records(db, "feedback_entries", state.feedback)
    _insert_records(db, "time_sources", state.time_sources)
    write_time_rules(db, state.time_rules)
    insert_imported(db, state.imported)
    _insert_records(db, "narrative_versions", state.narratives)
    _insert_records(db, "stakeholders", state.stakeholders)  # before the functions' links
    _insert_records(db, "business_functions", state.functions)
    _insert_records(db, "milestone_reviews", state.reviews)


def write_time_rules(db: Database, rules: Sequence[TimeRule]) -> list[TimeRule]:
    """The whole ordered list in place of the old one, each rule at its index, ids kept
    (new rules numbered after the largest). Returns the rules with their ids."""
    _in_transaction(db)
    db.execute("DELETE FROM time_rules")
    numbered = _with_ids(list(rules))
    _insert_all(db, "time_rules", ({"position": i, **row_of(r)} for i, r in enumerate(numbered)))
    return numbered


def insert_imported(db: Database, weeks: Sequence[ImportedTime]) -> None:
    """Imported weeks into an empty table, numbered in week order (the id is the store's)."""
    numbered = list(enumerate(sorted(weeks, key=lambda x: x.week), start=1))
    _insert_all(db, "imported_time", ({"id": i, **row_of(x)} for i, x in numbered))
    insert_children(db, numbered)


def _insert_records(db: Database, table: str, records: Sequence[_E]) -> None:
    """Records with child tuples, keeping their ids (new ones numbered after them)."""
    numbered = _with_ids(records)
    _insert_all(db, table, (row_of(r) for r in numbered))
    insert_children(db, [(r.id, r) for r in numbered if r.id is not None])
