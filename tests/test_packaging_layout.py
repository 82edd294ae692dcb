"""The bundled resources are complete and well-formed, and the wheel carries them."""

from __future__ import annotations

import copy
import itertools
import json
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest

import altitude
from altitude.paths import load_json_resource, resource

REPO_ROOT = Path(__file__).resolve().parent.parent
ISSUE_PROMPTS = (
    "What did you hold onto this week that someone else could own?",
    "Where did you step in when standards slipped — was it needed?",
    "What decision did you make with incomplete data?",
    "Whose feedback did you ask for?",
)
FACTORS = {"leverage", "only_you", "risk", "growth", "attachment"}
ANNOTATIONS = {"$schema", "$id", "$defs", "title", "description", "format"}
CHECKED = {
    "$ref", "type", "const", "enum", "oneOf", "allOf", "if", "then", "minimum", "maximum",
    "exclusiveMinimum", "minLength", "maxLength", "pattern", "items", "maxItems", "minItems",
    "uniqueItems", "required",
    "properties", "additionalProperties",
}  # fmt: skip


# --------------------------------------------------------------------------- a small validator


def _is_type(value: Any, kind: str) -> bool:
    checks = {
        "null": value is None,
        "boolean": isinstance(value, bool),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, int | float) and not isinstance(value, bool),
        "string": isinstance(value, str),
        "array": isinstance(value, list),
        "object": isinstance(value, dict),
    }
    return checks[kind]


def schema_errors(
    value: Any, schema: dict[str, Any], root: dict[str, Any], at: str = "$"
) -> list[str]:
    """The subset of JSON Schema 2020-12 our schema uses (asserted in a test below)."""
    errors: list[str] = []
    if "$ref" in schema:
        target = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        errors += schema_errors(value, target, root, at)
    if "type" in schema:
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_is_type(value, k) for k in kinds):
            return [*errors, f"{at}: expected {kinds}"]
    if "const" in schema and (type(value) is not type(schema["const"]) or value != schema["const"]):
        errors.append(f"{at}: expected {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{at}: {value!r} not in {schema['enum']}")
    if "oneOf" in schema:
        branches = [schema_errors(value, s, root, at) for s in schema["oneOf"]]
        matches = branches.count([])
        if matches != 1:
            errors.append(f"{at}: matches {matches} of oneOf")
            errors += [e for branch in branches for e in branch]
    for sub in schema.get("allOf", []):
        errors += schema_errors(value, sub, root, at)
    if "if" in schema and not schema_errors(value, schema["if"], root, at):
        errors += schema_errors(value, schema.get("then", {}), root, at)
    if _is_type(value, "number"):
        if value < schema.get("minimum", value) or value > schema.get("maximum", value):
            errors.append(f"{at}: {value} out of range")
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            errors.append(f"{at}: {value} must be more than {schema['exclusiveMinimum']}")
    if isinstance(value, str):
        if not schema.get("minLength", 0) <= len(value) <= schema.get("maxLength", len(value)):
            errors.append(f"{at}: length {len(value)}")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{at}: {value!r} does not match {schema['pattern']}")
    if isinstance(value, list):
        if len(value) > schema.get("maxItems", len(value)):
            errors.append(f"{at}: too many items")
        if len(value) < schema.get("minItems", 0):
            errors.append(f"{at}: too few items")
        if schema.get("uniqueItems") and len({json.dumps(v) for v in value}) < len(value):
            errors.append(f"{at}: items repeat")
        for index, entry in enumerate(value):
            errors += schema_errors(entry, schema.get("items", {}), root, f"{at}[{index}]")
    if isinstance(value, dict) and ("properties" in schema or "required" in schema):
        props = schema.get("properties", {})
        errors += [f"{at}.{key}: missing" for key in schema.get("required", []) if key not in value]
        if schema.get("additionalProperties") is False:
            errors += [f"{at}.{key}: not allowed" for key in value if key not in props]
        for key, sub in props.items():
            if key in value:
                errors += schema_errors(value[key], sub, root, f"{at}.{key}")
    return errors


