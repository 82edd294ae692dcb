"""RowTableModel on its own, through a tiny subclass; then the headers of the four real models."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTranslator

from altitude.ui.checkins.model import CheckinsModel
from altitude.ui.delegation.model import DelegationModel
from altitude.ui.inventory.model import InventoryModel
from altitude.ui.shared.table_model import RowTableModel
from altitude.ui.team.model import TeamModel

DISPLAY = Qt.ItemDataRole.DisplayRole
TIP = Qt.ItemDataRole.ToolTipRole
HORIZONTAL = Qt.Orientation.Horizontal
COLUMN_ROLE = Qt.ItemDataRole.UserRole  # what cell_data was handed as its column


def tr(text: str) -> str:
    return QCoreApplication.translate("Fruits", text)


@dataclass(frozen=True)
class Fruit:
    id: int
    name: str
    kg: float


class Column(IntEnum):
    NAME = 0
    KG = 1


class FruitModel(RowTableModel[Fruit, Column]):
    columns = Column

    def row_key(self, row: Fruit) -> int:
        return row.id

    def column_titles(self) -> tuple[str, ...]:
        return (tr("Name"), tr("Weight"))

    def column_tips(self) -> tuple[str, ...]:
        return (tr("What it is"),)  # the weight column has no tooltip

    def cell_data(self, row: Fruit, column: Column, role: int) -> Any:
        if role == DISPLAY:
            return row.name if column == Column.NAME else f"{row.kg:g} kg"
        if role == COLUMN_ROLE:
            return column
        return None


class WholeRowsModel(FruitModel):
    """Repaints every row when any row changes, as the team's load bars need."""

    def changed_rows(self, old: Sequence[Fruit], new: Sequence[Fruit]) -> list[int]:
        return list(range(len(new))) if super().changed_rows(old, new) else []


FRUITS = (Fruit(1, "Apple", 0.2), Fruit(2, "Pear", 0.25), Fruit(3, "Plum", 0.05))


class Signals:
    """What a model announced: resets, and each dataChanged as (rows, columns)."""

    def __init__(self, model: RowTableModel[Any, Any]) -> None:
        self.resets = 0
        self.changed: list[tuple[tuple[int, int], tuple[int, int]]] = []
        model.modelReset.connect(self._reset)
        model.dataChanged.connect(self._changed)

    def _reset(self) -> None:
        self.resets += 1

    def _changed(self, first: QModelIndex, last: QModelIndex) -> None:
        self.changed.append(((first.row(), last.row()), (first.column(), last.column())))


@pytest.fixture
def model(qapp) -> FruitModel:  # type: ignore[no-untyped-def]
    m = FruitModel()
    m.set_rows(FRUITS)
    return m


def test_the_base_passes_qtmodeltester_with_rows_and_empty(qtmodeltester, model) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model, force_py=True)


def test_counts_cells_and_the_column_handed_to_cell_data(model: FruitModel) -> None:
    assert (model.rowCount(), model.columnCount()) == (3, 2)
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(model.index(0, 0)) == 0
    assert [model.index(1, c).data() for c in Column] == ["Pear", "0.25 kg"]
    assert model.index(1, 1).data(COLUMN_ROLE) is Column.KG
    assert model.row(2) == FRUITS[2]


def test_headers_come_from_the_titles_and_tips(model: FruitModel) -> None:
    assert [model.headerData(c, HORIZONTAL, DISPLAY) for c in Column] == ["Name", "Weight"]
    # a column without a tip carries its title (shown when the header is elided)
    assert [model.headerData(c, HORIZONTAL, TIP) for c in Column] == ["What it is", "Weight"]
    assert model.headerData(0, Qt.Orientation.Vertical, DISPLAY) is None
    assert model.headerData(2, HORIZONTAL, DISPLAY) is None
    assert model.headerData(-1, HORIZONTAL, DISPLAY) is None
    assert model.headerData(0, HORIZONTAL, Qt.ItemDataRole.FontRole) is None


def test_rows_are_read_only_and_selectable(model: FruitModel) -> None:
    assert model.flags(model.index(0, 1)) == (
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    )
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_row_of_finds_a_row_by_its_key(model: FruitModel) -> None:
    assert [model.row_of(key) for key in (1, 2, 3, 4, None)] == [0, 1, 2, None, None]


def test_same_rows_with_new_values_update_in_place(model: FruitModel) -> None:
    seen = Signals(model)
    kept = QPersistentModelIndex(model.index(1, 0))  # what a selection or an editor holds
    model.set_rows([FRUITS[0], replace(FRUITS[1], kg=0.3), FRUITS[2]])
    assert seen.resets == 0
    assert seen.changed == [((1, 1), (0, 1))]
    assert kept.isValid() and kept.row() == 1
    assert model.index(1, Column.KG).data() == "0.3 kg"


def test_changes_in_several_rows_repaint_from_the_first_to_the_last(model: FruitModel) -> None:
    seen = Signals(model)
    model.set_rows([replace(FRUITS[0], name="Crab apple"), FRUITS[1], replace(FRUITS[2], kg=1)])
    assert seen.changed == [((0, 2), (0, 1))] and seen.resets == 0


def test_the_same_rows_unchanged_announce_nothing(model: FruitModel) -> None:
    seen = Signals(model)
    model.set_rows(list(FRUITS))
    assert seen.resets == 0 and seen.changed == []


@pytest.mark.parametrize(
    "rows",
    [FRUITS[::-1], FRUITS[:2], (*FRUITS, Fruit(4, "Fig", 0.05))],
    ids=["reordered", "one fewer", "one more"],
)
def test_other_rows_reset_the_model(model: FruitModel, rows: tuple[Fruit, ...]) -> None:
    seen = Signals(model)
    kept = QPersistentModelIndex(model.index(0, 0))
    model.set_rows(rows)
    assert seen.resets == 1 and seen.changed == []
    assert not kept.isValid()
    assert [model.row(n) for n in range(model.rowCount())] == list(rows)


def test_a_subclass_may_widen_the_rows_to_repaint(qapp) -> None:  # type: ignore[no-untyped-def]
    model = WholeRowsModel()
    model.set_rows(FRUITS)
    seen = Signals(model)
    model.set_rows([FRUITS[0], FRUITS[1], replace(FRUITS[2], name="Damson")])
    assert seen.changed == [((0, 2), (0, 1))]
    model.set_rows([FRUITS[0], FRUITS[1], replace(FRUITS[2], name="Damson")])
    assert len(seen.changed) == 1


class MarkingTranslator(QTranslator):
    """Marks every string with the context it was asked in, as a real translation would
    replace it: what is not marked never reached QCoreApplication.translate."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"[{context}] {source}"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture
def marking(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize(
    ("model_class", "context"),
    [
        (FruitModel, "Fruits"),
        (InventoryModel, "Inventory"),
        (DelegationModel, "Delegation"),
        (TeamModel, "Team"),
        (CheckinsModel, "CheckinsModel"),
    ],
)
def test_every_header_is_translated_in_its_models_context(
    marking: None, model_class: type[RowTableModel[Any, Any]], context: str
) -> None:
    model = model_class()
    texts = [
        model.headerData(section, HORIZONTAL, role)
        for section in range(model.columnCount())
        for role in (DISPLAY, TIP)
    ]
    shown = [t for t in texts if t is not None]
    assert len(shown) >= model.columnCount()  # every title at least
    assert all(t.startswith(f"[{context}] ") for t in shown), shown
