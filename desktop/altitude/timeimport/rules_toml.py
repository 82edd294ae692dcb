"""The rules file (TOML), in order, first match wins::

[[rule]]
words = ["review", "standup", "fix"]
mode = "execution"

[[rule]]
words = ["1:1", "strategy", "planning", "roadmap"]
mode = "strategy"
item = "One-to-ones with your team"   # optional: an inventory item's title
"""

from __future__ import annotations

import tomllib
from typing import Any

from altitude.domain.worktime.rules import Rule, RuleMode
from altitude.timeimport.errors import TimeImportError
from altitude.timeimport.limits import MAX_RULES_BYTES, decode_text

MODES = ", ".join(mode.value for mode in RuleMode)
MAX_RULES = 500
MAX_WORD = 200


def read_rules(data: bytes, source: str) -> tuple[Rule, ...]:
    if len(data) > MAX_RULES_BYTES:
        raise TimeImportError(f"{source}: too large for a rules file")
    try:
        document = tomllib.loads(decode_text(data, source))
    except tomllib.TOMLDecodeError as exc:
        raise TimeImportError(f"{source}: not valid TOML ({exc})") from None
    unknown = set(document) - {"rule"}
    if unknown:
        raise TimeImportError(
            f"{source}: unknown key {sorted(unknown)[0]!r}; write [[rule]] tables"
        )
    tables = document.get("rule", [])
    if not isinstance(tables, list) or not tables:
        raise TimeImportError(f"{source}: no rules; write at least one [[rule]] table")
    if len(tables) > MAX_RULES:
        raise TimeImportError(f"{source}: more than {MAX_RULES} rules")
    return tuple(_rule(table, f"{source}: rule {n}") for n, table in enumerate(tables, start=1))


def _rule(table: Any, where: str) -> Rule:
    if not isinstance(table, dict):
        raise TimeImportError(f"{where}: write it as a [[rule]] table")
    unknown = set(table) - {"words", "mode", "item"}
    if unknown:
        raise TimeImportError(f"{where}: unknown key {sorted(unknown)[0]!r} (words, mode, item)")
    words = table.get("words")
    if not isinstance(words, list) or not words:
        raise TimeImportError(f'{where}: words must be a list of texts, e.g. words = ["review"]')
    for word in words:
        if not isinstance(word, str) or not word.strip() or len(word) > MAX_WORD:
            raise TimeImportError(
                f"{where}: each word must be a non-empty text (at most {MAX_WORD})"
            )
    mode = table.get("mode")
    if mode not in {m.value for m in RuleMode}:
        raise TimeImportError(f"{where}: mode must be one of {MODES}, not {mode!r}")
    item = table.get("item")
    if item is not None and (not isinstance(item, str) or not item.strip()):
        raise TimeImportError(f"{where}: item must be an inventory item's title")
    return Rule(tuple(words), RuleMode(mode), item.strip() if item else None)
