"""Entry point: parse arguments, then run a headless command or open the app."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from datetime import date

from altitude.cli.parser import build_parser


def clock_from_env() -> Callable[[], date]:
    """ALTITUDE_TODAY=YYYY-MM-DD pins "today" (tests, screenshots, demos)."""
    pinned = os.environ.get("ALTITUDE_TODAY")
    if pinned:
        fixed = date.fromisoformat(pinned)
        return lambda: fixed
    return date.today


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # data, backups, locks and exports readable by the user alone
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
