"""Each record type described once: its fields, their kinds, limits and messages.

A field of an entity (a frozen dataclass in ``entities``) is declared with one of the
constructors below, e.g. ``growth_goal: str = text("The growth goal")``. The description
rides in the dataclass field's metadata, so the entity *is* its description. From it:

- ``validation`` checks every field's limits with the message stated here;
- the store maps entities to rows and back (``store.records``), the JSON codec writes and
  reads them (``store.interchange.codec``), and the JSON Schema in resources/ is generated
  (``store.interchange.json_schema``);
- a test proves the database's own CHECK constraints refuse every limit stated here.

Rules that span fields (a plan ends after it starts; a taken-back delegation needs a
reason) stay in ``validation``. Child tuples are described by their element's record
(``records(Milestone)``); a tuple-valued element that is not a dataclass (the per-item hours
of a check-in) is a ``NamedTuple`` described with ``describe_tuple``.
"""

from __future__ import annotations

import dataclasses
import math
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from altitude.domain.weeks import IsoWeek
from altitude.i18n import QT_TRANSLATE_NOOP
from altitude.i18n.sentence import VALIDATION as _V
from altitude.i18n.sentence import part, problem

MAX_TEXT = 2000  # notes, motive, answers
MAX_TITLE = 200  # titles, names, roles

SPEC = "altitude.spec"  # the metadata key

# Messages are marked for translation where they are written; the GUI shows them in the
# app's language (``altitude.i18n.sentence.shown``), the CLI as they are here.
_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "Keep this to {0} characters or fewer (it has {1}).")
_SPACES = QT_TRANSLATE_NOOP("Validation", "Remove the spaces around {0}.")


class Kind(StrEnum):
    LINE = "line"  # one line of text: titles, names, roles
    TEXT = "text"  # free text that may hold newlines and tabs
    NUMBER = "number"  # a finite real number
    WHOLE = "whole"  # a whole number
    DAY = "day"  # a calendar date
    WEEK = "week"  # an ISO week
    CHOICE = "choice"  # one value of a StrEnum
    FLAG = "flag"  # true or false
    ID = "id"  # the record's own id (None until saved)
    REF = "ref"  # the id of another record, or None
    LINES = "lines"  # a tuple of one-line texts
    RECORDS = "records"  # a tuple of child records
    RECORD = "record"  # one nested record (the five weighing factors)


@dataclass(frozen=True, slots=True)
class FieldSpec:
    kind: Kind
    message: str = ""  # what the user reads when a limit is broken
    low: float | None = None
    high: float | None = None
    above: bool = False  # the low limit itself is refused (``low < value``)
    optional: bool = False  # None is allowed (no value)
    required: str = ""  # a line that must not be blank: the message when it is
    max_length: int | None = None
    max_count: int | None = None  # for LINES and RECORDS
    choices: type[StrEnum] | None = None
    child: type | None = None  # the element record of RECORDS and RECORD
    column: str = ""  # the store's column when it is not the field's name
    refers_to: str = ""  # for REF: what it points at ("item", "person")
    doc: str = ""  # a sentence for the JSON Schema
    since: int = 1  # the JSON format version that added the field (older files lack it)
    min_count: int = 0  # for LINES: at least this many
    stripped: bool = False  # for LINE and LINES: no blanks at either end ("focus", not " focus")
    as_json: bool = False  # for LINES: kept as a JSON array in the record's own column


@dataclass(frozen=True, slots=True)
class Described:
    """A field of a record with its description."""

    name: str
    spec: FieldSpec

    @property
    def column(self) -> str:
        return self.spec.column or self.name


def _field(spec: FieldSpec, default: Any = dataclasses.MISSING, factory: Any = None) -> Any:
    if factory is not None:
        return dataclasses.field(default_factory=factory, metadata={SPEC: spec})
    return dataclasses.field(default=default, metadata={SPEC: spec})


def line(
    required: str = "",
    default: Any = dataclasses.MISSING,
    doc: str = "",
    max_length: int = MAX_TITLE,
    since: int = 1,
) -> Any:
    """One line of text; ``required`` is the message when it is blank ("" = may be blank)."""
    if default is dataclasses.MISSING and not required:
        default = ""
    spec = FieldSpec(Kind.LINE, required=required, max_length=max_length, doc=doc, since=since)
    return _field(spec, default)


def text(what: str, doc: str = "", column: str = "", default: Any = "") -> Any:
    """Free text; ``what`` names it in messages ("The growth goal must be text.")."""
    spec = FieldSpec(Kind.TEXT, message=what, max_length=MAX_TEXT, doc=doc, column=column)
    return _field(spec, default)


