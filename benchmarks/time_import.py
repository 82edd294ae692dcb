"""Time import: ``altitude time preview`` of a 5-year calendar against its floor.

    python benchmarks/time_import.py [--runs 5]

Generates (seeded) a 5-year .ics calendar of 25,000 events: 24,960 single events (timed,
in Europe/Berlin or UTC, some all-day, some cancelled) and 40 weekly series with EXDATEs and
moved occurrences (RECURRENCE-ID overrides). Then measures, over the same 261 weeks:

- floor: a bare ``icalendar.Calendar.from_ical`` + ``recurring_ical_events.of(cal).between``;
- Altitude: the service's ``preview_time`` (outline check, parse, bounded expansion,
  classification by six rules, weekly sums), as ``altitude time preview`` calls it.

Prints both medians (after one warm-up) and their ratio; the goal is at most 1.5x.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "desktop"))

from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.rules import Rule, RuleMode

FIRST = IsoWeek(2021, 1)
WEEKS = 261  # five years
EVENTS = 25_000
SERIES = 40
SEED = 20261123
WORDS = ("Review", "Standup", "1:1", "Planning", "Roadmap", "Fix", "Interview", "Lunch")
BERLIN = """BEGIN:VTIMEZONE\r
TZID:Europe/Berlin\r
BEGIN:DAYLIGHT\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
TZNAME:CEST\r
DTSTART:19700329T020000\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
END:DAYLIGHT\r
BEGIN:STANDARD\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
TZNAME:CET\r
DTSTART:19701025T030000\r
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
END:STANDARD\r
END:VTIMEZONE\r
"""
RULES = (
    Rule(("review", "fix", "standup"), RuleMode.EXECUTION),
    Rule(("1:1",), RuleMode.STRATEGY, "One-to-ones"),
    Rule(("planning", "roadmap"), RuleMode.STRATEGY),
    Rule(("interview",), RuleMode.EXECUTION, "Hiring"),
    Rule(("lunch",), RuleMode.IGNORE),
    Rule(("offsite",), RuleMode.STRATEGY),
)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _event(lines: list[str]) -> str:
    return "BEGIN:VEVENT\r\n" + "".join(f"{line}\r\n" for line in lines) + "END:VEVENT\r\n"


def generate_calendar(seed: int = SEED) -> bytes:
    rng = random.Random(seed)
    monday = FIRST.monday()
    parts = ["BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Altitude//benchmark//EN\r\n", BERLIN]
    for n in range(SERIES):
        start = datetime.combine(monday + timedelta(days=n % 5), datetime.min.time())
        start += timedelta(hours=8 + n % 9)
        uid = f"series-{n}@bench"
        exdates = [start + timedelta(weeks=rng.randrange(WEEKS)) for _ in range(5)]
        parts.append(
            _event(
                [
                    f"UID:{uid}",
                    f"SUMMARY:{WORDS[n % len(WORDS)]} series {n}",
                    f"DTSTART;TZID=Europe/Berlin:{_stamp(start)}",
                    f"DTEND;TZID=Europe/Berlin:{_stamp(start + timedelta(minutes=45))}",
                    "RRULE:FREQ=WEEKLY",
                    *(f"EXDATE;TZID=Europe/Berlin:{_stamp(d)}" for d in exdates),
                ]
            )
        )
        for week in rng.sample(range(1, WEEKS), 3):  # three moved occurrences per series
            was = start + timedelta(weeks=week)
            moved = was + timedelta(hours=2)
            parts.append(
                _event(
                    [
                        f"UID:{uid}",
                        f"SUMMARY:{WORDS[n % len(WORDS)]} series {n} (moved)",
                        f"RECURRENCE-ID;TZID=Europe/Berlin:{_stamp(was)}",
                        f"DTSTART;TZID=Europe/Berlin:{_stamp(moved)}",
                        f"DTEND;TZID=Europe/Berlin:{_stamp(moved + timedelta(minutes=30))}",
                    ]
                )
            )
    for n in range(EVENTS - SERIES):
        day = monday + timedelta(days=rng.randrange(WEEKS * 7))
        start = datetime.combine(day, datetime.min.time()) + timedelta(
            minutes=rng.randrange(32) * 30
        )
        start += timedelta(hours=7)
        lines = [
            f"UID:single-{n}@bench",
            f"SUMMARY:{rng.choice(WORDS)} {n}",
            f"CATEGORIES:{rng.choice(WORDS)}",
        ]
        if n % 50 == 0:
            lines = [lines[0], "SUMMARY:Company offsite", f"DTSTART;VALUE=DATE:{day:%Y%m%d}"]
        elif n % 3 == 0:
            utc = start.replace(tzinfo=UTC)
            lines += [f"DTSTART:{_stamp(utc)}Z", f"DTEND:{_stamp(utc + timedelta(hours=1))}Z"]
        else:
            end = start + timedelta(minutes=rng.choice((15, 25, 30, 60, 90)))
            lines += [
                f"DTSTART;TZID=Europe/Berlin:{_stamp(start)}",
                f"DTEND;TZID=Europe/Berlin:{_stamp(end)}",
            ]
        if n % 97 == 0:
            lines.append("STATUS:CANCELLED")
        if n % 7 == 0:
            lines += ["ORGANIZER:mailto:boss@example.com", "ATTENDEE:mailto:me@example.com"]
        parts.append(_event(lines))
    parts.append("END:VCALENDAR\r\n")
    return "".join(parts).encode("utf-8")


def floor_once(data: bytes, start: datetime, end: datetime) -> int:
    import icalendar
    import recurring_ical_events

    calendar = icalendar.Calendar.from_ical(data)
    return len(recurring_ical_events.of(calendar).between(start, end))


def altitude_once(service: object, data: bytes) -> int:
    from altitude.services.time.requests import TimeRequest

    request = TimeRequest(
        data,
        "bench.ics",
        zone="Europe/Berlin",
        me=("me@example.com",),
        rules=RULES,
        weeks=(FIRST, FIRST + (WEEKS - 1)),
    )
    return len(service.preview_time(request).entries)  # type: ignore[attr-defined]


def _median_seconds(work: object, runs: int) -> float:
    times = []
    for index in range(runs + 1):
        began = time.perf_counter()
        work()  # type: ignore[operator]
        if index:  # the first run warms caches and imports
            times.append(time.perf_counter() - began)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    from altitude.domain.worktime.entries import WeekWindow
    from altitude.services import Altitude
    from altitude.timeimport.zones import zone_named

    data = generate_calendar()
    window = WeekWindow.of(FIRST, FIRST + (WEEKS - 1), zone_named("Europe/Berlin"))
    with tempfile.TemporaryDirectory() as folder:
        service = Altitude.open(Path(folder))
        try:
            entries = altitude_once(service, data)
            occurrences = floor_once(data, window.start, window.end)
            floor = _median_seconds(lambda: floor_once(data, window.start, window.end), args.runs)
            ours = _median_seconds(lambda: altitude_once(service, data), args.runs)
        finally:
            service.close()
    print(
        f"calendar: {len(data) / 1e6:.1f} MB, {EVENTS:,} events, {SERIES} weekly series, "
        f"{WEEKS} weeks from {FIRST} ({date.today():%Y-%m-%d})"
    )
    print(f"floor occurrences: {occurrences:,}; Altitude entries: {entries:,}")
    print(f"floor (icalendar parse + recurring-ical-events between): median {floor * 1000:.0f} ms")
    print(f"Altitude preview_time:                                 median {ours * 1000:.0f} ms")
    print(f"ratio: {ours / floor:.2f}x (goal: at most 1.5x), medians of {args.runs} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
