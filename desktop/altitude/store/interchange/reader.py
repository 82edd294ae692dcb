"""Typed access to a parsed JSON document, with the path of every problem.

Each getter names the place it looked (``items[3].hours``) so an import error can say
exactly where the file is wrong.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from altitude.domain.weeks import IsoWeek, WeekError
from altitude.store.interchange.jsonsafe import InterchangeError


class Obj:
    """One JSON object at ``path`` whose keys must be exactly ``keys``."""

    def __init__(self, value: Any, path: str, keys: tuple[str, ...]) -> None:
        if not isinstance(value, dict):
            raise InterchangeError(f"{path or 'top level'}: expected an object")
        missing = [k for k in keys if k not in value]
        if missing:
            raise InterchangeError(f"{_at(path, missing[0])}: missing")
        extra = sorted(set(value) - set(keys))
        if extra:
            raise InterchangeError(f"{_at(path, extra[0])}: unknown key")
        self.value = value
        self.path = path

    def at(self, key: str) -> str:
        return _at(self.path, key)

    def raw(self, key: str) -> Any:
        return self.value[key]

    def text(self, key: str) -> str:
        value = self.value[key]
        if not isinstance(value, str):
            raise InterchangeError(f"{self.at(key)}: expected text, got {_kind(value)}")
        return value

    def integer(self, key: str) -> int:
        value = self.value[key]
        if isinstance(value, bool) or not isinstance(value, int):
            raise InterchangeError(f"{self.at(key)}: expected a whole number, got {_kind(value)}")
        if abs(value) > 2**53:
            raise InterchangeError(f"{self.at(key)}: number too large")
        return value

    def optional_int(self, key: str) -> int | None:
        return None if self.value[key] is None else self.integer(key)

    def number(self, key: str) -> float:
        value = self.value[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InterchangeError(f"{self.at(key)}: expected a number, got {_kind(value)}")
        result = float(value) if abs(value) < 1e300 else math.inf
        if not math.isfinite(result):
            raise InterchangeError(f"{self.at(key)}: number out of range")
        return result

    def boolean(self, key: str) -> bool:
        value = self.value[key]
        if not isinstance(value, bool):
            raise InterchangeError(f"{self.at(key)}: expected true or false, got {_kind(value)}")
        return value

    def day(self, key: str) -> date:
        text = self.text(key)
        try:
            if len(text) != 10:
                raise ValueError
            return date.fromisoformat(text)
        except ValueError:
            raise InterchangeError(
                f"{self.at(key)}: '{text[:40]}' is not a date like 2026-11-23"
            ) from None

    def optional_day(self, key: str) -> date | None:
        return None if self.value[key] is None else self.day(key)

    def week(self, key: str) -> IsoWeek:
        try:
            return IsoWeek.parse(self.text(key))
        except WeekError as exc:
            raise InterchangeError(f"{self.at(key)}: {exc}") from None

    def choice(self, key: str, enum: Any) -> Any:
        text = self.text(key)
        try:
            return enum(text)
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            raise InterchangeError(
                f"{self.at(key)}: '{text[:40]}' is not one of {allowed}"
            ) from None

    def items(self, key: str, keys: tuple[str, ...]) -> list[Obj]:
        value = self.value[key]
        if not isinstance(value, list):
            raise InterchangeError(f"{self.at(key)}: expected a list, got {_kind(value)}")
        return [Obj(v, f"{self.at(key)}[{i}]", keys) for i, v in enumerate(value)]

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.value[key]
        if not isinstance(value, list):
            raise InterchangeError(f"{self.at(key)}: expected a list, got {_kind(value)}")
        for i, v in enumerate(value):
            if not isinstance(v, str):
                raise InterchangeError(f"{self.at(key)}[{i}]: expected text, got {_kind(v)}")
        return tuple(value)


def _at(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "an object",
    }.get(type(value), type(value).__name__)
