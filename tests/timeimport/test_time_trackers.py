"""Trackers: Toggl, Clockify, Timewarrior and Harvest, each trap in a fixture of ours with
the figures worked out by hand. Rules: tests/timeimport/fixtures/rules.toml."""

from __future__ import annotations

from time_helpers import ONE_TO_ONES, Cli, weeks_of


def preview(cli: Cli, *args: str) -> dict:  # type: ignore[type-arg]
    result = cli("preview", "--json", "--rules", "rules.toml", "--zone", "Europe/Berlin", *args)
    assert result.code == 0, result.err
    return result.json()  # type: ignore[no-any-return]


def refusal(cli: Cli, *args: str) -> str:
    result = cli("preview", "--zone", "Europe/Berlin", *args)
    assert result.code == 1 and result.out == ""
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    return result.err


def test_toggl_bom_long_durations_tags_and_the_spring_night(cli: Cli) -> None:
    # W10: review 1.5 h + the Sunday half of the 23:00-01:00 outage (tag "fix") 1 h =
    #      2.5 h execution; the roadmap 2 h strategy; a 25:30:00 on-call shift unclassified.
    # W11: the Monday half of the outage 1 h + a 15-minute standup = 1.25 h execution.
    # W13: 01:00-04:00 on 29 March whose Duration says 02:00:00 (elapsed): unclassified.
    doc = preview(cli, "toggl.csv")
    assert weeks_of(doc) == {
        "2026-W10": (2.5, 2.0, 25.5),
        "2026-W11": (1.25, 0, 0),
        "2026-W13": (0, 0, 2.0),
    }


def test_toggl_whose_duration_disagrees_is_refused_naming_the_row(cli: Cli) -> None:
    err = refusal(cli, "toggl_disagrees.csv")
    assert "toggl_disagrees.csv, row 3:" in err
    assert "says 01:00:00 but End - Start is 01:30:00" in err


def test_clockify_day_first_is_decided_by_a_day_above_12(cli: Cli) -> None:
    # 21/01 11:00:00-12:30:21 (01:30:21 = 1.5058 h; the rounded decimal column says 1.51,
    # never used) "Code review" → execution; 22/01 planning 1 h → strategy; 30/01 23:23 to
    # 31/01 00:29 = 1.1 h unclassified.
    doc = preview(cli, "clockify_dmy.csv")
    assert weeks_of(doc) == {"2026-W04": (1.5058, 1.0, 0), "2026-W05": (0, 0, 1.1)}


def test_clockify_us_dates_and_12_hour_clock_with_and_without_seconds(cli: Cli) -> None:
    # 01/21 10:23 AM-11:23:01 AM (01:00:01 = 1.0003 h; decimal says 0.00) "Fix" → execution;
    # 01/22 02:00-02:30 PM "1:1 with Sam" → strategy, on the one-to-ones item.
    doc = preview(cli, "clockify_mdy_ampm.csv")
    assert doc["weeks"] == [
        {
            "week": "2026-W04",
            "execution": 1.0003,
            "strategy": 0.5,
            "unclassified": 0.0,
            "items": {ONE_TO_ONES: 0.5},
        },
    ]


def test_clockify_with_no_deciding_row_asks_for_the_date_order(cli: Cli) -> None:
    err = refusal(cli, "clockify_ambiguous.csv")
    assert "03/04/2026" in err and "--date-order dmy" in err
    # 3 and 5 April (both W14) as day/month; 4 March and 4 May as month/day
    assert weeks_of(preview(cli, "clockify_ambiguous.csv", "--date-order", "dmy")) == {
        "2026-W14": (0, 0, 2.5)
    }
    assert weeks_of(preview(cli, "clockify_ambiguous.csv", "--date-order", "mdy")) == {
        "2026-W10": (0, 0, 1.0),
        "2026-W19": (0, 0, 1.5),
    }


def test_clockify_order_decided_by_end_minus_start_agreeing_with_duration(cli: Cli) -> None:
    # 02/03 23:00 -> 03/03 01:00 is 2 h only as day/month (as month/day: 26 days)
    assert weeks_of(preview(cli, "clockify_decided_by_duration.csv")) == {"2026-W10": (0, 0, 3.0)}


def test_clockify_activity_column_stands_for_task(cli: Cli) -> None:
    assert weeks_of(preview(cli, "clockify_activity.csv")) == {"2026-W11": (0, 2.0, 0)}


def test_clockify_with_the_wrong_columns_is_refused(cli: Cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.csv"
    bad.write_text('"Project","Start Date","Start Time","Duration (h)"\n"x","1","2","3"\n')
    err = refusal(cli, str(bad), "--kind", "clockify")
    assert "bad.csv, row 1: the columns Description, End Date, End Time are missing" in err


def test_timewarrior_counts_an_interval_once_and_lists_running_and_duplicates(cli: Cli) -> None:
    # 08:00Z-09:30Z tagged review+strategy: execution once (first rule), not per tag;
    # lunch 1 h ignored; the same start again is a duplicate; roadmap 22:30Z-23:30Z =
    # 23:30-00:30 CET: 0.5 h strategy in W10 and W11; standup with no end: still running.
    doc = preview(cli, "timewarrior.json")
    assert weeks_of(doc) == {"2026-W10": (1.5, 0.5, 0), "2026-W11": (0, 0.5, 0)}
    assert doc["skipped"] == [
        {"what": "lunch", "when": "2026-03-03", "why": "duplicate of interval 2"},
        {"what": "standup", "when": "2026-03-09", "why": "still running"},
    ]


def test_harvest_decimal_comma_hours_by_date(cli: Cli) -> None:
    doc = preview(cli, "harvest.csv")
    assert doc["weeks"] == [
        {
            "week": "2026-W10",
            "execution": 2.5,
            "strategy": 0.75,
            "unclassified": 0.0,
            "items": {ONE_TO_ONES: 0.75},
        },
    ]


def test_the_kind_is_detected_from_the_content_not_the_name(cli: Cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from time_helpers import FIXTURES

    disguised = tmp_path / "export.txt"
    disguised.write_bytes((FIXTURES / "toggl.csv").read_bytes())
    assert weeks_of(preview(cli, str(disguised)))["2026-W11"] == (1.25, 0, 0)
    err = refusal(cli, str(disguised), "--kind", "clockify")
    assert "the columns" in err and "are missing" in err
