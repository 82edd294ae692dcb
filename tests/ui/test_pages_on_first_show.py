"""Pages are built when first shown: one nobody opens is never built (its module is not
imported, its data not read); opening it builds it, and from then on it follows every
saved change, undo included."""

from __future__ import annotations

from PySide6.QtCore import Qt

from altitude.domain.entities import InventoryItem, Mode
from altitude.services import Altitude
from altitude.ui.inventory.page import InventoryPage

INVENTORY = 2


def test_only_the_shown_page_is_built_at_start_up_and_stays_so_after_the_first_paint(
    qtbot, window_for, sample_service: Altitude
) -> None:  # type: ignore[no-untyped-def]
    window = window_for(sample_service)
    qtbot.wait(200)  # the first paint is long past: nothing is built behind the user's back
    shown = window.stack.currentIndex()
    assert [i for i in range(window.sidebar.count()) if window.is_built(i)] == [shown]


def test_opening_a_page_builds_it_and_an_undo_after_that_refreshes_it(
    qtbot, window_for, sample_service: Altitude
) -> None:  # type: ignore[no-untyped-def]
    window = window_for(sample_service)
    assert not window.is_built(INVENTORY)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Ctrl+3
    assert window.is_built(INVENTORY)
    page = window.current_page()
    assert isinstance(page, InventoryPage)
    before = page.model.rowCount()
    item = InventoryItem(title="Write the on-call rota", hours=2.0, mode=Mode.EXECUTION)
    assert window.ctx.perform("Add item", lambda: sample_service.add_item(item))
    assert page.model.rowCount() == before + 1
    window.undo_action.trigger()
    assert page.model.rowCount() == before
