"""The feedback log's changes (``services.growth.feedback_actions``), as data.

A theme's delete cuts one link: entries about it keep going with no theme. Its restore
token holds the theme whole (with your own ratings) and the ids of those entries, so the
undo brings it back under its id and points them at it again. An entry's delete holds the
entry whole (with its feedforward ideas).
"""

from __future__ import annotations

from dataclasses import dataclass

from altitude.domain.growth.feedback import FeedbackEntry, FeedbackTheme


@dataclass(frozen=True, slots=True)
class UpdateTheme:
    theme: FeedbackTheme  # saved over the theme with its id, ratings and all


@dataclass(frozen=True, slots=True)
class DeleteTheme:
    theme_id: int


@dataclass(frozen=True, slots=True)
class RestoreTheme:
    theme: FeedbackTheme  # under its old id, with its self-ratings
    entry_ids: tuple[int, ...]  # entries whose theme the delete set to none


@dataclass(frozen=True, slots=True)
class UpdateFeedback:
    entry: FeedbackEntry


@dataclass(frozen=True, slots=True)
class DeleteFeedback:
    entry_id: int


@dataclass(frozen=True, slots=True)
class RestoreFeedback:
    entry: FeedbackEntry  # under its old id, with its feedforward ideas
