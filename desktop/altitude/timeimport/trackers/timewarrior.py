"""Timewarrior's ``timew export``: ``[{"id", "start", "end", "tags", "annotation"}]``.

Times are UTC (``20260524T221500Z``). An interval without ``end`` is still running: it
counts 0 and is listed as skipped. ``id`` is a position renumbered on every export, so
intervals are told apart by their start (a repeated start is listed once, as a
duplicate). Rules look in the tags and the annotation; an interval counts once, never once
per tag (Timewarrior's own totals count it per tag). What Timewarrior feeds a report
extension (``key: value`` lines, a blank line, then the JSON) reads too.

Python's ``json`` accepts NaN, keeps the last of duplicate keys, recurses without limit
and lets a lone surrogate through: each is refused here.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from altitude.domain.worktime.entries import TimeEntry
from altitude.timeimport.errors import TimeImportError
from altitude.timeimport.limits import MAX_ENTRIES, too_many_entries

_STAMP = re.compile(r"^\d{8}T\d{6}Z$")
_HEADER_LINE = re.compile(r"^[\w.\-]+:( .*)?$")


def read_timewarrior(text: str, source: str) -> list[TimeEntry]:
    intervals = _load(_json_part(text, source), source)
    entries: list[TimeEntry] = []
    seen: dict[datetime, int] = {}
    for number, interval in enumerate(intervals, start=1):
        where = f"interval {number}"
        if not isinstance(interval, dict):
            raise TimeImportError(f"{source}, {where}: not an object with start and end")
        start = _stamp(interval.get("start"), source, where, "start")
        tags = interval.get("tags", [])
        annotation = interval.get("annotation", "")
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise TimeImportError(f"{source}, {where}: tags must be a list of texts")
        if not isinstance(annotation, str):
            raise TimeImportError(f"{source}, {where}: the annotation must be text")
        words = (*tags, annotation) if annotation else tuple(tags)
        if any(_has_surrogate(word) for word in words):
            raise TimeImportError(
                f"{source}, {where}: holds an invalid character (a lone surrogate)"
            )
        title = " ".join(annotation.split()) or ", ".join(tags) or "(no tags)"
        if "end" not in interval:
            entries.append(TimeEntry(start, start, title, words, where, skipped="still running"))
            continue
        end = _stamp(interval["end"], source, where, "end")
        if end < start:
            raise TimeImportError(f"{source}, {where}: it ends before it starts")
        if start in seen:
            why = f"duplicate of interval {seen[start]}"
            entries.append(TimeEntry(start, start, title, words, where, skipped=why))
            continue
        seen[start] = number
        entries.append(TimeEntry(start, end, title, words, where))
    return entries


def _json_part(text: str, source: str) -> str:
    """The JSON, after a report extension's ``key: value`` header when there is one."""
    if text.lstrip().startswith(("[", "{")):
        return text
    head, blank, rest = text.partition("\n\n")
    lines = [line.rstrip("\r") for line in head.split("\n")]
    if not blank or not all(_HEADER_LINE.match(line) for line in lines):
        raise TimeImportError(f"{source}, line 1: not a Timewarrior export (a JSON list)")
    return rest


def _load(text: str, source: str) -> list[Any]:
    try:
        data = json.loads(text, parse_constant=_no_constant, object_pairs_hook=_no_duplicates)
    except RecursionError:
        raise TimeImportError(f"{source}: the JSON is nested too deep") from None
    except json.JSONDecodeError as exc:
        raise TimeImportError(f"{source}, line {exc.lineno}: not valid JSON ({exc.msg})") from None
    except ValueError as exc:
        raise TimeImportError(f"{source}: {exc}") from None
    if not isinstance(data, list):
        raise TimeImportError(f"{source}: not a Timewarrior export (a JSON list of intervals)")
    if len(data) > MAX_ENTRIES:
        raise too_many_entries(source)
    return data


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {key!r} appears twice in one interval")
        if isinstance(value, str) and _has_surrogate(value):
            raise ValueError(f"the value of {key!r} holds an invalid character (a lone surrogate)")
        result[key] = value
    return result


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def _stamp(value: object, source: str, where: str, name: str) -> datetime:
    if not isinstance(value, str) or not _STAMP.match(value):
        raise TimeImportError(f"{source}, {where}: {name} must look like 20260524T221500Z")
    try:
        return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        raise TimeImportError(f"{source}, {where}: {name} {value!r} is not a real time") from None