def _keywords(node: Any, under_properties: bool = False) -> Iterator[str]:
    if isinstance(node, dict):
        for key, child in node.items():
            if not under_properties:
                yield key
            yield from _keywords(child, under_properties=key in ("properties", "$defs"))
    elif isinstance(node, list):
        for child in node:
            yield from _keywords(child)


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return load_json_resource("altitude-plan.schema.json")


@pytest.fixture(scope="module")
def sample() -> dict[str, Any]:
    return load_json_resource("sample-plan.json")


# --------------------------------------------------------------------------- schema and sample


def test_schema_uses_only_keywords_the_validator_checks(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert set(_keywords(schema)) <= CHECKED | ANNOTATIONS


def test_sample_plan_matches_the_schema(schema: dict[str, Any], sample: dict[str, Any]) -> None:
    assert schema_errors(sample, schema, schema) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.update(extra=1), "$.extra: not allowed"),
        (lambda d: d["items"][0].pop("mode"), "$.items[0].mode: missing"),
        (lambda d: d["items"][0].update(mode="hobby"), "$.items[0].mode"),
        (lambda d: d["items"][0]["factors"].update(risk=6), "$.items[0].factors.risk"),
        (lambda d: d["checkins"][0].update(week="2026-47"), "$.checkins[0].week"),
        (lambda d: d["delegations"][0].update(level=True), "$.delegations[0].level"),
        (lambda d: d["plan"].update(start_date="31/08/2026"), "$.plan.start_date"),
        (lambda d: d.update(version=6), "$.version"),
        (lambda d: d["settings"].update(report_sections=[]), "$.settings.report_sections"),
        (
            lambda d: d["settings"].update(report_sections=["plan", "plan"]),
            "$.settings.report_sections",
        ),
        (lambda d: d["settings"].update(focus_words=[" focus"]), "$.settings.focus_words[0]"),
        (
            lambda d: d["time"]["rules"].append(
                {"id": 1, "words": [], "mode": "ignore", "item_id": None}
            ),
            "$.time.rules[0].words",
        ),
    ],
)
def test_schema_rejects_what_the_format_forbids(
    schema: dict[str, Any], sample: dict[str, Any], change: Any, expected: str
) -> None:
    broken = copy.deepcopy(sample)
    change(broken)
    assert any(e.startswith(expected) for e in schema_errors(broken, schema, schema))


def test_taken_back_delegation_needs_a_reason(
    schema: dict[str, Any], sample: dict[str, Any]
) -> None:
    broken = copy.deepcopy(sample)
    taken = next(d for d in broken["delegations"] if d["status"] == "taken-back")
    taken["taken_back_reason"] = "  "
    assert schema_errors(broken, schema, schema) != []


def test_format_doc_names_every_key_of_the_schema(schema: dict[str, Any]) -> None:
    doc = (REPO_ROOT / "docs" / "FORMAT.md").read_text(encoding="utf-8")

    def names(node: Any) -> Iterator[str]:
        if isinstance(node, dict):
            yield from node.get("properties", {})
            for child in node.values():
                yield from names(child)
        elif isinstance(node, list):
            for child in node:
                yield from names(child)

    assert sorted(n for n in set(names(schema)) if f"`{n}`" not in doc) == []


def test_sample_plan_references_and_sums_hold(sample: dict[str, Any]) -> None:
    item_ids = {i["id"] for i in sample["items"]}
    person_ids = {p["id"] for p in sample["people"]}
    assert len(item_ids) == len(sample["items"]) and len(person_ids) == len(sample["people"])
    for d in sample["delegations"]:
        assert d["item_id"] in item_ids and d["owner_id"] in person_ids
    for c in sample["checkins"]:
        assert {h["item_id"] for h in c["item_hours"]} <= item_ids
        if c["item_hours"]:
            logged = sum(h["hours"] for h in c["item_hours"])
            assert logged == pytest.approx(c["execution_hours"] + c["strategy_hours"])


