"""`altitude time apply`: one transaction, backed up first, idempotent, never dropping
unclassified hours silently; and `preview` writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from time_helpers import ONE_TO_ONES, Cli, add_items

from altitude.domain.entities import ReflectionAnswer, WeeklyCheckIn
from altitude.domain.weeks import IsoWeek
from altitude.services import Altitude

W10, W11 = IsoWeek(2026, 10), IsoWeek(2026, 11)
APPLY_TOGGL = ("apply", "toggl.csv", "--rules", "rules.toml", "--zone", "Europe/Berlin")


def backups(folder: Path) -> list[str]:
    """The backups made before an import (every command also makes the day's first one)."""
    return sorted(p.name for p in (folder / "backups").glob("*-import*.db"))


def test_unclassified_hours_are_refused_naming_hours_and_entries(
    cli: Cli, service: Altitude
) -> None:
    add_items(service, ONE_TO_ONES)
    result = cli(*APPLY_TOGGL, "--weeks", "2026-W10..2026-W11")
    assert result.code == 1
    assert result.err.count("\n") == 1
    assert "toggl.csv: 25.5 h in 1 entries match no rule" in result.err
    assert "'On-call shift' on 2026-03-05 (row 4)" in result.err
    assert "--unclassified execution|strategy|ignore" in result.err
    assert service.state.checkins == ()


def test_apply_records_the_weeks_keeping_note_and_reflections(
    cli: Cli, service: Altitude, folder: Path
) -> None:
    ids = add_items(service, ONE_TO_ONES, "Code reviews")
    answer = ReflectionAnswer("What went well?", "The launch")
    service.record_checkin(WeeklyCheckIn(W11, 30, 5, note="Kept", answers=(answer,)))
    result = cli(*APPLY_TOGGL, "--weeks", "2026-W10..2026-W11", "--unclassified", "execution")
    assert result.code == 0, result.err
    assert "2026-W10: recorded — 28 h execution, 2 h strategy" in result.out
    assert "2026-W11: replaced — 1.25 h execution, 0 h strategy" in result.out
    assert "a backup was made first" in result.out
    checkins = {c.week: c for c in service.state.checkins}
    assert (checkins[W10].execution_hours, checkins[W10].strategy_hours) == (28.0, 2.0)
    assert checkins[W11].note == "Kept" and checkins[W11].answers == (answer,)
    assert checkins[W11].item_hours == ()  # no rule with an item matched
    assert ids and len(backups(folder)) == 1


def test_applying_the_same_file_twice_changes_nothing(
    cli: Cli, service: Altitude, folder: Path
) -> None:
    add_items(service, ONE_TO_ONES)
    args = (*APPLY_TOGGL, "--weeks", "2026-W10..2026-W13", "--unclassified", "strategy")
    assert cli(*args).code == 0
    before = (service.export_json(), service.store.data_version(), backups(folder))
    again = cli(*args)
    assert again.code == 0, again.err
    assert "Nothing changed" in again.out
    assert "2026-W12: nothing to record in the file; left as it was" in again.out
    assert (service.export_json(), service.store.data_version(), backups(folder)) == before


def test_item_hours_are_recorded_only_when_every_hour_has_an_item(
    cli: Cli, service: Altitude
) -> None:
    ids = add_items(service, ONE_TO_ONES)
    # Harvest W10: 2.5 h code review (no item) + 0.75 h "1:1 with Sam" (the item)
    mixed = cli(
        "apply",
        "harvest.csv",
        "--rules",
        "rules.toml",
        "--zone",
        "Europe/Berlin",
        "--weeks",
        "2026-W10",
    )
    assert mixed.code == 0, mixed.err
    assert (
        "per-item hours not recorded: only 0.75 of 3.25 h came from rules with an item" in mixed.out
    )
    assert service.state.checkin(W10).item_hours == ()  # type: ignore[union-attr]
    # with a rules file that knows only the one-to-ones, and the rest ignored, every hour
    # left has its item (the title matched ignoring case)
    rules = Path(service.store.path).parent.parent / "only-items.toml"
    rules.write_text(
        '[[rule]]\nwords = ["1:1"]\nmode = "strategy"\nitem = "one-to-ones with your team"\n'
    )
    only = cli(
        "apply",
        "harvest.csv",
        "--rules",
        str(rules),
        "--zone",
        "Europe/Berlin",
        "--weeks",
        "2026-W10",
        "--unclassified",
        "ignore",
    )
    assert only.code == 0, only.err
    checkin = service.state.checkin(W10)
    assert checkin is not None
    assert (checkin.execution_hours, checkin.strategy_hours) == (0.0, 0.75)
    assert checkin.item_hours == ((ids[ONE_TO_ONES], 0.75),)


def test_an_unknown_item_title_is_refused_and_nothing_is_written(
    cli: Cli, service: Altitude
) -> None:
    result = cli(
        "apply",
        "harvest.csv",
        "--rules",
        "rules.toml",
        "--zone",
        "Europe/Berlin",
        "--weeks",
        "2026-W10",
    )
    assert result.code == 1
    assert f"names the item '{ONE_TO_ONES}', which is not in your inventory" in result.err
    assert service.state.checkins == ()


def test_apply_is_all_or_nothing(cli: Cli, service: Altitude, folder: Path) -> None:
    service.record_checkin(WeeklyCheckIn(W11, 10, 10))
    before = service.export_json()
    # W10 would hold 28 h of execution... fine; but put the 25.5 h shift on strategy three
    # times over: a week of more than 100 h of one kind is refused, so W11 stays too.
    heavy = Path(folder).parent / "heavy.csv"
    rows = [
        f"Ann,a@b.c,,Ops,,Shift {n},No,2026-03-0{n + 2},00:00:00,2026-03-0{n + 3},"
        f"02:00:00,26:00:00,"
        for n in range(4)
    ]
    header = (
        "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,"
        "End date,End time,Duration,Tags"
    )
    heavy.write_text(
        "\n".join(
            [
                header,
                *rows,
                "Ann,a@b.c,,Ops,,fix,No,2026-03-09,09:00:00,2026-03-09,10:00:00,01:00:00,",
            ]
        )
        + "\n"
    )
    result = cli(
        "apply",
        str(heavy),
        "--zone",
        "Europe/Berlin",
        "--weeks",
        "2026-W10..2026-W11",
        "--unclassified",
        "strategy",
    )
    assert result.code == 1
    assert "2026-W10: Hours must be between 0 and 100." in result.err
    assert service.export_json() == before
    assert backups(folder) == []


def test_apply_needs_weeks(cli: Cli) -> None:
    with pytest.raises(SystemExit) as exited:
        cli("apply", "toggl.csv")
    assert exited.value.code == 2  # argparse: --weeks is required


def test_preview_writes_nothing(cli: Cli, service: Altitude, folder: Path) -> None:
    service.record_checkin(WeeklyCheckIn(W10, 1, 1))
    before = (service.export_json(), service.store.data_version(), backups(folder))
    assert cli("preview", "toggl.csv", "--zone", "Europe/Berlin").code == 0
    assert cli("preview", "--json", "recurrence.ics", "--zone", "Europe/Berlin").code == 0
    assert (service.export_json(), service.store.data_version(), backups(folder)) == before


def test_preview_prints_a_table_per_week(cli: Cli) -> None:
    result = cli(
        "preview",
        "skipped_and_meetings.ics",
        "--rules",
        "rules.toml",
        "--zone",
        "Europe/Berlin",
        "--me",
        "me.myself@example.com",
    )
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0].split() == [
        "Week",
        "Execution",
        "Strategy",
        "Unclassified",
        "Ignored",
        "Meetings",
        "Short",
    ]
    assert lines[1].split() == ["2026-W10", "0.00", "0.50", "0.33", "0.00", "0.50", "40%"]
    assert "Skipped, counted 0 (4):" in result.out
    assert "2026-03-04  Company offsite — all-day (line 4)" in result.out


def test_preview_json_is_one_object_on_stdout(cli: Cli) -> None:
    result = cli("preview", "--json", "timewarrior.json", "--zone", "UTC")
    assert result.code == 0
    assert set(json.loads(result.out)) == {"weeks", "skipped"}
    assert result.err == ""


def test_apply_keeps_what_each_week_showed_with_its_hours_per_item(
    cli: Cli, service: Altitude
) -> None:
    ids = add_items(service, ONE_TO_ONES)
    # Harvest W10: 2.5 h code review (no item) + 0.75 h "1:1 with Sam" (the item): the
    # check-in gets no split, but what the week showed keeps the item's 0.75 h (that is
    # what finds work that came back after a handover).
    args = ("harvest.csv", "--rules", "rules.toml", "--zone", "Europe/Berlin")
    assert cli("apply", *args, "--weeks", "2026-W10").code == 0
    shown = service.state.imported_week(IsoWeek(2026, 10))
    assert shown is not None and shown.source_id is None
    assert shown.counted_hours == 3.25 and list(shown.item_hours) == [(ids[ONE_TO_ONES], 0.75)]
    version = service.store.data_version()
    assert "Nothing changed" in cli("apply", *args, "--weeks", "2026-W10").out
    assert service.store.data_version() == version
