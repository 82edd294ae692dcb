"""A delete hands back what it removed and the links it cut; the undo puts all of it back."""

from __future__ import annotations

from dataclasses import replace

from altitude.domain.weeks import IsoWeek
from altitude.services import Altitude
from altitude.store import LoggedHours


def _weeks_with_hours_of(svc: Altitude, item_id: int) -> list[IsoWeek]:
    return [c.week for c in svc.state.checkins if any(i == item_id for i, _ in c.item_hours)]


def test_an_item_comes_back_with_its_delegation_link_and_logged_hours(sample: Altitude) -> None:
    before = sample.reload()
    weeks = _weeks_with_hours_of(sample, 1)
    assert weeks and [d.id for d in before.delegations if d.item_id == 1] == [1]

    edit = sample.delete_item(1)

    removed = edit.result
    assert removed.item == before.item(1)
    assert removed.delegation_ids == (1,)
    assert [h.week for h in removed.logged] == weeks
    first = before.checkin(weeks[0])
    assert first is not None
    position = [i for i, _ in first.item_hours].index(1)
    assert removed.logged[0] == LoggedHours(weeks[0], position, dict(first.item_hours)[1])
    cut = sample.reload()
    assert cut.item(1) is None and _weeks_with_hours_of(sample, 1) == []
    assert cut.delegation(1).item_id is None  # type: ignore[union-attr]

    sample.apply(edit.undo)
    assert sample.reload() == before  # same id, same link, hours at the same places


def test_a_person_comes_back_owning_what_they_owned(sample: Altitude) -> None:
    before = sample.reload()
    edit = sample.delete_person(3)
    assert edit.result.person == before.person(3)
    assert edit.result.delegation_ids == (3, 4)
    assert [d.owner_id for d in sample.state.delegations if d.id in (3, 4)] == [None, None]

    sample.apply(edit.undo)
    assert sample.reload() == before


def test_a_delegation_comes_back_with_its_check_ins_level_plan_and_history(
    sample: Altitude,
) -> None:
    before = sample.reload()
    old = before.delegation(1)
    assert old is not None and old.checkins and old.level_plan and old.level_history

    edit = sample.delete_delegation(1)
    assert edit.result == old
    assert sample.state.delegation(1) is None

    sample.apply(edit.undo)
    assert sample.reload() == before
    conn = sample.store.conn
    rows = conn.execute("SELECT count(*) FROM delegation_checkins WHERE delegation_id = 1")
    assert rows.fetchone() == (len(old.checkins),)


def test_a_weeks_check_in_comes_back_with_its_hours_and_answers(sample: Altitude) -> None:
    before = sample.reload()
    last = before.checkins[-1]
    assert last.item_hours and last.answers

    edit = sample.delete_checkin(last.week)
    assert edit.result == last
    assert sample.state.checkin(last.week) is None

    sample.apply(edit.undo)
    assert sample.reload() == before


def test_hours_whose_place_was_taken_meanwhile_come_back_after_the_others(
    sample: Altitude, elsewhere: Altitude
) -> None:
    week = _weeks_with_hours_of(sample, 1)[-1]
    edit = sample.delete_item(1)
    [logged] = [h for h in edit.result.logged if h.week == week]
    left = elsewhere.state.checkin(week)
    assert left is not None and logged.position < len(left.item_hours)  # a place others fill
    # Re-logged elsewhere without the item: its rows are numbered afresh from 0.
    relogged = replace(left, execution_hours=left.execution_hours - logged.hours)
    elsewhere.record_checkin(relogged)

    sample.apply(edit.undo)
    back = sample.state.checkin(week)
    assert back is not None
    assert back.item_hours == (*relogged.item_hours, (1, logged.hours))