def number(
    low: float,
    high: float,
    message: str,
    default: Any = dataclasses.MISSING,
    above: bool = False,
    doc: str = "",
) -> Any:
    spec = FieldSpec(Kind.NUMBER, message=message, low=low, high=high, above=above, doc=doc)
    return _field(spec, default)


def whole(
    low: int | None,
    high: int | None,
    message: str,
    default: Any = dataclasses.MISSING,
    optional: bool = False,
    doc: str = "",
    since: int = 1,
) -> Any:
    spec = FieldSpec(
        Kind.WHOLE, message=message, low=low, high=high, optional=optional, doc=doc, since=since
    )
    return _field(spec, default)


def day(
    message: str = QT_TRANSLATE_NOOP("Validation", "Choose a date."),
    default: Any = dataclasses.MISSING,
    optional: bool = False,
    column: str = "",
    doc: str = "",
    since: int = 1,
) -> Any:
    spec = FieldSpec(
        Kind.DAY, message=message, optional=optional, column=column, doc=doc, since=since
    )
    return _field(spec, default)


def week(doc: str = "") -> Any:
    return _field(
        FieldSpec(Kind.WEEK, message=QT_TRANSLATE_NOOP("Validation", "Choose a week."), doc=doc)
    )


def choice(
    enum: type[StrEnum],
    message: str,
    default: Any = dataclasses.MISSING,
    optional: bool = False,
    doc: str = "",
    since: int = 1,
) -> Any:
    """One value of ``enum``; ``optional``: or None (no choice made)."""
    spec = FieldSpec(
        Kind.CHOICE, message=message, choices=enum, optional=optional, doc=doc, since=since
    )
    return _field(spec, default)


def flag(doc: str = "") -> Any:
    return _field(
        FieldSpec(Kind.FLAG, message=QT_TRANSLATE_NOOP("Validation", "Choose yes or no."), doc=doc)
    )


def record_id() -> Any:
    return _field(FieldSpec(Kind.ID, doc="Unique among records of its kind."), None)


def ref(refers_to: str, doc: str = "") -> Any:
    return _field(FieldSpec(Kind.REF, optional=True, refers_to=refers_to, doc=doc), None)


def lines(
    required: str,
    max_count: int,
    message: str,
    column: str,
    doc: str = "",
    **more: Any,
) -> Any:
    """A tuple of one-line texts, kept in a child table under ``column`` (or, ``as_json=True``,
    as a JSON array in the record's own column ``column``). ``more`` sets the rest of the
    FieldSpec: ``max_length``, ``min_count``, ``stripped``, ``choices``, ``since``, and
    ``default`` (the tuple a record has when none is given)."""
    default = more.pop("default", ())
    spec = FieldSpec(
        Kind.LINES,
        message=message,
        required=required,
        max_length=more.pop("max_length", MAX_TITLE),
        max_count=max_count,
        column=column,
        doc=doc,
        **more,
    )
    return _field(spec, default)


def records(child: type, doc: str = "") -> Any:
    return _field(FieldSpec(Kind.RECORDS, child=child, doc=doc), ())


def record(child: type, doc: str = "") -> Any:
    return _field(FieldSpec(Kind.RECORD, child=child, doc=doc), factory=child)


# ---------------------------------------------------------------- reading descriptions
_CACHE: dict[type, tuple[Described, ...]] = {}
_TUPLES: dict[type, dict[str, FieldSpec]] = {}


def describe_tuple(cls: type, **specs: FieldSpec) -> None:
    """Describe the fields of a NamedTuple element (it has no field metadata of its own)."""
    _TUPLES[cls] = specs


def fields_of(cls: type) -> tuple[Described, ...]:
    """The described fields of a record type, in declaration order."""
    cached = _CACHE.get(cls)
    if cached is not None:
        return cached
    if dataclasses.is_dataclass(cls):
        found = tuple(
            Described(f.name, f.metadata[SPEC])
            for f in dataclasses.fields(cls)
            if SPEC in f.metadata
        )
    else:  # a NamedTuple element
        specs = _TUPLES[cls]
        found = tuple(Described(name, specs[name]) for name in cls._fields)  # type: ignore[attr-defined]
    _CACHE[cls] = found
    return found


def field_of(cls: type, name: str) -> Described:
    return next(f for f in fields_of(cls) if f.name == name)


def make(cls: type, values: dict[str, Any]) -> Any:
    """A record of ``cls`` from its field values (a NamedTuple takes them in order)."""
    return cls(**values)


