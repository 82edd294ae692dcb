"""Strict JSON reading for files that come from outside (imports).

Python's ``json`` accepts NaN and Infinity, silently keeps the last of duplicate keys,
raises RecursionError on deep nesting and lets lone surrogates through, which then
fail at insert time. Each of those becomes one clear ``InterchangeError`` here.
"""

from __future__ import annotations

import json
from typing import Any

from altitude.store.errors import InterchangeError

__all__ = ["MAX_IMPORT_BYTES", "InterchangeError", "parse"]

MAX_IMPORT_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 32


def _reject_constant(name: str) -> Any:
    raise InterchangeError(f"{name} is not allowed; numbers must be finite")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise InterchangeError(f'the key "{key}" appears twice in one object')
        result[key] = value
    return result


def _depth(text: str) -> int:
    """Deepest bracket nesting outside strings, found without recursion."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _has_lone_surrogate(value: Any) -> bool:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(_has_lone_surrogate(k) or _has_lone_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_lone_surrogate(v) for v in value)
    return False


def parse(data: bytes, source: str) -> Any:
    """Parse untrusted JSON bytes or raise InterchangeError naming ``source``."""
    if len(data) > MAX_IMPORT_BYTES:
        raise InterchangeError(
            f"{source}: the file is {len(data) / 1_048_576:.1f} MiB; "
            f"an Altitude plan is at most {MAX_IMPORT_BYTES // 1_048_576} MiB"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InterchangeError(
            f"{source}: not UTF-8 text (bad byte at offset {exc.start})"
        ) from None
    if _depth(text) > MAX_DEPTH:
        raise InterchangeError(f"{source}: nested more than {MAX_DEPTH} levels deep")
    try:
        value = json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_no_duplicates)
    except InterchangeError as exc:
        raise InterchangeError(f"{source}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise InterchangeError(
            f"{source}: line {exc.lineno}, column {exc.colno}: {exc.msg} (is the file complete?)"
        ) from None
    except RecursionError:
        raise InterchangeError(f"{source}: nested too deeply") from None
    if _has_lone_surrogate(value):
        raise InterchangeError(f"{source}: contains text that is not valid Unicode")
    return value
