"""The decision journal and the feedback log in the store: ids, children and their order,
rewritten on update, what a delete takes with it, and the exports of version 2 and 3."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from altitude.domain.entities import PlanState
from altitude.domain.growth.decisions import HindsightNote, PersonLink
from altitude.domain.growth.feedback import SelfRating
from altitude.store import Store
from altitude.store.errors import RecordNotFoundError
from altitude.store.interchange import dumps, loads
from altitude.store.interchange.jsonsafe import InterchangeError

from .conftest import make_full_state


def test_journal_and_feedback_come_back_with_ids_children_and_order(
    store: Store, full_state: PlanState
) -> None:
    store.replace_all(full_state)
    loaded = store.load()
    assert loaded.journal == full_state.journal
    assert [e.id for e in loaded.journal] == [5, 11]
    first = loaded.journal[0]
    assert [n.note for n in first.hindsight] == ["Should have asked Bo too", "Order kept as given"]
    assert first.options[1] == "Keep it\u00a0a month" and first.review is not None
    assert loaded.themes == full_state.themes and loaded.feedback == full_state.feedback


def test_update_rewrites_the_children_and_add_numbers_after(store: Store) -> None:
    store.replace_all(make_full_state())
    entry = store.load().journal[0]
    changed = replace(
        entry,
        options=("Split it", "Hand it over"),
        people=(PersonLink(5),),
        hindsight=(*entry.hindsight, HindsightNote(date(2026, 3, 1), "Third")),
    )
    store.update_journal_entry(changed)
    assert store.load().journal[0] == changed
    added = store.add_journal_entry(replace(changed, id=None, reviews=()))
    assert added.id == 12 and store.load().journal[-1] == added
    theme = store.load().themes[1]
    rated = replace(theme, self_ratings=(SelfRating(date(2026, 5, 1), 5),))
    store.update_theme(rated)
    assert store.load().themes[1] == rated


def test_deleting_a_person_drops_their_links_and_keeps_the_records(store: Store) -> None:
    store.replace_all(make_full_state())
    store.delete_person(2)  # linked from entry 5, and gave feedback 4
    state = store.load()
    assert [link.person_id for link in state.journal[0].people] == [5]
    assert state.feedback[0].person_id is None and state.feedback[0].response
    store.delete_person(5)  # made decision 11
    assert store.load().journal[1].made_by_id is None


def test_deleting_a_theme_keeps_its_feedback_and_a_decision_takes_its_children(
    store: Store,
) -> None:
    store.replace_all(make_full_state())
    store.delete_theme(3)
    assert store.load().feedback[0].theme_id is None
    store.delete_journal_entry(5)
    assert [e.id for e in store.load().journal] == [11]
    left = store.conn.execute("SELECT count(*) FROM journal_hindsight").fetchone()[0]
    assert left == 0
    with pytest.raises(RecordNotFoundError):
        store.delete_feedback(999)


def test_the_export_round_trip_is_byte_identical(store: Store) -> None:
    text = dumps(make_full_state())
    doc = json.loads(text)
    assert doc["version"] == 5 and [d["id"] for d in doc["decisions"]] == [5, 11]
    assert set(doc["feedback"]) == {"themes", "entries"}
    store.replace_all(loads(text.encode(), "plan.json"))
    assert dumps(store.load()) == text


def test_a_version_2_export_reads_with_an_empty_journal_and_log() -> None:
    doc = json.loads(dumps(make_full_state()))
    doc["version"] = 2
    del doc["decisions"], doc["feedback"], doc["time"]
    del doc["narratives"], doc["stakeholders"], doc["functions"], doc["reviews"]
    del doc["plan"]["situation"], doc["plan"]["family"]
    for key in (
        "time_zone",
        "my_addresses",
        "focus_words",
        "two_way_review_days",
        "one_way_review_days",
        "report_sections",
    ):
        del doc["settings"][key]  # fmt: skip
    state = loads(json.dumps(doc).encode(), "v2.json")
    assert state.journal == state.themes == state.feedback == ()
    assert state.people == make_full_state().people


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["decisions"][0]["people"][0].update(person_id=77), "decisions[0].people[0]"),
        (lambda d: d["decisions"][1].update(made_by_id=77), "decisions[1].made_by_id"),
        (lambda d: d["feedback"]["entries"][0].update(theme_id=77), "entries[0].theme_id"),
        (lambda d: d["feedback"]["themes"][1].update(id=3), "feedback.themes[1].id"),
        (lambda d: d.pop("decisions"), "decisions: missing"),
    ],
)
def test_an_import_refuses_dangling_references(change, expected: str) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads(dumps(make_full_state()))
    change(doc)
    with pytest.raises(InterchangeError, match=expected.replace("[", r"\[").replace("]", r"\]")):
        loads(json.dumps(doc).encode(), "plan.json")
