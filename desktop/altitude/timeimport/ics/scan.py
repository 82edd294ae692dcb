"""A quick look at an .ics file's outline before icalendar parses it.

Not a parser: icalendar does the parsing. This pass only finds what icalendar would let
through or report without a line number: a truncated file (icalendar accepts
``BEGIN:VCALENDAR`` + ``END:VEVENT``), BEGIN/END that do not match, nesting deep enough
to hit Python's recursion limit in ``walk()``, text that is no content line at all. And it
remembers the line each VEVENT begins on, so messages and skipped entries can name it.

Both line endings are accepted (five of nine real samples use bare LF), and folded lines
may continue with a tab or any number of spaces.
"""

from __future__ import annotations

import re

from altitude.timeimport.errors import TimeImportError
from altitude.timeimport.limits import MAX_NESTING

_NAME = re.compile(r"[A-Za-z0-9-]+")


def event_lines(text: str, source: str) -> list[int]:
    """The line number of each ``BEGIN:VEVENT``, in document order; raises on a bad outline."""
    stack: list[tuple[str, int]] = []
    events: list[int] = []
    seen_calendar = False
    lines = _logical_lines(text)
    for index, (number, head, has_colon) in enumerate(lines):
        name, _, value = head.partition(":")
        name = name.split(";", 1)[0].upper()
        kind = value.strip().upper()
        if not stack and (name, kind) != ("BEGIN", "VCALENDAR"):
            if seen_calendar:
                raise TimeImportError(f"{source}, line {number}: text after END:VCALENDAR")
            raise TimeImportError(
                f"{source}, line {number}: does not begin with BEGIN:VCALENDAR; "
                "this is not an .ics calendar"
            )
        if not has_colon or not _NAME.fullmatch(name):
            if index == len(lines) - 1:  # a last line cut in two: say what happened
                _cut_short(stack, source)
            raise TimeImportError(f"{source}, line {number}: not an iCalendar line: {_clip(head)}")
        if name == "BEGIN":
            stack.append((kind, number))
            seen_calendar = True
            if len(stack) > MAX_NESTING:
                raise TimeImportError(f"{source}, line {number}: BEGIN nested too deep")
            if kind == "VEVENT":
                events.append(number)
        elif name == "END":
            if kind != stack[-1][0]:
                open_kind, opened = stack[-1]
                raise TimeImportError(
                    f"{source}, line {number}: END:{kind} but {open_kind} "
                    f"(begun on line {opened}) is still open"
                )
            stack.pop()
    _cut_short(stack, source)
    if not seen_calendar:
        raise TimeImportError(f"{source}: the file is empty")
    return events


def _cut_short(stack: list[tuple[str, int]], source: str) -> None:
    if stack:
        kind, opened = stack[-1]
        raise TimeImportError(
            f"{source}: the file ends inside {kind} begun on line {opened}; "
            "it looks cut short — export it again"
        )


_HEAD = 200  # enough of a line for its name and a BEGIN/END value


def _logical_lines(text: str) -> list[tuple[int, str, bool]]:
    """(first physical line, its first characters unfolded, whether it holds a colon) for
    each non-blank content line. Only the head is kept: joining every fold of a hostile
    30 MB value would copy it thousands of times."""
    lines: list[tuple[int, str, bool]] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        physical = raw.removesuffix("\r")
        if physical[:1] in (" ", "\t") and lines:
            first, head, has_colon = lines[-1]
            if len(head) < _HEAD or not has_colon:
                lines[-1] = (first, (head + physical[1:])[:_HEAD], has_colon or ":" in physical)
        elif physical.strip():
            lines.append((number, physical[:_HEAD], ":" in physical))
    return lines


def _clip(line: str) -> str:
    return repr(line[:40] + ("…" if len(line) > 40 else ""))
