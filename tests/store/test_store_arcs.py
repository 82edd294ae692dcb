"""Thinking in arcs in the store and the export: the grandchild links keep their order, an
older export reads with none of them, and its report choice of everything stays everything."""

from __future__ import annotations

import json

import pytest

from altitude.domain.entities import REPORT_SECTIONS, REPORT_SECTIONS_V4
from altitude.store import Store
from altitude.store.interchange import InterchangeError, dumps, loads

from .conftest import make_full_state


def test_the_arcs_round_trip_through_the_store_with_their_links_in_order(store: Store) -> None:
    state = make_full_state()
    store.replace_all(state)
    again = store.load()
    assert again.narratives == tuple(sorted(state.narratives, key=lambda v: v.written_on))
    assert again.narratives[0].actions == state.narratives[0].actions  # links in order
    assert (again.stakeholders, again.functions, again.reviews) == (
        state.stakeholders, state.functions, state.reviews,
    )  # fmt: skip
    assert again.plan == state.plan and again.boss() == state.stakeholders[0]


def test_a_version_4_export_reads_with_no_arcs_and_every_section() -> None:
    doc = json.loads(dumps(make_full_state()))
    doc["version"] = 4
    for key in ("narratives", "stakeholders", "functions", "reviews"):
        del doc[key]
    del doc["plan"]["situation"], doc["plan"]["family"]
    doc["settings"]["report_sections"] = list(reversed(REPORT_SECTIONS_V4))
    state = loads(json.dumps(doc).encode(), "v4.json")
    assert state.narratives == state.stakeholders == state.functions == state.reviews == ()
    assert state.plan is not None and state.plan.situation is None and state.plan.family == ""
    assert state.settings.report_sections == REPORT_SECTIONS
    doc["settings"]["report_sections"] = ["plan", "charts"]
    assert loads(json.dumps(doc).encode(), "v4.json").settings.report_sections == (
        "plan", "charts",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["narratives"][0]["actions"][0]["items"][0].update(item_id=77),
         "narratives[0].actions[0].items[0].item_id: no item has id 77"),
        (lambda d: d["narratives"][0]["actions"][0]["delegations"][0].update(delegation_id=77),
         "delegations[0].delegation_id: no delegation has id 77"),
        (lambda d: d["functions"][0].update(learn_from_id=77),
         "functions[0].learn_from_id: no stakeholder has id 77"),
        (lambda d: d["stakeholders"][1].update(is_boss=True),
         "stakeholders[1].is_boss: only one person is your boss"),
        (lambda d: d["reviews"][1].update(milestone_day=30),
         "reviews[1].milestone_day: day 30 is reviewed twice"),
        (lambda d: d["stakeholders"][1].update(id=3), "stakeholders[1].id: 3 is used twice"),
        (lambda d: d.pop("reviews"), "reviews: missing"),
        (lambda d: d["plan"].update(situation="chaos"), "plan.situation: 'chaos' is not one of"),
    ],
)  # fmt: skip
def test_an_export_with_a_broken_arc_is_refused_with_its_place(change, expected: str) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads(dumps(make_full_state()))
    change(doc)
    with pytest.raises(InterchangeError) as caught:
        loads(json.dumps(doc).encode(), "plan.json")
    assert expected in str(caught.value)
