"""The Backups dialog: what each backup holds, Back up now, and Restore through a confirm."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from altitude.domain.entities import Person
from altitude.services import Altitude
from altitude.services import safety_actions as safety
from altitude.ui.backups.dialog import BackupsDialog
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs
from altitude.ui.shared.launchers import backups_action

NOON = datetime(2026, 11, 23, 12, 0, 0)


@pytest.fixture
def ctx(qapp, sample_service: Altitude) -> AppContext:  # type: ignore[no-untyped-def]
    safety.backup_now(sample_service, now=lambda: NOON)
    sample_service.delete_checkin(sample_service.state.checkins[-1].week)
    safety.backup_before(sample_service, "import", now=lambda: NOON + timedelta(hours=1))
    return AppContext(sample_service, ScriptedDialogs(confirm=True))


def _row(dialog: BackupsDialog, row: int) -> list[str]:
    return [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]


def test_lists_backups_newest_first_with_what_they_hold(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    newest, oldest = _row(dialog, 0), _row(dialog, 1)
    role = ctx.state.plan.new_role  # type: ignore[union-attr]
    assert newest[:2] == ["23 Nov 2026 13:00", "Before an import"]
    assert newest[3:] == [role, "11", "2026-W46"]
    assert oldest[:2] == ["23 Nov 2026 12:00", "By hand"]
    assert oldest[3:] == [role, "12", "2026-W47"]
    assert newest[2].endswith("KiB")
    assert not dialog.restore_button.isEnabled()  # nothing selected yet


def test_restore_asks_first_then_brings_the_backup_back(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    ctx.perform("add", lambda: ctx.service.add_person(Person("Undo me")))
    assert ctx.undo_stack.count() == 1
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(ctx.state_changed, timeout=2000) as blocker:
        assert dialog.restore_selected() is True
    assert len(blocker.args[0].checkins) == 12
    assert "Undo me" not in [p.name for p in ctx.state.people]
    calls = ctx.dialogs.calls  # type: ignore[attr-defined]
    assert [kind for kind, _, _ in calls] == ["confirm"]
    assert "23 Nov 2026 12:00" in calls[0][2] and "12 check-ins" in calls[0][2]
    assert ctx.undo_stack.count() == 0
    assert dialog.table.rowCount() == 3  # the plan as it was got its own backup


def test_declined_restore_changes_nothing(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    ctx.dialogs.answer_confirm = False  # type: ignore[attr-defined]
    before = ctx.service.export_json()
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(1)
    assert dialog.restore_selected() is False
    assert ctx.service.export_json() == before
    assert dialog.table.rowCount() == 2


def test_a_failed_restore_is_reported_and_the_plan_is_kept(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    before = ctx.service.export_json()
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    dialog.infos[0].file.path.write_bytes(b"damaged after listing" * 50)
    assert dialog.restore_selected() is False
    errors = ctx.dialogs.errors()  # type: ignore[attr-defined]
    assert len(errors) == 1 and "not an Altitude database" in errors[0]
    assert ctx.service.export_json() == before


def test_back_up_now_adds_a_row(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(ctx.status_message, timeout=2000):
        dialog.backup_button.click()
    assert dialog.table.rowCount() == 3
    reasons = [_row(dialog, r)[1] for r in range(3)]
    assert reasons.count("By hand") == 2


def test_the_file_menu_action_opens_the_dialog(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    shown: list[BackupsDialog] = []
    monkeypatch.setattr(BackupsDialog, "exec", lambda self: shown.append(self) or 0)
    parent = QWidget()
    qtbot.addWidget(parent)
    action = backups_action(ctx, parent)
    action.trigger()
    assert len(shown) == 1 and shown[0].table.rowCount() == 2
