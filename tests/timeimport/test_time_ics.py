"""Calendars: each trap of the issue in a fixture of ours, with the figures worked out by
hand in the comments; `altitude time preview --json` must give exactly those."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from time_helpers import FIXTURES, Cli, weeks_of

from altitude.domain.weeks import IsoWeek
from altitude.timeimport.reading import ReadOptions, read_time

BERLIN = ZoneInfo("Europe/Berlin")


def preview(cli: Cli, *args: str) -> dict:  # type: ignore[type-arg]
    result = cli("preview", "--json", "--rules", "rules.toml", *args)
    assert result.code == 0, result.err
    return result.json()  # type: ignore[no-any-return]


def test_nights_across_both_changes_count_elapsed_hours(cli: Cli) -> None:
    # 01:00-04:00 on 29 March: 00:00Z-02:00Z = 2 h; on 25 October: 23:00Z-03:00Z = 4 h
    doc = preview(cli, "dst_nights.ics", "--zone", "Europe/Berlin")
    assert weeks_of(doc) == {"2026-W13": (0, 0, 2.0), "2026-W43": (0, 0, 4.0)}


def test_duration_stands_in_for_dtend_exact_hours_nominal_days(cli: Cli) -> None:
    # PT3H from 01:00 CET (00:00Z) ends 03:00Z = 05:00 CEST: 3 h, exact.
    # P1D from 12:00 CET on the 28th ends 12:00 CEST on the 29th: 23 h elapsed.
    # No DTEND and no DURATION: 0 h. All in 2026-W13: 26 h.
    doc = preview(cli, "durations.ics", "--zone", "Europe/Berlin")
    assert weeks_of(doc) == {"2026-W13": (0, 0, 26.0)}
    assert doc["skipped"] == []


def test_gap_and_twice_times_read_alike_in_iana_and_custom_zones(cli: Cli) -> None:
    # 02:30 in the gap uses +01:00 (01:30Z) to 04:00 CEST (02:00Z): 0.5 h, twice.
    # 02:30 that occurs twice is its first (CEST, 00:30Z) to 03:30 CET (02:30Z): 2 h, twice.
    doc = preview(cli, "gap_and_fold.ics", "--zone", "Europe/Berlin")
    assert weeks_of(doc) == {"2026-W13": (0, 0, 1.0), "2026-W43": (0, 0, 4.0)}


def test_entries_are_cut_at_monday_midnight_in_the_users_zone(cli: Cli) -> None:
    # In Berlin: 22:00-02:00 gives 2 h + 2 h; the review ending at Monday 00:00 is all W10
    # ("review" → execution); 23:00Z-00:00Z is 00:00-01:00 on Monday: W11.
    berlin = preview(cli, "week_split.ics", "--zone", "Europe/Berlin")
    assert weeks_of(berlin) == {"2026-W10": (1.0, 0, 2.0), "2026-W11": (0, 0, 3.0)}
    # In UTC everything is an hour earlier: 21:00Z-01:00Z = 3 h + 1 h; the other two in W10.
    in_utc = preview(cli, "week_split.ics", "--zone", "UTC")
    assert weeks_of(in_utc) == {"2026-W10": (1.0, 0, 4.0), "2026-W11": (0, 0, 1.0)}


def test_recurrence_wall_time_until_exdate_overrides_in_any_zone(cli: Cli) -> None:
    # Weekly 10:00-11:00 Berlin from Mon 16 March, UNTIL 13 April 08:00Z (= 10:00 CEST,
    # inclusive; kept only because 10:00 stays 10:00 across the change on 29 March).
    # 23 March: cancelled by an override whose RECURRENCE-ID is written in New York time;
    # 30 March: EXDATE; 6 April: moved (RECURRENCE-ID in UTC) to 7 April 14:00-16:00.
    doc = preview(cli, "recurrence.ics", "--zone", "Europe/Berlin")
    assert weeks_of(doc) == {
        "2026-W12": (0, 0, 1.0),
        "2026-W15": (0, 0, 2.0),
        "2026-W16": (0, 0, 1.0),
    }
    assert doc["skipped"] == [
        {"what": "Weekly sync (cancelled this week)", "when": "2026-03-23", "why": "cancelled"}
    ]


def test_x_wr_timezone_never_moves_a_utc_series(cli: Cli) -> None:
    # Weekly at 04:30Z from Mon 2 March (COUNT=3), read in New York: 1 March 23:30 EST
    # (0.5 h in W09, 0.5 h in W10), then 00:30 EDT on 9 and 16 March (W11, W12). Had the
    # series been moved into the calendar's zone (x-wr-timezone does), the second would
    # be 23:30 EDT on Sunday 8 March, half of it in W10.
    doc = preview(cli, "utc_series_x_wr.ics", "--zone", "America/New_York")
    assert weeks_of(doc) == {
        "2026-W09": (0, 0, 0.5),
        "2026-W10": (0, 0, 0.5),
        "2026-W11": (0, 0, 1.0),
        "2026-W12": (0, 0, 1.0),
    }


def test_floating_times_are_in_x_wr_timezone_zoned_times_stay(cli: Cli) -> None:
    # Floating 23:30-00:30 on Sunday 1 Feb is New York time (the calendar's), as is the
    # 04:30Z one; Berlin 05:00 CET = 04:00Z. For a New York user: W05 2 h, W06 1 h.
    new_york = preview(cli, "x_wr_timezone.ics", "--zone", "America/New_York")
    assert weeks_of(new_york) == {"2026-W05": (2.0, 0, 0), "2026-W06": (1.0, 0, 0)}
    # For a Berlin user all three fall on Monday morning: had the floating one been read in
    # the user's zone instead, half of it would be Sunday night (W05).
    berlin = preview(cli, "x_wr_timezone.ics", "--zone", "Europe/Berlin")
    assert weeks_of(berlin) == {"2026-W06": (3.0, 0, 0)}


def test_all_day_cancelled_and_declined_count_zero_and_are_listed(cli: Cli) -> None:
    # Counted: "Planning with Ann" 11:00-11:30 (strategy; Bob declined, not the user) and
    # "Deep work block" 09:15-09:35 (unclassified: DESCRIPTION is not matched) = 1/3 h.
    # The user's own ATTENDEE line is folded inside the address and written in capitals.
    doc = preview(
        cli, "skipped_and_meetings.ics", "--zone", "Europe/Berlin", "--me", "me.myself@example.com"
    )
    assert doc["weeks"] == [
        {
            "week": "2026-W10",
            "execution": 0.0,
            "strategy": 0.5,
            "unclassified": 0.3333,
            "items": {},
        },
    ]
    assert doc["skipped"] == [
        {"what": "Budget review", "when": "2026-03-03", "why": "declined"},
        {"what": "Vendor demo", "when": "2026-03-03", "why": "cancelled"},
        {"what": "Company offsite", "when": "2026-03-04", "why": "all-day"},
        {"what": "Public holiday", "when": "2026-03-05", "why": "all-day"},
    ]


def test_declined_is_read_from_the_users_own_line_only(cli: Cli) -> None:
    doc = preview(cli, "skipped_and_meetings.ics", "--zone", "Europe/Berlin", "--me", "a@b.c")
    assert "declined" not in [s["why"] for s in doc["skipped"]]
    assert weeks_of(doc)["2026-W10"] == (1.0, 0.5, 0.3333)  # the budget review counts now


def test_meeting_load_and_fragmentation_per_week(service) -> None:  # type: ignore[no-untyped-def]
    from altitude.services.time.requests import TimeRequest

    data = (FIXTURES / "skipped_and_meetings.ics").read_bytes()
    request = TimeRequest(data, "s.ics", zone="Europe/Berlin", me=("me.myself@example.com",))
    (week,) = service.preview_time(request).weeks
    assert week.meetings == 1800  # the planning: the user, Ann and Bob
    assert week.short_blocks == 1200  # the 20-minute block
    assert week.fragmentation == 1200 / 3000


def test_crlf_and_lf_files_read_the_same() -> None:
    crlf = (FIXTURES / "skipped_and_meetings.ics").read_bytes()
    assert b"\r\n" in crlf
    options = ReadOptions(zone=BERLIN, me=frozenset({"me.myself@example.com"}))
    both = [
        read_time(data, "x.ics", options).entries for data in (crlf, crlf.replace(b"\r\n", b"\n"))
    ]
    assert both[0] == both[1]


def _calendar(*events: str, head: str = "") -> bytes:
    body = "".join(f"BEGIN:VEVENT\n{e.strip()}\nEND:VEVENT\n" for e in events)
    return f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:t\n{head}{body}END:VCALENDAR\n".encode()


def _read(data: bytes, weeks: tuple[IsoWeek, IsoWeek] | None = None):  # type: ignore[no-untyped-def]
    return read_time(data, "t.ics", ReadOptions(zone=BERLIN, weeks=weeks))


CUSTOM = """BEGIN:VTIMEZONE
TZID:Customized Time Zone
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:{0}
TZOFFSETTO:{0}
END:STANDARD
END:VTIMEZONE
"""


def test_each_file_uses_its_own_definition_of_a_custom_zone_name() -> None:
    event = "UID:a\nSUMMARY:s\nDTSTART;TZID=Customized Time Zone:20260302T100000\nDURATION:PT1H"
    plus_two = _read(_calendar(event, head=CUSTOM.format("+0200"))).entries[0]
    minus_five = _read(_calendar(event, head=CUSTOM.format("-0500"))).entries[0]
    assert (plus_two.start.hour, minus_five.start.hour) == (8, 15)


def test_a_windows_zone_name_without_vtimezone_maps_to_its_iana_zone() -> None:
    event = "UID:a\nSUMMARY:s\nDTSTART;TZID=W. Europe Standard Time:20260302T100000\nDURATION:PT1H"
    assert _read(_calendar(event)).entries[0].start.hour == 9  # 10:00 CET = 09:00Z


def test_unreadable_series_are_skipped_with_the_reason_and_line() -> None:
    data = _calendar(
        "UID:a\nSUMMARY:Fortnightly\nDTSTART:20260302T100000Z\nRRULE:FREQ=FORTNIGHTLY",
        "UID:b\nSUMMARY:Unknown zone\nDTSTART;TZID=Mars/Olympus:20260302T100000",
        "UID:c\nSUMMARY:Backwards\nDTSTART:20260302T100000Z\nDTEND:20260302T090000Z",
        "UID:d\nSUMMARY:Broken start\nDTSTART:2026030",
        "UID:e\nSUMMARY:Fine\nDTSTART:20260302T100000Z\nDTEND:20260302T110000Z",
    )
    read = _read(data, (IsoWeek(2026, 10), IsoWeek(2026, 10)))
    reasons = {e.title: (e.skipped, e.where) for e in read.entries}
    assert reasons["Fine"] == ("", "line 26")
    assert reasons["Fortnightly"][1] == "line 4" and "FORTNIGHTLY" in reasons["Fortnightly"][0]
    assert "unknown time zone 'Mars/Olympus'" in reasons["Unknown zone"][0]
    assert reasons["Backwards"][0] == "it ends before it starts"
    assert "DTSTART cannot be read" in reasons["Broken start"][0]


def test_without_weeks_the_window_runs_over_the_dates_the_file_writes() -> None:
    read = _read((FIXTURES / "recurrence.ics").read_bytes())
    assert (read.window.first, read.window.last) == (IsoWeek(2026, 12), IsoWeek(2026, 16))
