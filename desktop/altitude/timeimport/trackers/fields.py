"""Reading one tracker field: a date in the profile's order, a clock time in 12- or
24-hour form, a duration. Each returns None for text it cannot read; the caller names the
row and the column."""

from __future__ import annotations

import re
from datetime import date, time

DATE_ORDERS = ("dmy", "mdy", "ymd")
_DATE = re.compile(r"^\s*(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})\s*$")
_CLOCK = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?\s*$")
_HMS = re.compile(r"^\s*(\d{1,6}):(\d{2})(?::(\d{2}))?\s*$")


def date_parts(text: str) -> tuple[int, int, int] | None:
    match = _DATE.match(text)
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


def parse_date(text: str, order: str) -> date | None:
    parts = date_parts(text)
    if parts is None:
        return None
    a, b, c = parts
    year, month, day = {"ymd": (a, b, c), "dmy": (c, b, a), "mdy": (c, a, b)}[order]
    if year < 1000:
        return None  # a two-digit year would be a guess
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_clock(text: str) -> tuple[time, bool] | None:
    """A time of day, and whether it gave seconds (without them, ends may be a minute off).

    ``10:23 AM``, ``10:30:34 PM``, ``14:05`` and ``14:05:09`` all read; 12 AM is midnight."""
    match = _CLOCK.match(text)
    if match is None:
        return None
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if match[4]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match[4].upper() == "PM" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second), match[3] is not None


def parse_hms(text: str) -> int | None:
    """``HH:MM:SS`` as seconds, hours beyond 24 allowed (``strptime`` refuses ``25:30:00``).

    A duration written as a clock time (``02:00:00 AM``, ``12:15:00 AM``: what a
    spreadsheet makes of a re-saved Toggl export) reads as that time past midnight; the
    check against End - Start confirms or refuses it."""
    match = _HMS.match(text)
    if match is not None:
        minutes, seconds = int(match[2]), int(match[3] or 0)
        if minutes > 59 or seconds > 59:
            return None
        return int(match[1]) * 3600 + minutes * 60 + seconds
    clock = parse_clock(text)
    if clock is None or not re.search(r"[AaPp][Mm]\s*$", text):
        return None
    moment = clock[0]
    return moment.hour * 3600 + moment.minute * 60 + moment.second


def parse_decimal_hours(text: str) -> float | None:
    """Harvest's hours: ``20,0`` (decimal comma, maybe ``1.234,5``), ``1.5`` or ``1:30``."""
    value = text.strip()
    if ":" in value:
        seconds = parse_hms(value)
        return None if seconds is None else seconds / 3600
    if "," in value:
        value = value.replace(".", "").replace(",", ".")
    if not re.fullmatch(r"\d{1,6}(\.\d{1,6})?", value):
        return None
    return float(value)


def split_tags(text: str) -> list[str]:
    """Toggl and Clockify put every tag in one field, comma-separated."""
    return [tag.strip() for tag in text.split(",") if tag.strip()]
