"""What the plan keeps of time import: rules in order, remembered sources, imported weeks,
the new settings; each edit undone and redone against the whole saved state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from altitude.domain.entities import Settings
from altitude.domain.validation import ValidationError
from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.rules import Rule, RuleMode
from altitude.domain.worktime.stored import ImportedTime, TimeRule, TimeSource, TimeSourceKind
from altitude.services import Altitude, Edit
from altitude.services.errors import ActionError

from .conftest import TODAY

RoundTrip = Callable[[Altitude, Callable[[Altitude], Edit[object]]], Edit[object]]
WEEK = IsoWeek(2026, 47)
CALENDAR = TimeSource("Work calendar", TimeSourceKind.ICS, "/home/me/work.ics")


def _with_rules(s: Altitude) -> Altitude:
    s.put_time_rules(
        [
            TimeRule(("review", "PR"), RuleMode.EXECUTION, item_id=1),
            TimeRule(("roadmap",), RuleMode.STRATEGY, item_id=8),
            TimeRule(("lunch",), RuleMode.IGNORE),
        ]
    )
    return s


def _words(s: Altitude) -> list[tuple[str, ...]]:
    return [r.words for r in s.state.time_rules]


def _imported(source_id: int | None = None, hours: float = 30.0) -> ImportedTime:
    return ImportedTime(
        week=WEEK,
        source_id=source_id,
        counted_hours=hours,
        meeting_hours=10.0,
        short_block_hours=2.5,
        focus_kept_hours=3.0,
        focus_lost_hours=1.0,
        item_hours=((1, 4.0), (8, 2.0)),
    )


def test_stored_rules_are_the_domain_rules_in_order_with_item_titles(sample: Altitude) -> None:
    _with_rules(sample)
    assert sample.stored_rules() == (
        Rule(("review", "PR"), RuleMode.EXECUTION, sample.state.item(1).title),  # type: ignore[union-attr]
        Rule(("roadmap",), RuleMode.STRATEGY, "Payments roadmap and quarterly priorities"),
        Rule(("lunch",), RuleMode.IGNORE, None),
    )


def test_a_rule_is_added_where_asked_and_its_words_are_cleaned(sample: Altitude) -> None:
    _with_rules(sample)
    added = sample.add_time_rule(
        TimeRule(("  standup ", "", "Standup", "fix"), RuleMode.EXECUTION), at=1
    ).result
    assert added.id is not None and added.words == ("standup", "fix")
    assert _words(sample) == [("review", "PR"), ("standup", "fix"), ("roadmap",), ("lunch",)]


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (TimeRule((), RuleMode.EXECUTION), "1 to 30 words"),
        (TimeRule((" ",), RuleMode.EXECUTION), "1 to 30 words"),
        (TimeRule(("x" * 81,), RuleMode.EXECUTION), "80 characters"),
        (TimeRule(tuple(f"w{i}" for i in range(31)), RuleMode.EXECUTION), "1 to 30 words"),
        (TimeRule(("review",), "sometimes"), "execution, strategy or ignore"),  # type: ignore[arg-type]
        (TimeRule(("review",), RuleMode.EXECUTION, item_id=99), "from your inventory"),
    ],
)
def test_a_bad_rule_is_refused_and_changes_nothing(
    sample: Altitude, rule: TimeRule, message: str
) -> None:
    _with_rules(sample)
    before = sample.reload()
    with pytest.raises(ValidationError, match=message):
        sample.add_time_rule(rule)
    assert sample.reload() == before


@pytest.mark.parametrize(
    "action",
    [
        pytest.param(lambda s: s.add_time_rule(TimeRule(("1:1",), RuleMode.STRATEGY)), id="add"),
        pytest.param(
            lambda s: s.add_time_rule(TimeRule(("1:1",), RuleMode.STRATEGY, 7), at=0), id="add0"
        ),
        pytest.param(
            lambda s: s.update_time_rule(
                replace(s.state.time_rules[1], words=("roadmap", "okr"), item_id=None)
            ),
            id="edit",
        ),
        pytest.param(lambda s: s.move_time_rule(s.state.time_rules[2].id, 0), id="move up"),
        pytest.param(lambda s: s.move_time_rule(s.state.time_rules[0].id, 9), id="move down"),
        pytest.param(lambda s: s.delete_time_rule(s.state.time_rules[1].id), id="delete"),
        pytest.param(lambda s: s.put_time_rules([]), id="replace all"),
    ],
)
def test_every_rule_edit_undoes_and_redoes(
    sample: Altitude, round_trip: RoundTrip, action: Callable[[Altitude], Edit[object]]
) -> None:
    _with_rules(sample)
    round_trip(sample, action)


def test_moving_a_rule_keeps_every_id(sample: Altitude) -> None:
    _with_rules(sample)
    ids = [r.id for r in sample.state.time_rules]
    sample.move_time_rule(ids[2], 0)  # type: ignore[arg-type]
    assert [r.id for r in sample.state.time_rules] == [ids[2], ids[0], ids[1]]
    assert _words(sample) == [("lunch",), ("review", "PR"), ("roadmap",)]


def test_a_missing_rule_is_a_clear_refusal(sample: Altitude) -> None:
    with pytest.raises(ActionError, match="no rule 42"):
        sample.delete_time_rule(42)


def test_deleting_an_item_leaves_its_rule_without_item_and_undo_brings_the_link_back(
    sample: Altitude, round_trip: RoundTrip
) -> None:
    _with_rules(sample)
    sample.put_imported_time(_imported())
    round_trip(sample, lambda s: s.delete_item(8))  # undo: the whole state, links included
    edit = sample.delete_item(8)
    state = sample.reload()
    assert state.time_rules[1].item_id is None and state.time_rules[1].words == ("roadmap",)
    assert state.imported_week(WEEK).item_hours == ((1, 4.0),)  # type: ignore[union-attr]
    sample.apply(edit.undo)
    state = sample.reload()
    assert state.time_rules[1].item_id == 8
    assert state.imported_week(WEEK).item_hours == ((1, 4.0), (8, 2.0))  # type: ignore[union-attr]


def test_remembering_a_source_adds_it_then_updates_the_same_path(sample: Altitude) -> None:
    first = sample.remember_time_source(CALENDAR).result
    assert first.id is not None and first.last_read == TODAY
    again = sample.remember_time_source(replace(CALENDAR, name="Calendar", zone="Europe/Berlin"))
    assert again.result.id == first.id
    assert sample.state.time_sources == (replace(first, name="Calendar", zone="Europe/Berlin"),)


@pytest.mark.parametrize(
    "action",
    [
        pytest.param(lambda s: s.remember_time_source(CALENDAR), id="add"),
        pytest.param(
            lambda s: s.remember_time_source(replace(CALENDAR, path="/x.ics", name="Other")),
            id="add another",
        ),
        pytest.param(
            lambda s: s.remember_time_source(replace(CALENDAR, me=("me@x.org",))), id="refresh"
        ),
        pytest.param(
            lambda s: s.update_time_source(replace(s.state.time_sources[0], name="Renamed")),
            id="rename",
        ),
        pytest.param(lambda s: s.delete_time_source(s.state.time_sources[0].id), id="delete"),
    ],
)
def test_every_source_edit_undoes_and_redoes(
    sample: Altitude, round_trip: RoundTrip, action: Callable[[Altitude], Edit[object]]
) -> None:
    source = sample.remember_time_source(replace(CALENDAR, last_read=None)).result
    sample.put_imported_time(_imported(source.id))
    sample.clock = lambda: TODAY.replace(day=24)  # a refresh changes last_read
    round_trip(sample, action)


def test_deleting_a_source_keeps_its_weeks_and_undo_links_them_again(sample: Altitude) -> None:
    source = sample.remember_time_source(CALENDAR).result
    sample.put_imported_time(_imported(source.id))
    edit = sample.delete_time_source(source.id)  # type: ignore[arg-type]
    assert sample.state.imported_week(WEEK).source_id is None  # type: ignore[union-attr]
    sample.apply(edit.undo)
    assert sample.state.imported_week(WEEK).source_id == source.id  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("source", "field"),
    [
        (replace(CALENDAR, name=""), "name"),
        (replace(CALENDAR, name="x" * 61), "name"),
        (replace(CALENDAR, path=" "), "path"),
        (replace(CALENDAR, path="/" + "x" * 4096), "path"),
        (replace(CALENDAR, zone="Mars/Olympus"), "zone"),
        (replace(CALENDAR, kind="outlook"), "kind"),  # type: ignore[arg-type]
        (replace(CALENDAR, date_order="dym"), "date_order"),  # type: ignore[arg-type]
        (replace(CALENDAR, me=(" me@x.org",)), "me"),
    ],
)
def test_a_bad_source_is_refused_and_changes_nothing(
    sample: Altitude, source: TimeSource, field: str
) -> None:
    before = sample.reload()
    with pytest.raises(ValidationError) as caught:
        sample.remember_time_source(source)
    assert field in caught.value.errors
    assert sample.reload() == before


@pytest.mark.parametrize(
    "action",
    [
        pytest.param(lambda s: s.put_imported_time(_imported()), id="new week"),
        pytest.param(lambda s: s.put_imported_time(_imported(hours=40.0)), id="replace week"),
        pytest.param(lambda s: s.remove_imported_time(IsoWeek(2026, 46)), id="remove"),
    ],
)
def test_imported_weeks_undo_and_redo(
    sample: Altitude, round_trip: RoundTrip, action: Callable[[Altitude], Edit[object]]
) -> None:
    sample.put_imported_time(replace(_imported(), week=IsoWeek(2026, 46)))
    if "40" in repr(action.__code__.co_consts):
        sample.put_imported_time(_imported())
    round_trip(sample, action)


def test_replacing_a_week_keeps_one_per_week(sample: Altitude) -> None:
    sample.put_imported_time(_imported())
    edit = sample.put_imported_time(replace(_imported(hours=40.0), item_hours=()))
    assert sample.state.imported == (replace(_imported(hours=40.0), item_hours=()),)
    sample.apply(edit.undo)
    assert sample.state.imported == (_imported(),)


@pytest.mark.parametrize(
    ("imported", "field"),
    [
        (replace(_imported(), counted_hours=169.0), "counted_hours"),
        (replace(_imported(), meeting_hours=31.0), "meeting_hours"),
        (replace(_imported(), short_block_hours=-1.0), "short_block_hours"),
        (replace(_imported(), focus_lost_hours=float("nan")), "focus_lost_hours"),
        (replace(_imported(), item_hours=((1, 1.0), (1, 2.0))), "item_hours"),
        (replace(_imported(), item_hours=((99, 1.0),)), "item_hours"),
        (replace(_imported(), source_id=42), "source_id"),
    ],
)
def test_bad_imported_figures_are_refused_and_change_nothing(
    sample: Altitude, imported: ImportedTime, field: str
) -> None:
    before = sample.reload()
    with pytest.raises(ValidationError) as caught:
        sample.put_imported_time(imported)
    assert field in caught.value.errors
    assert sample.reload() == before


def test_the_new_settings_are_saved_and_undone(sample: Altitude, round_trip: RoundTrip) -> None:
    changed = replace(
        sample.state.settings,
        time_zone="America/New_York",
        my_addresses=("me@corp.example",),
        focus_words=("Fokus",),
        two_way_review_days=7,
        one_way_review_days=120,
        report_sections=("plan", "decisions"),
    )
    round_trip(sample, lambda s: s.update_settings(changed))
    sample.update_settings(changed)
    assert sample.reload().settings == changed


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"time_zone": "Europe/Atlantis"}, "time_zone", "not a time zone"),
        ({"time_zone": "../etc/passwd"}, "time_zone", "not a time zone"),
        ({"two_way_review_days": 0}, "two_way_review_days", "two-way"),
        ({"one_way_review_days": 731}, "one_way_review_days", "one-way"),
        ({"report_sections": ()}, "report_sections", "one or more"),
        ({"report_sections": ("plan", "plan")}, "report_sections", "each once"),
        ({"report_sections": ("gossip",)}, "report_sections", "one or more"),
        ({"focus_words": ("",)}, "focus_words", "some letters"),
        ({"my_addresses": ("a@b.c",) * 21}, "my_addresses", "at most 20"),
    ],
)
def test_bad_settings_are_refused_with_a_message_and_change_nothing(
    sample: Altitude, change: dict[str, object], field: str, message: str
) -> None:
    before = sample.reload()
    with pytest.raises(ValidationError) as caught:
        sample.update_settings(replace(Settings(), **change))  # type: ignore[arg-type]
    assert message in caught.value.errors[field]
    assert sample.reload() == before
