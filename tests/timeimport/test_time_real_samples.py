"""The BSD- and MIT-licensed real samples (copied into tests/timeimport/samples with their
NOTICE), through `altitude time preview --json`; the figures worked out by hand beside each."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from time_helpers import Cli, weeks_of

from altitude.timeimport.reading import ReadOptions, read_time

SAMPLES = Path(__file__).resolve().parent / "samples"


def preview(cli: Cli, name: str, *args: str) -> dict:  # type: ignore[type-arg]
    result = cli("preview", "--json", str(SAMPLES / name), *args)
    assert result.code == 0, result.err
    return result.json()  # type: ignore[no-any-return]


def test_exchange_daily_standup_with_spaces_in_its_rule(cli: Cli) -> None:
    # "Sprint 25 Daily Standup", 10:00-10:30 in the file's "GMT +0100 (Standard) / GMT +0200
    # (Daylight)" zone, BYDAY=MO, TU, WE, TH, FR (spaces: repaired, not dropped), from Fri
    # 3 July 2015, UNTIL 22 July 08:00Z = 10:00+02:00, inclusive. Weekdays: 3 July (W27),
    # 6-10 (W28), 13-17 (W29), 20-22 (W30): 1, 5, 5, 3 standups of half an hour.
    doc = preview(
        cli, "icalendar_exchange_cdo_custom_tzid_daily_standup.ics", "--zone", "Europe/Berlin"
    )
    assert weeks_of(doc) == {
        "2015-W27": (0, 0, 0.5),
        "2015-W28": (0, 0, 2.5),
        "2015-W29": (0, 0, 2.5),
        "2015-W30": (0, 0, 1.5),
    }
    assert doc["skipped"] == []


def test_khal_partstat_declined_only_on_the_users_own_line(cli: Cli) -> None:
    # One event, 09:30-10:30 Berlin on Wed 9 April 2014 (W15): 1 h, unless the user is the
    # attendee who declined. hcabot's address is folded mid-address ("hcabot@ example.com").
    name = "khal_attendee_partstat_declined.ics"
    declined = preview(cli, name, "--zone", "Europe/Berlin", "--me", "another@example.com")
    assert declined["weeks"] == []
    assert declined["skipped"] == [{"what": "An Event", "when": "2014-04-09", "why": "declined"}]
    tentative = preview(cli, name, "--zone", "Europe/Berlin", "--me", "HCABOT@example.com")
    assert weeks_of(tentative) == {"2014-W15": (0, 0, 1.0)}


def test_khal_windows_zone_name_whose_vtimezone_wins() -> None:
    # 13:00-14:30 in "New Zealand Standard Time", whose VTIMEZONE says +01:00 in November
    # 2019: 12:00Z-13:30Z (the CLDR mapping to Pacific/Auckland would say 00:00Z).
    data = (SAMPLES / "khal_windows_tzid_contradictory_vtimezone.ics").read_bytes()
    (entry,) = read_time(data, "tz.ics", ReadOptions(zone=ZoneInfo("UTC"))).entries
    assert (entry.start, entry.seconds) == (datetime(2019, 11, 20, 12, tzinfo=UTC), 5400)


def test_khal_moved_and_cancelled_occurrences(cli: Cli) -> None:
    # Weekly on Mondays 07:00-12:00 Berlin from 30 June 2014, UNTIL 6 August 06:00Z:
    # 30 June, 7 July (moved by a UTC RECURRENCE-ID to 09:00-14:00), 14 July (cancelled),
    # 21 July, 28 July, 4 August: 5 h a week except W29.
    doc = preview(cli, "khal_rrule_moved_and_cancelled_occurrence.ics", "--zone", "Europe/Berlin")
    assert weeks_of(doc) == {
        w: (0, 0, 5.0) for w in ("2014-W27", "2014-W28", "2014-W30", "2014-W31", "2014-W32")
    }
    assert doc["skipped"] == [{"what": "Arbeit", "when": "2014-07-14", "why": "cancelled"}]


def test_timewarrior_extension_input_with_a_running_interval(cli: Cli) -> None:
    # Config lines, a blank line, then the JSON: two 3-second intervals on Sunday 30 June
    # 2024 (W26) = 6 s = 0.0017 h; the newest (id 1) has no end: still running.
    doc = preview(
        cli, "aibor_timewarrior_extension_input_open_interval.txt", "--zone", "Europe/Berlin"
    )
    assert doc == {
        "weeks": [
            {
                "week": "2024-W26",
                "execution": 0.0,
                "strategy": 0.0,
                "unclassified": 0.0017,
                "items": {},
            }
        ],
        "skipped": [{"what": "(no tags)", "when": "2024-06-30", "why": "still running"}],
    }
