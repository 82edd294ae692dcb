"""Entry point: parse arguments, then run a headless command or open the app."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, NamedTuple

GUI_ONLY = "--checkin"  # the app's own options, with --data-dir DIR


def clock_from_env() -> Callable[[], date]:
    """ALTITUDE_TODAY=YYYY-MM-DD pins "today" (tests, screenshots, demos)."""
    pinned = os.environ.get("ALTITUDE_TODAY")
    if pinned:
        fixed = date.fromisoformat(pinned)
        return lambda: fixed
    return date.today


class GuiArguments(NamedTuple):
    data_dir: str | None
    checkin: bool
    command: None = None


def gui_arguments(argv: Sequence[str]) -> GuiArguments | None:
    """The app's own options (``--data-dir DIR``, ``--checkin``), read without building
    the command line's parser (argparse and its twenty subcommands: ~50 ms of every start
    of the window, benchmarks/RESULTS.md). None for anything else, which argparse reads
    (and explains: --help, a command, a mistake)."""
    folder: str | None = None
    checkin = False
    items = list(argv)
    while items:
        item = items.pop(0)
        if item == GUI_ONLY:
            checkin = True
        elif item == "--data-dir" and items and not items[0].startswith("-"):
            folder = items.pop(0)
        elif item.startswith("--data-dir="):
            folder = item.partition("=")[2]
        else:
            return None
    return GuiArguments(folder, checkin)


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # data, backups, locks and exports readable by the user alone
    args: Any = gui_arguments(sys.argv[1:] if argv is None else argv)  # or argparse's
    if args is None:
        from altitude.cli.parser import build_parser

        args = build_parser().parse_args(argv)
    from altitude.paths import data_dir, ensure_private_dir

    try:
        folder = ensure_private_dir(data_dir(args.data_dir))
    except OSError as exc:
        print(f"altitude: error: {exc.filename or args.data_dir}: {exc.strerror or exc}",
              file=sys.stderr)  # fmt: skip
        return 1
    from altitude.app_log import configure

    configure(folder)  # one log for the app, GUI or CLI: DATA/logs/altitude.log
    if args.command:
        from altitude.cli.run import run

        if args.command == "remind" and args.wait:  # the process that posts the notification
            from altitude.cli.remind_command import install_wording
            from altitude.ui.reminder_words import in_app_language

            install_wording(in_app_language)

        return run(args, folder, clock_from_env())
    from altitude.compat.pyside_sources import read_sources_plainly

    read_sources_plainly()  # before the app's imports: ~22 MiB less held for good
    from altitude.ui.app import run_gui

    return run_gui(folder, clock_from_env(), checkin=args.checkin)


if __name__ == "__main__":
    sys.exit(main())