def test_sample_plan_tells_the_intended_story(sample: dict[str, Any]) -> None:
    plan = sample["plan"]
    assert date.fromisoformat(plan["start_date"]) == date.fromisocalendar(2026, 36, 1)
    assert (date.fromisoformat(plan["horizon_end"]) - date(2026, 8, 31)).days == 90
    assert [c["week"] for c in sample["checkins"]] == [f"2026-W{w}" for w in range(36, 48)]
    shares = [
        c["strategy_hours"] / (c["execution_hours"] + c["strategy_hours"]) * 100
        for c in sample["checkins"]
    ]
    assert 20 <= shares[0] <= 30 and 45 <= shares[-1] <= 55
    assert any(b < a for a, b in itertools.pairwise(shares)), "expected a dip"
    assert {d["status"] for d in sample["delegations"]} == {
        "planned", "handing-over", "owned", "taken-back",
    }  # fmt: skip
    hours = sum(i["hours"] for i in sample["items"])
    assert 40 <= hours <= 50
    assert {i["mode"] for i in sample["items"]} == {"execution", "strategy"}
    assert "undecided" in {i["decision"] for i in sample["items"]}


def test_sample_answers_use_bundled_prompts(sample: dict[str, Any]) -> None:
    prompts = load_json_resource("prompts.json")
    known = {p["text"] for p in prompts["prompts"]} | {prompts["boomerang"]}
    asked = [a["prompt"] for c in sample["checkins"] for a in c["answers"]]
    assert len(asked) >= 3
    assert set(asked) <= known
    assert prompts["boomerang"] in asked


def test_sample_is_written_the_way_export_writes(sample: dict[str, Any]) -> None:
    text = resource("sample-plan.json").read_text(encoding="utf-8")
    assert text == json.dumps(sample, indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------- other resources


def test_prompts_are_many_distinct_and_include_the_issue_ones() -> None:
    prompts = load_json_resource("prompts.json")
    ids = [p["id"] for p in prompts["prompts"]]
    texts = [p["text"] for p in prompts["prompts"]]
    assert len(ids) >= 12 and len(set(ids)) == len(ids) and len(set(texts)) == len(texts)
    assert set(ISSUE_PROMPTS) <= set(texts)
    assert all(t.strip() and len(t) <= 200 for t in texts)
    assert prompts["boomerang"].strip()


def test_catalogue_offers_statements_tasks_and_honest_targets() -> None:
    catalogue = load_json_resource("catalogue.json")
    statements = catalogue["identity_statements"]
    assert len(statements) >= 6
    assert all(s["statement"].strip() and s["explanation"].strip() for s in statements)
    assert "common_tasks" not in catalogue  # each field's tasks are in families/
    for name in ("sales", "healthcare-and-nursing", "general"):
        tasks = load_json_resource("families", f"{name}.json")["tasks"]
        assert len(tasks) >= 8
        for task in tasks:
            assert task["mode"] in {"execution", "strategy"}
            assert 0 < task["hours"] <= 100
            assert set(task["factors"]) == FACTORS
            assert all(isinstance(v, int) and 1 <= v <= 5 for v in task["factors"].values())
    for rule in catalogue["target_rules_of_thumb"]:
        assert 0 <= rule["target_share"] <= 100
        assert rule["label"].strip() and rule["source"].strip() and rule["caveat"].strip()


def test_stylesheets_use_the_shared_execution_and_strategy_colours() -> None:
    for theme in ("light", "dark"):
        qss = resource("styles", f"{theme}.qss").read_text(encoding="utf-8")
        assert "#E69F00" in qss and "#0072B2" in qss
        assert qss.count("{") == qss.count("}")
        for hook in ("QFrame#card", "QFrame#banner", 'QLabel[role="error"]', "#sidebar"):
            assert hook in qss


@pytest.mark.parametrize(
    "name", ["altitude", "dashboard", "plan", "inventory", "delegation", "team", "checkins"]
)
def test_icons_are_svg(name: str) -> None:
    root = ElementTree.parse(resource("icons", f"{name}.svg")).getroot()  # noqa: S314 - our file
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox")


def test_desktop_entry_launches_altitude() -> None:
    lines = resource("altitude.desktop").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    entries = dict(line.split("=", 1) for line in lines[1:] if "=" in line)
    assert entries["Exec"] == "altitude" and entries["Icon"] == "altitude"
    assert entries["Type"] == "Application"
    assert "ProjectManagement" in entries["Categories"].split(";")


# --------------------------------------------------------------------------- the wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from hatchling.builders.wheel import WheelBuilder

    out = tmp_path_factory.mktemp("wheel")
    return Path(next(WheelBuilder(str(REPO_ROOT)).build(directory=str(out), versions=["standard"])))


@pytest.mark.packaging
def test_wheel_holds_the_package_and_its_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "altitude/__init__.py",
        "altitude/paths.py",
        "altitude/resources/prompts.json",
        "altitude/resources/catalogue.json",
        "altitude/resources/families/sales.json",
        "altitude/resources/families/general.json",
        "altitude/resources/sample-plan.json",
        "altitude/resources/altitude-plan.schema.json",
        "altitude/resources/styles/light.qss",
        "altitude/resources/icons/altitude.svg",
    ):
        assert expected in names
    assert not any(n.startswith(("tests/", "desktop/", "resources/")) for n in names)
    meta = next(n for n in names if n.endswith(".dist-info/METADATA"))
    metadata = zipfile.ZipFile(wheel).read(meta).decode()
    assert "Name: altitude-planner" in metadata
    assert f"Version: {altitude.__version__}" in metadata
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "altitude = altitude.__main__:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


