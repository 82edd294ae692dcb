"""The decision journal's records and rules: a whole entry, kept as written, the review date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from altitude.domain.entities import Delegation, Status
from altitude.domain.growth.decision_rules import (
    DECISION_TIME_FIELDS,
    ReviewRules,
    amend,
    default_review_date,
    editable_until,
    kept_as_written,
    reviews_due,
    validate_journal_entry,
)
from altitude.domain.growth.decisions import (
    RATIONALE_MAX_CHARS,
    RATIONALE_WORDS,
    DecisionKind,
    DelegationLink,
    Door,
    HindsightNote,
    ItemLink,
    JournalEntry,
    JournalReview,
    PersonLink,
    Quality,
    kind_suggestions,
    rationale_hint,
)
from altitude.domain.growth.described import FORMAT_VERSION
from altitude.domain.growth.take_back import HAND_BACK_PROMPT, take_back_draft
from altitude.domain.records import MAX_TEXT, Kind, fields_of, problems
from altitude.domain.validation import ValidationError

DAY = date(2026, 3, 2)


def entry(**changes: Any) -> JournalEntry:
    base = JournalEntry(
        decision="Move the weekly planning to Mondays",
        kind=DecisionKind.PROCESS.value,
        door=Door.TWO_WAY,
        decided_on=DAY,
        review_on=DAY + timedelta(days=21),
        information=70,
        chosen="Mondays",
        expected="Fewer Friday fire drills",
        expected_by=DAY + timedelta(days=28),
        confidence=70,
        options=("Mondays", "Keep Fridays"),
        rationale="The team is fresher and the week's work is still open.",
    )
    return replace(base, **changes)


def review(on: date = DAY + timedelta(days=21), came_true: bool = True) -> JournalReview:
    return JournalReview(on, came_true, Quality.GOOD, Quality.GOOD, "It worked.")


# ---------------------------------------------------------------- the description
def test_every_field_is_described_and_new_in_format_3() -> None:
    for cls in (JournalEntry, JournalReview, HindsightNote, PersonLink, ItemLink):
        described = fields_of(cls)
        assert described and all(f.spec.since == FORMAT_VERSION == 3 for f in described)
    kinds = {f.name: f.spec.kind for f in fields_of(JournalEntry)}
    assert kinds["options"] == Kind.LINES and kinds["reviews"] == Kind.RECORDS
    assert kinds["made_by_id"] == Kind.REF and kinds["id"] == Kind.ID


def test_a_link_must_point_somewhere() -> None:
    assert problems(PersonLink(3)) == {}
    assert problems(PersonLink(None)) == {"person_id": "Link a person on your team."}  # type: ignore[arg-type]
    assert "delegations" in problems(entry(delegations=(DelegationLink(0),)))


def test_a_whole_entry_is_valid() -> None:
    assert validate_journal_entry(entry()) == {}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"decision": " "}, "decision"),
        ({"kind": ""}, "kind"),
        ({"confidence": 101}, "confidence"),
        ({"information": -1}, "information"),
        ({"options": ("Mondays",)}, "options"),
        ({"options": ("Mondays", " mondays ")}, "options"),
        ({"options": tuple(f"o{i}" for i in range(9)), "chosen": "o1"}, "options"),
        ({"chosen": "Tuesdays"}, "chosen"),
        ({"expected_by": DAY}, "expected_by"),
        ({"review_on": DAY - timedelta(days=1)}, "review_on"),
        ({"raised_on": DAY + timedelta(days=1)}, "raised_on"),
        ({"reviews": (review(DAY - timedelta(days=1)),)}, "reviews"),
        ({"reviews": (review(), review())}, "reviews"),
        ({"hindsight": (HindsightNote(DAY - timedelta(days=1), "x"),)}, "hindsight"),
        ({"rationale": "x" * (RATIONALE_MAX_CHARS + 1)}, "rationale"),
    ],
)
def test_the_rules_name_the_field(changes: dict[str, Any], field: str) -> None:
    errors = validate_journal_entry(entry(**changes))
    assert list(errors) == [field] and errors[field].endswith(".")


def test_the_choice_may_differ_in_case_and_spacing() -> None:
    assert validate_journal_entry(entry(chosen="  mondays ")) == {}


def test_the_rationale_has_a_gentle_word_limit_and_a_hard_character_limit() -> None:
    assert RATIONALE_MAX_CHARS < MAX_TEXT
    assert rationale_hint("word " * RATIONALE_WORDS) is None
    hint = rationale_hint("word " * (RATIONALE_WORDS + 1))
    assert hint is not None and hint.startswith(f"{RATIONALE_WORDS + 1} words")
    assert validate_journal_entry(entry(rationale="word " * 120)) == {}  # a hint, not a refusal


def test_kinds_are_the_six_then_the_users_own() -> None:
    entries = [entry(kind="Hiring"), entry(kind="hiring"), entry(kind="money"), entry()]
    assert kind_suggestions(entries) == [
        *("people", "money", "risk", "timing", "direction", "process"),
        "Hiring",
    ]


# ---------------------------------------------------------------- the review date
def test_review_dates_from_the_door_are_labelled_rules_of_thumb() -> None:
    rules = ReviewRules()
    assert default_review_date(DAY, Door.TWO_WAY) == DAY + timedelta(days=21)
    assert default_review_date(DAY, Door.ONE_WAY) == DAY + timedelta(days=90)
    assert "rule of thumb" in rules.label(Door.ONE_WAY)
    mine = ReviewRules(two_way_days=14, one_way_days=60)
    assert default_review_date(DAY, Door.TWO_WAY, mine) == DAY + timedelta(days=14)
    assert problems(ReviewRules(two_way_days=0)) == {"two_way_days": "Review after 1 to 365 days."}


# ---------------------------------------------------------------- kept as written
def test_decision_time_fields_are_all_but_the_links_the_review_and_hindsight() -> None:
    assert "confidence" in DECISION_TIME_FIELDS and "expected" in DECISION_TIME_FIELDS
    assert not {"people", "reviews", "hindsight", "id"} & set(DECISION_TIME_FIELDS)


def test_corrections_are_allowed_until_the_review_is_due() -> None:
    e = entry()
    assert editable_until(e) == e.review_on
    day_before = e.review_on - timedelta(days=1)
    assert amend(e, replace(e, confidence=80), day_before).confidence == 80
    assert not kept_as_written(e, day_before) and kept_as_written(e, e.review_on)


def test_after_the_review_is_due_a_change_is_refused_with_what_to_do() -> None:
    e = entry()
    with pytest.raises(ValidationError) as caught:
        amend(e, replace(e, confidence=90, expected="Anything"), e.review_on)
    assert set(caught.value.errors) == {"confidence", "expected"}
    assert "add a hindsight note" in caught.value.errors["confidence"]


def test_after_the_review_is_due_notes_are_appended_and_the_review_written() -> None:
    note = HindsightNote(DAY + timedelta(days=30), "The Friday drills moved to Tuesday.")
    e = entry(hindsight=(note,))
    later = e.review_on + timedelta(days=10)
    more = HindsightNote(later, "And then they stopped.")
    done = replace(e, reviews=(review(),), hindsight=(note, more), people=(PersonLink(2),))
    assert amend(e, done, later) == done
    with pytest.raises(ValidationError) as caught:
        amend(e, replace(e, hindsight=(replace(note, note="Rewritten"),)), later)
    assert list(caught.value.errors) == ["hindsight"]


def test_an_early_review_freezes_the_entry_from_its_date() -> None:
    early = DAY + timedelta(days=5)
    e = entry(reviews=(review(early),))
    assert editable_until(e) == early
    with pytest.raises(ValidationError):
        amend(e, replace(e, confidence=10), early)


def test_reviews_due_are_the_unreviewed_ones_whose_date_has_come() -> None:
    old, new, done = entry(review_on=DAY + timedelta(days=3)), entry(), entry(reviews=(review(),))
    assert reviews_due([new, done, old], DAY + timedelta(days=21)) == [old, new]


# ---------------------------------------------------------------- taking a delegation back
def test_taking_a_delegation_back_drafts_an_entry() -> None:
    delegation = Delegation(
        "Run the release notes",
        DAY - timedelta(days=40),
        owner_id=4,
        item_id=9,
        status=Status.TAKEN_BACK,
        taken_back_reason="The customer escalations need me this month.",
        id=12,
    )
    draft = take_back_draft(delegation, "Sam")
    assert draft.options == ("Take it back", "Leave it with Sam")
    made = draft.entry(DAY, 60, 70, "Escalations close within a week", DAY + timedelta(7), "Calm")
    assert made.rationale == delegation.taken_back_reason and made.reverse_if == "Calm"
    assert made.door == Door.TWO_WAY and made.review_on == DAY + timedelta(days=21)
    assert made.people == (PersonLink(4),) and made.delegations == (DelegationLink(12),)
    assert made.items == (ItemLink(9),) and made.made_by_id is None
    assert validate_journal_entry(made) == {}
    assert HAND_BACK_PROMPT.endswith("?")


# ---------------------------------------------------------------- never raises
junk = st.one_of(st.none(), st.integers(), st.text(max_size=5), st.floats(), st.booleans())


@settings(deadline=None, max_examples=150)
@given(
    st.dictionaries(st.sampled_from([f.name for f in fields_of(JournalEntry)]), junk, max_size=6)
)
def test_validation_never_raises(changes: dict[str, Any]) -> None:
    errors = validate_journal_entry(replace(entry(), **changes))
    assert all(isinstance(v, str) and v for v in errors.values())
