"""The journal's and the feedback log's actions: each saved in one transaction, each
refusal a one-line error with nothing written, and what is due shown as attention."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from altitude.domain.growth.decisions import (
    Door,
    JournalEntry,
    JournalReview,
    PersonLink,
    Quality,
)
from altitude.domain.growth.feedback import FeedbackEntry, SourceKind
from altitude.domain.growth.feedback_rules import RATE_YOURSELF_FIRST
from altitude.domain.validation import ValidationError
from altitude.services import Altitude
from altitude.services.attention import Concern
from altitude.services.errors import ActionError

from .conftest import TODAY


def _entry(**changes: object) -> JournalEntry:
    base = JournalEntry(
        decision="Move the stand-up to ten",
        kind="process",
        door=Door.TWO_WAY,
        decided_on=TODAY,
        review_on=TODAY,
        information=70,
        chosen="Ten",
        expected="Everyone is on time",
        expected_by=date(2026, 12, 15),
        confidence=75,
        options=("Ten", "Half past nine"),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_record_decision_defaults_the_review_from_the_door(svc: Altitude) -> None:
    two = svc.record_decision(_entry(), default_review=True).result
    one = svc.record_decision(_entry(door=Door.ONE_WAY), default_review=True).result
    assert two.review_on == date(2026, 12, 14) and one.review_on == date(2027, 2, 21)
    assert svc.state.journal == (two, one)


def test_a_decision_that_breaks_the_rules_is_refused_and_nothing_saved(svc: Altitude) -> None:
    with pytest.raises(ValidationError, match="chosen"):
        svc.record_decision(_entry(chosen="Eleven"), default_review=True)
    with pytest.raises(ValidationError, match="review_on"):
        svc.record_decision(_entry())  # review on the day of the decision
    with pytest.raises(ValidationError, match="made_by_id"):
        svc.record_decision(_entry(made_by_id=42), default_review=True)
    assert svc.state.journal == ()


def test_amend_keeps_decision_time_fields_once_the_review_is_due(svc: Altitude) -> None:
    saved = svc.record_decision(_entry(), default_review=True).result
    fixed = svc.amend_decision(replace(saved, confidence=80)).result  # before the review
    assert svc.decision(fixed.id).confidence == 80
    svc.clock = lambda: date(2026, 12, 14)
    with pytest.raises(ValidationError, match="Kept as written"):
        svc.amend_decision(replace(fixed, confidence=90))
    noted = svc.add_hindsight(fixed.id or 0, "Half past nine would have done").result
    assert noted.hindsight[-1].on == date(2026, 12, 14)
    assert svc.decision(fixed.id).confidence == 80


def test_review_then_delete(svc: Altitude) -> None:
    saved = svc.record_decision(_entry(), default_review=True).result
    review = JournalReview(date(2026, 12, 14), False, Quality.POOR, Quality.GOOD, "Snow")
    reviewed = svc.review_decision(saved.id or 0, review).result
    assert svc.decision(saved.id).review == review == reviewed.review
    svc.delete_decision(saved.id or 0)
    assert svc.state.journal == ()
    with pytest.raises(ActionError):
        svc.delete_decision(saved.id or 0)


def test_stats_score_nothing_below_the_minimum(sample: Altitude) -> None:
    stats = sample.journal_stats()
    assert stats.decisions == 5 and stats.reviewed == 2
    assert stats.scores is None and stats.grid is None
    assert stats.team_share and stats.median_wait is not None


def test_stats_score_once_enough_are_reviewed(svc: Altitude) -> None:
    review = JournalReview(date(2026, 12, 1), True, Quality.GOOD, Quality.GOOD)
    with svc.together():
        for _ in range(10):
            svc.record_decision(_entry(reviews=(review,)), default_review=True)
    stats = svc.journal_stats()
    assert stats.scores is not None and stats.scores.brier == pytest.approx(0.0625)
    assert stats.grid is not None and stats.grid[0].count == 10


def test_themes_from_the_identity_then_rate_yourself_before_logging_theirs(
    sample: Altitude,
) -> None:
    added = sample.add_identity_themes().result
    assert [t.title for t in added] == [
        "Operate at altitude: most of my week goes to direction, people and decisions",
        "Decide with incomplete data, and say it once",
        "Build people who outgrow me",
    ]
    assert sample.add_identity_themes().result == ()
    theme = added[0]
    theirs = FeedbackEntry(
        SourceKind.PEER, TODAY, "Block my mornings", name="Jo", theme_id=theme.id, rating=3
    )
    with pytest.raises(ValidationError) as refused:
        sample.log_feedback(theirs)
    assert refused.value.errors["theme_id"] == RATE_YOURSELF_FIRST
    sample.rate_yourself(theme.id or 0, 4)
    logged = sample.log_feedback(theirs).result
    assert sample.feedback_entry(logged.id) == logged
    view = next(v for v in sample.theme_views() if v.theme.id == theme.id)
    assert view.self_rating == 4 and view.others_mean == 3


def test_own_theme_twice_and_an_unknown_person_are_refused(sample: Altitude) -> None:
    with pytest.raises(ValidationError, match="already"):
        sample.add_theme("run one-to-ones  that help")
    with pytest.raises(ValidationError, match="person_id"):
        sample.log_feedback(FeedbackEntry(SourceKind.PEER, TODAY, "Act", person_id=99))


def test_the_sample_has_nothing_due_on_the_pinned_day(sample: Altitude) -> None:
    concerns = {a.concern for a in sample.summary().attention_items}
    assert not concerns & {Concern.REVIEW_DUE, Concern.FOLLOW_UP_DUE}
    assert sample.decisions_due() == [] and sample.follow_ups_due() == []


def test_reviews_and_follow_ups_due_need_attention(sample: Altitude) -> None:
    sample.clock = lambda: date(2026, 11, 30)
    items = sample.summary().attention_items
    reviews = [a for a in items if a.concern is Concern.REVIEW_DUE]
    follow = [a for a in items if a.concern is Concern.FOLLOW_UP_DUE]
    assert [a.outcome for a in reviews] == [
        "Page the on-call engineer first for payment escalations"
    ]
    assert [a.who for a in follow] == ["Hannah Becker", "Tomás Ortega"]
    assert "Review your decision “Page the on-call" in "\n".join(sample.summary().attention)
    done = sample.mark_followed_up(6).result
    assert done.followed_up_on == date(2026, 11, 30)
    assert [f.id for f in sample.follow_ups_due()] == [4]


def test_links_are_checked(sample: Altitude) -> None:
    with pytest.raises(ValidationError, match="people"):
        sample.record_decision(_entry(people=(PersonLink(99),)), default_review=True)


def test_the_default_review_date_follows_the_plan_s_rules_of_thumb(svc: Altitude) -> None:
    svc.update_settings(replace(svc.state.settings, two_way_review_days=14,
                                one_way_review_days=120))  # fmt: skip
    two = svc.record_decision(_entry(), default_review=True).result
    one = svc.record_decision(_entry(door=Door.ONE_WAY), default_review=True).result
    assert (two.review_on - TODAY).days == 14 and (one.review_on - TODAY).days == 120
