"""`altitude decide` and `altitude decisions`: their arguments (see journal_commands).

Values are parsed by the command, not by argparse, so that a bad date or percent is one
line naming the option, like every other refusal (argparse would print its usage too)."""

from __future__ import annotations

from typing import Any


def add_journal_parsers(sub: Any) -> None:
    p = sub.add_parser("decide", help="record a decision in the decision journal")
    p.add_argument("--decision", required=True, metavar="TEXT", help="the decision, one sentence")
    p.add_argument(
        "--kind",
        required=True,
        metavar="KIND",
        help="people, money, risk, timing, direction, process, or your own word",
    )
    p.add_argument(
        "--door",
        required=True,
        metavar="one-way|two-way",
        help="one-way: hard to undo; two-way: easy to walk back",
    )
    p.add_argument(
        "--information",
        required=True,
        metavar="PCT",
        help="how much of the information you wished for you had, 0-100",
    )
    p.add_argument(
        "--option",
        action="append",
        required=True,
        metavar="TEXT",
        help="an option you considered (give two or more, the chosen one among them)",
    )
    p.add_argument("--choice", required=True, metavar="TEXT", help="the option you chose")
    p.add_argument("--rationale", required=True, metavar="TEXT", help="why, in a few sentences")
    p.add_argument("--expect", required=True, metavar="TEXT", help="what you expect to happen")
    p.add_argument("--by", required=True, metavar="DATE", help="when you expect it by, YYYY-MM-DD")
    p.add_argument(
        "--confidence",
        required=True,
        metavar="PCT",
        help="your confidence that it happens, 0-100",
    )
    p.add_argument(
        "--made-by",
        metavar="NAME",
        help="the team member who made it (default: you did)",
    )
    p.add_argument("--decided-on", metavar="DATE", help="the day it was decided (default: today)")
    p.add_argument(
        "--review-on",
        metavar="DATE",
        help="when to review it (default: 21 days for a two-way door, 90 for a one-way door)",
    )
    p.add_argument("--reverse-if", metavar="TEXT", help="what would make you reverse it")
    p.add_argument("--premortem", metavar="TEXT", help="it failed months later: why?")
    p = sub.add_parser("decisions", help="list the decision journal and what is due for review")
    p.add_argument("--json", action="store_true", help="print the decisions as JSON")
