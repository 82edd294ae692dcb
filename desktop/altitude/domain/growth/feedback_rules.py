"""The feedback log's rules: whole entries, your own rating first, what is due.

``validate_*`` return ``{field: message}`` (empty when fine) and never raise, like
``domain.validation``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from itertools import pairwise

from altitude.domain.growth.feedback import FeedbackEntry, FeedbackTheme
from altitude.domain.records import field_of, problems
from altitude.i18n import QT_TRANSLATE_NOOP

# Asked again every 90 days: our rule of thumb, a quarter, long enough for behaviour to
# change and for others to notice (Goldsmith's mini-survey asks about "N months ago").
SELF_RATING_EVERY_DAYS = 90

RATE_YOURSELF_FIRST = QT_TRANSLATE_NOOP(
    "Validation", "Rate yourself on this theme first: your own view, before you log theirs."
)


def validate_theme(theme: FeedbackTheme) -> dict[str, str]:
    errors = problems(theme)
    if "self_ratings" not in errors:
        days = [r.on for r in theme.self_ratings]
        if any(b <= a for a, b in pairwise(days)):
            errors["self_ratings"] = QT_TRANSLATE_NOOP(
                "Validation", "Keep one rating of yourself a day, in date order."
            )
    return errors


def validate_feedback_entry(
    entry: FeedbackEntry, theme: FeedbackTheme | None = None
) -> dict[str, str]:
    """``theme``, when given, is the entry's theme: it must hold your own rating already."""
    e = entry
    errors = problems(e)
    named = "person_id" not in errors and "name" not in errors
    if named and e.person_id is None and not e.name.strip():
        errors["name"] = QT_TRANSLATE_NOOP(
            "Validation", "Say who it came from: choose a team member or write a name."
        )
    if "rating" not in errors and e.rating is not None and e.theme_id is None:
        errors["theme_id"] = QT_TRANSLATE_NOOP(
            "Validation", "Choose the theme their rating is for."
        )
    if theme is not None and "theme_id" not in errors and not theme.self_ratings:
        errors["theme_id"] = RATE_YOURSELF_FIRST
    if "on" in errors:
        return errors
    for name in ("follow_up_on", "followed_up_on"):
        when = getattr(e, name)
        if name not in errors and when is not None and when < e.on:
            errors[name] = field_of(FeedbackEntry, name).spec.message
    return errors


def self_rating_due(
    theme: FeedbackTheme, today: date, every_days: int = SELF_RATING_EVERY_DAYS
) -> bool:
    """Never rated, or the last rating is ``every_days`` old."""
    latest = theme.latest_self_rating
    return latest is None or latest.on + timedelta(days=every_days) <= today


def follow_ups_due(entries: Iterable[FeedbackEntry], today: date) -> list[FeedbackEntry]:
    """Entries whose follow-up date has come and that are not followed up, oldest first."""
    due = [
        e
        for e in entries
        if e.follow_up_on is not None and e.followed_up_on is None and e.follow_up_on <= today
    ]
    return sorted(due, key=lambda e: (e.follow_up_on or today, e.on))
