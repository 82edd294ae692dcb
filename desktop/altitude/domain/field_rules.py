"""Rules for single fields, shared by the validators in ``validation``."""

from __future__ import annotations

import math
import unicodedata

MAX_TEXT = 2000  # notes, motive, answers
MAX_TITLE = 200  # titles, names, roles
MAX_HOURS_PER_KIND = 100
MAX_HOURS_PER_WEEK = 112
MAX_HORIZON_DAYS = 3 * 365 + 1  # three years, one of them a leap year
MAX_IDENTITY = 12  # "who I need to become" statements
HOURS_SLACK = 0.01  # per-item hours may differ from the week's total by rounding only


def is_number(value: object) -> bool:
    """A real, finite number (not a bool, not NaN, not infinite)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def is_whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _bad_character(text: str, multiline: bool) -> bool:
    allowed = "\n\t" if multiline else ""
    return any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in allowed for ch in text)


def title_problem(value: object, missing: str | None) -> str | None:
    """What is wrong with a one-line title; ``missing`` is the message when it is required."""
    if not isinstance(value, str):
        return "Write this as text."
    if not value.strip():
        return f"{missing}." if missing else None
    if len(value) > MAX_TITLE:
        return f"Keep this to {MAX_TITLE} characters or fewer (it has {len(value)})."
    if _bad_character(value, multiline=False):
        return "Keep this to one line without special control characters."
    return None


def text_problem(value: object, what: str) -> str | None:
    """What is wrong with free text such as notes; ``what`` names it in the message."""
    if not isinstance(value, str):
        return f"{what} must be text."
    if len(value) > MAX_TEXT:
        return f"{what} can be at most {MAX_TEXT} characters (it has {len(value)})."
    if _bad_character(value, multiline=True):
        return f"{what} contains control characters that cannot be saved; remove them."
    return None
