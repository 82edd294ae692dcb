"""File menu: Export report…, Export plan… and Import plan…, whole files or nothing."""

from __future__ import annotations

import json
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from altitude.services import Altitude, Edit
from altitude.services.undo import Batch
from altitude.ui.exporting import export_plan, export_report, import_plan
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs


def context(service: Altitude, dialogs: ScriptedDialogs) -> AppContext:
    ctx = AppContext(service, dialogs)
    ctx.messages = []  # type: ignore[attr-defined]
    ctx.status_message.connect(ctx.messages.append)  # type: ignore[attr-defined]
    return ctx


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


# ------------------------------------------------------------------ report


def test_export_report_writes_a_pdf_and_says_where(qtbot, sample_service, out: Path) -> None:  # type: ignore[no-untyped-def]
    dialogs = ScriptedDialogs(path=out / "for-my-coach")  # the dialog may drop the suffix
    ctx = context(sample_service, dialogs)
    assert export_report(ctx) == out / "for-my-coach.pdf"
    written = out / "for-my-coach.pdf"
    reader = PdfReader(written)
    assert len(reader.pages) >= 4
    plan = sample_service.state.plan
    assert plan is not None and plan.new_role in reader.pages[0].extract_text()
    assert private(written)
    assert sorted(p.name for p in out.iterdir()) == ["for-my-coach.pdf"]
    assert dialogs.errors() == []
    assert ctx.messages[-1].startswith(f"Report exported to {written}")  # type: ignore[attr-defined]


@pytest.mark.parametrize("where", ["missing/report.pdf", "folder.pdf"])
def test_a_report_that_cannot_be_written_shows_why_and_leaves_nothing(
    qtbot, sample_service, out: Path, where: str
) -> None:  # type: ignore[no-untyped-def]
    (out / "folder.pdf").mkdir()
    dialogs = ScriptedDialogs(path=out / where)
    assert export_report(context(sample_service, dialogs)) is None
    [error] = dialogs.errors()
    assert error.startswith(f"Can't write the report to {out / where}")
    assert sorted(p.name for p in out.iterdir()) == ["folder.pdf"]
    assert list((out / "folder.pdf").iterdir()) == []


def test_cancelling_the_report_file_dialog_does_nothing(qtbot, sample_service, out) -> None:  # type: ignore[no-untyped-def]
    dialogs = ScriptedDialogs(path=None)
    assert export_report(context(sample_service, dialogs)) is None
    assert dialogs.errors() == [] and list(out.iterdir()) == []


# ------------------------------------------------------------------ plan export


def test_export_plan_writes_json_or_csv_by_the_suffix(qtbot, sample_service, out: Path) -> None:  # type: ignore[no-untyped-def]
    svc = sample_service
    assert export_plan(context(svc, ScriptedDialogs(path=out / "plan"))) == out / "plan.json"
    document = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    assert document["format"] == "altitude-plan"
    assert (out / "plan.json").read_text(encoding="utf-8") == svc.export_json()

    assert export_plan(context(svc, ScriptedDialogs(path=out / "weeks.CSV"))) == out / "weeks.CSV"
    assert (out / "weeks.CSV").read_text(encoding="utf-8") == svc.export_csv()
    assert private(out / "plan.json") and private(out / "weeks.CSV")
    assert sorted(p.name for p in out.iterdir()) == ["plan.json", "weeks.CSV"]


@pytest.mark.parametrize(("name", "expected"), [("plan.txt", "Can't export as .txt"),
                                                ("nowhere/plan.json", "Can't write")])  # fmt: skip
