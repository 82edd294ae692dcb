"""The "altitude-plan" JSON format (documented in resources/altitude-plan.schema.json, which
``json_schema`` generates) and the CSV of weekly check-ins. Both directions are derived from
the record descriptions (``domain.records``): a new field needs nothing here.

Export writes keys in a fixed order and lists sorted by id (check-ins by week), so two
exports of the same data are byte-identical. Import reads the whole file into entities
before anything is written; the services then validate and write it in one transaction.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from typing import Any

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
    WeeklyCheckIn,
    upgraded_sections,
)
from altitude.domain.growth.decisions import JournalEntry
from altitude.domain.growth.feedback import FeedbackEntry, FeedbackTheme
from altitude.domain.records import Kind, fields_of
from altitude.domain.worktime.stored import ImportedTime, TimeRule, TimeSource
from altitude.store.interchange.arcs_refs import ARCS_LISTS, ARCS_SINCE, check_arcs_ids
from altitude.store.interchange.growth_refs import (
    FEEDBACK_KEYS,
    SINCE,
    check_growth_ids,
    unique_ids,
)
from altitude.store.interchange.jsonsafe import InterchangeError, parse
from altitude.store.interchange.reader import Obj
from altitude.store.interchange.time_refs import TIME_KEYS, TIME_SINCE, check_time_ids

FORMAT = "altitude-plan"
# 2: a team member's one-to-one cadence; 3: the decision journal and feedback log;
# 4: time import's sources, rules and imported weeks, and the settings they read;
# 5: thinking in arcs (narratives, stakeholders, functions, reviews), the plan's situation
# and role family, five more report sections
VERSION = 5
_TOP_V1 = ("format", "version", "plan", "settings", "people", "items", "delegations", "checkins")
_TOP_V3 = (*_TOP_V1, "decisions", "feedback")
_TOP_V4 = (*_TOP_V3, "time")
_TOP = (*_TOP_V4, *(key for key, _, _ in ARCS_LISTS))


# ---------------------------------------------------------------- export


def to_json(kind: Kind, value: Any) -> Any:
    """One field's value as the JSON format writes it (see the record descriptions)."""
    if value is None:
        return None
    if kind == Kind.DAY:
        return value.isoformat()
    if kind == Kind.WEEK:
        return str(value)
    if kind == Kind.CHOICE:
        return value.value
    if kind == Kind.LINES:
        return list(value)
    return value


def document_of(record: Any) -> dict[str, Any]:
    """A record as a JSON object: its id first, then its fields in declaration order."""
    described = sorted(fields_of(type(record)), key=lambda f: f.spec.kind != Kind.ID)
    doc: dict[str, Any] = {}
    for f in described:
        value = getattr(record, f.name)
        if f.spec.kind == Kind.RECORDS:
            child = f.spec.child
            doc[f.name] = [
                document_of(v if child is None or isinstance(v, child) else child(*v))
                for v in value
            ]
        elif f.spec.kind == Kind.RECORD:
            doc[f.name] = document_of(value)
        else:
            doc[f.name] = to_json(f.spec.kind, value)
    return doc


def to_document(state: PlanState) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "plan": None if state.plan is None else document_of(state.plan),
        "settings": document_of(state.settings),
        "people": [document_of(p) for p in sorted(state.people, key=lambda p: p.id or 0)],
        "items": [document_of(i) for i in sorted(state.items, key=lambda i: i.id or 0)],
        "delegations": [document_of(d) for d in sorted(state.delegations, key=lambda d: d.id or 0)],
        "checkins": [document_of(c) for c in sorted(state.checkins, key=lambda c: c.week)],
        "decisions": [document_of(e) for e in sorted(state.journal, key=lambda e: e.id or 0)],
        "feedback": {
            "themes": [document_of(t) for t in sorted(state.themes, key=lambda t: t.id or 0)],
            "entries": [document_of(f) for f in sorted(state.feedback, key=lambda f: f.id or 0)],
        },
        "time": {
            "sources": [document_of(s) for s in sorted(state.time_sources, key=_by_id)],
            "rules": [document_of(r) for r in state.time_rules],  # the order is the data
            "imported": [document_of(x) for x in sorted(state.imported, key=lambda x: x.week)],
        },
        "narratives": [document_of(v) for v in sorted(state.narratives, key=_by_day)],
        "stakeholders": [document_of(p) for p in sorted(state.stakeholders, key=_by_id)],
        "functions": [document_of(f) for f in sorted(state.functions, key=_by_id)],
        "reviews": [document_of(r) for r in sorted(state.reviews, key=lambda r: r.milestone_day)],
    }


