"""Functions: how finance, sales, operations and the others work, and how your team moves
their numbers.

Influence at the next level flows from understanding how the functions interlock: Ram
Charan's five questions (cash, margin, velocity, growth, customers) frame what each one is
measured on, Watkins' learning questions are what to ask its people, and leaders who spend
time across functions run more productive firms (Bandiera, Hansen, Prat & Sadun). The page
keeps, per function, what you know and whom you learn from, flags the ones you have not
worked with for 60 days, and shows the months as a heat map. Every change goes through
``ctx.perform`` (saved at once, undoable); a delete is confirmed first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.arcs.functions import BusinessFunction
from altitude.domain.entities import PlanState
from altitude.ui.functions.chart import CoverageChart
from altitude.ui.functions.editor import FunctionEditor
from altitude.ui.functions.model import Column, FunctionsModel, function_rows
from altitude.ui.functions.wording import (
    business_questions,
    learning_questions,
    untouched_text,
)
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import action_button, caption, heading
from altitude.ui.shared.page_base import Page
from altitude.ui.shared.records.dialog import DialogHost
from altitude.ui.shared.records.table import RecordTable, log_with_note


class FunctionsPage(DialogHost, Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.title = self.tr("Functions")

        self.defaults_button = action_button(
            self.tr("Add the usual functions"), self.add_defaults,
            self.tr("Finance, sales, marketing, operations, product, support, people / HR "
                    "and legal; rename or delete any of them"),
        )  # fmt: skip
        self.defaults_button.setProperty("role", "primary")
        self.add_button = action_button(
            self.tr("Add a function…"), self.add_function,
            self.tr("Another function your work touches (Ctrl+N)"),
        )  # fmt: skip
        self.edit_button = action_button(
            self.tr("Fill in…"), self.edit_function,
            self.tr("What they are measured on, how your team moves it, whom you learn from"),
        )  # fmt: skip
        self.touch_button = action_button(
            self.tr("Worked with them today…"), self.worked_today,
            self.tr("Log a meeting, a question or a piece of work with this function today"),
        )  # fmt: skip
        self.delete_button = action_button(
            self.tr("Delete"), self.delete_function,
            self.tr("Delete the selected function and its history; Ctrl+Z undoes it"),
        )  # fmt: skip
        self.empty = caption(
            self.tr("No functions yet. Start from the usual ones (finance, sales, marketing, "
                    "operations, product, support, people / HR, legal) and rename or delete "
                    "them to fit your organisation, or add your own.")
        )  # fmt: skip
        self.untouched = caption("")
        self.model = FunctionsModel(self)
        self.table = self._table()
        self.chart = CoverageChart(ctx)
        self._build_layout()
        self.show_state(ctx.state)

    def _table(self) -> RecordTable:
        table = RecordTable(self.model, self.tr("Functions"))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # long notes: elided
        header.setDefaultSectionSize(150)
        for column in (Column.NAME, Column.LAST, Column.EXPLAIN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.chosen.connect(self._show_buttons)
        table.doubleClicked.connect(lambda _i: self.edit_function())
        return table

    def _questions(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(heading(self.tr("To ask each function's people")))
        for question in learning_questions():
            layout.addWidget(caption(f"• {question}"))
        layout.addWidget(caption(self.tr("(Michael Watkins, The First 90 Days)")))
        layout.addWidget(heading(self.tr("To read any function's numbers")))
        layout.addWidget(caption(business_questions()))
        layout.addStretch(1)
        return box

    def _build_layout(self) -> None:
        tools = QHBoxLayout()
        for button in (self.defaults_button, self.add_button, self.edit_button,
                       self.touch_button, self.delete_button):  # fmt: skip
            tools.addWidget(button)
        tools.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(tools)
        top_layout.addWidget(self.empty)
        top_layout.addWidget(self.untouched)
        top_layout.addWidget(self.table, 1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Function views"))
        self.tabs.addTab(self.chart, self.tr("How often, month by month"))
        self.tabs.addTab(self._questions(), self.tr("Questions to ask"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)  # at the smallest window the table keeps 4 rows
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(
            caption(self.tr("How the other functions work and how your team moves their "
                            "numbers. Leaders who spend time across functions run more "
                            "productive organisations (Bandiera et al.)."))
        )  # fmt: skip
        layout.addWidget(splitter, 1)

    # ------------------------------------------------------------ showing
    def show_state(self, state: PlanState) -> None:
        today = self.ctx.today()
        self.model.set_rows(function_rows(state, today))
        has = bool(state.functions)
        self.empty.setVisible(not has)
        self.defaults_button.setVisible(not has)
        for button in (self.edit_button, self.touch_button, self.delete_button):
            button.setVisible(has)  # nothing to fill in yet: only the ways to start
        self.table.setVisible(has)
        self.untouched.setVisible(has)
        stale = self.ctx.service.untouched_functions()
        self.untouched.setText(untouched_text([f.name for f in stale]))
        self.table.keep_or_first()

    def select(self, function_id: int | None) -> None:
        self.table.choose(function_id)

    def _show_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.edit_button, self.touch_button, self.delete_button):
            button.setEnabled(chosen)

    def selected(self) -> BusinessFunction | None:
        key = self.table.chosen_key
        return next((f for f in self.ctx.state.functions if f.id == key), None)

    # ------------------------------------------------------------ actions
    def new_item(self) -> None:
        """Ctrl+N: add a function."""
        self.add_function()

    def add_defaults(self) -> None:
        service = self.ctx.service
        self.ctx.perform(self.tr("Add the usual functions"), service.add_default_functions)

    def add_function(self) -> FunctionEditor:
        editor = FunctionEditor(self.ctx, None, self)
        editor.accepted.connect(lambda: self.select(editor.saved_id))
        self.open_dialog(editor)
        return editor

    def edit_function(self) -> FunctionEditor | None:
        function = self.selected()
        if function is None:
            return None
        editor = FunctionEditor(self.ctx, function, self)
        self.open_dialog(editor)
        return editor

    def worked_today(self) -> None:
        function = self.selected()
        if function is None or function.id is None:
            return
        service, function_id, today = self.ctx.service, function.id, self.ctx.today()
        log_with_note(
            self.ctx,
            self.tr("Worked with them today"),
            self.tr("You worked with {0} today. A note, if you like (what you learned):").format(
                function.name
            ),
            self.tr("Log time with a function"),
            lambda note: service.touch_function(function_id, today, note),
        )

    def delete_function(self) -> None:
        function = self.selected()
        if function is None or function.id is None:
            return
        if not self.ctx.dialogs.confirm(
            self.tr("Delete {0}?").format(function.name),
            self.tr("What you wrote about it and the times you worked with it go. Undo "
                    "(Ctrl+Z) brings them back."),
        ):  # fmt: skip
            return
        service, function_id = self.ctx.service, function.id
        self.ctx.perform(self.tr("Delete a function"), lambda: service.delete_function(function_id))
