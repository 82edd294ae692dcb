"""`altitude backup`, `altitude restore` and `altitude doctor`.

``backup`` runs on the open service like the other commands. ``restore`` and ``doctor``
take the data folder instead: they must work when the store itself can't be opened.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from altitude.errors import AltitudeError
from altitude.services import Altitude
from altitude.services import safety_actions as safety
from altitude.services.errors import DamagedDatabaseError, NotADatabaseError, StoreError

FolderCommand = Callable[[argparse.Namespace, Path, Callable[[], date]], int]


def cmd_backup(service: Altitude, args: argparse.Namespace) -> int:
    if args.list:
        return _print_backups(safety.list_backups(service))
    target = Path(args.output) if args.output else None
    written = safety.backup_now(service, target)
    print(f"Backup written to {written} ({len(service.state.checkins)} weekly check-ins).")
    return 0


def cmd_restore(args: argparse.Namespace, folder: Path, clock: Callable[[], date]) -> int:
    source = resolve_backup(Path(args.file), folder)
    try:
        service = Altitude.open(folder)
    except (DamagedDatabaseError, NotADatabaseError) as exc:
        aside = safety.recover_from_backup(folder, source)
        print(f"Restored {source}. The unreadable file ({exc}) was kept as {aside}.")
        return 0
    try:
        state = safety.restore_backup(service, source)
    finally:
        service.close()
    print(
        f"Restored {source}: {len(state.items)} inventory items, {len(state.checkins)} weekly "
        "check-ins. The plan as it was is in the backups folder."
    )
    return 0


def cmd_doctor(args: argparse.Namespace, folder: Path, clock: Callable[[], date]) -> int:
    report = safety.doctor(folder)
    print("\n".join(report.lines))
    if report.healthy:
        print("Healthy.")
        return 0
    print(
        f"{len(report.problems)} problem(s) found. Restore a backup with "
        "`altitude restore FILE` (see `altitude backup --list`)."
    )
    return 1


SERVICE_COMMANDS = {"backup": cmd_backup}
FOLDER_COMMANDS: dict[str, FolderCommand] = {"restore": cmd_restore, "doctor": cmd_doctor}


def run_folder_command(args: argparse.Namespace, folder: Path, clock: Callable[[], date]) -> int:
    """Run restore or doctor; a failure is one line on stderr and exit code 1."""
    try:
        return FOLDER_COMMANDS[args.command](args, folder, clock)
    except AltitudeError as exc:
        print(f"altitude {args.command}: error: {one_line(str(exc))}", file=sys.stderr)
        return 1


def resolve_backup(path: Path, folder: Path) -> Path:
    """A path as given, or else the name of a file in the backups folder."""
    if path.exists() or path.parent != Path("."):
        return path
    candidate = safety.folder_backups(folder) / path.name
    return candidate if candidate.exists() else path


def one_line(text: str) -> str:
    """SQLite's integrity reports span lines; stderr gets exactly one."""
    return " ".join(part.strip() for part in text.splitlines() if part.strip())[:400]


def open_failure_hint(exc: BaseException, folder: Path) -> str:
    """For a store that can't be read: where the newest backup is and how to restore it."""
    if not isinstance(exc, DamagedDatabaseError | NotADatabaseError):
        return ""
    try:
        newest = safety.newest_backup(folder)
    except StoreError:
        return ""
    if newest is None:
        return "; no backup was found (the file is left as it is)"
    return f"; to go back to the newest backup run: altitude restore {newest.name}"


def _print_backups(infos: list[safety.BackupInfo]) -> int:
    if not infos:
        print("No backups yet.")
        return 0
    for info in infos:
        what = (
            f"{info.contents.new_role or 'no plan'}, {info.contents.checkins} check-ins"
            + (f", last {info.contents.last_week}" if info.contents.last_week else "")
            if info.contents
            else f"unreadable: {info.problem}"
        )
        print(
            f"{info.file.path.name}  {info.file.made:%Y-%m-%d %H:%M}  {info.file.reason:<9}  "
            f"{info.size / 1024:>6.0f} KiB  {what}"
        )
    return 0