def _by_id(record: Any) -> int:
    return record.id or 0


def _by_day(version: NarrativeVersion) -> tuple[Any, int]:
    return version.written_on, _by_id(version)


def dumps(state: PlanState) -> str:
    return json.dumps(to_document(state), indent=2, ensure_ascii=False) + "\n"


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
        document = parse(data, source)
        return _read(Obj(document, "", _top_keys(document)))
    except InterchangeError as exc:
        message = str(exc)
        raise InterchangeError(
            _one_line(message if message.startswith(source) else f"{source}: {message}")
        ) from None


def _top_keys(document: Any) -> tuple[str, ...]:
    """The keys a file of its version has: before 3 no journal nor feedback; a newer
    version's are taken as they are, so that its version is what the error names."""
    version = document.get("version") if isinstance(document, dict) else None
    if not isinstance(version, int) or isinstance(version, bool):
        return _TOP
    if version > VERSION:
        return ("format", "version", *(k for k in document if k not in ("format", "version")))
    if version >= ARCS_SINCE:
        return _TOP
    if version >= TIME_SINCE:
        return _TOP_V4
    return _TOP_V3 if version >= SINCE else _TOP_V1


def _one_line(message: str, limit: int = 300) -> str:
    """Errors quote keys and values from the file, which may hold line breaks, control
    characters or 70,000 characters: show those escaped, and keep the line short."""
    shown = "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in message
    )
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def keys_of(cls: type, version: int = VERSION) -> tuple[str, ...]:
    """The keys a record's object has in a file of ``version``."""
    return tuple(f.name for f in fields_of(cls) if f.spec.since <= version)