@pytest.mark.packaging
def test_wheel_carries_every_page_of_the_guide(wheel: Path) -> None:
    """Help > Altitude guide reads resources/guide/*.md from the installed package."""
    names = set(zipfile.ZipFile(wheel).namelist())
    pages = sorted(p.name for p in (REPO_ROOT / "resources" / "guide").glob("*.md"))
    assert "index.md" in pages
    assert [p for p in pages if f"altitude/resources/guide/{p}" not in names] == []


@pytest.mark.packaging
def test_wheel_carries_the_mit_licence(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    meta = next(n for n in names if n.endswith(".dist-info/METADATA"))
    metadata = zipfile.ZipFile(wheel).read(meta).decode()
    assert "License-Expression: MIT" in metadata.splitlines()
    assert "License-File: LICENSE" in metadata.splitlines()
    [licence] = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
    text = zipfile.ZipFile(wheel).read(licence).decode()
    assert text == (REPO_ROOT / "LICENSE").read_text()
    assert "MIT License" in text and "Copyright (c) 2026 The Altitude authors" in text


@pytest.mark.packaging
def test_installed_wheel_finds_resources_inside_the_package(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = "import altitude.paths as p; print(p.resource('prompts.json'))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert Path(result.stdout.strip()) == site / "altitude" / "resources" / "prompts.json"


@pytest.mark.packaging
def test_wheel_carries_the_translations_compiled_from_the_ts_files(
    wheel: Path, released_translations: Path
) -> None:
    """The .qm files are built at build time (freeze/hatch_qm.py), never committed: the
    wheel's are the ones the current .ts files compile to."""
    names = set(zipfile.ZipFile(wheel).namelist())
    for lang in ("de", "fr", "en"):
        name = f"altitude/resources/i18n/altitude_{lang}.qm"
        assert name in names
        fresh = (released_translations / f"altitude_{lang}.qm").read_bytes()
        assert zipfile.ZipFile(wheel).read(name) == fresh
    tracked = subprocess.run(
        ["git", "ls-files", "resources/i18n"], cwd=REPO_ROOT, capture_output=True, text=True
    )
    if tracked.returncode == 0:  # in a git checkout: no .qm is committed
        assert not [n for n in tracked.stdout.split() if n.endswith(".qm")]
