"""A read-only table of records that keeps one selected by id across saves, and the
"…today" actions that log a dated entry with an optional note.

``RecordTable`` owns what the record pages' tables share: whole rows, one at a time, no
editing in place, and the selection remembered by the model's ``row_key`` (an id), so a
save that rebuilds the rows keeps the same record selected. It says which one in
``chosen``. ``log_with_note`` asks for the note (cancelling logs nothing) and saves through
``ctx.perform``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from altitude.services.undo.edit import Edit
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.table_model import RowTableModel


class RecordTable(QTableView):
    chosen = Signal()  # the selected record changed (``chosen_key``)

    def __init__(self, model: RowTableModel[Any, Any], accessible: str) -> None:
        super().__init__()
        self.record_model = model
        self.chosen_key: Hashable = None
        self.setModel(model)
        self.setAccessibleName(accessible)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setHighlightSections(False)
        self.selectionModel().currentRowChanged.connect(self._row_changed)

    def choose(self, key: Hashable) -> None:
        """Select the record ``key`` (None, or one no longer shown: nothing)."""
        row = self.record_model.row_of(key) if key is not None else None
        self.chosen_key = key if row is not None else None
        if row is None:
            self.clearSelection()
        elif self.record_model.index(row, 0) != self.currentIndex():
            self.setCurrentIndex(self.record_model.index(row, 0))
        self.chosen.emit()

    def keep_or_first(self) -> None:
        """After the rows changed: the same record if it is still there, else the first."""
        model = self.record_model
        if self.chosen_key is None or model.row_of(self.chosen_key) is None:
            self.choose(model.row_key(model.row(0)) if model.rowCount() else None)
        else:
            self.choose(self.chosen_key)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        model = self.record_model
        valid = current.isValid() and current.row() < model.rowCount()
        self.chosen_key = model.row_key(model.row(current.row())) if valid else None
        self.chosen.emit()


def log_with_note(
    ctx: AppContext, title: str, prompt: str, undo_text: str, action: Callable[[str], Edit[Any]]
) -> bool:
    """Ask for an optional note, then save ``action(note)`` as one undoable step; False when
    cancelled or refused."""
    note = ctx.dialogs.ask_text(title, prompt)
    if note is None:
        return False
    text = note.strip()
    return ctx.perform(undo_text, lambda: action(text))
