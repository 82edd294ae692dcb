"""Inventory: what you do today, weighed, with where your decisions lead.

Every change goes through ``ctx.perform`` so it is saved at once and can be undone; the
page redraws from the saved state in ``show_state``. ``InventoryEdits`` holds which
service action each change is; the service hands back what undoes it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import (
    Decision,
    Factors,
    InventoryItem,
    Mode,
    PlanState,
    Status,
)
from altitude.domain.metrics import format_hours
from altitude.ui.inventory.model import (
    ITEM_ROLE,
    SORT_ROLE,
    Column,
    HoursDelegate,
    InventoryModel,
    ModeDelegate,
    decision_label,
)
from altitude.ui.inventory.weighing_panel import WeighingPanel
from altitude.ui.inventory.whatif_line import WhatIfLine
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.page_base import Page
from altitude.ui.shared.plan_charts import MatrixChart
from altitude.ui.shared.table_model import FIT_ROWS_UP_TO

NARROW_TABLE = 480  # pixels; below this the "Suggested" column steps aside
PANEL_MAX_WIDTH = 400  # wider only stretches the sliders; the table can use the room


def tr(text: str) -> str:
    return QCoreApplication.translate("InventoryPage", text)


class InventoryEdits:
    """Each inventory change as one ``ctx.perform`` of a service action; the action
    returns what undoes it (a deleted item comes back with its links and hours)."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def edit(self, old: InventoryItem, new: InventoryItem) -> bool:
        return self._swap(tr("Edit “{0}”").format(old.title), new)

    def add(self, title: str) -> InventoryItem | None:
        """A new execution item of 1 h; redo re-creates it with the same id."""
        svc = self.ctx.service
        edit = self.ctx.attempt(
            tr("Add “{0}”").format(title),
            lambda: svc.add_item(InventoryItem(title, 1.0, Mode.EXECUTION)),
        )
        return edit.result if edit is not None else None

    def delete(self, item: InventoryItem) -> bool:
        """Undo brings back the item with its id, its delegations' link and its logged hours."""
        svc, item_id = self.ctx.service, item.id
        if item_id is None:
            return False
        return self.ctx.perform(
            tr("Delete “{0}”").format(item.title), lambda: svc.delete_item(item_id)
        )

    def weigh(self, item_id: int, factors: Factors) -> bool:
        old = self.ctx.state.item(item_id)
        if old is None or old.factors == factors:
            return False
        return self._swap(tr("Weigh “{0}”").format(old.title), replace(old, factors=factors))

    def decide(self, item_id: int, decision: Decision) -> bool:
        """Record a decision; handing an outcome over offers to start its delegation."""
        state = self.ctx.state
        old = state.item(item_id)
        if old is None or old.decision == decision:
            return False
        new = replace(old, decision=decision)
        text = tr("Decide “{0}”: {1}").format(old.title, decision_label(decision))
        delegated = any(d.item_id == item_id and d.status != Status.TAKEN_BACK
                        for d in state.delegations)  # fmt: skip
        if decision in (Decision.DELEGATE, Decision.COACH) and not delegated:
            offer = tr("Add “{0}” to your delegation ledger as a planned outcome, freeing {1} "
                       "a week? You can name its owner and success measure there.")  # fmt: skip
            offer = offer.format(old.title, format_hours(old.hours))
            if self.ctx.dialogs.confirm(tr("Delegate this outcome?"), offer):
                return self._decide_and_delegate(item_id, decision, text)
        return self._swap(text, new)

    def _swap(self, text: str, new: InventoryItem) -> bool:
        svc = self.ctx.service
        return self.ctx.perform(text, lambda: svc.update_item(new))

    def _decide_and_delegate(self, item_id: int, decision: Decision, text: str) -> bool:
        svc = self.ctx.service
        # One service action, one transaction, one undo step: never the decision without it.
        if not self.ctx.perform(text, lambda: svc.decide_and_delegate(item_id, decision)):
            return False
        self.ctx.status_message.emit(tr(
            "Saved: {0}. A planned delegation is in your ledger; give it an owner and a "
            "success measure on the Delegation page.").format(text))  # fmt: skip
        return True


class InventoryPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.title = self.tr("Inventory")
        self.edits = InventoryEdits(ctx)
        self._selected_id: int | None = None
        self._redrawing = False

        self.model = InventoryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        intro = QLabel(self.tr(
            "List what you spend your week on, then select a row to weigh it and decide. "
            "Double-click a cell to edit it."))  # fmt: skip
        intro.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by any word…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter items"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.add_button = QPushButton(self.tr("Add item"))
        self.add_button.setToolTip(self.tr("Add something you do (Ctrl+N)"))
        self.add_button.setAccessibleName(self.tr("Add item"))
        self.add_button.clicked.connect(self.new_item)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(
            self.tr("Delete the selected item (Delete); Ctrl+Z undoes it")
        )
        self.delete_button.setAccessibleName(self.tr("Delete item"))
        self.delete_button.clicked.connect(self.delete_selected)

        self.table = self._build_table()
        self.matrix = MatrixChart(ctx)  # drawn the first time it is shown
        self.matrix.item_picked.connect(self._picked_in_matrix)
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self.matrix)
        self.table_button, self.matrix_button = self._build_view_toggle()
        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Problem with the edit"))
        self.message.hide()

        self.panel = WeighingPanel()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the sliders
        scroll.setWidget(self.panel)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(self.panel.minimumSizeHint().width() + bar)
        scroll.setMaximumWidth(PANEL_MAX_WIDTH)
        self.whatif = WhatIfLine()

        tools = QHBoxLayout()
        tools.addWidget(self.table_button)
        tools.addWidget(self.matrix_button)
        tools.addSpacing(8)
        tools.addWidget(self.filter, 1)
        tools.addWidget(self.add_button)
        tools.addWidget(self.delete_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.views, 1)
        left_layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.whatif)

        self.model.edit_requested.connect(self._save_edit)
        self.model.invalid.connect(self._show_problem)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.panel.factors_changed.connect(self.edits.weigh)
        self.panel.decision_chosen.connect(self.edits.decide)
        self.setTabOrder(self.table_button, self.matrix_button)
        self.setTabOrder(self.matrix_button, self.filter)
        self.setTabOrder(self.filter, self.table)
        self.setTabOrder(self.table, self.add_button)
        self.setTabOrder(self.add_button, self.delete_button)
        self.show_state(ctx.state)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setAccessibleName(self.tr("Inventory items"))
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the order you entered them
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.setItemDelegateForColumn(Column.MODE, ModeDelegate(table))
        table.setItemDelegateForColumn(Column.HOURS, HoursDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Widths from the first 100 rows (and those in view): with thousands of items every
        # layout pass would otherwise ask each cell of every row for its size.
        header.setResizeContentsPrecision(FIT_ROWS_UP_TO)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        delete = QAction(self.tr("Delete item"), table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # not while typing
        delete.triggered.connect(self.delete_selected)
        table.addAction(delete)
        table.installEventFilter(self)
        return table

    def _build_view_toggle(self) -> tuple[QPushButton, QPushButton]:
        """Table | Matrix: the same items as rows, or weighed on the matrix chart."""
        group = QButtonGroup(self)
        buttons = []
        for index, (text, tip) in enumerate((
            (self.tr("Table"), self.tr("Show the items as a table")),
            (self.tr("Matrix"), self.tr("Show the items weighed: leverage against only-you")),
        )):  # fmt: skip
            button = QPushButton(text)
            button.setCheckable(True)
            button.setChecked(index == 0)
            button.setToolTip(tip)
            button.setAccessibleName(self.tr("{0} view").format(text))
            group.addButton(button, index)
            buttons.append(button)
        group.idClicked.connect(self.show_view)
        return buttons[0], buttons[1]

    def show_view(self, index: int) -> None:
        """0: the table, 1: the matrix. The weighing panel stays beside either."""
        self.views.setCurrentIndex(index)
        (self.table_button, self.matrix_button)[index].setChecked(True)
        self.filter.setEnabled(index == 0)  # the matrix shows every item

    def _picked_in_matrix(self, item_id: int) -> None:
        self.select(item_id)
        self._show_selected(self.ctx.state)

    # ------------------------------------------------------------ showing
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            # In a narrow window the title matters more; the panel shows the suggestion anyway.
            self.table.setColumnHidden(Column.SUGGESTED, self.table.width() < NARROW_TABLE)
        return super().eventFilter(watched, event)

    def show_state(self, state: PlanState) -> None:
        self._redrawing = True
        try:
            self.model.set_items(state.items)
            if state.item(self._selected_id or -1) is None:
                first = self.proxy.index(0, 0)
                self._selected_id = first.data(ITEM_ROLE).id if first.isValid() else None
            self.select(self._selected_id)
        finally:
            self._redrawing = False
        self._show_selected(state)
        plan = state.plan
        self.whatif.show_split(state.items, state.delegations, plan.target_share if plan else None)

    def select(self, item_id: int | None) -> None:
        """Make ``item_id`` the current row (it is shown in the weighing panel)."""
        row = self.model.row_of(item_id)
        if row is None:
            self.table.clearSelection()
            return
        index = self.proxy.mapFromSource(self.model.index(row, Column.TITLE))
        if index.isValid() and index != self.table.currentIndex():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        self._selected_id = item_id

    def selected_item(self) -> InventoryItem | None:
        return self.ctx.state.item(self._selected_id) if self._selected_id is not None else None

    def _show_selected(self, state: PlanState) -> None:
        item = state.item(self._selected_id) if self._selected_id is not None else None
        self.panel.set_item(item)
        self.delete_button.setEnabled(item is not None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._redrawing:
            return
        item = current.data(ITEM_ROLE) if current.isValid() else None
        new_id = item.id if item is not None else None
        if new_id != self._selected_id:
            self._show_problem(None, "")
        self._selected_id = new_id
        self._show_selected(self.ctx.state)

    def _show_problem(self, item: InventoryItem | None, message: str) -> None:
        text = self.tr("“{0}”: {1}").format(item.title, message) if item and message else message
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------ intent
    def _save_edit(self, old: InventoryItem, new: InventoryItem) -> None:
        self._show_problem(None, "")
        self.edits.edit(old, new)

    def new_item(self) -> None:
        """Ctrl+N: add a "New task" row and start typing its title."""
        self.filter.clear()
        added = self.edits.add(self.tr("New task"))
        if added is None:
            return
        self.select(added.id)
        self._show_selected(self.ctx.state)
        self.table.setFocus()
        self.table.edit(self.table.currentIndex().siblingAtColumn(Column.TITLE))

    def delete_selected(self) -> None:
        item = self.selected_item()
        if item is None or item.id is None:
            return
        row = self.table.currentIndex().row()
        if self.edits.delete(item):
            neighbour = self.proxy.index(min(row, self.proxy.rowCount() - 1), 0)
            self._selected_id = neighbour.data(ITEM_ROLE).id if neighbour.isValid() else None
            self.select(self._selected_id)
            self._show_selected(self.ctx.state)
