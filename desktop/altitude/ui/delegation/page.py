"""Delegation: the ledger of outcomes you handed over, one editor under it, and the actions
that move an outcome along (start handing over, mark owned, check in, take back).

Every change goes through ``DelegationEdits`` (``ctx.perform``), so it is saved at once
and undoable; the page redraws from the saved state in ``show_state``.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import Delegation, PlanState, Status
from altitude.domain.metrics import hours_freed
from altitude.services import ActionError
from altitude.ui.decisions.launch import offer_take_back_decision
from altitude.ui.delegation.dialogs import DelegationCheckInDialog, NewDelegationDialog
from altitude.ui.delegation.editor import DelegationEditor
from altitude.ui.delegation.edits import DelegationEdits
from altitude.ui.delegation.ledger_view import LedgerView
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import action_button, caption, error_text
from altitude.ui.shared.ledger_rows import LedgerRow, ledger_rows
from altitude.ui.shared.page_base import Page
from altitude.ui.shared.plan_charts import FreedChart


class DelegationPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.title = self.tr("Delegation")
        self.edits = DelegationEdits(ctx)
        self.new_dialog: NewDelegationDialog | None = None
        self.checkin_dialog: DelegationCheckInDialog | None = None
        self.take_back_editor: QDialog | None = None  # the decision editor, when offered
        self.ledger = LedgerView()
        self.ledger.current_changed.connect(self._picked)
        self.ledger.new_requested.connect(self.new_item)
        self.ledger.delete_requested.connect(self.delete_selected)
        # Shortcuts for tests and the lead: the ledger's parts by their plain names.
        self.model, self.proxy, self.table = self.ledger.model, self.ledger.proxy, self.ledger.table
        self.filter_buttons, self.summary = self.ledger.filter_buttons, self.ledger.summary
        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Problem with the last action"))
        self.message.hide()
        self.editor = DelegationEditor()
        self.editor.edited.connect(self._save_edit)
        self.handover_button = action_button(
            self.tr("Start handing over"),
            self.start_handover,
            self.tr("They start taking it over; its hours count as freed."),
        )
        self.owned_button = action_button(
            self.tr("Mark owned"), self.mark_owned, self.tr("They own the outcome now.")
        )
        self.checkin_button = action_button(
            self.tr("Log a check-in"),
            self.log_checkin,
            self.tr("Note how it is going; the next check-in moves on by the cadence."),
        )
        self.take_back_button = action_button(
            self.tr("Take back…"),
            self.take_back,
            self.tr("Take the outcome back. You will be asked why; the reason stays on the row."),
        )
        self.delete_button = action_button(
            self.tr("Delete"),
            self.delete_selected,
            self.tr("Delete the delegation (Delete); Ctrl+Z undoes it"),
        )
        self._lay_out()
        ctx.dark_changed.connect(self._set_dark)
        self._set_dark(ctx.dark)
        self.show_state(ctx.state)

    def _lay_out(self) -> None:
        actions = QHBoxLayout()
        for button in (self.handover_button, self.owned_button, self.checkin_button):
            actions.addWidget(button)
        actions.addWidget(self.take_back_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Delegation details"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.editor)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 4, 0, 0)
        bottom_layout.addLayout(actions)
        bottom_layout.addWidget(scroll, 1)
        # The ledger on top at full width (it is read across), the selected outcome below.
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.views = QTabWidget()
        self.views.setAccessibleName(self.tr("Ledger or hours freed"))
        self.views.setDocumentMode(True)
        self.views.addTab(self.ledger, self.tr("Ledger"))
        self.freed_chart = FreedChart(self.ctx)
        self.views.addTab(self.freed_chart, self.tr("Hours freed over time"))
        splitter.addWidget(self.views)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        intro = caption(
            self.tr(
                "Hand over outcomes, not tasks: say what good looks like, how much they decide "
                "and when you check in. Taking one back is allowed — say why, so you can see "
                "the pattern."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self.setTabOrder(self.ledger.table, self.handover_button)

    # ------------------------------------------------------------ showing
    def show_state(self, state: PlanState) -> None:
        self.editor.set_people(state.people)
        rows = ledger_rows(state, self.ctx.today())
        self.ledger.show_rows(rows, hours_freed(state.delegations))
        self._show_selected()

    def select(self, delegation_id: int | None) -> None:
        """Make ``delegation_id`` the current row and show it in the editor."""
        self.ledger.select(delegation_id)
        self._show_selected()

    def selected(self) -> Delegation | None:
        found = self.ledger.selected_id()
        return self.ctx.state.delegation(found) if found is not None else None

    def selected_row(self) -> LedgerRow | None:
        return self.ledger.selected_row()

    def set_status_filter(self, status: Status | None) -> None:
        self.ledger.set_status_filter(status)

    def _picked(self) -> None:
        self.say("")
        self._show_selected()

    def _show_selected(self) -> None:
        row = self.ledger.selected_row()
        self.editor.show_row(row, self.ctx.today())
        status = row.delegation.status if row else None
        open_ = status is not None and status != Status.TAKEN_BACK
        self.handover_button.setEnabled(status == Status.PLANNED)
        self.owned_button.setEnabled(status in (Status.PLANNED, Status.HANDING_OVER))
        self.checkin_button.setEnabled(open_)
        self.take_back_button.setEnabled(open_)
        self.delete_button.setEnabled(row is not None)

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
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.new_dialog = dialog
        dialog.open()

    def create_delegation(
        self, item_id: int | None = None, owner_id: int | None = None
    ) -> Delegation | None:
        """A new delegation, prefilled from ``item_id`` when given; it is selected."""
        today = self.ctx.today()
        if item_id is None:
            draft = Delegation(
                outcome=self.tr("New outcome"),
                started_on=today,
                owner_id=owner_id,
                next_checkin=today + timedelta(days=7),
            )
        else:
            try:
                draft = self.ctx.service.draft_from_item(item_id, owner_id)
            except ActionError as exc:
                self.say(error_text(exc))
                return None
        self.set_status_filter(None)
        saved = self.edits.add(draft)
        if saved is not None:
            self.select(saved.id)
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
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.checkin_dialog = dialog
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        """A closed dialog is deleted; keep no reference to it."""
        if self.new_dialog is dialog:
            self.new_dialog = None
        if self.checkin_dialog is dialog:
            self.checkin_dialog = None
        dialog.deleteLater()

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
            self.tr(
                "Why are you taking “{0}” back? The reason stays on the ledger so you "
                "can see the pattern."
            ).format(d.outcome),
        )
        if reason is None or not reason.strip():
            self.say(
                self.tr(
                    "Not taken back: say why you are taking it back. The reason is "
                    "kept and shown on the ledger."
                )
            )
            return
        self.say("")
        if self.edits.take_back(d, reason) and d.id is not None:
            # Taking work back is a decision: offer to catch it in the journal.
            self.take_back_editor = offer_take_back_decision(self.ctx, d.id, self)

    def delete_selected(self) -> None:
        d = self.selected()
        if d is not None:
            self.edits.delete(d)
