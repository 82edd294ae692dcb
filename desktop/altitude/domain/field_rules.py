"""Rules for single fields, shared by the validators in ``validation``.

Text limits and the checks of one text live with the record descriptions (``records``).
"""

from __future__ import annotations

from altitude.domain.records import MAX_TEXT, MAX_TITLE, is_number, is_whole, text_problem
from altitude.domain.records import line_problem as title_problem

MAX_HOURS_PER_KIND = 100
MAX_HOURS_PER_WEEK = 112
MAX_HORIZON_DAYS = 3 * 365 + 1  # three years, one of them a leap year
MAX_IDENTITY = 12  # "who I need to become" statements
HOURS_SLACK = 0.01  # per-item hours may differ from the week's total by rounding only

__all__ = [
    "HOURS_SLACK",
    "MAX_HORIZON_DAYS",
    "MAX_HOURS_PER_KIND",
    "MAX_HOURS_PER_WEEK",
    "MAX_IDENTITY",
    "MAX_TEXT",
    "MAX_TITLE",
    "is_number",
    "is_whole",
    "text_problem",
    "title_problem",
]
