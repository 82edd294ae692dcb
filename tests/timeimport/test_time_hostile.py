"""Hostile and broken files: each refused with one clean line naming the file (and the line
or row), in bounded time, with the plan unchanged. No timing assertions here: every case
must simply finish (an unbounded expansion would hang the suite)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from time_helpers import Cli

from altitude.domain.entities import WeeklyCheckIn
from altitude.domain.weeks import IsoWeek
from altitude.services import Altitude

ICS_HEAD = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:t\n"


def event(*lines: str) -> str:
    return (
        "BEGIN:VEVENT\nUID:x\nSUMMARY:Hostile\n" + "".join(f"{x}\n" for x in lines) + "END:VEVENT\n"
    )


def ics(*events: str) -> bytes:
    return (ICS_HEAD + "".join(events) + "END:VCALENDAR\n").encode()


@pytest.fixture
def refused(cli: Cli, service: Altitude, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Apply ``data`` (the weeks of March 2026) and return the one error line, checking that
    the plan is exactly as it was."""
    service.record_checkin(WeeklyCheckIn(IsoWeek(2026, 10), 3, 4, note="before"))
    before = service.export_json()

    def check(data: bytes | Path, name: str = "hostile.ics", *extra: str) -> str:
        path = data if isinstance(data, Path) else tmp_path / name
        if not isinstance(data, Path):
            path.write_bytes(data)
        result = cli(
            "apply",
            str(path),
            "--zone",
            "Europe/Berlin",
            "--weeks",
            "2026-W10..2026-W13",
            "--unclassified",
            "execution",
            *extra,
        )
        assert result.code == 1, result.out
        assert result.err.count("\n") == 1 and "Traceback" not in result.err, result.err
        assert service.export_json() == before
        return result.err

    return check


def test_a_truncated_calendar(refused) -> None:  # type: ignore[no-untyped-def]
    data = ics(event("DTSTART:20260302T100000Z", "DTEND:20260302T110000Z"))
    err = refused(data[: data.index(b"END:VEVENT")])
    assert "hostile.ics: the file ends inside VEVENT begun on line 4" in err


def test_random_bytes(refused) -> None:  # type: ignore[no-untyped-def]
    noise = random.Random(11).randbytes(20_000)
    assert "hostile.ics" in refused(noise)
    assert "hostile.csv" in refused(noise, "hostile.csv")


def test_text_that_is_no_calendar_and_a_content_line_without_colon(refused) -> None:  # type: ignore[no-untyped-def]
    assert "line 1: does not begin with BEGIN:VCALENDAR" in refused(
        b"hello\n", "h.ics", "--kind", "ics"
    )
    assert "line 2: not an iCalendar line" in refused(b"BEGIN:VCALENDAR\nhello\nEND:VCALENDAR\n")


def test_an_endless_secondly_rule_is_refused_before_expanding(refused) -> None:  # type: ignore[no-untyped-def]
    err = refused(ics(event("DTSTART:20000101T000000Z", "RRULE:FREQ=SECONDLY")))
    assert "hostile.ics, line 4: 'Hostile' repeats secondly" in err
    inside = refused(ics(event("DTSTART:20260302T000000Z", "RRULE:FREQ=SECONDLY;INTERVAL=1")))
    assert "repeats secondly" in inside


