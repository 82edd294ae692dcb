"""The inventory table model on its own: no window, no store."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QIcon

from altitude.domain.entities import Decision, Factors, InventoryItem, Mode
from altitude.ui.inventory.model import (
    ITEM_ROLE,
    SORT_ROLE,
    Column,
    InventoryModel,
    decision_label,
)

DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole

ITEMS = (
    InventoryItem("Review every pull request", 8.0, Mode.EXECUTION,
                  Factors(leverage=2, only_you=1, risk=3, growth=4, attachment=5),
                  Decision.DELEGATE, notes="I wrote most of it.", id=1),
    InventoryItem("One-to-ones", 3.0, Mode.STRATEGY,
                  Factors(leverage=5, only_you=5, risk=4, growth=3, attachment=2), id=2),
    InventoryItem("Weekly status report", 10.5, Mode.EXECUTION,
                  Factors(leverage=1, only_you=2, risk=1, growth=2, attachment=1), id=3),
)  # fmt: skip


@pytest.fixture
def model(qapp) -> InventoryModel:  # type: ignore[no-untyped-def]
    m = InventoryModel()
    m.set_items(ITEMS)
    return m


class Recorder:
    def __init__(self, model: InventoryModel) -> None:
        self.edits: list[tuple[InventoryItem, InventoryItem]] = []
        self.problems: list[tuple[InventoryItem, str]] = []
        model.edit_requested.connect(lambda old, new: self.edits.append((old, new)))
        model.invalid.connect(lambda item, message: self.problems.append((item, message)))


def test_model_passes_qtmodeltester_with_items_and_empty(qtmodeltester, model) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(model, force_py=True)
    model.set_items(())
    qtmodeltester.check(model, force_py=True)


def test_headers_name_the_five_columns(model: InventoryModel) -> None:
    names = [model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in Column]
    assert names == ["What you do", "Mode", "Hours", "Suggested", "Your decision"]
    assert model.headerData(0, Qt.Orientation.Vertical, DISPLAY) is None
    assert model.headerData(9, Qt.Orientation.Horizontal, DISPLAY) is None
    assert model.columnCount() == 5
    assert model.rowCount() == 3


def test_cells_show_title_mode_hours_suggestion_and_decision(model: InventoryModel) -> None:
    row = [model.index(0, c).data(DISPLAY) for c in Column]
    assert row == ["Review every pull request", "Execution", "8 h", "Delegate", "Delegate"]
    # One-to-ones: strategy work with high leverage -> keep; not decided by the user yet.
    assert model.index(1, Column.MODE).data(DISPLAY) == "Strategy"
    assert model.index(1, Column.SUGGESTED).data(DISPLAY) == "Keep"
    assert model.index(1, Column.DECISION).data(DISPLAY) == "Not decided"
    assert model.index(1, Column.DECISION).data(Qt.ItemDataRole.FontRole).italic()
    # Low leverage, risk and growth -> stop; the reason is in the tooltip.
    assert model.index(2, Column.SUGGESTED).data(DISPLAY) == "Stop"
    tip = model.index(2, Column.SUGGESTED).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(decision_label(Decision.STOP)) and "Nobody may miss this" in tip
    tips = [model.index(r, Column.TITLE).data(Qt.ItemDataRole.ToolTipRole) for r in (0, 1)]
    assert tips == ["Review every pull request\n\nI wrote most of it.", "One-to-ones"]
    assert isinstance(model.index(0, Column.MODE).data(Qt.ItemDataRole.DecorationRole), QIcon)


def test_edit_role_gives_raw_values_and_item_role_the_item(model: InventoryModel) -> None:
    assert model.index(0, Column.TITLE).data(EDIT) == "Review every pull request"
    assert model.index(1, Column.MODE).data(EDIT) == "strategy"
    assert model.index(2, Column.HOURS).data(EDIT) == 10.5
    assert model.index(2, Column.SUGGESTED).data(ITEM_ROLE) == ITEMS[2]
    assert model.index(2, Column.HOURS).data(SORT_ROLE) == 10.5


def test_only_title_mode_and_hours_are_editable(model: InventoryModel) -> None:
    editable = [bool(model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable) for c in Column]
    assert editable == [True, True, True, False, False]
    assert model.flags(model.index(0, 0).parent()) == Qt.ItemFlag.NoItemFlags


def test_valid_edits_are_requested_not_applied(model: InventoryModel) -> None:
    seen = Recorder(model)
    assert model.setData(model.index(0, Column.TITLE), "  Review payments PRs  ")
    assert model.setData(model.index(1, Column.MODE), "execution")
    assert model.setData(model.index(2, Column.HOURS), "4,5")
    assert [new for _, new in seen.edits] == [
        replace(ITEMS[0], title="Review payments PRs"),
        replace(ITEMS[1], mode=Mode.EXECUTION),
        replace(ITEMS[2], hours=4.5),
    ]
    assert [old for old, _ in seen.edits] == list(ITEMS)
    assert seen.problems == []
    # The model changes only when the page hands back what was saved.
    assert model.index(0, Column.TITLE).data(DISPLAY) == "Review every pull request"


def test_unchanged_value_requests_nothing(model: InventoryModel) -> None:
    seen = Recorder(model)
    assert model.setData(model.index(0, Column.HOURS), 8.0)
    assert seen.edits == [] and seen.problems == []


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        (Column.HOURS, 0.0, "Hours per week must be more than 0 and at most 100."),
        (Column.HOURS, 120.0, "Hours per week must be more than 0 and at most 100."),
        (Column.HOURS, "lots", "Hours per week must be more than 0 and at most 100."),
        (Column.TITLE, "   ", "Give the item a title."),
        (Column.TITLE, "two\nlines", "Keep this to one line without special control characters."),
        (Column.MODE, "hobby", "Choose execution or strategy."),
    ],
)
def test_invalid_edits_are_refused_with_the_rule_message(
    model: InventoryModel, column: Column, value: object, message: str
) -> None:
    seen = Recorder(model)
    assert not model.setData(model.index(0, column), value)
    assert seen.edits == []
    assert seen.problems == [(ITEMS[0], message)]


def test_computed_columns_and_other_roles_refuse_set_data(model: InventoryModel) -> None:
    seen = Recorder(model)
    assert not model.setData(model.index(0, Column.DECISION), "keep")
    assert not model.setData(model.index(0, Column.TITLE), "x", Qt.ItemDataRole.DisplayRole)
    assert seen.edits == [] and seen.problems == []


def test_same_rows_update_in_place_new_rows_reset(qtbot, model: InventoryModel) -> None:  # type: ignore[no-untyped-def]
    resets: list[bool] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    edited = (ITEMS[0], replace(ITEMS[1], hours=4.0), ITEMS[2])
    model.set_items(edited)
    assert resets == [] and changed == [(1, 1)]
    assert model.index(1, Column.HOURS).data(DISPLAY) == "4 h"
    model.set_items(edited[:2])
    assert resets == [True] and model.rowCount() == 2
    assert model.row_of(2) == 1 and model.row_of(3) is None


def test_proxy_sorts_hours_as_numbers_and_filters_on_any_column(model: InventoryModel) -> None:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(Column.HOURS, Qt.SortOrder.AscendingOrder)
    hours = [proxy.index(r, Column.HOURS).data(DISPLAY) for r in range(proxy.rowCount())]
    assert hours == ["3 h", "8 h", "10.5 h"]  # as text, "10.5 h" would come first
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterFixedString("strategy")
    assert proxy.rowCount() == 1
    assert proxy.index(0, Column.TITLE).data(DISPLAY) == "One-to-ones"
