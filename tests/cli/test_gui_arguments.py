"""The app's own options are read without building the command line's parser, and read
exactly as argparse reads them; anything else still goes to argparse."""

from __future__ import annotations

import pytest

from altitude.__main__ import gui_arguments
from altitude.cli.parser import build_parser


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--checkin"],
        ["--data-dir", "/tmp/plan"],
        ["--data-dir=/tmp/plan"],
        ["--data-dir="],
        ["--data-dir", "a", "--data-dir", "b"],  # the last one wins, as in argparse
        ["--checkin", "--data-dir", "my plan", "--checkin"],
    ],
)
def test_the_apps_own_options_read_as_argparse_reads_them(argv: list[str]) -> None:
    fast = gui_arguments(argv)
    full = build_parser().parse_args(argv)
    assert fast is not None
    assert (fast.data_dir, fast.checkin, fast.command) == (full.data_dir, full.checkin, None)
    assert full.command is None


@pytest.mark.parametrize(
    "argv",
    [
        ["status"],  # a command
        ["--data-dir", "x", "status"],
        ["--help"],
        ["-h"],
        ["--version"],
        ["--data"],  # argparse's abbreviation, or its error: argparse says which
        ["--data-dir"],  # a missing value: argparse explains
        ["--data-dir", "--checkin"],
        ["--checkin=yes"],
        ["--bogus"],
    ],
)
def test_anything_else_is_left_to_argparse(argv: list[str]) -> None:
    assert gui_arguments(argv) is None
