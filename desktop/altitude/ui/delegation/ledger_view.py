"""The ledger table with its status filter (segmented buttons with counts), a "New
delegation" button and a one-line summary (hours freed, check-ins due, work that came back).

It keeps the selection by delegation id across redraws and filter changes. It saves
nothing: ``current_changed`` says the user picked another row, ``new_requested`` and
``delete_requested`` ask the page to act.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import Status
from altitude.domain.shares import format_hours
from altitude.i18n import settled
from altitude.ui.delegation.model import (
    DELEGATION_ROLE,
    Column,
    DelegationModel,
    LedgerFilter,
)
from altitude.ui.shared.fields import caption
from altitude.ui.shared.ledger_rows import STATUS_ORDER, LedgerRow, status_label
from altitude.ui.shared.table_model import FIT_ROWS_UP_TO

# Rows fit their text while the ledger is short (FIT_ROWS_UP_TO). Fitting means asking the
# model for every cell on every layout pass: with 1,000 delegations that froze the window
# for seconds, so a longer ledger gets rows of a fixed two-line height instead.


def trn(text: str, n: int) -> str:
    """A count's words: ``%n`` and the plural form for ``n`` (Qt's numerus forms)."""
    return settled(text, n, QCoreApplication.translate("LedgerView", text, None, n))


class LedgerView(QWidget):
    current_changed = Signal()  # the user picked another row (or none)
    new_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selected_id: int | None = None
        self._redrawing = False
        self.model = DelegationModel(self)
        self.proxy = LedgerFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._build_table()
        self.filter_group = QButtonGroup(self)
        self.filter_buttons: dict[Status | None, QPushButton] = {}
        self.add_button = QPushButton(self.tr("New delegation"))
        self.add_button.setProperty("role", "primary")
        self.add_button.setAccessibleName(self.tr("New delegation"))
        self.add_button.setToolTip(
            self.tr("Hand over an outcome, from scratch or from your inventory (Ctrl+N)")
        )
        self.add_button.clicked.connect(self.new_requested)
        self.summary = caption("")
        # The filters on one row, the button on the next, so both fit at the minimum size in
        # German and French. (A Python QLayout subclass that wrapped them was dropped: Qt
        # deletes the layout items it takes back, and PySide then handed a stale item's
        # wrapper out for a new QMenu at the same address.)
        tools = QHBoxLayout()
        tools.setSpacing(2)
        for status in (None, *STATUS_ORDER):
            button = QPushButton(self._filter_name(status))
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Show: {0}").format(self._filter_name(status)))
            button.clicked.connect(lambda _=False, s=status: self.set_status_filter(s))
            self.filter_group.addButton(button)
            self.filter_buttons[status] = button
            tools.addWidget(button)
        self.filter_buttons[None].setChecked(True)
        tools.addStretch(1)
        adding = QHBoxLayout()
        adding.addWidget(self.add_button)
        adding.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addLayout(adding)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setAccessibleName(self.tr("Delegated outcomes"))
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the order you added them
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(True)  # outcomes and what to watch are read, not skimmed
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a ledger is short
        line = table.fontMetrics().lineSpacing()
        rows.setMaximumSectionSize(line * 3 + 8)  # the full text is in the editor
        rows.setMinimumSectionSize(line + 14)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(FIT_ROWS_UP_TO)  # widths from the first rows only
        header.setSectionResizeMode(Column.OUTCOME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.OUTCOME, 300)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        delete = QAction(self.tr("Delete delegation"), table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # not while typing
        delete.triggered.connect(self.delete_requested)
        table.addAction(delete)
        return table

    def _filter_name(self, status: Status | None) -> str:
        return self.tr("All") if status is None else status_label(status)

    # ------------------------------------------------------------ showing
    def show_rows(self, rows: list[LedgerRow], freed: float) -> None:
        """Show ``rows``, keeping the selected delegation if it is still shown."""
        self._redrawing = True
        try:
            self._fit_rows(len(rows) <= FIT_ROWS_UP_TO)
            self.model.set_rows(rows)
            if not self._shown(self._selected_id):
                first = self.proxy.index(0, 0)
                self._selected_id = first.data(DELEGATION_ROLE).id if first.isValid() else None
            self.select(self._selected_id)
        finally:
            self._redrawing = False
        for status, button in self.filter_buttons.items():
            count = sum(1 for r in rows if status is None or r.delegation.status == status)
            button.setText(f"{self._filter_name(status)} ({count})")
        self.summary.setText(self._summary(rows, freed))

    def _fit_rows(self, fit: bool) -> None:
        if fit == getattr(self, "_fitting", True):
            return
        self._fitting = fit
        header = self.table.verticalHeader()
        if fit:
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        else:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setDefaultSectionSize(self.table.fontMetrics().lineSpacing() * 2 + 10)

    def _summary(self, rows: list[LedgerRow], freed: float) -> str:
        if not rows:
            return self.tr(
                "Nothing handed over yet. Choose New delegation (Ctrl+N) and start from "
                "something in your inventory you decided to delegate."
            )
        due = sum(1 for r in rows if r.due)
        back = sum(len(r.boomerangs) for r in rows)
        parts = [self.tr("Freed so far: {0} a week").format(format_hours(freed))]
        if due:
            parts.append(trn("%n check-in(s) due", due))
        if back:
            parts.append(trn("work came back to you in %n week(s)", back))
        return " · ".join(parts)

    def _shown(self, delegation_id: int | None) -> bool:
        row = self.model.row_of(delegation_id)
        return row is not None and self.proxy.mapFromSource(self.model.index(row, 0)).isValid()

    def select(self, delegation_id: int | None) -> None:
        """Make ``delegation_id`` the current row (nothing, if it is not shown)."""
        row = self.model.row_of(delegation_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
        if index is None or not index.isValid():
            self.table.clearSelection()
            self._selected_id = None
            return
        self._selected_id = delegation_id
        if index != self.table.currentIndex():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def selected_id(self) -> int | None:
        return self._selected_id

    def selected_row(self) -> LedgerRow | None:
        row = self.model.row_of(self._selected_id)
        return self.model.row(row) if row is not None else None

    def set_status_filter(self, status: Status | None) -> None:
        self.filter_buttons[status].setChecked(True)
        self.proxy.set_status(status)
        if not self._shown(self._selected_id):
            first = self.proxy.index(0, 0)
            self.select(first.data(DELEGATION_ROLE).id if first.isValid() else None)
            self.current_changed.emit()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._redrawing:
            return
        delegation = current.data(DELEGATION_ROLE) if current.isValid() else None
        self._selected_id = delegation.id if delegation is not None else None
        self.current_changed.emit()
