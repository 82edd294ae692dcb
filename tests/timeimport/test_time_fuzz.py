"""A hypothesis fuzz over each parser: valid files broken at random (bytes replaced,
inserted, cut) and lines of hostile values spliced in. Every case ends in entries or in
one TimeImportError; nothing else escapes. Examples are few per parser, to keep it quick."""

from __future__ import annotations

import contextlib
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from time_helpers import FIXTURES

from altitude.domain.weeks import IsoWeek
from altitude.timeimport.errors import TimeImportError
from altitude.timeimport.reading import ReadOptions, read_time
from altitude.timeimport.rules_toml import read_rules

OPTIONS = ReadOptions(zone=ZoneInfo("Europe/Berlin"), date_order=None)
WEEKS = (IsoWeek(2026, 1), IsoWeek(2026, 52))
SEEDS = {
    "ics": ["recurrence.ics", "skipped_and_meetings.ics", "gap_and_fold.ics", "durations.ics"],
    "toggl": ["toggl.csv"],
    "clockify": ["clockify_dmy.csv", "clockify_mdy_ampm.csv"],
    "timewarrior": ["timewarrior.json"],
    "harvest": ["harvest.csv"],
}
HOSTILE_LINES = [
    b"RRULE:FREQ=SECONDLY",
    b"RRULE:FREQ=DAILY;COUNT=999999999",
    b"RRULE:FREQ=WEEKLY;BYDAY=MO, TU;UNTIL=2026",
    b"RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
    b"DTSTART;TZID=Nowhere/Land:20260302T100000",
    b"DTSTART;VALUE=DATE:20260230",
    b"DTEND:19000101T000000Z",
    b"DURATION:-P1D",
    b"DURATION:PXYZ",
    b"RECURRENCE-ID:20260302T100000Z",
    b"EXDATE:garbage",
    b"X-WR-TIMEZONE:Not/AZone",
    b"BEGIN:VEVENT",
    b"END:VCALENDAR",
    b"ATTENDEE;PARTSTAT=DECLINED:mailto:\xf0\x9f\x92\xa5@x",
    b'"","","","","","","","","","99/99/9999","25:61","","","-1:00:00","NaN"',
    b"x,y,2026-03-02,09:00:00 PM,2026-03-01,13:00:00 AM,99999999:00:00,,",
    b'{"start": "20260302T000000Z", "end": 1e999}',
    b'{"start": "20260302T000000Z", "tags": [null, {"a": []}]}',
    b"\x00\xff\xfe",
    b"\xef\xbb\xbf",
    b"  folded continuation",
    b"",
]


def _broken(draw: st.DrawFn, kind: str) -> bytes:
    data = bytearray((FIXTURES / draw(st.sampled_from(SEEDS[kind]))).read_bytes())
    for _ in range(draw(st.integers(0, 4))):
        action = draw(st.sampled_from(["replace", "insert", "cut", "line", "delete"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if action == "replace" and data:
            data[at] = draw(st.integers(0, 255))
        elif action == "insert":
            data[at:at] = draw(st.binary(max_size=12))
        elif action == "cut":
            del data[at:]
        elif action == "line":
            line_start = data.rfind(b"\n", 0, at) + 1
            data[line_start:line_start] = draw(st.sampled_from(HOSTILE_LINES)) + b"\n"
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 40))]
    return bytes(data)


def _reads_or_refuses(data: bytes, kind: str, weeks: bool) -> None:
    options = ReadOptions(zone=OPTIONS.zone, kind=kind, weeks=WEEKS if weeks else None)
    try:
        result = read_time(data, f"fuzz.{kind}", options)
    except TimeImportError as exc:
        assert str(exc).strip() and "\n" not in str(exc).strip()
        return
    for entry in result.entries:
        assert entry.start.utcoffset() is not None and entry.end >= entry.start


FUZZ = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("kind", list(SEEDS))
@FUZZ
@given(data=st.data(), weeks=st.booleans())
def test_a_broken_file_reads_or_is_refused_cleanly(
    kind: str, data: st.DataObject, weeks: bool
) -> None:
    _reads_or_refuses(data.draw(st.composite(lambda draw: _broken(draw, kind))()), kind, weeks)


@FUZZ
@given(noise=st.binary(max_size=400), kind=st.sampled_from([None, *SEEDS]))
def test_noise_is_refused_cleanly(noise: bytes, kind: str | None) -> None:
    options = ReadOptions(zone=OPTIONS.zone, kind=kind, weeks=WEEKS)
    with contextlib.suppress(TimeImportError):
        read_time(noise, "noise", options)


@FUZZ
@given(text=st.text(max_size=300))
def test_a_rules_file_reads_or_is_refused_cleanly(text: str) -> None:
    base = (FIXTURES / "rules.toml").read_text()
    for candidate in (text, base + text, base[: len(text) % len(base)]):
        with contextlib.suppress(TimeImportError):
            read_rules(candidate.encode("utf-8", "surrogatepass"), "rules.toml")