def test_a_plan_export_that_cannot_be_written_shows_why_and_leaves_nothing(
    qtbot, sample_service, out: Path, name: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    dialogs = ScriptedDialogs(path=out / name)
    assert export_plan(context(sample_service, dialogs)) is None
    [error] = dialogs.errors()
    assert expected in error
    assert list(out.iterdir()) == []


# ------------------------------------------------------------------ import


def test_export_then_import_round_trips_and_clears_undo(qtbot, sample_service, out: Path) -> None:  # type: ignore[no-untyped-def]
    svc = sample_service
    original = svc.export_json()
    dialogs = ScriptedDialogs(path=out / "plan.json")
    ctx = context(svc, dialogs)
    export_plan(ctx)
    item = svc.state.items[0]
    ctx.perform("Delete", lambda: svc.delete_item(item.id))
    assert svc.export_json() != original
    assert ctx.undo_stack.count() == 1

    with qtbot.waitSignal(ctx.state_changed):
        assert import_plan(ctx)
    assert svc.export_json() == original
    assert ctx.undo_stack.count() == 0  # its steps belonged to the replaced plan
    kinds = [kind for kind, _, _ in dialogs.calls]
    assert kinds == ["save_path", "open_path", "confirm"]
    state = svc.state
    assert dialogs.calls[-1][2].startswith(
        f"“plan.json” holds {len(state.items)} inventory items, {len(state.delegations)} "
        f"delegations and {len(state.checkins)} weekly check-ins."
    )
    assert ctx.messages[-1] == "Imported plan.json"  # type: ignore[attr-defined]


def _with(change: str) -> Callable[[dict[str, Any]], None]:
    def apply(document: dict[str, Any]) -> None:
        if change == "format":
            document["format"] = "something-else"
        elif change == "version":
            document["version"] = 99
        elif change == "hours":
            document["items"][0]["hours"] = -3

    return apply


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("not json", "plan.json"),
        ("format", "not an Altitude plan"),
        ("version", "newer Altitude"),
        ("hours", "plan.json: items[0].hours"),
    ],
)
def test_importing_a_bad_file_shows_why_and_changes_nothing(
    qtbot, sample_service, out: Path, change: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    document = json.loads(sample_service.export_json())
    _with(change)(document)
    content = b"not json at all" if change == "not json" else json.dumps(document).encode()
    svc = sample_service
    before = svc.export_json()
    (out / "plan.json").write_bytes(content)
    dialogs = ScriptedDialogs(path=out / "plan.json")
    ctx = context(svc, dialogs)
    ctx.perform("noop", lambda: Edit(None, Batch(())))  # an undo step that changes nothing
    assert not import_plan(ctx)
    [error] = dialogs.errors()
    assert expected in error and error.endswith("Nothing was changed.")
    assert "confirm" not in [kind for kind, _, _ in dialogs.calls]  # never asked to replace
    assert svc.export_json() == before
    assert ctx.undo_stack.count() == 1


def test_importing_a_missing_file_shows_why(qtbot, sample_service, out: Path) -> None:  # type: ignore[no-untyped-def]
    dialogs = ScriptedDialogs(path=out / "gone.json")
    assert not import_plan(context(sample_service, dialogs))
    [error] = dialogs.errors()
    assert "no such file" in error


def test_declining_to_replace_keeps_the_plan(qtbot, sample_service, service_copy_json) -> None:  # type: ignore[no-untyped-def]
    svc = sample_service
    before = svc.export_json()
    dialogs = ScriptedDialogs(confirm=False, path=service_copy_json)
    assert not import_plan(context(svc, dialogs))
    assert svc.export_json() == before
    assert dialogs.errors() == []


@pytest.fixture
def service_copy_json(sample_service: Altitude, out: Path) -> Path:
    """A valid plan file that differs from what is stored (one item fewer)."""
    data = json.loads(sample_service.export_json())
    data["items"] = [i for i in data["items"] if i["id"] == 99]
    for delegation in data["delegations"]:
        delegation["item_id"] = None
    for checkin in data["checkins"]:
        checkin["item_hours"] = []
    for entry in data["decisions"]:  # the journal links items too
        entry["items"] = []
    for version in data["narratives"]:  # and so do the narrative's actions
        for action in version["actions"]:
            action["items"] = []
    path = out / "other.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# ------------------------------------------------------------------ menu


def test_the_file_menu_offers_export_and_import(window_for, sample_service) -> None:  # type: ignore[no-untyped-def]
    window = window_for(sample_service)
    actions = {a.text(): a for a in window.file_menu.actions() if a.text()}
    assert actions["Export &report…"].shortcut().toString() == "Ctrl+P"
    assert "&Export plan…" in actions
    assert "&Import plan…" in actions
    texts = [a.text() for a in window.file_menu.actions()]
    assert texts.index("&Import plan…") < texts.index("&Quit")
