"""Role families: each field's typical tasks, identity statements and outcomes to delegate.

The data lives in ``resources/families/``, **one JSON file per family**, named after the
family's id (``sales.json`` holds ``"id": "sales"``). One file each rather than one big
file: a family can be reviewed, added or corrected (by someone who knows that field) in a
diff of its own, and every message can name the file it is about. The old
``resources/catalogue.json`` keeps what every field shares (the general identity
statements, the target rules of thumb) for the Plan page and the target step.

The reader is strict: a missing key, an unknown key, a count outside the limits below or a
value the plan would refuse (an empty title, hours over 100, a factor outside 1..5) raises
``FamilyDataError`` naming the file and the entry, e.g.
``families/sales.json, tasks[3] ("Approving discounts"): hours must be more than 0 and at
most 100``. Exactly one family is the ``"fallback": true`` general list, used when the role
words suggest nothing (or two families equally).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from altitude.domain.entities import FACTOR_NAMES, Factors, Mode
from altitude.domain.field_rules import MAX_HOURS_PER_KIND, MAX_TITLE
from altitude.domain.guidance.role_words import RoleMatch, best_family, words_of
from altitude.errors import AltitudeError
from altitude.i18n.resource_texts import translate_json
from altitude.paths import resource
from altitude.services.catalogue import IdentitySuggestion, TaskSuggestion

FOLDER = "families"
TASKS = (8, 12)
IDENTITY = (5, 8)
OUTCOMES = (3, 5)
_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_KEYS = {"id", "name", "words", "tasks", "identity", "outcomes"}
_OPTIONAL = {"fallback"}

log = logging.getLogger(__name__)


class FamilyDataError(AltitudeError):
    """A family file is damaged: the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class Family:
    id: str
    name: str
    words: tuple[str, ...]
    tasks: tuple[TaskSuggestion, ...]
    identity: tuple[IdentitySuggestion, ...]
    outcomes: tuple[str, ...]
    fallback: bool = False


@dataclass(frozen=True, slots=True)
class Suggestion:
    """The family the wizard offers first, and why (``matched`` is empty for the fallback)."""

    family: Family
    score: int
    matched: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Families:
    families: tuple[Family, ...]  # by name, the general list last

    @property
    def general(self) -> Family:
        return next(f for f in self.families if f.fallback)

    def by_id(self, family_id: str) -> Family:
        found = next((f for f in self.families if f.id == family_id), None)
        if found is None:
            raise FamilyDataError(f"There is no role family '{family_id}'.")
        return found

    def suggest(self, new_role: str, old_role: str = "") -> Suggestion:
        """The best family for the move's two titles; the general list when unsure."""
        match: RoleMatch = best_family(
            {f.id: f.words for f in self.families if not f.fallback}, new_role, old_role
        )
        if match.key is None:
            return Suggestion(self.general, match.score)
        return Suggestion(self.by_id(match.key), match.score, match.matched)


# ------------------------------------------------------------------ strict reading


class _Where:
    """Where in which file a value sits, for the message."""

    def __init__(self, file: str, entry: str = "") -> None:
        self.file, self.entry = file, entry

    def at(self, entry: str) -> _Where:
        return _Where(self.file, entry)

    def fail(self, problem: str) -> FamilyDataError:
        place = f"{self.file}, {self.entry}" if self.entry else self.file
        return FamilyDataError(f"{place}: {problem}")


def _line(value: Any, where: _Where, what: str, limit: int = MAX_TITLE) -> str:
    if not isinstance(value, str) or not value.strip():
        raise where.fail(f"{what} must be a non-empty text")
    if len(value) > limit or any(ord(c) < 32 for c in value):
        raise where.fail(f"{what} must be one line of at most {limit} characters")
    return value.strip()


def _list(raw: dict[str, Any], key: str, where: _Where, limits: tuple[int, int]) -> list[Any]:
    value = raw[key]
    low, high = limits
    if not isinstance(value, list) or not low <= len(value) <= high:
        count = len(value) if isinstance(value, list) else "no list"
        raise where.at(key).fail(f"needs {low} to {high} entries, has {count}")
    return value


