"""`altitude time rules [--import]`, and preview/apply falling back on the plan: its stored
rules, the zone and the addresses in settings."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from time_helpers import FIXTURES, ONE_TO_ONES, Cli, add_items

from altitude.domain.worktime.rules import RuleMode
from altitude.domain.worktime.stored import TimeRule
from altitude.services import Altitude


@pytest.fixture(autouse=True)
def one_to_ones(service: Altitude) -> None:
    add_items(service, ONE_TO_ONES)


def _rule_backups(folder: Path) -> list[Path]:
    return sorted((folder / "backups").glob("*-rules*.db"))


def test_rules_imports_a_toml_file_in_order_with_item_ids_and_prints_them(
    cli: Cli, service: Altitude, folder: Path
) -> None:
    result = cli("rules", "--import", "rules.toml")
    assert result.code == 0, result.err
    assert "4 rule(s) stored from" in result.out and "a backup was made first" in result.out
    rules = service.reload().time_rules
    assert [r.words for r in rules] == [
        ("review", "standup", "fix"),
        ("1:1", "one-to-one"),
        ("strategy", "planning", "roadmap"),
        ("lunch", "offsite"),
    ]
    assert [r.mode for r in rules] == [RuleMode.EXECUTION, RuleMode.STRATEGY] * 1 + [
        RuleMode.STRATEGY,
        RuleMode.IGNORE,
    ]
    assert rules[1].item_id == service.state.items[0].id and rules[0].item_id is None
    assert len(_rule_backups(folder)) == 1
    listed = cli("rules")
    assert listed.code == 0
    assert listed.out.splitlines()[:4] == [
        "# first match wins",
        "",
        "[[rule]]",
        'words = ["review", "standup", "fix"]',
    ]
    assert f'item = "{ONE_TO_ONES}"' in listed.out


def test_printed_rules_read_back_as_the_same_rules(
    cli: Cli, service: Altitude, tmp_path: Path
) -> None:
    cli("rules", "--import", "rules.toml")
    printed = tmp_path / "printed.toml"
    printed.write_text(cli("rules").out, encoding="utf-8")
    before = service.reload().time_rules
    assert cli("rules", "--import", str(printed)).code == 0
    after = service.reload().time_rules
    assert [(r.words, r.mode, r.item_id) for r in after] == [
        (r.words, r.mode, r.item_id) for r in before
    ]


def test_rules_with_none_stored_says_how_to_add_them(cli: Cli, service: Altitude) -> None:
    result = cli("rules")
    assert result.code == 0 and "No rules yet" in result.out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[[rule]]\nwords = ["x"]\nmode = "strategy"\nitem = "Golf"\n', "rule 1: 'Golf' is not"),
        ('[[rule]]\nwords = ["x"]\nmode = "sometimes"\n', "mode must be one of"),
        ("[[rule]\n", "not valid TOML"),
        ('[[rule]]\nwords = ["' + "x" * 81 + '"]\nmode = "ignore"\n', "80 characters"),
        ("[[rule]]\nwords = [" + ", ".join(f'"w{i}"' for i in range(31)) + ']\nmode = "ignore"\n',
         "1 to 30 words"),
    ],
)  # fmt: skip
def test_a_bad_rules_file_is_refused_in_one_line_and_changes_nothing(
    cli: Cli, service: Altitude, folder: Path, tmp_path: Path, text: str, expected: str
) -> None:
    service.put_time_rules([TimeRule(("keep",), RuleMode.EXECUTION)])
    before = service.reload()
    bad = tmp_path / "bad.toml"
    bad.write_text(text, encoding="utf-8")
    result = cli("rules", "--import", str(bad))
    assert result.code == 1
    assert result.err.startswith("altitude time rules: error:") and result.err.count("\n") == 1
    assert expected in result.err
    assert service.reload() == before
    assert _rule_backups(folder) == []


def test_preview_without_rules_uses_the_stored_ones(cli: Cli, service: Altitude) -> None:
    assert cli("rules", "--import", "rules.toml").code == 0
    with_file = cli("preview", "toggl.csv", "--rules", "rules.toml", "--zone", "Europe/Berlin",
                    "--json")  # fmt: skip
    stored = cli("preview", "toggl.csv", "--zone", "Europe/Berlin", "--json")
    assert stored.code == 0, stored.err
    assert json.loads(stored.out) == json.loads(with_file.out)
    assert any(w["execution"] > 0 for w in json.loads(stored.out)["weeks"])  # rules applied


def test_preview_without_zone_uses_the_zone_in_settings(cli: Cli, service: Altitude) -> None:
    given = cli("preview", "week_split.ics", "--zone", "America/New_York", "--json")
    other = cli("preview", "week_split.ics", "--zone", "Asia/Tokyo", "--json")
    service.update_settings(replace(service.state.settings, time_zone="America/New_York"))
    from_settings = cli("preview", "week_split.ics", "--json")
    assert from_settings.code == 0, from_settings.err
    assert json.loads(from_settings.out) == json.loads(given.out)
    assert json.loads(given.out) != json.loads(other.out)  # the zone matters to this file


def test_me_adds_to_the_addresses_in_settings(cli: Cli, service: Altitude) -> None:
    args = ("preview", "skipped_and_meetings.ics", "--zone", "Europe/Berlin", "--json")
    plain = json.loads(cli(*args).out)
    me = _declining_address()
    with_me = json.loads(cli(*args, "--me", me).out)
    assert with_me != plain  # the address makes a declined invitation skipped
    service.update_settings(replace(service.state.settings, my_addresses=(me,)))
    assert json.loads(cli(*args).out) == with_me
    assert json.loads(cli(*args, "--me", "someone@else.example").out) == with_me


def _declining_address() -> str:
    """The attendee of the fixture who declined (read from the file, not guessed)."""
    text = (FIXTURES / "skipped_and_meetings.ics").read_text(encoding="utf-8")
    unfolded = text.replace("\r\n ", "").replace("\n ", "")
    for line in unfolded.splitlines():
        if line.startswith("ATTENDEE") and "DECLINED" in line:
            return line.rsplit(":", 1)[1].strip()
    raise AssertionError("the fixture has no declined invitation")
