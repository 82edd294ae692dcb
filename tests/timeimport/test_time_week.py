"""One week of a file for the check-in dialog: moved occurrences, protected time kept and
lost, the entries grouped as the dialog lists them, and the parsed file kept between weeks.

The fixture focus_moved.ics (Europe/Berlin, CET = UTC+1 in March 2026 until the 29th):
- "Focus time" Mondays 09:00-11:00, three times from 2 March. 9 March moved to 14:00-16:00
  (moved: 2 h lost, though still counted); 16 March's override says RECURRENCE-ID 08:00Z,
  which *is* 09:00 CET, and only shortens it to 10:00 (not moved: 1 h kept).
- "Deep work" Tue 3 March 13:00-14:30, declined by me: 1.5 h lost, listed as declined.
- "Focus: roadmap" Wed 4 March 10:00-11:00, cancelled: 1 h lost.
- "Focus day" all-day Thu 5 March: skipped as all-day, neither kept nor lost.
- "Standup" Mon 2 March 09:30-09:45 with the lead: 0.25 h, a meeting, a short block.
- "Vendor call" Thu 5 March 15:00-16:00: no rule matches it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from time_helpers import FIXTURES

from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.rules import Rule, RuleMode, hours
from altitude.services import Altitude
from altitude.services.time.week import IGNORED, WeekRequest, fill_of
from altitude.timeimport.cache import FILES
from altitude.timeimport.errors import TimeImportError

W10, W11, W12 = IsoWeek(2026, 10), IsoWeek(2026, 11), IsoWeek(2026, 12)
RULES = (
    Rule(("standup",), RuleMode.EXECUTION),
    Rule(("focus", "deep work"), RuleMode.STRATEGY, "Roadmap"),
    Rule(("lunch",), RuleMode.IGNORE),
)


def request(path: Path, rules: tuple[Rule, ...] = RULES) -> WeekRequest:
    return WeekRequest(path, zone="Europe/Berlin", me=("me@example.com",), rules=rules)


@pytest.fixture
def calendar(tmp_path: Path) -> Path:
    path = tmp_path / "Work calendar.ics"
    path.write_bytes((FIXTURES / "focus_moved.ics").read_bytes())
    return path


def test_an_override_that_moves_its_occurrence_is_marked_moved(
    service: Altitude, calendar: Path
) -> None:
    w11 = service.preview_week(request(calendar), W11)
    (moved,) = [c.entry for c in w11.entries]
    assert moved.moved and moved.seconds == 2 * 3600
    w12 = service.preview_week(request(calendar), W12)
    (shortened,) = [c.entry for c in w12.entries]
    assert not shortened.moved and shortened.seconds == 3600  # 08:00Z is 09:00 CET
    w10 = service.preview_week(request(calendar), W10)
    assert not any(c.entry.moved for c in w10.entries)


def test_protected_time_kept_and_lost_per_week(service: Altitude, calendar: Path) -> None:
    w10 = service.preview_week(request(calendar), W10).hours
    assert (hours(w10.focus_kept), hours(w10.focus_lost)) == (2.0, 2.5)  # declined + cancelled
    w11 = service.preview_week(request(calendar), W11).hours
    assert (hours(w11.focus_kept), hours(w11.focus_lost)) == (0.0, 2.0)
    assert hours(w11.strategy) == 2.0  # a moved block still counts where it happened
    w12 = service.preview_week(request(calendar), W12).hours
    assert (hours(w12.focus_kept), hours(w12.focus_lost)) == (1.0, 0.0)


def test_the_users_own_focus_words_decide_what_is_protected(
    service: Altitude, calendar: Path
) -> None:
    from dataclasses import replace

    only_deep = replace(request(calendar), focus_words=("DEEP WORK",))
    w10 = service.preview_week(only_deep, W10).hours
    assert (w10.focus_kept, hours(w10.focus_lost)) == (0, 1.5)
    none = service.preview_week(replace(request(calendar), focus_words=()), W10).hours
    assert (none.focus_kept, none.focus_lost) == (0, 0)


def test_the_week_is_listed_in_groups_with_why_each_skipped_one_counts_zero(
    service: Altitude, calendar: Path
) -> None:
    week = service.preview_week(request(calendar), W10)
    assert week.kind == "ics" and week.source == "Work calendar.ics"
    assert [(r.title, hours(r.seconds)) for r in week.group("execution")] == [("Standup", 0.25)]
    assert [(r.title, hours(r.seconds)) for r in week.group("strategy")] == [("Focus time", 2.0)]
    assert [(r.title, hours(r.seconds)) for r in week.group("unclassified")] == [
        ("Vendor call", 1.0)
    ]
    assert sorted((r.title, r.why) for r in week.group("skipped")) == [
        ("Deep work", "declined"),
        ("Focus day", "all-day"),
        ("Focus: roadmap", "cancelled"),
    ]
    h = week.hours
    assert (hours(h.execution), hours(h.strategy), hours(h.unclassified)) == (0.25, 2.0, 1.0)
    assert (hours(h.meetings), hours(h.short_blocks)) == (0.25, 0.25)
    assert service.last_time_preview is week


def test_an_entry_a_rule_ignores_is_listed_as_skipped_by_your_rules(
    service: Altitude, calendar: Path
) -> None:
    rules = (Rule(("vendor",), RuleMode.IGNORE), *RULES)
    week = service.preview_week(request(calendar, rules), W10)
    assert ("Vendor call", IGNORED) in [(r.title, r.why) for r in week.group("skipped")]
    assert week.hours.unclassified == 0 and hours(week.hours.ignored) == 1.0


def test_a_fill_splits_by_item_only_when_every_hour_has_one(
    service: Altitude, calendar: Path
) -> None:
    w11 = service.preview_week(request(calendar), W11).hours  # only the focus block
    assert fill_of(w11, {"Roadmap": 7}).item_hours == ((7, 2.0),)
    w10 = service.preview_week(request(calendar), W10).hours  # standup has no item
    fill = fill_of(w10, {"Roadmap": 7})
    assert (fill.execution_hours, fill.strategy_hours, fill.item_hours) == (0.25, 2.0, ())
    assert (fill.unclassified_hours, fill.itemised_hours) == (1.0, 2.0)


def test_the_file_is_parsed_once_for_many_weeks_and_again_once_changed(
    service: Altitude, calendar: Path
) -> None:
    before = FILES.parses
    for week in (W10, W11, W12, W10):
        service.preview_week(request(calendar), week)
    assert FILES.parses == before + 1
    text = calendar.read_text(encoding="utf-8").replace("Vendor call", "Vendor sync")
    calendar.write_text(text, encoding="utf-8")
    stat = calendar.stat()
    os.utime(calendar, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    titles = [r.title for r in service.preview_week(request(calendar), W10).group("unclassified")]
    assert titles == ["Vendor sync"] and FILES.parses == before + 2


def test_a_missing_file_is_one_clear_message(service: Altitude, tmp_path: Path) -> None:
    with pytest.raises(TimeImportError, match=r"gone\.ics: no such file"):
        service.preview_week(request(tmp_path / "gone.ics"), W10)
    assert service.last_time_preview is None
