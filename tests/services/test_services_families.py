"""Role families: every bundled one loads with its counts, the role words suggest the
right one, and a damaged file is refused with a message naming the file and the entry."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from altitude.domain.entities import InventoryItem
from altitude.domain.validation import validate_item
from altitude.paths import resource
from altitude.services.guidance.families import (
    FamilyDataError,
    load_families,
    parse_family,
    read_families,
)

REQUIRED = {
    "Software engineering", "Product management", "Design and user research",
    "Data and analytics", "Sales", "Customer support and success",
    "Operations and logistics", "Finance and accounting", "Marketing and communications",
    "Healthcare and nursing", "Education and teaching", "Retail and hospitality",
}  # fmt: skip
TECH = {"software-engineering", "product", "design", "data-and-analytics"}
SOFTWARE_WORDS = re.compile(
    r"\b(code|merges?|sprints?|deploy\w*|on-call|backlog|bugs?|features?|releases?)\b", re.I
)


def test_every_family_loads_with_the_counts_the_issue_asks_for() -> None:
    families = load_families()
    assert {f.name for f in families.families} >= REQUIRED
    assert families.families[-1] is families.general  # the general list comes last
    for family in families.families:
        assert 8 <= len(family.tasks) <= 12, family.id
        assert 5 <= len(family.identity) <= 8, family.id
        assert 3 <= len(family.outcomes) <= 5, family.id
        assert family.fallback or family.words
        modes = {t.mode for t in family.tasks}
        assert len(modes) == 2, f"{family.id}: both execution and strategy"
        for task in family.tasks:  # the plan would take each as it is
            assert validate_item(InventoryItem(task.title, task.hours, task.mode)) == {}


def test_fields_outside_software_use_no_software_words() -> None:
    for family in load_families().families:
        if family.id in TECH:
            continue
        texts = [t.title for t in family.tasks] + list(family.outcomes)
        texts += [s.statement + " " + s.explanation for s in family.identity]
        found = [t for t in texts if SOFTWARE_WORDS.search(t)]
        assert found == [], family.id


@pytest.mark.parametrize(
    ("new_role", "old_role", "family"),
    [
        ("Sales team lead", "Account executive", "sales"),
        ("Sales team lead", "", "sales"),
        ("Charge nurse", "Staff nurse", "healthcare-and-nursing"),
        ("Charge nurse", "", "healthcare-and-nursing"),
        ("Head of data", "", "data-and-analytics"),
        ("Analytics team lead", "Senior data analyst", "data-and-analytics"),
        ("Engineering manager", "", "software-engineering"),
        ("Store manager", "", "retail-and-hospitality"),
        ("Head of Year 9", "", "education"),
        ("Department head, mathematics", "", "education"),
        ("Customer success lead", "", "customer-support"),
        ("Financial controller", "", "finance"),
        ("Team lead", "Senior backend engineer", "software-engineering"),
        ("Product designer", "", "design"),
        ("Ward manager", "", "healthcare-and-nursing"),
        ("Head chef", "", "retail-and-hospitality"),
    ],
)
def test_role_words_suggest_the_family(new_role: str, old_role: str, family: str) -> None:
    suggestion = load_families().suggest(new_role, old_role)
    assert suggestion.family.id == family
    assert suggestion.score > 0 and suggestion.matched


@pytest.mark.parametrize("title", ["Chief happiness wrangler", "", "Team lead", "Sales and tax"])
def test_nonsense_no_words_or_a_tie_fall_back_to_the_general_list(title: str) -> None:
    suggestion = load_families().suggest(title)
    assert suggestion.family.fallback
    assert suggestion.matched == ()


# --------------------------------------------------------------------------- strictness


def sales() -> dict[str, Any]:
    return json.loads(resource("families", "sales.json").read_text(encoding="utf-8"))


def refused(raw: Any) -> str:
    with pytest.raises(FamilyDataError) as caught:
        parse_family(raw, "families/sales.json")
    return str(caught.value)


def test_the_bundled_file_parses() -> None:
    assert parse_family(sales(), "families/sales.json").name == "Sales"


def test_bad_hours_name_the_file_the_entry_and_the_task() -> None:
    raw = sales()
    raw["tasks"][3]["hours"] = 120
    assert refused(raw) == (
        'families/sales.json, tasks[3] ("Approving discounts deal by deal"): '
        "hours must be more than 0 and at most 100"
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r["tasks"][0]["factors"].update(risk=6), "factor risk must be a whole number"),
        (lambda r: r["tasks"][0]["factors"].pop("growth"), "missing ['growth']"),
        (lambda r: r["tasks"][1].update(mode="doing"), 'mode must be "execution" or "strategy"'),
        (lambda r: r["tasks"][1].update(title=" "), "tasks[1]: the title must be a non-empty"),
        (lambda r: r.update(tasks=r["tasks"][:7]), "tasks: needs 8 to 12 entries, has 7"),
        (lambda r: r.update(identity=r["identity"][:4]), "identity: needs 5 to 8 entries, has 4"),
        (lambda r: r["outcomes"].extend(["a", "b"]), "outcomes: needs 3 to 5 entries, has 6"),
        (lambda r: r.update(colour="red"), "unknown keys ['colour']"),
        (lambda r: r.pop("words"), "missing ['words']"),
        (lambda r: r.update(words=[]), "words: needs at least one role word"),
        (lambda r: r.update(id="Sales"), 'id: must be "sales"'),
        (lambda r: r["identity"][0].update(explanation=""), "identity[0]: the explanation"),
        (lambda r: r["tasks"].__setitem__(1, dict(r["tasks"][0])), "appears twice"),
        (lambda r: r["words"].append("--"), "a role word needs a letter or digit"),
        (lambda r: r.update(fallback="yes"), "fallback: must be true or false"),
    ],
)
def test_a_damaged_family_is_refused_with_a_clear_message(change: Any, message: str) -> None:
    raw = sales()
    change(raw)
    text = refused(raw)
    assert text.startswith("families/sales.json")
    assert message in text


def test_the_folder_needs_exactly_one_general_list_and_valid_json(tmp_path: Path) -> None:
    folder = tmp_path / "families"
    shutil.copytree(resource("families"), folder)
    assert len(read_families(folder).families) == len(load_families().families)

    (folder / "general.json").unlink()
    with pytest.raises(FamilyDataError, match="exactly one family must be the general list"):
        read_families(folder)

    (folder / "broken.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(FamilyDataError, match=r"families/broken\.json: not valid JSON"):
        read_families(folder)


def test_an_unknown_family_id_is_refused() -> None:
    with pytest.raises(FamilyDataError, match="no role family 'astronaut'"):
        load_families().by_id("astronaut")
