"""The suggestions every field shares (resources/catalogue.json), read into plain values.

The general identity statements and the target rules of thumb. Each field's own tasks,
statements and outcomes are role families (``services/guidance/families.py``).

Its words come in the app's language (``altitude.i18n``: English in the CLI).
A missing or damaged catalogue only means fewer suggestions: the user can
still type everything, so this never raises.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from altitude.domain.entities import Factors, Mode
from altitude.i18n.resource_texts import translate_json
from altitude.paths import load_json_resource


@dataclass(frozen=True, slots=True)
class IdentitySuggestion:
    statement: str
    explanation: str = ""


@dataclass(frozen=True, slots=True)
class TaskSuggestion:  # read from a role family
    title: str
    hours: float
    mode: Mode
    factors: Factors = field(default_factory=Factors)


@dataclass(frozen=True, slots=True)
class RuleOfThumb:
    label: str
    target_share: float
    source: str = ""
    caveat: str = ""


@dataclass(frozen=True, slots=True)
class Catalogue:
    identity: tuple[IdentitySuggestion, ...] = ()
    rules: tuple[RuleOfThumb, ...] = ()


def _text(entry: dict[str, Any], key: str) -> str:
    value = entry.get(key, "")
    return value.strip() if isinstance(value, str) else ""


def _identity(entry: Any) -> IdentitySuggestion | None:
    if not isinstance(entry, dict) or not _text(entry, "statement"):
        return None
    return IdentitySuggestion(_text(entry, "statement"), _text(entry, "explanation"))


def _rule(entry: Any) -> RuleOfThumb | None:
    if not isinstance(entry, dict) or not _text(entry, "label"):
        return None
    share = entry.get("target_share")
    if not isinstance(share, int | float) or not 0 <= share <= 100:
        return None
    return RuleOfThumb(
        _text(entry, "label"), float(share), _text(entry, "source"), _text(entry, "caveat")
    )


def _parsed(raw: Any, key: str, parse: Any) -> tuple[Any, ...]:
    entries = raw.get(key, []) if isinstance(raw, dict) else []
    if not isinstance(entries, list):
        return ()
    return tuple(x for x in (parse(e) for e in entries) if x is not None)


def load_catalogue() -> Catalogue:
    try:
        raw = translate_json("catalogue", load_json_resource("catalogue.json"))
    except (OSError, ValueError, json.JSONDecodeError):
        return Catalogue()
    return Catalogue(
        identity=_parsed(raw, "identity_statements", _identity),
        rules=_parsed(raw, "target_rules_of_thumb", _rule),
    )
