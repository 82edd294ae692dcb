"""The Overview: the dashboard's headlines read without the plan's detail, saying the same."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from altitude.domain.entities import WeeklyCheckIn
from altitude.domain.overview import Overview, overview_of
from altitude.domain.weeks import IsoWeek
from altitude.services import Altitude, summarize
from altitude.services.summary import Summary
from altitude.store import Store


def _comparable(summary: Summary) -> Summary:
    # The due delegations are headline copies in one and whole objects in the other.
    return replace(summary, delegations_due=tuple(d.id for d in summary.delegations_due))  # type: ignore[arg-type]


def test_the_store_reads_the_same_headlines_as_the_whole_state(sample: Altitude) -> None:
    state = sample.store.load()
    overview = sample.store.load_overview()
    assert isinstance(overview, Overview)
    assert overview == overview_of(state)
    assert any(c.item_hours or c.answers for c in state.checkins)  # the detail left out
    assert all(not c.item_hours and not c.answers for c in overview.checkins)
    assert all(not d.checkins and not d.level_history for d in overview.delegations)


@pytest.mark.parametrize("days", [0, 3, 10, 40, 120])
def test_summary_from_the_overview_equals_the_summary_from_the_whole_state(
    sample: Altitude, days: int
) -> None:
    state = sample.store.load()
    today = sample.today() + timedelta(days=days)
    from_overview = summarize(sample.store.load_overview(), today)
    assert _comparable(from_overview) == _comparable(summarize(state, today))
    assert from_overview.attention  # the sample plan always has something to say


def test_a_fresh_service_summarises_without_reading_the_whole_plan(
    sample: Altitude, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = sample.store.path.parent
    sample.close()
    service = Altitude.open(folder)
    try:
        loads: list[int] = []
        real_load = Store.load
        monkeypatch.setattr(Store, "load", lambda self: loads.append(1) or real_load(self))
        summary = service.summary()
        assert summary.shares and summary.last is not None
        assert loads == []
        service.state  # noqa: B018 - an editor needs the whole plan: now it is read
        assert loads == [1]
        assert service.overview() is service.state  # and then serves the headlines too
    finally:
        service.close()


def test_the_overview_follows_a_write_from_another_process(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    gui = Altitude.open(folder)
    cli = Altitude.open(folder)
    try:
        gui.clock = cli.clock = lambda: date(2026, 11, 23)
        cli.load_sample()
        before = gui.overview()
        assert before.plan is not None
        week = IsoWeek.of(date(2026, 11, 23))
        cli.record_checkin(WeeklyCheckIn(week=week, execution_hours=10, strategy_hours=30))
        after = gui.overview()
        assert after.checkin(week) is not None
        assert after.checkin(week).strategy_hours == 30  # type: ignore[union-attr]
    finally:
        gui.close()
        cli.close()


def test_the_overview_follows_the_services_own_write(sample: Altitude) -> None:
    week = IsoWeek.of(sample.today())
    first = sample.overview()
    sample.record_checkin(WeeklyCheckIn(week=week, execution_hours=5, strategy_hours=35))
    second = sample.overview()
    assert second is not first
    assert second.checkin(week) is not None


def test_one_to_ones_due_are_named_longest_overdue_first_in_plain_english(svc) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from altitude.domain.entities import Person

    svc.add_person(Person("Ana", one_to_one_days=7, last_one_to_one=date(2026, 11, 16)))  # 23 Nov
    svc.add_person(Person("Bo", one_to_one_days=14))  # none logged: due now
    svc.add_person(Person("Cy", one_to_one_days=14, last_one_to_one=date(2026, 11, 20)))  # later
    svc.add_person(Person("Di"))  # no cadence: never due
    lines = [a for a in svc.summary().attention if "one-to-one" in a]
    assert lines == [
        "No one-to-one with Bo logged yet: when do you meet?",
        "Your one-to-one with Ana is due (since 2026-11-23).",
    ]


def test_work_that_came_back_in_imported_time_shows_before_the_whole_plan_is_read(
    sample: Altitude, monkeypatch: pytest.MonkeyPatch
) -> None:
    from altitude.domain.entities import ItemHours, Status
    from altitude.domain.worktime.stored import ImportedTime
    from altitude.services.attention import Concern

    handed = next(
        d for d in sample.state.delegations if d.item_id is not None and d.status != Status.PLANNED
    )
    assert handed.item_id is not None
    week = IsoWeek.of(sample.today())
    sample.put_imported_time(
        ImportedTime(week, None, 10.0, 4.0, 1.0, item_hours=(ItemHours(handed.item_id, 2.0),))
    )
    folder = sample.store.path.parent
    sample.close()
    service = Altitude.open(folder)
    try:
        monkeypatch.setattr(Store, "load", lambda self: pytest.fail("read the whole plan"))
        overview = service.overview()
        assert [x.week for x in overview.imported] == [week]
        came_back = [
            a for a in service.summary().attention_items if a.concern == Concern.WORK_CAME_BACK
        ]
        assert came_back and came_back[0].boomerang is not None
        assert came_back[0].boomerang.hours == 2.0
    finally:
        service.close()


def test_a_start_up_that_read_only_the_overview_is_not_changed_elsewhere(
    sample: Altitude, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's poll for the CLI's writes (every 1.5 s) must not take "the whole plan
    was never read" for "another process saved": it read ten years of notes after every
    start."""
    folder = sample.store.path.parent
    sample.close()
    service, other = Altitude.open(folder), Altitude.open(folder)
    try:
        loads: list[int] = []
        real_load = Store.load
        monkeypatch.setattr(Store, "load", lambda self: loads.append(1) or real_load(self))
        assert service.changed_elsewhere() is False  # nothing read yet: nothing is stale
        service.overview()
        assert service.changed_elsewhere() is False
        assert loads == []
        week = IsoWeek.of(date(2026, 11, 23))
        other.record_checkin(WeeklyCheckIn(week=week, execution_hours=10, strategy_hours=30))
        assert service.changed_elsewhere() is True  # the headlines it holds are old now
        assert service.overview().checkin(week) is not None
        assert service.changed_elsewhere() is False
        service.state  # noqa: B018 - now the whole plan is held
        other.record_checkin(WeeklyCheckIn(week=week, execution_hours=12, strategy_hours=28))
        assert service.changed_elsewhere() is True
    finally:
        service.close()
        other.close()
