from __future__ import annotations

import json
from datetime import date

import pytest

from altitude.domain.entities import InventoryItem, Mode, ReflectionAnswer, WeeklyCheckIn
from altitude.domain.validation import ValidationError
from altitude.domain.weeks import IsoWeek
from altitude.services import ActionError, Altitude
from altitude.store.interchange.jsonsafe import InterchangeError

TODAY = date(2026, 11, 23)

W = IsoWeek(2026, 47)


def test_checkin_items_must_add_up(svc: Altitude) -> None:
    item = svc.add_item(InventoryItem("Code review", 10, Mode.EXECUTION)).result
    bad = WeeklyCheckIn(W, 30, 10, item_hours=((item.id or 0, 20.0),))
    with pytest.raises(ValidationError) as caught:
        svc.record_checkin(bad)
    assert "add up" in " ".join(caught.value.errors.values())
    assert svc.reload().checkins == ()


def test_checkin_saves_reflection_answers_and_replaces_the_week(svc: Altitude) -> None:
    answers = (ReflectionAnswer("Whose feedback did you ask for?", "Priya's"),)
    svc.record_checkin(WeeklyCheckIn(W, 30, 10, answers=answers))
    svc.record_checkin(WeeklyCheckIn(W, 25, 15, answers=answers, note="again"))
    saved = svc.reload().checkins
    assert len(saved) == 1 and saved[0].strategy_hours == 15 and saved[0].answers == answers


def test_prompts_rotate_and_avoid_last_weeks_answers(svc: Altitude) -> None:
    first = svc.prompts(W)
    svc.record_checkin(
        WeeklyCheckIn(W, 30, 10, answers=tuple(ReflectionAnswer(p, "x") for p in first))
    )
    second = svc.prompts(W + 1)
    assert len(first) == 2 and len(second) == 2
    assert not set(first) & set(second)


def test_boomerang_prompt_leads_when_work_came_back(svc: Altitude) -> None:
    prompts = svc.prompts(W, pulled_back=True)
    assert "delegated" in prompts[0]


def test_sample_is_moved_so_its_last_week_is_last_week(sample: Altitude) -> None:
    state = sample.state
    assert state.checkins[-1].week == IsoWeek.of(TODAY) + -1
    assert len(state.checkins) == 12
    assert state.plan is not None and state.plan.start_date <= TODAY


def test_import_is_all_or_nothing(sample: Altitude) -> None:
    before = sample.export_json()
    doc = json.loads(before)
    doc["checkins"][-1]["strategy_hours"] = 500
    with pytest.raises(ValidationError):
        sample.import_json(json.dumps(doc).encode(), "x.json", replace_existing=True)
    assert sample.export_json() == before


def test_import_refuses_over_a_plan_without_replace(sample: Altitude) -> None:
    data = sample.export_json().encode()
    with pytest.raises(ActionError):
        sample.import_json(data, "x.json")


def test_import_rejects_duplicate_keys_and_nan(sample: Altitude) -> None:
    before = sample.export_json()
    with pytest.raises(InterchangeError, match="twice"):
        sample.import_json(b'{"format": 1, "format": 2}', "d.json", replace_existing=True)
    with pytest.raises(InterchangeError, match="NaN"):
        sample.import_json(before.replace('"tolerance": 5.0', '"tolerance": NaN').encode(),
                           "n.json", replace_existing=True)  # fmt: skip
    assert sample.export_json() == before


def test_summary_lists_what_needs_attention(sample: Altitude) -> None:
    summary = sample.summary()
    assert summary.last is not None and summary.last.week == IsoWeek.of(TODAY) + -1
    assert summary.track is not None and summary.projection is not None
    assert any("Check in with" in note for note in summary.attention)


def test_many_delegations_due_are_named_up_to_a_few_then_counted(sample: Altitude) -> None:
    from datetime import timedelta

    from altitude.domain.entities import Delegation, Status
    from altitude.services.attention import DUE_NOTES

    with sample.together():
        for n in range(12):
            sample.add_delegation(
                Delegation(
                    f"Outcome {n}",
                    TODAY - timedelta(days=30),
                    status=Status.OWNED,
                    next_checkin=TODAY - timedelta(days=n + 10),  # all due, the oldest last
                )
            )
    summary = sample.summary()
    due = len(summary.delegations_due)
    assert due >= 12
    named = [note for note in summary.attention if note.startswith("Check in with")]
    assert len(named) == DUE_NOTES
    assert "Outcome 11" in named[0]  # the soonest due first
    assert f"{due - DUE_NOTES} more delegation check-ins are due" in " ".join(summary.attention)
