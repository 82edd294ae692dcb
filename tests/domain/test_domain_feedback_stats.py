"""Self against others per theme: the gap, the Johari-style labels and the view over time."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from altitude.domain.growth.feedback import (
    FeedbackEntry,
    FeedbackTheme,
    SelfRating,
    SourceKind,
    ThemeOrigin,
)
from altitude.domain.growth.feedback_stats import (
    THIRD_OF_SCALE,
    OthersRating,
    Perception,
    gap,
    label,
    theme_view,
)

DAY = date(2026, 4, 1)
ratings = st.integers(1, 5)
means = st.fractions(min_value=1, max_value=5, max_denominator=50)


def test_a_third_of_the_scale_is_four_thirds() -> None:
    assert Fraction(4, 3) == THIRD_OF_SCALE


def test_labels() -> None:
    assert label(5, 3) == Perception.BLIND_SPOT
    assert label(2, 4) == Perception.HIDDEN_STRENGTH
    assert label(4, Fraction(7, 2)) == Perception.ALIGNED
    assert label(3, None) == Perception.NOT_ASKED_YET


def test_exactly_a_third_is_not_more_than_a_third() -> None:
    assert label(5, Fraction(11, 3)) == Perception.ALIGNED  # 5 - 11/3 = 4/3 exactly
    assert label(5, Fraction(18, 5)) == Perception.BLIND_SPOT  # 1.4


@given(means, means)
def test_the_gap_is_antisymmetric(a: Fraction, b: Fraction) -> None:
    assert gap(a, b) == -gap(b, a)
    assert gap(a, a) == 0


@given(means, means)
def test_the_label_flips_when_the_ratings_swap(a: Fraction, b: Fraction) -> None:
    flipped = {
        Perception.BLIND_SPOT: Perception.HIDDEN_STRENGTH,
        Perception.HIDDEN_STRENGTH: Perception.BLIND_SPOT,
        Perception.ALIGNED: Perception.ALIGNED,
    }
    assert label(b, a) == flipped[label(a, b)]


@given(ratings, means)
def test_a_blind_spot_is_others_lower_by_more_than_a_third(own: int, others: Fraction) -> None:
    assert (label(own, others) == Perception.BLIND_SPOT) == (others < own - Fraction(4, 3))


def said(on: date, rating: int | None, theme_id: int = 1) -> FeedbackEntry:
    return FeedbackEntry(SourceKind.TEAM_MEMBER, on, "Thank them", name="Kim",
                         theme_id=theme_id, rating=rating)  # fmt: skip


def test_the_view_of_a_theme_over_time() -> None:
    own = (SelfRating(DAY, 5), SelfRating(DAY + timedelta(90), 4))
    theme = FeedbackTheme("Listens first", ThemeOrigin.OWN, own, id=1)
    entries = [said(DAY + timedelta(5), 2), said(DAY, 4), said(DAY, None), said(DAY, 1, 2)]
    view = theme_view(theme, entries)
    assert view.self_points == ((DAY, 5), (DAY + timedelta(90), 4))
    assert view.others == (
        OthersRating(DAY, 4, SourceKind.TEAM_MEMBER),
        OthersRating(DAY + timedelta(5), 2, SourceKind.TEAM_MEMBER),
    )
    assert (view.self_rating, view.others_mean, view.gap) == (4, Fraction(3), Fraction(1))
    assert view.label == Perception.ALIGNED
    recent = theme_view(theme, entries, since=DAY + timedelta(1))
    assert recent.others_mean == 2 and recent.label == Perception.BLIND_SPOT


def test_not_asked_yet_and_not_rated_yet() -> None:
    theme = FeedbackTheme("Listens first", ThemeOrigin.OWN, (SelfRating(DAY, 3),), id=1)
    assert theme_view(theme, [said(DAY, None)]).label == Perception.NOT_ASKED_YET
    unrated = FeedbackTheme("Listens first", ThemeOrigin.OWN, id=1)
    assert theme_view(unrated, [said(DAY, 2)]).label is None
