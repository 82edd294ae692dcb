"""The undo stack through AppContext: it stacks what the services return, and an undo
that no longer fits is refused with a message and leaves the step off the stack."""

from __future__ import annotations

from altitude.domain.entities import InventoryItem, Mode
from altitude.services import Altitude
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs


def test_undo_and_redo_say_so_and_keep_the_ids(
    sample_service: Altitude, dialogs: ScriptedDialogs
) -> None:
    ctx = AppContext(sample_service, dialogs)
    said: list[str] = []
    ctx.status_message.connect(said.append)
    before = sample_service.reload()
    assert ctx.perform("Delete “Reviews”", lambda: sample_service.delete_item(1))
    after = sample_service.reload()

    ctx.undo_stack.undo()
    assert sample_service.reload() == before
    ctx.undo_stack.redo()
    assert sample_service.reload() == after
    assert said == [f"{done}: Delete “Reviews”" for done in ("Saved", "Undone", "Redone")]


def test_an_undo_that_no_longer_fits_is_refused_and_dropped(
    sample_service: Altitude, dialogs: ScriptedDialogs
) -> None:
    ctx = AppContext(sample_service, dialogs)
    assert ctx.perform("Delete", lambda: sample_service.delete_item(11))
    other = Altitude.open(sample_service.store.path.parent)  # the CLI, meanwhile
    try:
        other.add_item(InventoryItem("Re-created elsewhere", 1, Mode.EXECUTION, id=11))
    finally:
        other.close()
    before = sample_service.reload()

    ctx.undo_stack.undo()

    [error] = dialogs.errors()
    assert "another item has its id (11)" in error
    assert sample_service.reload() == before
    assert ctx.undo_stack.count() == 0 and not ctx.undo_stack.canRedo()
