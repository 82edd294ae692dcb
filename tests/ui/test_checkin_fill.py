"""Filling a check-in from a calendar: the fill dialog, a one-click rule, save, undo, and
one-click refresh from the remembered source; work that came back, in the check-in and
on the dashboard.

The fixture fixtures/week48.ics (Europe/Berlin, CET) holds for 23-29 Nov 2026:
- "Team standup" Mon 09:00-09:15 with the lead: 0.25 h execution (rule "standup"), a
  meeting and a block under 30 minutes;
- "Review payments PRs" Mon 10:00-12:00: 2 h execution on item 1 (rule "review"), which
  was delegated to Priya Raman in the week of 7 Sep 2026: work that came back;
- "Roadmap planning" Tue 14:00-16:00 and "Focus time" Thu 09:00-11:00: 4 h strategy on
  item 8 (rule "roadmap", "focus"); the focus block is kept;
- "Vendor call" Wed 09:00-10:00: no rule: 1 h unclassified until classified;
- "Budget review" Fri, declined; "Company offsite" all-day: skipped, 0 h.
"""

from __future__ import annotations

import shutil
from dataclasses import astuple, replace
from pathlib import Path

import pytest

from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.rules import RuleMode
from altitude.domain.worktime.stored import TimeRule
from altitude.services import Altitude
from altitude.ui.checkins.dialog import CheckinDialog
from altitude.ui.checkins.fill_dialog import FillDialog
from altitude.ui.dashboard.page import DashboardPage
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "week48.ics"
W48 = IsoWeek(2026, 48)
REVIEWS, ROADMAP = 1, 8  # sample items; 1 is delegated to Priya Raman since 2026-W37


@pytest.fixture
def calendar(tmp_path: Path) -> Path:
    path = tmp_path / "Work calendar.ics"
    shutil.copy(FIXTURE, path)
    return path


@pytest.fixture
def ready(sample_service: Altitude) -> Altitude:
    """The sample plan, with the user's zone, address and three rules."""
    svc = sample_service
    settings = replace(
        svc.state.settings, time_zone="Europe/Berlin", my_addresses=("me@example.com",)
    )
    svc.update_settings(settings)
    svc.add_time_rule(TimeRule(words=("review",), mode=RuleMode.EXECUTION, item_id=REVIEWS))
    svc.add_time_rule(TimeRule(words=("roadmap", "focus"), mode=RuleMode.STRATEGY, item_id=ROADMAP))
    svc.add_time_rule(TimeRule(words=("standup",), mode=RuleMode.EXECUTION))
    return svc


def checkin(qtbot, ctx: AppContext) -> CheckinDialog:  # type: ignore[no-untyped-def]
    dialog = CheckinDialog(ctx, W48)
    qtbot.addWidget(dialog)
    return dialog


def choose_and_fill(classify: bool):  # type: ignore[no-untyped-def]
    """A driver for the fill dialog: choose the file, classify the vendor call (or not),
    press Fill. Stands in for ``exec()`` so the test clicks the real widgets."""
    seen: dict[str, object] = {}

    def drive(dialog: FillDialog) -> bool:
        dialog.choose.click()
        seen["lines"] = {g: list(v) for g, v in dialog.groups.lines.items()}
        seen["figures"] = dialog.figures.text()
        if classify:
            dialog.groups.buttons[(0, RuleMode.STRATEGY)].click()
            seen["proposed"] = dialog.proposal.words.text()
            dialog.proposal.item.setCurrentIndex(dialog.proposal.item.findData(ROADMAP))
            dialog.proposal.keep_button.click()
            seen["after"] = {g: list(v) for g, v in dialog.groups.lines.items()}
        dialog.fill_button.click()
        return dialog.fill_result() is not None

    return drive, seen