# ---------------------------------------------------------------- checking one value
def is_number(value: object) -> bool:
    """A real, finite number (not a bool, not NaN, not infinite)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def is_whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _bad_character(value: str, multiline: bool) -> bool:
    allowed = "\n\t" if multiline else ""
    return any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in allowed for ch in value)


def line_problem(
    value: object, required: str, limit: int = MAX_TITLE, stripped: bool = False
) -> str | None:
    """What is wrong with a one-line text; ``required`` is the message when it is blank."""
    if not isinstance(value, str):
        return QT_TRANSLATE_NOOP("Validation", "Write this as text.")
    if not value.strip():
        return required or None  # a whole sentence: "Name the role you had."
    if len(value) > limit:
        return problem(_V, _TOO_LONG, limit, len(value))
    if _bad_character(value, multiline=False):
        return QT_TRANSLATE_NOOP(
            "Validation", "Keep this to one line without special control characters."
        )
    if stripped and value != value.strip():
        return problem(_V, _SPACES, repr(value.strip()))
    return None


def text_problem(value: object, what: str) -> str | None:
    """What is wrong with free text such as notes; ``what`` names it in the message."""
    if not isinstance(value, str):
        return problem(_V, QT_TRANSLATE_NOOP("Validation", "{0} must be text."), part(what))
    if len(value) > MAX_TEXT:
        template = QT_TRANSLATE_NOOP(
            "Validation", "{0} can be at most {1} characters (it has {2})."
        )
        return problem(_V, template, part(what), MAX_TEXT, len(value))
    if _bad_character(value, multiline=True):
        template = QT_TRANSLATE_NOOP(
            "Validation", "{0} contains control characters that cannot be saved; remove them."
        )
        return problem(_V, template, part(what))
    return None


def in_limits(spec: FieldSpec, value: object) -> bool:
    """A number or whole number inside the spec's limits."""
    kind_ok = is_whole(value) if spec.kind == Kind.WHOLE else is_number(value)
    if not kind_ok:
        return False
    v: float = value  # type: ignore[assignment]
    if spec.low is not None and (v <= spec.low if spec.above else v < spec.low):
        return False
    return spec.high is None or v <= spec.high


def value_problem(spec: FieldSpec, value: object) -> str | None:
    """The first thing wrong with one field's value, by its description; None when fine."""
    if value is None and spec.optional:
        return None
    kind = spec.kind
    if kind == Kind.LINE:
        return line_problem(value, spec.required, spec.max_length or MAX_TITLE, spec.stripped)
    if kind == Kind.TEXT:
        return text_problem(value, spec.message)
    if kind in (Kind.NUMBER, Kind.WHOLE):
        return None if in_limits(spec, value) else spec.message
    if kind == Kind.DAY:
        return None if isinstance(value, date) else spec.message
    if kind == Kind.WEEK:
        return None if isinstance(value, IsoWeek) else spec.message
    if kind == Kind.CHOICE:
        return None if spec.choices is not None and value in tuple(spec.choices) else spec.message
    if kind == Kind.FLAG:
        return None if isinstance(value, bool) else spec.message
    if kind in (Kind.ID, Kind.REF):
        if value is None:
            return None if kind == Kind.ID else spec.message
        return None if is_whole(value) and value >= 1 else spec.message  # type: ignore[operator]
    if kind == Kind.LINES:
        return _lines_problem(spec, value)
    children = value if kind == Kind.RECORDS else (value,)
    if not isinstance(children, tuple):
        return QT_TRANSLATE_NOOP("Validation", "Expected a list.")
    for child in children:
        found = problems(child)
        if found:
            return next(iter(found.values()))
    return None


def _lines_problem(spec: FieldSpec, value: object) -> str | None:
    if not isinstance(value, tuple):
        return spec.message
    if spec.max_count is not None and len(value) > spec.max_count:
        return spec.message
    if len(value) < spec.min_count:
        return spec.message
    limit = spec.max_length or MAX_TITLE
    for v in value:
        problem = line_problem(v, spec.required, limit, spec.stripped)
        if problem:
            return problem
        if spec.choices is not None and v not in tuple(spec.choices):
            return spec.message
    if spec.choices is not None and len(set(value)) < len(value):
        return spec.message  # a choice listed twice
    return None


def problems(record: Any, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """Every field's first problem, by its description, keyed by the field's name."""
    found: dict[str, str] = {}
    cls = type(record)
    if not (dataclasses.is_dataclass(cls) or cls in _TUPLES):
        return {"": QT_TRANSLATE_NOOP("Validation", "Expected a record.")}
    for described in fields_of(cls):
        if described.name in skip:
            continue
        problem = value_problem(described.spec, getattr(record, described.name, None))
        if problem:
            found[described.name] = problem
    return found
