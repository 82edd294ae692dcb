"""Crash safety: writers SIGKILLed at random moments lose nothing they acknowledged.

Two writers work on one data folder at once (so the busy timeout and locking are exercised
too). Each opens the plan, records check-ins (with reflection answers, so one write touches
two tables) and now and then a backup, printing each week only after ``record_checkin``
returned, i.e. after the commit. Each is killed with SIGKILL after a random delay, often
mid-start-up, mid-write or mid-backup; then a new one carries on. Some rounds use the real
command line (``altitude checkin``). At the end the file must pass integrity_check and
foreign_key_check, every acknowledged check-in must be there whole, nothing half-written may
be there, and every backup in the backups folder must pass its own integrity check.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple

from altitude.domain.weeks import IsoWeek
from altitude.store import Store

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
ROUNDS_PER_WRITER = 56
WRITERS = 2
START_UP_KILL = 0.15  # shorter delays kill the writer while it opens the store
FIRST_YEAR = {0: 2000, 1: 2050}  # each writer its own weeks, so the expected rows are known

WRITER = textwrap.dedent(
    """
    import sys
    from altitude.domain.entities import ReflectionAnswer, WeeklyCheckIn
    from altitude.domain.weeks import IsoWeek
    from altitude.services import Altitude
    from altitude.services.safety_actions import backup_now

    folder, first_year, start = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    service = Altitude.open(__import__("pathlib").Path(folder))
    print("ready", flush=True)
    index = start
    while True:
        week = IsoWeek(first_year, 1) + index
        service.record_checkin(WeeklyCheckIn(
            week=week,
            execution_hours=float(index % 37) + 1.5,
            strategy_hours=float(index % 11) + 0.25,
            note=f"note {index}",
            answers=(ReflectionAnswer("first?", f"a{index}"), ReflectionAnswer("second?", "b")),
        ))
        print(index, flush=True)
        if index % 7 == 3:
            backup_now(service)
        index += 1
    """
)


def _expected(index: int) -> tuple[float, float, str]:
    return float(index % 37) + 1.5, float(index % 11) + 0.25, f"note {index}"


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(DESKTOP), QT_QPA_PLATFORM="offscreen")


def _one_round(folder: Path, writer: int, start: int, use_cli: bool, delay: float) -> list[int]:
    """Start a writer, SIGKILL it after ``delay`` seconds; returns the indexes it acknowledged."""
    if use_cli:
        week = IsoWeek(FIRST_YEAR[writer], 1) + start
        execution, strategy, note = _expected(start)
        command = [
            sys.executable, "-m", "altitude", "--data-dir", str(folder), "checkin",
            "--week", str(week), "--execution", str(execution), "--strategy", str(strategy),
            "--note", note,
        ]  # fmt: skip
    else:
        command = [sys.executable, "-c", WRITER, str(folder), str(FIRST_YEAR[writer]), str(start)]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env()
    )
    first = ""
    if not use_cli and delay >= START_UP_KILL:
        # Time the kill from the writer's first write, not its start: on a loaded machine
        # start-up alone can outlast the delay, and no write would ever be acknowledged.
        first = process.stdout.readline() if process.stdout else ""
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    out, err = process.communicate(timeout=30)
    assert "Traceback" not in err, err  # a writer may die only by our hand
    if use_cli:
        return [start] if "recorded" in out or "replaced" in out else []
    return [int(line) for line in (first + out).split() if line != "ready"]


class Outcome(NamedTuple):
    kills: int
    acknowledged: set[int]
    by_cli: set[int]  # indexes the command line tried (those carry no answers)


def _writer_loop(folder: Path, writer: int, seed: int) -> Outcome:
    rng = random.Random(seed)
    outcome = Outcome(0, set(), set())
    kills = 0
    start = 0
    for n in range(ROUNDS_PER_WRITER):
        use_cli = n % 6 == 5
        delay = rng.uniform(0.05, 0.8 if not use_cli else 0.6)
        if use_cli:
            outcome.by_cli.add(start)
        done = _one_round(folder, writer, start, use_cli, delay)
        kills += 1
        outcome.acknowledged.update(done)
        # The write in flight at the kill may or may not be saved, but never in part: skip
        # its week so that the next round cannot repair a half-written one.
        start = (max(done) + 2) if done else start + 1
    return outcome._replace(kills=kills)


def test_sigkill_never_loses_an_acknowledged_write(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    seed = random.SystemRandom().randrange(1 << 30)
    with ThreadPoolExecutor(WRITERS) as pool:
        results = list(pool.map(lambda w: _writer_loop(folder, w, seed + w), range(WRITERS)))
    total_kills = sum(r.kills for r in results)
    assert total_kills >= 100, f"only {total_kills} kills (seed {seed})"
    assert all(len(r.acknowledged) >= 10 for r in results), f"too few writes (seed {seed})"

    conn = sqlite3.connect(folder / "altitude.db")  # recovers the -wal a kill left behind
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = conn.execute(
            "SELECT c.week, c.execution_hours, c.strategy_hours, c.note, "
            "(SELECT group_concat(answer, '|') FROM (SELECT answer FROM checkin_answers"
            " WHERE checkin_id = c.id ORDER BY position)) FROM checkins c"
        ).fetchall()
    finally:
        conn.close()

    saved = {
        week: (execution, strategy, note, answers)
        for week, execution, strategy, note, answers in rows
    }
    for writer, result in enumerate(results):
        for index in result.acknowledged:
            week = str(IsoWeek(FIRST_YEAR[writer], 1) + index)
            assert week in saved, f"acknowledged {week} is missing (seed {seed})"
    for week, (execution, strategy, note, answers) in saved.items():
        parsed = IsoWeek.parse(week)
        writer = 0 if parsed.year < FIRST_YEAR[1] else 1
        index = parsed - IsoWeek(FIRST_YEAR[writer], 1)
        assert (execution, strategy, note) == _expected(index), f"{week} is not whole"
        if answers is None:  # the command line records no answers; the script two
            assert index in results[writer].by_cli, f"{week} lost its answers (seed {seed})"
        else:
            assert answers == f"a{index}|b", f"{week} has half its answers: {answers}"
    print(f"kills={total_kills} saved={len(saved)} seed={seed}")

    backups = sorted((folder / "backups").glob("altitude-*.db"))
    assert backups, "no backup was ever completed"
    for path in backups:
        check = sqlite3.connect(path)
        try:
            assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)], path
        finally:
            check.close()
    Store.open(folder / "altitude.db").close()  # and the app opens it as usual
