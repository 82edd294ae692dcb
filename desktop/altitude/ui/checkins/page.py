"""Check-ins: every logged week, newest first, with its reflections beside it.

"Log this week" (Ctrl+N) opens the check-in for this week; double-click or Enter on a
row opens that week to correct it; Delete removes a week (Ctrl+Z brings it back).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import PlanState, WeeklyCheckIn
from altitude.domain.weeks import IsoWeek
from altitude.ui.checkins.detail import CheckinDetail
from altitude.ui.checkins.dialog import show_checkin
from altitude.ui.checkins.model import CHECKIN_ROLE, SORT_ROLE, CheckinsModel, Column
from altitude.ui.shared.boomerang_text import boomerang_message
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import caption
from altitude.ui.shared.page_base import Page
from altitude.ui.shared.week_picker import week_dates

Opener = Callable[[AppContext, QWidget | None, IsoWeek | None], object]


class CheckinsPage(Page):
    def __init__(self, ctx: AppContext, opener: Opener = show_checkin) -> None:
        super().__init__(ctx)
        self.title = self.tr("Check-ins")
        self.icon = "checkins.svg"
        self.opener = opener  # tests pass one that records instead of showing a dialog

        title = QLabel(self.title)
        title.setObjectName("pageTitle")
        intro = caption(self.tr(
            "Each week: hours on execution and strategy, the delegations you checked in on, "
            "and a thought or two. Double-click a week to correct it."))  # fmt: skip
        self.log_button = QPushButton(self.tr("Log this week"))
        self.log_button.setProperty("role", "primary")
        self.log_button.setAccessibleName(self.tr("Log this week"))
        self.log_button.setToolTip(self.tr("Open this week's check-in (Ctrl+N)"))
        self.log_button.clicked.connect(self.new_item)
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.setAccessibleName(self.tr("Correct the selected week"))
        self.correct_button.setToolTip(self.tr("Open the selected week (Enter)"))
        self.correct_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected week"))
        self.delete_button.setToolTip(self.tr("Delete the selected week (Delete); Ctrl+Z undoes"))
        self.delete_button.clicked.connect(self.delete_selected)

        self.model = CheckinsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._build_table()
        self.detail = CheckinDetail()

        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self.show_state(ctx.state)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setAccessibleName(self.tr("Weekly check-ins"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.WEEK, Qt.SortOrder.DescendingOrder)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)  # one line a week; the note in full is in the detail pane
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Widths from the first 100 weeks (and those in view), not all 520 of ten years on
        # every layout pass: the columns hold dates and hours, alike from row to row.
        header.setResizeContentsPrecision(100)
        header.setSectionResizeMode(Column.NOTE, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(lambda _index: self.open_selected())
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        for keys, slot in (("Return", self.open_selected), ("Enter", self.open_selected),
                           ("Delete", self.delete_selected)):  # fmt: skip
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            table.addAction(action)
        return table

    # ------------------------------------------------------------ state
    def show_state(self, state: PlanState) -> None:
        selected = self.selected()
        self.model.set_checkins(state.checkins)
        row = self.model.row_of(selected.week) if selected else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.selectRow(index.row())
        self._show_detail()

    def selected(self) -> WeeklyCheckIn | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        value = rows[0].data(CHECKIN_ROLE)
        return value if isinstance(value, WeeklyCheckIn) else None

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        checkin = self.selected()
        has = checkin is not None
        self.correct_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        if checkin is None:
            self.detail.show_nothing(
                self.tr("No check-ins yet. Log this week to start seeing your trend.")
                if not self.model.rowCount()
                else self.tr("Select a week to see its reflections.")
            )
            return
        state = self.ctx.state
        titles = {i.id: i.title for i in state.items if i.id is not None}
        messages = [boomerang_message(b) for b in self.ctx.service.boomerangs(checkin)]
        self.detail.show_checkin(checkin, titles, messages)

    # ------------------------------------------------------------ actions
    def new_item(self) -> None:
        """Ctrl+N: this week's check-in."""
        self.opener(self.ctx, self.window(), IsoWeek.of(self.ctx.today()))

    def open_selected(self) -> None:
        checkin = self.selected()
        if checkin is not None:
            self.opener(self.ctx, self.window(), checkin.week)

    def delete_selected(self) -> None:
        checkin = self.selected()
        if checkin is None:
            return
        if not self.ctx.dialogs.confirm(
            self.tr("Delete check-in"),
            self.tr("Delete the check-in for {0}? Ctrl+Z brings it back.").format(
                week_dates(checkin.week)
            ),
        ):
            return
        service = self.ctx.service
        self.ctx.perform(
            self.tr("Delete check-in {0}").format(week_dates(checkin.week)),
            lambda: service.delete_checkin(checkin.week),
        )

    def select_week(self, week: IsoWeek) -> bool:
        row = self.model.row_of(week)
        if row is None:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True
