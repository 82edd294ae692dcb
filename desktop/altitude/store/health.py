"""The doctor: a full, read-only examination of the database file and its backups.

Opening the store already runs quick_check and foreign_key_check (connection.py); the
doctor adds the slow, thorough integrity_check, names the schema version, and says how
many backups there are. It never changes the file.
"""

from __future__ import annotations

import sqlite3
import stat
from dataclasses import dataclass, field
from pathlib import Path

from altitude.store.backup import backups_folder, list_backups, verify
from altitude.store.errors import StoreError, describe
from altitude.store.restore import open_read_only, read_contents


@dataclass
class HealthReport:
    """``lines`` to print, in order; ``problems`` repeats the ones that make it unhealthy."""

    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems

    def ok(self, text: str) -> None:
        self.lines.append(text)

    def bad(self, text: str) -> None:
        self.lines.append(text)
        self.problems.append(text)


def examine(db_path: Path) -> HealthReport:
    report = HealthReport()
    if not db_path.exists():
        report.ok(f"No plan saved yet at {db_path}.")
        _backups_line(report, db_path)
        return report
    report.ok(f"Database: {db_path} ({_size(db_path)})")
    try:
        conn = open_read_only(db_path)
    except StoreError as error:
        report.bad(f"Cannot open: {error}")
        return report
    try:
        _check(conn, db_path, report)
    except sqlite3.Error as error:
        report.bad(f"Cannot read: {describe(error, db_path)}")
    except StoreError as error:
        report.bad(str(error))
    finally:
        conn.close()
    _privacy_line(report, db_path)
    _backups_line(report, db_path)
    return report


def _check(conn: sqlite3.Connection, db_path: Path, report: HealthReport) -> None:
    problem = verify(conn)  # full integrity_check, then foreign_key_check
    if problem:
        report.bad(f"Integrity: damaged: {problem}")
        return
    report.ok("Integrity: ok (full check, foreign keys included)")
    contents = read_contents(conn, db_path)  # refuses other apps' files and newer versions
    from altitude.store.schema import migrations  # imports sqlite-utils: not needed to start

    latest = migrations.latest_version()
    state = "up to date" if contents.schema_version == latest else "will be upgraded on open"
    report.ok(f"Schema: version {contents.schema_version} of {latest} ({state})")
    role = contents.new_role or "no plan yet"
    last = f", last {contents.last_week}" if contents.last_week else ""
    report.ok(f"Holds: {role}; {contents.checkins} weekly check-ins{last}")


def _privacy_line(report: HealthReport, db_path: Path) -> None:
    open_to_others = [
        p for p in (db_path.parent, db_path) if stat.S_IMODE(p.stat().st_mode) & 0o077
    ]
    if open_to_others:
        names = ", ".join(str(p) for p in open_to_others)
        report.ok(f"Privacy: readable by other users: {names} (opening Altitude tightens it)")
    else:
        report.ok("Privacy: the data folder and file are readable by you alone")


def _backups_line(report: HealthReport, db_path: Path) -> None:
    folder = backups_folder(db_path)
    try:
        found = list_backups(folder)
    except StoreError as error:
        report.ok(f"Backups: {error}")
        return
    if not found:
        report.ok(f"Backups: none yet in {folder}")
        return
    newest = found[0]
    report.ok(
        f"Backups: {len(found)} in {folder}, newest {newest.made:%Y-%m-%d %H:%M} ({newest.reason})"
    )


def _size(path: Path) -> str:
    size = path.stat().st_size
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KiB"
    return f"{size / 1048576:.1f} MiB"
