"""What the first release wrote still opens, migrates and imports, with every field.

``fixtures/release1-sample.db`` and ``fixtures/release1-export.json`` were made by the first
release (commit 33bb329) with ``altitude sample`` then ``altitude export``: the same plan,
once as its database file, once as its export. ``fixtures/format4-export.json`` is the
sample as the last format-4 build wrote it (commit d6203cb, ``ALTITUDE_TODAY=2026-11-23
altitude sample`` then ``altitude export``): journal, feedback log and settings of then.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

from altitude.domain.arcs.described import ActionItemLink as ItemLink
from altitude.domain.entities import REPORT_SECTIONS, PlanState, Settings
from altitude.services import Altitude
from altitude.store import Store
from altitude.store.interchange import dumps, loads
from altitude.store.schema import migrations

FIXTURES = Path(__file__).parent / "fixtures"


def _versions(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    finally:
        conn.close()


def _release1_state() -> PlanState:
    return loads((FIXTURES / "release1-export.json").read_bytes(), "release1-export.json")


def test_a_first_release_database_is_backed_up_migrated_and_keeps_every_field(
    tmp_path: Path,
) -> None:
    path = tmp_path / "altitude.db"
    shutil.copyfile(FIXTURES / "release1-sample.db", path)
    assert _versions(path) == ["0001_initial_schema"]
    store = Store.open(path)
    try:
        assert store.schema_version() == migrations.latest_version() == 5
        state = store.load()
    finally:
        store.close()
    expected = _release1_state()
    assert state == expected  # every field of every record, ids included
    assert state.people and all(
        p.one_to_one_days is None and p.last_one_to_one is None for p in state.people
    )
    backups = sorted((tmp_path / "backups").glob("*migration*.db"))
    assert len(backups) == 1
    assert _versions(backups[0]) == ["0001_initial_schema"]  # the file as it was
    assert (backups[0].stat().st_mode & 0o777) == 0o600


def test_a_first_release_export_imports_whole(tmp_path: Path) -> None:
    service = Altitude(Store.open(tmp_path / "altitude.db"))
    try:
        data = (FIXTURES / "release1-export.json").read_bytes()
        service.import_json(data, "release1-export.json")
        imported = service.state
        assert imported == _release1_state()
        assert len(imported.checkins) > 0 and len(imported.delegations) > 0
        # and what this version exports of it imports again, unchanged
        again = loads(service.export_json().encode(), "again.json")
        assert again == imported
    finally:
        service.store.close()


def test_a_first_release_database_gains_an_empty_journal_and_log_that_take_records(
    tmp_path: Path,
) -> None:
    from .conftest import make_journal

    path = tmp_path / "altitude.db"
    shutil.copyfile(FIXTURES / "release1-sample.db", path)
    store = Store.open(path)
    try:
        state = store.load()
        assert state.journal == state.themes == state.feedback == ()
        assert _versions(path)[-1] == "0005_thinking_in_arcs"
        entry = make_journal()[1]  # made by nobody in particular once its maker is dropped
        saved = store.add_journal_entry(replace(entry, id=None, made_by_id=state.people[0].id))
        assert store.load().journal == (saved,)
    finally:
        store.close()


def test_a_first_release_export_has_no_journal_nor_time_and_exports_as_version_5() -> None:
    state = _release1_state()
    assert state.journal == state.themes == state.feedback == ()
    assert state.time_sources == state.time_rules == state.imported == ()
    assert state.settings.focus_words == Settings().focus_words  # newer fields: defaults
    assert state.settings.report_sections == REPORT_SECTIONS
    doc = json.loads(dumps(state))
    assert doc["version"] == 5 and doc["decisions"] == []
    assert doc["feedback"] == {"themes": [], "entries": []}
    assert doc["time"] == {"sources": [], "rules": [], "imported": []}


def test_a_first_release_database_migrated_to_4_takes_time_records_and_settings(
    tmp_path: Path,
) -> None:
    from .conftest import make_full_state, make_imported, make_time_rules, make_time_sources

    path = tmp_path / "altitude.db"
    shutil.copyfile(FIXTURES / "release1-sample.db", path)
    store = Store.open(path)
    try:
        state = store.load()
        assert state.time_sources == state.time_rules == state.imported == ()
        assert state.settings.two_way_review_days == 21  # the defaults, until set
        item_id = state.items[0].id
        source = store.add_time_source(replace(make_time_sources()[0], id=None))
        rules = store.put_time_rules(
            [replace(r, id=None, item_id=item_id if r.item_id else None) for r in make_time_rules()]
        )
        week = replace(make_imported()[0], source_id=source.id, item_hours=((item_id, 6.1),))
        store.put_imported(week)
        settings = make_full_state().settings
        store.save_settings(settings)
        again = store.load()
        assert again.time_sources == (source,)
        assert again.time_rules == rules
        assert again.imported == (week,)
        assert again.settings == settings
        assert replace(again, time_sources=(), time_rules=(), imported=(),
                       settings=state.settings) == state  # fmt: skip
    finally:
        store.close()


def test_a_first_release_export_round_trips_byte_identical_at_version_4(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "altitude.db")
    try:
        store.replace_all(_release1_state())
        text = dumps(store.load())
        store.replace_all(loads(text.encode(), "again.json"))
        assert dumps(store.load()) == text
    finally:
        store.close()


FORMAT4 = FIXTURES / "format4-export.json"
_V5_KEYS = ("narratives", "stakeholders", "functions", "reviews")


def test_a_first_release_database_migrated_to_5_takes_the_arcs(tmp_path: Path) -> None:
    from .conftest import make_full_state

    path = tmp_path / "altitude.db"
    shutil.copyfile(FIXTURES / "release1-sample.db", path)
    store = Store.open(path)
    try:
        state = store.load()
        assert state.narratives == state.stakeholders == state.functions == state.reviews == ()
        assert state.plan is not None and state.plan.situation is None and state.plan.family == ""
        assert state.settings.report_sections == REPORT_SECTIONS  # none stored: the default
        full = make_full_state()
        person = store.add_stakeholder(replace(full.stakeholders[0], id=None))
        item_id = state.items[0].id
        linked = replace(
            full.narratives[1],
            id=None,
            actions=(replace(full.narratives[0].actions[1], items=(ItemLink(item_id),)),),
        )
        version = store.add_narrative(linked)
        function = store.add_function(replace(full.functions[0], id=None, learn_from_id=person.id))
        review = store.put_review(replace(full.reviews[0], id=None))
        store.save_plan(replace(state.plan, situation=full.plan.situation, family="finance"))  # type: ignore[union-attr]
        again = store.load()
        assert again.stakeholders == (person,) and again.narratives == (version,)
        assert again.functions == (function,) and again.reviews == (review,)
        assert again.plan.family == "finance"  # type: ignore[union-attr]
        assert replace(again, narratives=(), stakeholders=(), functions=(), reviews=(),
                       plan=state.plan) == state  # fmt: skip
    finally:
        store.close()


def test_a_format_4_export_imports_keeping_every_field(tmp_path: Path) -> None:
    """Read and written again at version 5, it is the same file but for what version 5
    added (empty) and the report choice of all six sections, which reads as all of now."""
    original = FORMAT4.read_text(encoding="utf-8")
    service = Altitude(Store.open(tmp_path / "altitude.db"))
    try:
        service.import_json(original.encode(), FORMAT4.name)
        state = service.state
        assert len(state.journal) == 5 and len(state.feedback) == 6 and state.themes
        assert state.narratives == state.stakeholders == state.functions == state.reviews == ()
        assert state.settings.report_sections == REPORT_SECTIONS
        doc = json.loads(service.export_json())
    finally:
        service.store.close()
    assert doc["version"] == 5 and all(doc[k] == [] for k in _V5_KEYS)
    assert doc["plan"].pop("situation") is None and doc["plan"].pop("family") == ""
    for key in _V5_KEYS:
        del doc[key]
    doc["version"] = 4
    doc["settings"]["report_sections"] = json.loads(original)["settings"]["report_sections"]
    assert json.dumps(doc, indent=2, ensure_ascii=False) + "\n" == original


def test_the_v5_round_trip_of_every_field_is_byte_identical(tmp_path: Path) -> None:
    from .conftest import make_full_state

    store = Store.open(tmp_path / "altitude.db")
    try:
        store.replace_all(make_full_state())
        text = dumps(store.load())
        assert json.loads(text)["version"] == 5
        store.replace_all(loads(text.encode(), "again.json"))
        assert dumps(store.load()) == text
    finally:
        store.close()