def record_from(cls: type, obj: Obj, version: int) -> Any:
    """A record from its JSON object; fields newer than the file keep their defaults."""
    values: dict[str, Any] = {}
    for f in fields_of(cls):
        if f.spec.since > version:
            continue
        spec, key = f.spec, f.name
        kind = spec.kind
        if kind in (Kind.LINE, Kind.TEXT):
            values[key] = obj.text(key)
        elif kind == Kind.NUMBER:
            absent = spec.optional and obj.raw(key) is None
            values[key] = None if absent else obj.number(key)
        elif kind in (Kind.WHOLE, Kind.ID, Kind.REF):
            values[key] = obj.optional_int(key) if spec.optional else obj.integer(key)
        elif kind == Kind.DAY:
            values[key] = obj.optional_day(key) if spec.optional else obj.day(key)
        elif kind == Kind.WEEK:
            values[key] = obj.week(key)
        elif kind == Kind.CHOICE:
            absent = spec.optional and obj.raw(key) is None
            values[key] = None if absent else obj.choice(key, spec.choices)
        elif kind == Kind.FLAG:
            values[key] = obj.boolean(key)
        elif kind == Kind.LINES:
            values[key] = obj.strings(key)
        elif kind == Kind.RECORDS and spec.child is not None:
            child = spec.child
            values[key] = tuple(
                record_from(child, o, version) for o in obj.items(key, keys_of(child, version))
            )
        elif kind == Kind.RECORD and spec.child is not None:
            child = spec.child
            nested = Obj(obj.raw(key), obj.at(key), keys_of(child, version))
            values[key] = record_from(child, nested, version)
    return cls(**values)


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

    def many(key: str, cls: type) -> tuple[Any, ...]:
        return tuple(record_from(cls, o, version) for o in top.items(key, keys_of(cls, version)))

    raw_plan = top.raw("plan")
    plan = None
    if raw_plan is not None:
        plan = record_from(Plan, Obj(raw_plan, "plan", keys_of(Plan, version)), version)
    settings = record_from(
        Settings, Obj(top.raw("settings"), "settings", keys_of(Settings, version)), version
    )
    if version < ARCS_SINCE:  # "every section" then is every section now
        settings = replace(settings, report_sections=upgraded_sections(settings.report_sections))
    people: tuple[Person, ...] = many("people", Person)
    items: tuple[InventoryItem, ...] = many("items", InventoryItem)
    delegations: tuple[Delegation, ...] = many("delegations", Delegation)
    checkins: tuple[WeeklyCheckIn, ...] = many("checkins", WeeklyCheckIn)
    _check_ids(people, items, delegations, checkins)
    journal: tuple[JournalEntry, ...] = ()
    themes: tuple[FeedbackTheme, ...] = ()
    feedback: tuple[FeedbackEntry, ...] = ()
    if version >= SINCE:
        journal = many("decisions", JournalEntry)
        log = Obj(top.raw("feedback"), "feedback", FEEDBACK_KEYS)
        themes = tuple(
            record_from(FeedbackTheme, o, version)
            for o in log.items("themes", keys_of(FeedbackTheme, version))
        )
        feedback = tuple(
            record_from(FeedbackEntry, o, version)
            for o in log.items("entries", keys_of(FeedbackEntry, version))
        )
        ids = {
            "person": {p.id for p in people if p.id is not None},
            "item": {i.id for i in items if i.id is not None},
            "delegation": {d.id for d in delegations if d.id is not None},
        }
        check_growth_ids(journal, themes, feedback, ids)
    item_ids = {i.id for i in items if i.id is not None}
    sources, rules, imported = _read_time(top, version, item_ids)
    arcs: dict[str, tuple[Any, ...]] = {key: () for key, _, _ in ARCS_LISTS}
    if version >= ARCS_SINCE:
        arcs = {key: many(key, cls) for key, cls, _ in ARCS_LISTS}
        delegation_ids = {d.id for d in delegations if d.id is not None}
        check_arcs_ids(
            arcs["narratives"],
            arcs["stakeholders"],
            arcs["functions"],
            arcs["reviews"],
            {"item": item_ids, "delegation": delegation_ids},
        )
    narratives: tuple[NarrativeVersion, ...] = arcs["narratives"]
    stakeholders: tuple[Stakeholder, ...] = arcs["stakeholders"]
    functions: tuple[BusinessFunction, ...] = arcs["functions"]
    reviews: tuple[MilestoneReview, ...] = arcs["reviews"]
    return PlanState(
        plan=plan,
        items=items,
        people=people,
        delegations=delegations,
        checkins=tuple(sorted(checkins, key=lambda c: c.week)),
        settings=settings,
        journal=journal,
        themes=themes,
        feedback=feedback,
        time_sources=sources,
        time_rules=rules,
        imported=tuple(sorted(imported, key=lambda x: x.week)),
        narratives=tuple(sorted(narratives, key=_by_day)),
        stakeholders=tuple(sorted(stakeholders, key=_by_id)),
        functions=tuple(sorted(functions, key=_by_id)),
        reviews=tuple(sorted(reviews, key=lambda r: r.milestone_day)),
    )


def _read_time(top: Obj, version: int, item_ids: set[int]) -> tuple[Any, Any, Any]:
    """The sources, rules and imported weeks of a version 4 file; none before."""
    if version < TIME_SINCE:
        return (), (), ()
    log = Obj(top.raw("time"), "time", TIME_KEYS)
    sources = tuple(
        record_from(TimeSource, o, version)
        for o in log.items("sources", keys_of(TimeSource, version))
    )
    rules = tuple(
        record_from(TimeRule, o, version) for o in log.items("rules", keys_of(TimeRule, version))
    )
    imported = tuple(
        record_from(ImportedTime, o, version)
        for o in log.items("imported", keys_of(ImportedTime, version))
    )
    check_time_ids(sources, rules, imported, item_ids)
    return sources, rules, imported


def _check_ids(
    people: tuple[Person, ...],
    items: tuple[InventoryItem, ...],
    delegations: tuple[Delegation, ...],
    checkins: tuple[WeeklyCheckIn, ...],
) -> None:
    person_ids = unique_ids([p.id for p in people], "people")
    item_ids = unique_ids([i.id for i in items], "items")
    unique_ids([d.id for d in delegations], "delegations")
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