def test_huge_counts_and_expansions(refused, cli: Cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    minutely = ics(event("DTSTART:20000101T000000Z", "RRULE:FREQ=MINUTELY;COUNT=999999999"))
    assert "repeats minutely" in refused(minutely)
    every_second = ",".join(map(str, range(60)))
    hours = ",".join(map(str, range(24)))
    rule = f"RRULE:FREQ=DAILY;BYHOUR={hours};BYMINUTE={every_second};BYSECOND={every_second}"
    assert "repeats daily" in refused(ics(event("DTSTART:20260301T000000Z", rule)))
    # COUNT=999999999 on a daily rule is harmless when only the weeks asked for expand
    daily = tmp_path / "daily.ics"
    daily.write_bytes(
        ics(event("DTSTART:20260302T090000Z", "DURATION:PT1H", "RRULE:FREQ=DAILY;COUNT=999999999"))
    )
    result = cli("preview", "--json", str(daily), "--zone", "UTC", "--weeks", "2026-W10..2026-W11")
    assert [w["unclassified"] for w in result.json()["weeks"]] == [7.0, 7.0]


def test_a_cap_on_what_one_file_may_produce(refused, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("altitude.timeimport.ics.reader.MAX_ENTRIES", 20)
    monkeypatch.setattr("altitude.timeimport.limits.MAX_ENTRIES", 20)
    err = refused(ics(event("DTSTART:20260302T090000Z", "RRULE:FREQ=DAILY")))
    assert "more than 20 entries in the weeks asked for" in err


def test_a_30_mb_line(refused) -> None:  # type: ignore[no-untyped-def]
    data = ics(event("DTSTART:20260302T090000Z")).replace(
        b"SUMMARY:Hostile", b"SUMMARY:" + b"x" * 30_000_000
    )
    err = refused(data)
    assert "hostile.ics, line 6: a line of 28.6 MB" in err


def test_a_folded_30_mb_value_is_not_copied_fold_by_fold(cli: Cli, tmp_path: Path) -> None:
    folded = "\n ".join(["x" * 70] * 400_000)  # 28 MB in 75-octet lines
    path = tmp_path / "folded.ics"
    path.write_bytes(ics(event(f"DESCRIPTION:{folded}", "DTSTART:20260302T090000Z")))
    result = cli("preview", "--json", str(path), "--zone", "UTC")
    assert result.code == 0, result.err  # parsed in bounded time, the event counts 0 h


def test_a_file_too_large_is_refused_before_it_is_read(refused, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "big.ics"
    with big.open("wb") as handle:
        handle.truncate(41 * 1024 * 1024)  # sparse: nothing is written
    assert "big.ics: 41.0 MB is too large (at most 40.0 MB)" in refused(big)


def test_empty_files(refused) -> None:  # type: ignore[no-untyped-def]
    for data in (b"", b"   \n\n", b"\xef\xbb\xbf"):
        assert "the file is empty" in refused(data, "empty.csv")


def test_not_utf8(refused) -> None:  # type: ignore[no-untyped-def]
    err = refused(ics(event("DTSTART:20260302T090000Z")).replace(b"Hostile", b"Caf\xe9"))
    assert "line 6: not UTF-8 text (byte 0xe9)" in err


def test_begin_nested_too_deep(refused) -> None:  # type: ignore[no-untyped-def]
    deep = ICS_HEAD + "BEGIN:VEVENT\n" * 5000 + "END:VEVENT\n" * 5000 + "END:VCALENDAR\n"
    assert "BEGIN nested too deep" in refused(deep.encode())


def test_csv_with_the_wrong_columns_or_rows(refused) -> None:  # type: ignore[no-untyped-def]
    assert "cannot tell what kind of export" in refused(b"a,b,c\n1,2,3\n", "x.csv")
    toggl = (
        b"Description,Project,Start date,Start time,End date,End time,Duration\n"
        b"x,y,2026-03-02,09:00:00,2026-03-02,10:00:00\n"
    )
    assert "x.csv, row 2: 6 fields, but the header has 7" in refused(toggl, "x.csv")
    bad_date = toggl.replace(b"10:00:00\n", b"10:00:00,01:00:00\n").replace(
        b"2026-03-02,09", b"2026-13-02,09"
    )
    assert "row 2: Start date '2026-13-02' is not a date" in refused(bad_date, "x.csv")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{}", "not a Timewarrior export (a JSON list of intervals)"),
        ("[1]", "interval 1: not an object"),
        ('[{"start": 5}]', "interval 1: start must look like 20260524T221500Z"),
        (
            '[{"start": "20261399T000000Z"}]',
            "interval 1: start '20261399T000000Z' is not a real time",
        ),
        ('[{"start": "20260302T000000Z", "end": NaN}]', "NaN is not a number JSON allows"),
        ('[{"start": "20260302T000000Z", "start": "20260303T000000Z"}]', "appears twice"),
        ('[{"start": "20260302T000000Z", "tags": "x"}]', "tags must be a list of texts"),
        ('[{"start": "20260302T000000Z", "tags": ["\\ud800"]}]', "lone surrogate"),
        ("[" * 100_000 + "]" * 100_000, "nested too deep"),
        ('[{"start": "20260302T010000Z", "end": "20260302T000000Z"}]', "ends before it starts"),
        ("[\n{]", "line 2: not valid JSON"),
    ],
)
def test_json_of_the_wrong_shape(refused, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in refused(text.encode(), "timew.json")
