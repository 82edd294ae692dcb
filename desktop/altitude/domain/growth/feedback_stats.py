"""Per theme, how others see you against how you see yourself, in the Johari spirit.

- The Johari window: what is known to self and to others (open), to others only (blind
  spot), to self only (hidden).
- 360 reports (e.g. Culture Amp's report guide) compare self with others per question; a
  common reading rule: a gap larger than a third of the scale is a blind spot (self
  higher) or a hidden strength (self lower). On the 1-5 scale a third is 4/3.
- Read gently: self-ratings correlate only modestly with supervisors' (r ≈ .22) and are
  more lenient (Heidemeier & Moser, *J. Applied Psychology*, 2009), so a gap is common.

Means are exact fractions: a mean of 11/3 against a self-rating of 5 is a gap of exactly
4/3, which is not more than a third (a float would say 1.3333333333333335 and call it a
blind spot).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from fractions import Fraction

from altitude.domain.growth.feedback import (
    RATING_HIGH,
    RATING_LOW,
    FeedbackEntry,
    FeedbackTheme,
    SourceKind,
)

Rating = int | Fraction
THIRD_OF_SCALE = Fraction(RATING_HIGH - RATING_LOW, 3)  # 4/3 on 1-5


class Perception(StrEnum):
    BLIND_SPOT = "blind-spot"  # others rate lower than you do, by more than a third
    HIDDEN_STRENGTH = "hidden-strength"  # others rate higher, by more than a third
    ALIGNED = "aligned"
    NOT_ASKED_YET = "not-asked-yet"  # no one has rated this theme


def gap(self_rating: Rating, others_mean: Rating) -> Fraction:
    """Your rating minus others' mean: positive when you rate yourself higher."""
    return Fraction(self_rating) - Fraction(others_mean)


def label(self_rating: Rating, others_mean: Rating | None) -> Perception:
    if others_mean is None:
        return Perception.NOT_ASKED_YET
    g = gap(self_rating, others_mean)
    if g > THIRD_OF_SCALE:
        return Perception.BLIND_SPOT
    if -g > THIRD_OF_SCALE:
        return Perception.HIDDEN_STRENGTH
    return Perception.ALIGNED


@dataclass(frozen=True, slots=True)
class OthersRating:
    on: date
    rating: int
    source: SourceKind


def others_ratings(
    theme: FeedbackTheme, entries: Iterable[FeedbackEntry], since: date | None = None
) -> list[OthersRating]:
    """Others' ratings of the theme by date (from ``since`` on, when given)."""
    found = [
        OthersRating(e.on, e.rating, e.source)
        for e in entries
        if theme.id is not None
        and e.theme_id == theme.id
        and e.rating is not None
        and (since is None or e.on >= since)
    ]
    return sorted(found, key=lambda r: r.on)


def mean(ratings: Iterable[int]) -> Fraction | None:
    values = list(ratings)
    return Fraction(sum(values), len(values)) if values else None


@dataclass(frozen=True, slots=True)
class ThemeView:
    """A theme's own view against others' for the chart and its label."""

    theme: FeedbackTheme
    self_points: tuple[tuple[date, int], ...]  # your ratings over time
    others: tuple[OthersRating, ...]  # theirs over time
    self_rating: int | None  # your latest
    others_mean: Fraction | None
    gap: Fraction | None
    label: Perception | None  # None until you have rated yourself


def theme_view(
    theme: FeedbackTheme, entries: Iterable[FeedbackEntry], since: date | None = None
) -> ThemeView:
    """Your latest rating against the mean of others' (all of them, or from ``since``)."""
    others = others_ratings(theme, entries, since)
    others_mean = mean(r.rating for r in others)
    latest = theme.latest_self_rating
    own = latest.rating if latest is not None else None
    return ThemeView(
        theme=theme,
        self_points=tuple(sorted((r.on, r.rating) for r in theme.self_ratings)),
        others=tuple(others),
        self_rating=own,
        others_mean=others_mean,
        gap=gap(own, others_mean) if own is not None and others_mean is not None else None,
        label=label(own, others_mean) if own is not None else None,
    )
