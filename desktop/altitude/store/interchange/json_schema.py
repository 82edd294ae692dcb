"""The JSON Schema of the export, generated from the record descriptions.

``resources/altitude-plan.schema.json`` is this module's output, committed so that people
and other tools can read it; a test fails when the two differ. To regenerate it:

    python -m altitude.store.interchange.json_schema > resources/altitude-plan.schema.json
"""

from __future__ import annotations

import json
import re
from typing import Any

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
from altitude.domain.records import Described, Kind, fields_of
from altitude.store.interchange.arcs_refs import ARCS_LISTS
from altitude.store.interchange.codec import FORMAT, VERSION
from altitude.store.interchange.time_refs import TIME_LISTS

_NOT_BLANK = r"\S"
_STRIPPED = r"^\S(.*\S)?$"  # no blanks at either end
_DATE = {
    "type": "string",
    "pattern": r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$",
    "format": "date",
    "description": "A calendar date, YYYY-MM-DD.",
}
_WEEK = {
    "type": "string",
    "pattern": r"^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$",
    "description": "An ISO 8601 week, YYYY-Www.",
}
_ABOUT = (
    "Everything in one Altitude database: the transition plan, settings, team, inventory, "
    "delegations, weekly check-ins, the decision journal, the feedback log, time import's "
    "sources, rules and imported weeks, and thinking in arcs: the strategic narrative's "
    "versions, relationships beyond the team, the cross-functional map and the milestone "
    "reviews. "
    "Written by `altitude export`, read by `altitude import` "
    "(all or nothing; files of every earlier version are read too). Export writes each "
    "record's keys in the order listed here, lists sorted by id and check-ins by week, "
    "indented by 2 spaces, UTF-8, ending in a newline. Beyond this schema, an importer also "
    "checks that every item_id and owner_id refers to an id in the same file, and that a "
    "check-in's item_hours add up to its execution_hours plus strategy_hours, and that every "
    "reference of a decision, a feedback entry, a time rule, an imported week, a narrative's "
    "action or a function names a record in the same file; that at most one stakeholder "
    "is_boss, and that no milestone day is reviewed twice."
)
_TOP: tuple[tuple[str, type, str], ...] = (
    ("people", Person, "Team members, sorted by id."),
    ("items", InventoryItem, "The inventory: what you do in a week, sorted by id."),
    ("delegations", Delegation, "The delegation ledger, sorted by id."),
    ("checkins", WeeklyCheckIn, "Weekly check-ins, sorted by week, at most one per week."),
    ("decisions", JournalEntry, "The decision journal, sorted by id (added in version 3)."),
)
# The feedback log: one object with two lists (added in version 3).
_FEEDBACK: tuple[tuple[str, type, str], ...] = (
    ("themes", FeedbackTheme, "Feedback themes with your own ratings, sorted by id."),
    ("entries", FeedbackEntry, "What others said, sorted by id."),
)
# Time import: one object with three lists (added in version 4).
_TIME: dict[str, str] = {
    "sources": "Remembered calendar and tracker files, sorted by id.",
    "rules": "Classifying rules in your order: the first that matches an entry wins.",
    "imported": "What imported time showed, one per week, sorted by week.",
}


# Rules across fields that a schema can state (the rest are in the description above).
_ACROSS: dict[type, list[dict[str, Any]]] = {
    Delegation: [
        {
            "if": {"properties": {"status": {"const": "taken-back"}}},
            "then": {"properties": {"taken_back_reason": {"pattern": _NOT_BLANK}}},
        }
    ]
}


