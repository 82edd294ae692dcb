"""The feedback log's edits: do → undo → redo → undo, compared with the whole saved state;
a deleted theme comes back under its id with its ratings and the entries about it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from altitude.domain.growth.feedback import FeedbackEntry, SelfRating, SourceKind
from altitude.services import ActionError, Altitude, Edit
from altitude.services.undo.changes import Batch
from altitude.services.undo.feedback_changes import DeleteTheme, RestoreFeedback, RestoreTheme

from .conftest import TODAY, RoundTrip

THEIRS = FeedbackEntry(
    SourceKind.PEER,
    TODAY,
    "Send the agenda a day ahead",
    name="Jonas Weber",
    theme_id=2,
    situation="Planning",
    behaviour="I shared the agenda in the meeting",
    impact="We spent ten minutes catching up",
    feedforward=("Send it the day before",),
    follow_up_on=date(2026, 12, 7),
    rating=3,
)

ACTIONS: dict[str, Callable[[Altitude], Edit[object]]] = {
    "use the identity statements as themes": lambda s: s.add_identity_themes(),
    "add a theme": lambda s: s.add_theme("Say no to low-value meetings"),
    "rename a theme": lambda s: s.update_theme(replace(s.theme(3), title="Useful one-to-ones")),
    "rate yourself": lambda s: s.rate_yourself(1, 2),
    "rate yourself again the same day": lambda s: s.rate_yourself(3, 5, date(2026, 11, 6)),
    "delete a theme with ratings and entries": lambda s: s.delete_theme(1),
    "log feedback": lambda s: s.log_feedback(THEIRS),
    "edit feedback": lambda s: s.update_feedback(
        replace(s.feedback_entry(3), rating=2, feedforward=())
    ),
    "mark followed up": lambda s: s.mark_followed_up(4),
    "delete feedback with its feedforward": lambda s: s.delete_feedback(6),
}


@pytest.mark.parametrize("name", ACTIONS)
def test_every_feedback_edit_undoes_and_redoes(
    sample: Altitude, round_trip: RoundTrip, name: str
) -> None:
    round_trip(sample, ACTIONS[name])


def test_rating_yourself_first_and_logging_theirs_is_one_step(
    sample: Altitude, round_trip: RoundTrip
) -> None:
    new = sample.add_theme("Say no to low-value meetings").result
    entry = replace(THEIRS, theme_id=new.id)
    edit = round_trip(sample, lambda s: s.log_feedback(entry, self_rating=4))
    assert isinstance(edit.undo, Batch) and len(edit.undo.changes) == 2
    sample.apply(Batch(()))  # nothing at all is a valid change too
    assert sample.theme(new.id).self_ratings == ()


def test_a_deleted_theme_comes_back_with_its_ratings_and_entries(sample: Altitude) -> None:
    before = sample.reload()
    about = [f.id for f in before.feedback if f.theme_id == 1]
    assert about == [1, 5, 6]
    edit = sample.delete_theme(1)
    assert edit.undo == RestoreTheme(before.themes[0], (1, 5, 6))
    assert all(f.theme_id is None for f in sample.state.feedback if f.id in about)
    assert sample.apply(edit.undo) == DeleteTheme(1)
    assert sample.reload() == before
    assert sample.theme(1).self_ratings == (SelfRating(date(2026, 9, 4), 4),)


def test_a_restore_that_no_longer_fits_is_refused_and_changes_nothing(sample: Altitude) -> None:
    theme_gone = sample.delete_theme(1)
    sample.delete_feedback(5)  # one of the entries the restore would link again
    before = sample.reload()
    with pytest.raises(ActionError, match="deleted or moved since"):
        sample.apply(theme_gone.undo)
    assert sample.reload() == before

    entry_gone = sample.delete_feedback(3)
    sample.delete_theme(2)
    before = sample.reload()
    with pytest.raises(ActionError, match="its theme was deleted"):
        sample.apply(entry_gone.undo)
    assert sample.reload() == before
    assert isinstance(entry_gone.undo, RestoreFeedback)


def test_nothing_new_from_the_identity_is_an_empty_step(sample: Altitude) -> None:
    sample.add_identity_themes()
    again = sample.add_identity_themes()
    assert again.result == () and again.undo == Batch(())
