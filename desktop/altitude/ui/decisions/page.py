"""Decisions: the journal of your calls, the ones due for review on top, and what your
reviews say about your judgment.

The methods (the app's guide cites them): Farnam Street's decision journal, Annie Duke's
process-apart-from-outcome review, Klein's premortem, Bezos' one- and two-way doors.
Every change goes through ``ctx.perform`` (saved at once, undoable): recording, editing,
reviewing, a later thought, a delete (brought back with its links by Ctrl+Z).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import PlanState
from altitude.domain.growth.decision_rules import ReviewRules
from altitude.domain.growth.decisions import JournalEntry, JournalReview
from altitude.ui.decisions.detail import detail_text
from altitude.ui.decisions.editor import DecisionEditor, blank_entry
from altitude.ui.decisions.judgment import JudgmentPanel
from altitude.ui.decisions.launch import editor_for, review_rules
from altitude.ui.decisions.model import ENTRY_ROLE, Column, DecisionsModel, decision_rows
from altitude.ui.decisions.review_dialog import ReviewDialog
from altitude.ui.decisions.texts import STATUS_DUE
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import action_button, caption
from altitude.ui.shared.page_base import Page


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class DecisionsPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        tr = self.tr
        self.title = tr("Decisions")
        self._selected_id: int | None = None
        self.editor: DecisionEditor | None = None
        self.review_dialog: ReviewDialog | None = None
        self.model = DecisionsModel(self)
        self.table = self._build_table()
        self.due = QLabel()
        self.due.setWordWrap(True)
        bold = self.due.font()
        bold.setBold(True)
        self.due.setFont(bold)
        self.due.setAccessibleName(tr("Decisions due for review"))
        self.review_due_button = action_button(
            tr("Review the first one now"),
            self.review_first_due,
            tr("Open the review of the decision overdue longest"),
        )
        self.review_due_button.setProperty("role", "primary")
        self.add_button = action_button(
            tr("Log a decision…"),
            self.new_item,
            tr("Write down a decision as you make it (Ctrl+N)"),
        )
        self.add_button.setProperty("role", "primary")
        self.edit_button = action_button(
            tr("Edit…"), self.edit_selected, tr("Correct it until its review is due; then read it")
        )
        self.review_button = action_button(
            tr("Review…"), self.review_selected, tr("What happened, and how you decided")
        )
        self.later_button = action_button(
            tr("Add a later thought…"),
            self.add_later_thought,
            tr("Append what you think now; what you wrote then stays as written"),
        )
        self.delete_button = action_button(
            tr("Delete"), self.delete_selected, tr("Delete the decision (Delete); Ctrl+Z undoes it")
        )
        self.detail = caption("")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAccessibleName(tr("The selected decision"))
        self.judgment = JudgmentPanel(ctx)
        self._lay_out()
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.show_state(ctx.state)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Decisions"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.DECISION, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        table.doubleClicked.connect(lambda _index: self.edit_selected())
        delete = QAction(self.tr("Delete decision"), table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        table.addAction(delete)
        return table

    def _lay_out(self) -> None:
        due_row = QHBoxLayout()
        due_row.addWidget(self.due, 1)
        due_row.addWidget(self.review_due_button)
        tools = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.review_button, self.later_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.delete_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(due_row)
        top_layout.addLayout(tools)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.judgment)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            caption(
                self.tr(
                    "Write a decision down as you make it — the options, your choice, what you "
                    "expect and how sure you are — then look back on its review date. Judge how "
                    "you decided apart from how it turned out: that is how judgment grows."
                )
            )
        )
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.add_button, self.edit_button)

    # ------------------------------------------------------------ showing
    def show_state(self, state: PlanState) -> None:
        today = self.ctx.today()
        rows = decision_rows(state, today)
        self.model.set_rows(rows)
        due = [r for r in rows if r.status == STATUS_DUE]
        self.due.setVisible(bool(due))
        self.review_due_button.setVisible(bool(due))
        if due:
            first = due[0].entry.decision
            self.due.setText(
                self.tr(
                    "1 decision is due for review: “{0}”. Look back while you remember."
                ).format(first)
                if len(due) == 1
                else self.tr("{0} decisions are due for review, the oldest first: “{1}”.").format(
                    len(due), first
                )
            )
        if not any(e.id == self._selected_id for e in state.journal):
            self._selected_id = rows[0].entry.id if rows else None
        self.select(self._selected_id)
        self._show_selected()
        self.judgment.show_stats(self.ctx.service.journal_stats())

    def select(self, entry_id: int | None) -> None:
        row = self.model.row_of(entry_id)
        self._selected_id = entry_id if row is not None else None
        if row is None:
            self.table.clearSelection()
            return
        index = self.model.index(row, 0)
        if index != self.table.currentIndex():
            self.table.setCurrentIndex(index)

    def selected(self) -> JournalEntry | None:
        return next((e for e in self.ctx.state.journal if e.id == self._selected_id), None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = current.data(ENTRY_ROLE) if current.isValid() else None
        self._selected_id = entry.id if entry is not None else None
        self._show_selected()

    def _show_selected(self) -> None:
        entry = self.selected()
        for button in (self.edit_button, self.review_button, self.later_button, self.delete_button):
            button.setEnabled(entry is not None)
        if entry is None:
            self.detail.setText(
                self.tr(
                    "No decisions yet. Log the next one you make (Ctrl+N): hiring, a priority, "
                    "what to hand over. Small ones count."
                )
                if not self.ctx.state.journal
                else ""
            )
            return
        self.detail.setText(detail_text(entry, self.ctx.state, self.ctx.today()))

    def rules(self) -> ReviewRules:
        return review_rules(self.ctx)

    # ------------------------------------------------------------ intent
    def new_item(self) -> None:
        """Ctrl+N: log a decision."""
        self.open_editor(blank_entry(self.ctx.today(), self.rules()))

    def open_editor(self, entry: JournalEntry, reverse_prompt: str | None = None) -> DecisionEditor:
        """Open the editor (not blocking) on ``entry``; a new one when its id is None."""
        dialog = editor_for(self.ctx, entry, self, reverse_prompt)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.editor = dialog
        return dialog

    def _saved(self, dialog: DecisionEditor) -> None:
        if dialog.saved_id is not None:
            self.select(dialog.saved_id)
            self._show_selected()

    def edit_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.open_editor(entry)

    def review_selected(self) -> None:
        entry = self.selected()
        if entry is None or entry.id is None:
            return
        entry_id, service = entry.id, self.ctx.service

        def save(review: JournalReview) -> bool:
            return self.ctx.perform(
                self.tr("Review decision: {0}").format(_short(entry.decision)),
                lambda: service.review_decision(entry_id, review),
            )

        dialog = ReviewDialog(entry, self.ctx.today(), save, self)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.review_dialog = dialog
        dialog.open()

    def review_first_due(self) -> None:
        due = self.ctx.service.decisions_due()
        if due:
            self.select(due[0].id)
            self.review_selected()

    def add_later_thought(self) -> None:
        entry = self.selected()
        if entry is None or entry.id is None:
            return
        note = self.ctx.dialogs.ask_text(
            self.tr("Add a later thought"),
            self.tr(
                "What do you think now about “{0}”? It is added with today's date; "
                "what you wrote then stays as written."
            ).format(entry.decision),
        )
        if note is None or not note.strip():
            return
        entry_id, service = entry.id, self.ctx.service
        self.ctx.perform(
            self.tr("Later thought: {0}").format(_short(entry.decision)),
            lambda: service.add_hindsight(entry_id, note),
        )

    def delete_selected(self) -> None:
        entry = self.selected()
        if entry is None or entry.id is None:
            return
        if not self.ctx.dialogs.confirm(
            self.tr("Delete this decision?"),
            self.tr(
                "“{0}” goes with its review and later thoughts. Undo (Ctrl+Z) brings it back."
            ).format(entry.decision),
        ):
            return
        entry_id, service = entry.id, self.ctx.service
        self.ctx.perform(
            self.tr("Delete decision: {0}").format(_short(entry.decision)),
            lambda: service.delete_decision(entry_id),
        )

    def _forget(self, dialog: QDialog) -> None:
        if self.editor is dialog:
            self.editor = None
        if self.review_dialog is dialog:
            self.review_dialog = None
        dialog.deleteLater()
