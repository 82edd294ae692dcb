"""The decision journal and the feedback log in the export (format version 3 on).

``decisions`` is a list of journal entries; ``feedback`` an object with the ``themes``
(each with your own ratings) and the ``entries`` (what others said). Their ids are checked
like the rest: unique, and every reference names a record in the same file.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from altitude.domain.growth.decisions import JournalEntry
from altitude.domain.growth.feedback import FeedbackEntry, FeedbackTheme
from altitude.store.interchange.jsonsafe import InterchangeError

SINCE = 3  # the format version the keys arrive in
FEEDBACK_KEYS = ("themes", "entries")


def unique_ids(ids: Iterable[int | None], where: str) -> set[int]:
    seen: set[int] = set()
    for index, value in enumerate(ids):
        if value is None or value < 1:
            raise InterchangeError(f"{where}[{index}].id: must be a positive whole number")
        if value in seen:
            raise InterchangeError(f"{where}[{index}].id: {value} is used twice")
        seen.add(value)
    return seen


def _known(value: int | None, known: set[int], where: str, what: str) -> None:
    if value is not None and value not in known:
        raise InterchangeError(f"{where}: no {what} has id {value}")


def check_growth_ids(
    journal: tuple[JournalEntry, ...],
    themes: tuple[FeedbackTheme, ...],
    feedback: tuple[FeedbackEntry, ...],
    ids: dict[str, set[int]],
) -> None:
    """``ids``: the person, item and delegation ids of the file, by what they are."""
    unique_ids((e.id for e in journal), "decisions")
    theme_ids = unique_ids((t.id for t in themes), "feedback.themes")
    unique_ids((e.id for e in feedback), "feedback.entries")
    for i, e in enumerate(journal):
        at = f"decisions[{i}]"
        _known(e.made_by_id, ids["person"], f"{at}.made_by_id", "person")
        links: list[tuple[str, str, tuple[Any, ...], str]] = [
            ("people", "person_id", e.people, "person"),
            ("delegations", "delegation_id", e.delegations, "delegation"),
            ("items", "item_id", e.items, "item"),
        ]
        for key, field, values, what in links:
            for j, link in enumerate(values):
                _known(getattr(link, field), ids[what], f"{at}.{key}[{j}].{field}", what)
    for i, f in enumerate(feedback):
        _known(f.person_id, ids["person"], f"feedback.entries[{i}].person_id", "person")
        _known(f.theme_id, theme_ids, f"feedback.entries[{i}].theme_id", "theme")