def def_name(cls: type) -> str:
    """``DelegationCheckIn`` -> ``delegation_check_in``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()


def _ref(cls: type) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{def_name(cls)}"}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"oneOf": [{"type": "null"}, schema]}


def field_schema(f: Described) -> dict[str, Any]:
    spec, kind = f.spec, f.spec.kind
    out: dict[str, Any]
    if kind in (Kind.LINE, Kind.TEXT):
        out = {"type": "string", "maxLength": spec.max_length}
        if spec.required:
            out.update(minLength=1, pattern=_NOT_BLANK)
    elif kind in (Kind.NUMBER, Kind.WHOLE):
        out = {"type": "number" if kind == Kind.NUMBER else "integer"}
        if spec.low is not None:
            out["exclusiveMinimum" if spec.above else "minimum"] = spec.low
        if spec.high is not None:
            out["maximum"] = spec.high
    elif kind == Kind.DAY:
        out = {"$ref": "#/$defs/date"}
    elif kind == Kind.WEEK:
        out = {"$ref": "#/$defs/week"}
    elif kind == Kind.CHOICE:
        out = {"enum": [c.value for c in spec.choices or ()]}
        if spec.optional:
            out = _nullable(out)
    elif kind == Kind.FLAG:
        out = {"type": "boolean"}
    elif kind in (Kind.ID, Kind.REF):
        out = {"type": "integer", "minimum": 1}
        if kind == Kind.REF and spec.optional:
            out["type"] = ["integer", "null"]
    elif kind == Kind.LINES:
        line: dict[str, Any] = {"type": "string", "minLength": 1, "maxLength": spec.max_length}
        line["pattern"] = _STRIPPED if spec.stripped else _NOT_BLANK
        if spec.choices is not None:
            line = {"enum": [c.value for c in spec.choices]}
        out = {"type": "array"}
        if spec.min_count:
            out["minItems"] = spec.min_count
        out["maxItems"] = spec.max_count
        if spec.choices is not None:
            out["uniqueItems"] = True
        out["items"] = line
    elif kind == Kind.RECORDS and spec.child is not None:
        out = {"type": "array", "items": _ref(spec.child)}
    else:
        assert spec.child is not None  # noqa: S101 - a RECORD always names its element
        out = _ref(spec.child)
    if spec.optional and kind in (Kind.DAY, Kind.WHOLE, Kind.NUMBER):
        out = _nullable(out) if kind == Kind.DAY else {**out, "type": [out["type"], "null"]}
    if spec.doc:
        out = {**out, "description": spec.doc}
    return out


def record_schema(cls: type) -> dict[str, Any]:
    described = sorted(fields_of(cls), key=lambda f: f.spec.kind != Kind.ID)
    doc = (cls.__doc__ or "").strip().split("\n")[0]
    schema: dict[str, Any] = {"type": "object"}
    if doc and not doc.startswith(cls.__name__ + "("):  # not the dataclass's generated one
        schema["description"] = doc
    schema["additionalProperties"] = False
    schema["required"] = [f.name for f in described]
    schema["properties"] = {f.name: field_schema(f) for f in described}
    if cls in _ACROSS:
        schema["allOf"] = _ACROSS[cls]
    return schema


def _defs() -> dict[str, Any]:
    """Every record reachable from the top, each once, in the order first met."""
    found: dict[str, Any] = {"date": _DATE, "week": _WEEK}
    pending: list[type] = [Plan, Settings, *(cls for _, cls, _ in (*_TOP, *_FEEDBACK))]
    pending += [cls for _, cls in TIME_LISTS]
    pending += [cls for _, cls, _ in ARCS_LISTS]
    while pending:
        cls = pending.pop(0)
        if def_name(cls) in found:
            continue
        found[def_name(cls)] = record_schema(cls)
        pending += [f.spec.child for f in fields_of(cls) if f.spec.child is not None]
    return found


def json_schema() -> dict[str, Any]:
    properties: dict[str, Any] = {
        "format": {"const": FORMAT, "description": "Marks the file as an Altitude plan."},
        "version": {
            "const": VERSION,
            "description": "The format version. A newer Altitude may write a higher number.",
        },
        "plan": {
            "description": "The transition plan, or null before the first-run wizard is done.",
            "oneOf": [{"type": "null"}, _ref(Plan)],
        },
        "settings": _ref(Settings),
    }
    for key, cls, about in _TOP:
        properties[key] = {"type": "array", "description": about, "items": _ref(cls)}
    properties["feedback"] = {
        "type": "object",
        "description": "The feedback log (added in version 3).",
        "additionalProperties": False,
        "required": [k for k, _, _ in _FEEDBACK],
        "properties": {
            k: {"type": "array", "description": about, "items": _ref(cls)}
            for k, cls, about in _FEEDBACK
        },
    }
    properties["time"] = {
        "type": "object",
        "description": "Time import (added in version 4).",
        "additionalProperties": False,
        "required": [k for k, _ in TIME_LISTS],
        "properties": {
            k: {"type": "array", "description": _TIME[k], "items": _ref(cls)}
            for k, cls in TIME_LISTS
        },
    }
    for key, cls, about in ARCS_LISTS:
        properties[key] = {
            "type": "array",
            "description": f"{about} (Added in version 5.)",
            "items": _ref(cls),
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:altitude:schema:{FORMAT}:{VERSION}",
        "title": f"Altitude plan ({FORMAT}, version {VERSION})",
        "description": _ABOUT,
        "type": "object",
        "additionalProperties": False,
        "required": [
            "format",
            "version",
            "plan",
            "settings",
            *(k for k, _, _ in _TOP),
            "feedback",
            "time",
            *(key for key, _, _ in ARCS_LISTS),
        ],
        "properties": properties,
        "$defs": _defs(),
    }


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    print(schema_text(), end="")