def _object(value: Any, where: _Where, keys: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise where.fail("must be an object")
    missing, unknown = keys - value.keys(), value.keys() - keys
    if missing or unknown:
        problem = f"missing {sorted(missing)}" if missing else f"unknown keys {sorted(unknown)}"
        raise where.fail(problem)
    return value


def _factors(value: Any, where: _Where) -> Factors:
    raw = _object(value, where, set(FACTOR_NAMES))
    for name in FACTOR_NAMES:
        rating = raw[name]
        if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5:
            raise where.fail(f"factor {name} must be a whole number from 1 to 5")
    return Factors(**{name: raw[name] for name in FACTOR_NAMES})


def _task(value: Any, where: _Where) -> TaskSuggestion:
    raw = _object(value, where, {"title", "hours", "mode", "factors"})
    title = _line(raw["title"], where, "the title")
    where = _Where(where.file, f'{where.entry} ("{title}")')
    hours = raw["hours"]
    if isinstance(hours, bool) or not isinstance(hours, int | float):
        raise where.fail("hours must be a number")
    if not 0 < hours <= MAX_HOURS_PER_KIND:
        raise where.fail(f"hours must be more than 0 and at most {MAX_HOURS_PER_KIND}")
    if raw["mode"] not in tuple(m.value for m in Mode):
        raise where.fail('mode must be "execution" or "strategy"')
    return TaskSuggestion(title, float(hours), Mode(raw["mode"]), _factors(raw["factors"], where))


def _statement(value: Any, where: _Where) -> IdentitySuggestion:
    raw = _object(value, where, {"statement", "explanation"})
    return IdentitySuggestion(
        _line(raw["statement"], where, "the statement"),
        _line(raw["explanation"], where, "the explanation"),
    )


def _unique(values: Sequence[str], where: _Where, what: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value.casefold() in seen:
            raise where.fail(f'{what} "{value}" appears twice')
        seen.add(value.casefold())


def _entries(
    raw: dict[str, Any], key: str, where: _Where, limits: tuple[int, int],
    parse: Callable[[Any, _Where], Any],
) -> tuple[Any, ...]:  # fmt: skip
    return tuple(
        parse(value, where.at(f"{key}[{i}]"))
        for i, value in enumerate(_list(raw, key, where, limits))
    )


def parse_family(raw: Any, file: str) -> Family:
    """One family file's content, checked; ``file`` names it in messages."""
    where = _Where(file)
    if not isinstance(raw, dict):
        raise where.fail("must hold one JSON object")
    unknown = raw.keys() - _KEYS - _OPTIONAL
    missing = _KEYS - raw.keys()
    if missing or unknown:
        problem = f"missing {sorted(missing)}" if missing else f"unknown keys {sorted(unknown)}"
        raise where.fail(problem)
    family_id = raw["id"]
    stem = Path(file).stem
    if not isinstance(family_id, str) or not _ID.fullmatch(family_id) or family_id != stem:
        raise where.at("id").fail(f'must be "{stem}", the file\'s name (lower-case, dashes)')
    fallback = raw.get("fallback", False)
    if not isinstance(fallback, bool):
        raise where.at("fallback").fail("must be true or false")
    words = raw["words"]
    if not isinstance(words, list) or (not fallback and not words) or (fallback and words):
        raise where.at("words").fail(
            "the general list has no words" if fallback else "needs at least one role word"
        )
    for i, word in enumerate(words):
        if not words_of(_line(word, where.at(f"words[{i}]"), "a role word")):
            raise where.at(f"words[{i}]").fail("a role word needs a letter or digit")
    tasks = _entries(raw, "tasks", where, TASKS, _task)
    identity = _entries(raw, "identity", where, IDENTITY, _statement)
    outcomes = tuple(
        _line(o, where.at(f"outcomes[{i}]"), "an outcome")
        for i, o in enumerate(_list(raw, "outcomes", where, OUTCOMES))
    )
    _unique([w.strip() for w in words], where.at("words"), "the word")
    _unique([t.title for t in tasks], where.at("tasks"), "the task")
    _unique([s.statement for s in identity], where.at("identity"), "the statement")
    return Family(
        id=family_id,
        name=_line(raw["name"], where.at("name"), "the name", 60),
        words=tuple(w.strip() for w in words),
        tasks=tasks,
        identity=identity,
        outcomes=outcomes,
        fallback=fallback,
    )


def _in_app_language(family: Family, raw: dict[str, Any], file: str) -> Family:
    """The family in the app's language (``altitude.i18n``; English in the CLI). The file
    is checked as written first; a translation the reader would refuse (e.g. a title over
    the limit) leaves that family in English rather than the wizard without it."""
    translated = translate_json("families", raw)
    if translated == raw:
        return family
    try:
        return parse_family(translated, file)
    except FamilyDataError as refused:
        log.warning("role family %s stays in English: its translation %s", family.id, refused)
        return family


def read_families(folder: Path) -> Families:
    """Every ``*.json`` in ``folder``, checked one by one and as a set."""
    files = sorted(folder.glob("*.json"))
    families = []
    for path in files:
        name = f"{FOLDER}/{path.name}"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise FamilyDataError(f"{name}: cannot be read ({exc})") from exc
        except json.JSONDecodeError as exc:
            raise FamilyDataError(f"{name}: not valid JSON ({exc})") from exc
        families.append(_in_app_language(parse_family(raw, name), raw, name))
    general = [f for f in families if f.fallback]
    if len(general) != 1:
        raise FamilyDataError(
            f'{FOLDER}/: exactly one family must be the general list ("fallback": true); '
            f"found {len(general)}"
        )
    _unique([f.name for f in families], _Where(f"{FOLDER}/"), "the family name")
    ordered = sorted(families, key=lambda f: (f.fallback, f.name.casefold()))
    return Families(tuple(ordered))


def load_families() -> Families:
    """The bundled families; raises FamilyDataError when one is damaged or missing."""
    try:
        folder = resource(FOLDER)
    except FileNotFoundError as exc:
        raise FamilyDataError(str(exc)) from exc
    return read_families(folder)
