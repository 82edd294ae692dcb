"""Delegation: the ledger of outcomes you handed over, one editor beside it, and the actions
that move an outcome along (start handing over, mark owned, check in, take back).

Every change goes through ``DelegationEdits`` (``ctx.perform``), so it is saved at once
and undoable; the page redraws from the saved state in ``show_state``.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import Delegation, PlanState, Status
from altitude.domain.metrics import hours_freed
from altitude.domain.shares import format_hours
from altitude.services import ActionError
from altitude.ui.context import AppContext
from altitude.ui.models.delegation_model import (
    DELEGATION_ROLE,
    STATUS_ORDER,
    Column,
    DelegationModel,
    LedgerFilter,
    LedgerRow,
    ledger_rows,
    status_label,
)
from altitude.ui.pages.base import Page
from altitude.ui.pages.delegation_edits import DelegationEdits
from altitude.ui.widgets.delegation_dialogs import DelegationCheckInDialog, NewDelegationDialog
from altitude.ui.widgets.delegation_editor import DelegationEditor
from altitude.ui.widgets.fields import caption


class DelegationPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.title = self.tr("Delegation")
        self.edits = DelegationEdits(ctx)
        self._selected_id: int | None = None
        self._redrawing = False
        self.new_dialog: NewDelegationDialog | None = None
        self.checkin_dialog: DelegationCheckInDialog | None = None

        self.model = DelegationModel(self)
        self.proxy = LedgerFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._build_table()
        self.filters = self._build_filters()
        self.add_button = QPushButton(self.tr("New delegation"))
        self.add_button.setProperty("role", "primary")
        self.add_button.setAccessibleName(self.tr("New delegation"))
        self.add_button.setToolTip(self.tr("Hand over an outcome, from scratch or from your "
                                           "inventory (Ctrl+N)"))  # fmt: skip
        self.add_button.clicked.connect(self.new_item)
        self.summary = caption("")
        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Problem with the last action"))
        self.message.hide()

        self.editor = DelegationEditor()
        self.editor.edited.connect(self._save_edit)
        self.handover_button = self._action_button(self.tr("Start handing over"), self.start_handover,
            self.tr("They start taking it over; its hours count as freed."))  # fmt: skip
        self.owned_button = self._action_button(self.tr("Mark owned"), self.mark_owned,
            self.tr("They own the outcome now."))  # fmt: skip
        self.checkin_button = self._action_button(self.tr("Log a check-in"), self.log_checkin,
            self.tr("Note how it is going; the next check-in moves by the cadence."))  # fmt: skip
        self.take_back_button = self._action_button(self.tr("Take back…"), self.take_back,
            self.tr("Take the outcome back. You will be asked why; the reason stays on the row."))
        self.delete_button = self._action_button(self.tr("Delete"), self.delete_selected,
            self.tr("Delete the delegation (Delete); Ctrl+Z undoes it"))  # fmt: skip
        actions = QHBoxLayout()
        for button in (self.handover_button, self.owned_button, self.checkin_button,
                       self.take_back_button):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.editor)

        tools = QHBoxLayout()
        tools.addLayout(self.filters)
        tools.addStretch(1)
        tools.addWidget(self.add_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(tools)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.summary)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 4, 0, 0)
        bottom_layout.addLayout(actions)
        bottom_layout.addWidget(scroll, 1)
        # The ledger on top at full width (it is read across), the selected outcome below.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(caption(self.tr(
            "Hand over outcomes, not tasks: say what good looks like, how much they decide, "
            "and when you check in. Taking one back is allowed — say why, so you can see "
            "the pattern.")))  # fmt: skip
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        ctx.dark_changed.connect(self._set_dark)
        self._set_dark(ctx.dark)
        self.show_state(ctx.state)

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
        table.setWordWrap(True)  # the outcome and what to watch are read, not skimmed
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a ledger is short
        rows.setMaximumSectionSize(table.fontMetrics().lineSpacing() * 3 + 8)
        rows.setMinimumSectionSize(table.fontMetrics().lineSpacing() + 14)  # room to breathe  # the rest: editor
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.OUTCOME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.OUTCOME, 300)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        delete = QAction(self.tr("Delete delegation"), table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        table.addAction(delete)
        return table

    def _build_filters(self) -> QHBoxLayout:
        self.filter_group = QButtonGroup(self)
        self.filter_buttons: dict[Status | None, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(2)
        for status in (None, *STATUS_ORDER):
            button = QPushButton(self.tr("All") if status is None else status_label(status))
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Show: {0}").format(button.text()))
            button.clicked.connect(lambda _=False, s=status: self.set_status_filter(s))
            self.filter_group.addButton(button)
            self.filter_buttons[status] = button
            row.addWidget(button)
        self.filter_buttons[None].setChecked(True)
        return row

    def _action_button(self, text: str, slot, tip: str) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------ showing
    def show_state(self, state: PlanState) -> None:
        rows = ledger_rows(state, self.ctx.today())
        self._redrawing = True
        try:
            self.model.set_rows(rows)
            self.editor.set_people(state.people)
            if state.delegation(self._selected_id or -1) is None or not self._visible(
                self._selected_id
            ):
                first = self.proxy.index(0, 0)
                self._selected_id = first.data(DELEGATION_ROLE).id if first.isValid() else None
            self.select(self._selected_id)
        finally:
            self._redrawing = False
        self._show_selected()
        self._show_counts(state, rows)

    def _show_counts(self, state: PlanState, rows: list[LedgerRow]) -> None:
        for status, button in self.filter_buttons.items():
            count = sum(1 for r in rows if status is None or r.delegation.status == status)
            name = self.tr("All") if status is None else status_label(status)
            button.setText(f"{name} ({count})")
        due = sum(1 for r in rows if r.due)
        back = sum(len(r.boomerangs) for r in rows)
        parts = [self.tr("Freed so far: {0} a week").format(
            format_hours(hours_freed(state.delegations)))]  # fmt: skip
        if due:
            parts.append(self.tr("1 check-in due") if due == 1
                         else self.tr("{0} check-ins due").format(due))  # fmt: skip
        if back:
            parts.append(self.tr("work came back to you in 1 week") if back == 1
                         else self.tr("work came back to you in {0} weeks").format(back))  # fmt: skip
        self.summary.setText(" · ".join(parts))

    def _visible(self, delegation_id: int | None) -> bool:
        row = self.model.row_of(delegation_id)
        return row is not None and self.proxy.mapFromSource(self.model.index(row, 0)).isValid()

    def select(self, delegation_id: int | None) -> None:
        """Make ``delegation_id`` the current row and show it in the editor."""
        row = self.model.row_of(delegation_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
        if index is None or not index.isValid():
            self.table.clearSelection()
            self._selected_id = None
            return
        if index != self.table.currentIndex():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        self._selected_id = delegation_id

    def selected(self) -> Delegation | None:
        if self._selected_id is None:
            return None
        return self.ctx.state.delegation(self._selected_id)

    def selected_row(self) -> LedgerRow | None:
        row = self.model.row_of(self._selected_id)
        return self.model.row(row) if row is not None else None

    def _show_selected(self) -> None:
        row = self.selected_row()
        self.editor.show_row(row, self.ctx.today())
        status = row.delegation.status if row else None
        open_ = status is not None and status != Status.TAKEN_BACK
        self.handover_button.setEnabled(status == Status.PLANNED)
        self.owned_button.setEnabled(status in (Status.PLANNED, Status.HANDING_OVER))
        self.checkin_button.setEnabled(open_)
        self.take_back_button.setEnabled(open_)
        self.delete_button.setEnabled(row is not None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._redrawing:
            return
        delegation = current.data(DELEGATION_ROLE) if current.isValid() else None
        new_id = delegation.id if delegation is not None else None
        if new_id != self._selected_id:
            self.say("")
        self._selected_id = new_id
        self._show_selected()

    def set_status_filter(self, status: Status | None) -> None:
        self.filter_buttons[status].setChecked(True)
        self.proxy.set_status(status)
        self.show_state(self.ctx.state)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _set_dark(self, dark: bool) -> None:
        self.model.set_dark(dark)
        self.editor.set_dark(dark)

    # ------------------------------------------------------------ intent
    def _save_edit(self, old: Delegation, new: Delegation) -> None:
        self.say("")
        self.edits.edit(old, new)

    def new_item(self) -> None:
        """Ctrl+N: ask where to start from (without blocking), then create it."""
        dialog = NewDelegationDialog(self.ctx.state, self)
        dialog.accepted.connect(lambda: self.create_delegation(dialog.item_id(), dialog.owner_id()))
        dialog.finished.connect(dialog.deleteLater)
        self.new_dialog = dialog
        dialog.open()

    def create_delegation(
        self, item_id: int | None = None, owner_id: int | None = None
    ) -> Delegation | None:
        """A new delegation, prefilled from ``item_id`` when given; it is selected."""
        today = self.ctx.today()
        if item_id is None:
            draft = Delegation(outcome=self.tr("New outcome"), started_on=today,
                               owner_id=owner_id, next_checkin=today + timedelta(days=7))  # fmt: skip
        else:
            try:
                draft = self.ctx.service.draft_from_item(item_id, owner_id)
            except ActionError as exc:
                self.say(str(exc))
                return None
        self.set_status_filter(None)
        saved = self.edits.add(draft)
        if saved is not None:
            self.select(saved.id)
            self._show_selected()
            self.editor.outcome.setFocus()
            self.editor.outcome.selectAll()
        return saved

    def start_handover(self) -> None:
        if (d := self.selected()) is not None:
            self.edits.start_handover(d)

    def mark_owned(self) -> None:
        if (d := self.selected()) is not None:
            self.edits.mark_owned(d)

    def log_checkin(self) -> None:
        """Open the check-in dialog (not blocking); it is saved when accepted."""
        d = self.selected()
        if d is None:
            return
        dialog = DelegationCheckInDialog(d, self.ctx.today(), self)
        dialog.accepted.connect(lambda: self._save_checkin(d, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.checkin_dialog = dialog
        dialog.open()

    def _save_checkin(self, d: Delegation, dialog: DelegationCheckInDialog) -> None:
        entry = dialog.entry()
        self.edits.log_checkin(d, entry.on, entry.note, entry.on_track)

    def take_back(self) -> None:
        """Taking back needs a reason: it is the execution trap made visible."""
        d = self.selected()
        if d is None:
            return
        reason = self.ctx.dialogs.ask_text(
            self.tr("Take it back"),
            self.tr("Why are you taking “{0}” back? The reason stays on the ledger so you "
                    "can see the pattern.").format(d.outcome),
        )  # fmt: skip
        if reason is None or not reason.strip():
            self.say(self.tr("Not taken back: say why you are taking it back. The reason is "
                             "kept and shown on the ledger."))  # fmt: skip
            return
        self.say("")
        self.edits.take_back(d, reason)

    def delete_selected(self) -> None:
        d = self.selected()
        if d is not None and self.edits.delete(d):
            self.show_state(self.ctx.state)
