"""The LGPL-, GPL- and AGPL-licensed real samples, read where they are kept — the folder
``shared/samples`` beside this repository's root — and never copied into the repository.
Each test skips, saying so, where that folder is absent. The figures are worked out by
hand in the comment beside each."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from time_helpers import Cli, weeks_of

from altitude.domain.weeks import IsoWeek
from altitude.timeimport.reading import ReadOptions, read_time

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED = REPO_ROOT.parent / "shared" / "samples"


def sample(name: str) -> Path:
    path = SHARED / name
    if not path.is_file():
        pytest.skip(f"{path} is absent: the copyleft samples are only read where they are kept")
    return path


def preview(cli: Cli, name: str, *args: str) -> dict:  # type: ignore[type-arg]
    result = cli("preview", "--json", str(sample(name)), *args)
    assert result.code == 0, result.err
    return result.json()  # type: ignore[no-any-return]


def test_exchange_event_in_berlin_beside_a_w_europe_vtimezone(cli: Cli) -> None:
    # DAILY 14:00-14:30 Berlin from Sun 26 April 2020, UNTIL 29 April 00:00Z; EXDATE
    # 27 April 12:00Z (= 14:00 CEST): 26 April (W17) and 28 April (W18).
    doc = preview(cli, "rie_exchange_w_europe_vtimezone_mismatch.ics", "--zone", "Europe/Berlin")
    assert weeks_of(doc) == {"2020-W17": (0, 0, 0.5), "2020-W18": (0, 0, 0.5)}


def test_outlook_all_day_series_with_moved_occurrences_count_zero(cli: Cli) -> None:
    # Two fortnightly all-day Thursday series, April to September 2020: 12 + 12 days, three
    # of them moved to the Friday by a date-time RECURRENCE-ID. All skipped as all-day.
    doc = preview(cli, "rie_outlook_allday_recurring_moved.ics", "--zone", "Europe/London")
    assert doc["weeks"] == []
    assert [s["why"] for s in doc["skipped"]] == ["all-day"] * 24
    moved = [s["when"] for s in doc["skipped"] if s["what"] == "Refuse black bin"]
    assert {"2020-04-17", "2020-05-29", "2020-09-04"} <= set(moved)


def test_google_chicago_weekly_series_with_exdates_across_the_dst_end(cli: Cli) -> None:
    # 15-minute events, 2020-W45 (2-8 Nov) and W46 (9-15 Nov), by series:
    # W45: Thu 12:30 (Nov 5), Tue 12:30 (Nov 3), Fri 10:15 (Nov 6), Mon 10:15 (Nov 2),
    #      Tue 14:15 (Nov 3), Tue 10:15 (Nov 3), Thu 10:15 (Nov 5) = 7 x 0.25 = 1.75 h;
    #      EXDATEd: Fri 12:30 and Fri 14:15 on Nov 6.
    # W46: the single 14:15Z event (Nov 13), Mon 12:30, Fri 12:30, Tue 12:30, Fri 14:15,
    #      Fri 10:15, Mon 10:15, Tue 14:15, Tue 10:15 = 9 x 0.25 = 2.25 h; EXDATEd: Thu 12:30
    #      and Thu 10:15 on Nov 12. The weekday 08:15 series begins Nov 16.
    name = "rie_google_chicago_weekly_exdate_dst.ics"
    doc = preview(cli, name, "--zone", "America/Chicago", "--weeks", "2020-W45..2020-W46")
    assert weeks_of(doc) == {"2020-W45": (0, 0, 1.75), "2020-W46": (0, 0, 2.25)}
    # 10:15 stays 10:15 across the DST end (1 Nov): 15:15Z on 26 Oct, 16:15Z on 2 Nov
    options = ReadOptions(
        zone=ZoneInfo("America/Chicago"), weeks=(IsoWeek(2020, 44), IsoWeek(2020, 45))
    )
    starts = {e.start for e in read_time(sample(name).read_bytes(), name, options).entries}
    assert {
        datetime(2020, 10, 26, 15, 15, tzinfo=UTC),
        datetime(2020, 11, 2, 16, 15, tzinfo=UTC),
    } <= starts


def test_google_utc_times_with_x_wr_timezone_and_no_vtimezone(cli: Cli) -> None:
    # 17:00Z-18:00Z (noon-1 PM New York) and 02:00Z-03:00Z on the 23rd (9-10 PM on 22 Dec):
    # both on Wednesday 22 December 2021 in New York, W51: 2 h.
    doc = preview(cli, "rie_google_x_wr_timezone_no_vtimezone.ics", "--zone", "America/New_York")
    assert weeks_of(doc) == {"2021-W51": (0, 0, 2.0)}


def test_apple_timesheet_events_keep_their_own_zones(cli: Cli, tmp_path: Path) -> None:
    # X-WR-TIMEZONE Europe/Paris; events in Lisbon or Berlin time (their zones win), most
    # 10 h, several 19:00-05:00; two all-day. By hashtag (rules below):
    # W01: Engineering 5+10+10+10 (3-6 Jan), Repair 10 (7-8 Jan)       → 10 exec, 35 strat
    # W02: Repair 10+10 (13-14, 14-15 Jan), Engineering 10 (11-12 Jan) → 20 exec, 10 strat
    # W03: Repair 3 x 10 in Lisbon (18-20 Jan), Engineering 17-18, 21-22 Jan → 30, 20
    # W04: Engineering 24-25, 25-26, 27-28 Jan → 0, 30;  W05: Engineering 1-2 Feb → 0, 10
    rules = tmp_path / "rules.toml"
    rules.write_text(
        '[[rule]]\nwords = ["#HeatingRepair"]\nmode = "execution"\n\n'
        '[[rule]]\nwords = ["#heatingengineering"]\nmode = "strategy"\n'
    )
    doc = preview(
        cli,
        "tuttle_apple_calendar_time_tracking.ics",
        "--zone",
        "Europe/Paris",
        "--rules",
        str(rules),
    )
    assert weeks_of(doc) == {
        "2022-W01": (10.0, 35.0, 0),
        "2022-W02": (20.0, 10.0, 0),
        "2022-W03": (30.0, 20.0, 0),
        "2022-W04": (0, 30.0, 0),
        "2022-W05": (0, 10.0, 0),
    }
    assert [(s["when"], s["why"]) for s in doc["skipped"]] == [
        ("2022-02-17", "all-day"),
        ("2022-02-18", "all-day"),
    ]


def test_toggl_resaved_by_a_spreadsheet_12_hour_times_clock_durations(cli: Cli) -> None:
    # 29 rows; durations written as clock times ("02:00:00 AM" = 2 h, "12:15:00 AM" = 15 min)
    # and confirmed by End - Start on every row. W01: 2 + 1; W02: 1.5 + 1 + 2.75 + 3.5 +
    # 2:05; W03: 13 rows summing to 16 h; W04: 2 + 1 + 2 + 1.25 + 1.75 + 1 + 0.25 + 2 + 1.25.
    doc = preview(cli, "tuttle_toggl_detailed_12h_mangled_durations.csv", "--zone", "Europe/Berlin")
    assert weeks_of(doc) == {
        "2022-W01": (0, 0, 3.0),
        "2022-W02": (0, 0, 10.8333),
        "2022-W03": (0, 0, 16.0),
        "2022-W04": (0, 0, 12.5),
    }


def test_solidtime_toggl_with_bom_and_quotes(cli: Cli) -> None:
    # one 2-second entry, 15 October 2024 (W42): 0.0006 h
    doc = preview(cli, "solidtime_toggl_detailed_bom_quoted.csv", "--zone", "Europe/Berlin")
    assert weeks_of(doc) == {"2024-W42": (0, 0, 0.0006)}


def test_solidtime_clockify_us_dates_need_the_order(cli: Cli) -> None:
    # 03/04/2024 on both rows, start and end the same day: nothing decides the order.
    name = "solidtime_clockify_detailed_us_ampm.csv"
    refused = cli("preview", str(sample(name)), "--zone", "Europe/Berlin")
    assert refused.code == 1 and "--date-order" in refused.err
    # as month/day: 4 March 2024 (W10); 10:23 AM (no seconds) to 11:23:01 AM = 01:00:01
    # = 1.0003 h (the decimal column says 0.00), plus a 0-second entry
    doc = preview(cli, name, "--zone", "Europe/Berlin", "--date-order", "mdy")
    assert weeks_of(doc) == {"2024-W10": (0, 0, 1.0003)}


def test_solidtime_clockify_later_columns(cli: Cli) -> None:
    # 10/15/2024 (a month of 15: month/day) 11:00-11:30 AM: 0.5 h in W42
    doc = preview(cli, "solidtime_clockify_detailed_new_columns.csv", "--zone", "Europe/Berlin")
    assert weeks_of(doc) == {"2024-W42": (0, 0, 0.5)}


def test_solidtime_harvest_decimal_comma(cli: Cli) -> None:
    # "20,0" + "0,01" hours on Monday 4 March 2024: 20.01 h in W10
    doc = preview(cli, "solidtime_harvest_decimal_comma.csv", "--zone", "Europe/Berlin")
    assert weeks_of(doc) == {"2024-W10": (0, 0, 20.01)}