def test_fill_classify_save_undo_and_refresh_from_the_remembered_source(
    qtbot, ready: Altitude, calendar: Path
) -> None:
    dialogs = ScriptedDialogs(path=calendar)
    ctx = AppContext(ready, dialogs)
    dialog = checkin(qtbot, ctx)
    assert not dialog.fill_bar.refresh_button.isVisibleTo(dialog)  # no source yet
    dialog.hours.set_values(10, 3)  # what the user had typed before filling
    drive, seen = choose_and_fill(classify=True)
    dialog.fill_bar.run_dialog = drive
    dialog.fill_bar.fill_button.click()

    lines = seen["lines"]
    assert lines["execution"] == ["Team standup — 0.25 h", "Review payments PRs — 2 h"]
    assert lines["strategy"] == ["Roadmap planning — 2 h", "Focus time — 2 h"]
    assert lines["unclassified"] == ["Vendor call — 1 h"]
    assert sorted(lines["skipped"]) == ["Budget review — declined", "Company offsite — all-day"]
    assert seen["figures"] == (
        "0.25 h in meetings  ·  3% of your week in blocks under 30 minutes  ·  "
        "Focus time kept: 2 of 2 h"
    )
    assert seen["proposed"] == "Vendor call"
    assert seen["after"]["unclassified"] == []  # the kept rule classified it
    assert "Vendor call — 1 h" in seen["after"]["strategy"]
    assert [r.words for r in ready.state.time_rules][-1] == ("Vendor call",)

    # the fill: 2.25 h execution, 5 h strategy; no split (the standup has no item)
    assert astuple(dialog.hours.split()) == (2.25, 5.0)
    assert dialog.items.item_hours() == ()
    came_back = dialog.items.boomerang_text()
    assert "From your imported time: You spent 2 h on Reviewing every pull request" in came_back
    assert "delegated to Priya Raman in the week of 7 Sept 2026" in came_back
    assert "Filled from Work calendar." in dialog.fill_bar.panel.text()

    dialog.fill_bar.undo_button.click()  # undo fill: what was typed comes back
    assert astuple(dialog.hours.split()) == (10.0, 3.0)
    assert dialog.items.boomerang_text() == ""
    drive, _ = choose_and_fill(classify=False)
    dialog.fill_bar.run_dialog = drive
    dialog.fill_bar.fill_button.click()
    assert astuple(dialog.hours.split()) == (2.25, 5.0)

    dialog.accept()  # save: the week, what it showed and the source, in one undo step
    state = ready.state
    saved = state.checkin(W48)
    assert saved is not None and (saved.execution_hours, saved.strategy_hours) == (2.25, 5.0)
    shown = state.imported_week(W48)
    assert shown is not None
    assert (shown.counted_hours, shown.meeting_hours, shown.short_block_hours) == (7.25, 0.25, 0.25)
    assert (shown.focus_kept_hours, shown.focus_lost_hours) == (2.0, 0.0)
    assert sorted(shown.item_hours) == [(REVIEWS, 2.0), (ROADMAP, 5.0)]
    (source,) = state.time_sources
    assert (source.name, source.kind.value, source.zone) == (
        "Work calendar",
        "ics",
        "Europe/Berlin",
    )
    assert shown.source_id == source.id and source.last_read == ctx.today()

    ctx.undo_stack.undo()
    state = ready.state
    assert state.checkin(W48) is None and state.imported_week(W48) is None
    assert state.time_sources == ()
    assert [r.words for r in state.time_rules][-1] == ("Vendor call",)  # its own step
    ctx.undo_stack.redo()
    assert ready.state.imported_week(W48) is not None and len(ready.state.time_sources) == 1

    # next time: one click, the same file and options
    again = checkin(qtbot, ctx)
    assert again.fill_bar.refresh_button.isVisibleTo(again)
    assert again.fill_bar.refresh_button.text() == "Refresh from Work calendar"
    again.hours.set_values(0, 0)
    again.fill_bar.refresh_button.click()
    assert astuple(again.hours.split()) == (2.25, 5.0)
    assert "0.25 h in meetings" in again.fill_bar.panel.text()

    # the file moved away: a clear message, nothing changed
    calendar.rename(calendar.with_name("elsewhere.ics"))
    again.fill_bar.undo_button.click()
    again.fill_bar.refresh_button.click()
    (message,) = dialogs.errors()
    assert "Work calendar.ics: no such file" in message and "Nothing was changed" in message
    assert astuple(again.hours.split()) == (0.0, 0.0)  # as before the fill, and untouched


def test_a_bad_file_says_why_and_fills_nothing(qtbot, ready: Altitude, tmp_path: Path) -> None:
    broken = tmp_path / "broken.ics"
    broken.write_bytes(FIXTURE.read_bytes()[:200])
    ctx = AppContext(ready, ScriptedDialogs(path=broken))
    fill = FillDialog(ctx, W48)
    qtbot.addWidget(fill)
    fill.choose.click()
    assert "broken.ics: the file ends inside" in fill.error.message()
    assert not fill.fill_button.isEnabled() and fill.fill_result() is None


def test_work_that_came_back_in_imported_time_shows_on_the_dashboard_and_in_status(
    qtbot, ready: Altitude, calendar: Path
) -> None:
    from altitude.cli.status_text import status_lines

    ctx = AppContext(ready, ScriptedDialogs(path=calendar))
    dialog = checkin(qtbot, ctx)
    drive, _ = choose_and_fill(classify=False)
    dialog.fill_bar.run_dialog = drive
    dialog.fill_bar.fill_button.click()
    dialog.accept()

    page = DashboardPage(ctx, opener=lambda *_: None)
    qtbot.addWidget(page)
    came_back = [t for t in page.attention.texts() if t.startswith("Work that came back")]
    assert came_back == [
        "Work that came back, in the week of 23 Nov: You spent 2 h on Reviewing every pull "
        "request on the payments services, delegated to Priya Raman in the week of 7 Sept 2026."
    ]
    assert page.time_card.texts() == [
        "0.25 h in meetings",
        "3% of your week in blocks under 30 minutes",
        "Focus time kept: 2 of 2 h",
    ]
    lines = status_lines(ready.overview(), ready.summary())
    assert any(
        line.startswith("Your imported time for 2026-W48: You spent 2 h on Reviewing")
        for line in lines
    )
    # a check-in opened on that week later shows it too, from what was saved
    later = checkin(qtbot, ctx)
    assert "From your imported time: You spent 2 h" in later.items.boomerang_text()
