"""Feedback: how others experience you against how you see yourself, theme by theme.

Themes are the plan's identity statements and your own. For each you rate yourself first
(1 to 5), then log what others said: the page shows your latest rating, the average of
theirs, the gap and what it means in the Johari spirit (blind spot, hidden strength, not
asked yet). Follow-ups due come first. Every change goes through ``ctx.perform`` (saved at
once, undoable); deletes are confirmed first.

The most sensitive text in the plan: it shows on this page only. Undo steps and status
messages (seen elsewhere in the window) name the kind of change, never what was said,
and nothing of it is logged.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import PlanState
from altitude.domain.growth import feedback_prompts as prompts
from altitude.domain.growth.feedback import FeedbackEntry, FeedbackTheme
from altitude.domain.growth.feedback_rules import self_rating_due
from altitude.domain.weeks import IsoWeek
from altitude.i18n import translate_marked
from altitude.ui.feedback.chart import GapChart
from altitude.ui.feedback.entry_dialog import FeedbackEntryDialog
from altitude.ui.feedback.follow_ups import FollowUpsDue
from altitude.ui.feedback.model import (
    ROW_ROLE,
    EntriesModel,
    EntryColumn,
    ThemeColumn,
    ThemesModel,
    entry_rows,
    theme_rows,
)
from altitude.ui.feedback.rating import RateDialog
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import caption
from altitude.ui.shared.page_base import Page


def _button(text: str, accessible: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    button.setToolTip(tip)
    return button


def _table(model: ThemesModel | EntriesModel, accessible: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    rows.setMaximumSectionSize(table.fontMetrics().lineSpacing() * 3 + 8)  # three lines at most
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setHighlightSections(False)
    return table


class FeedbackPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.title = self.tr("Feedback")
        self._theme_id: int | None = None
        self._entry_id: int | None = None
        self.dialog: QDialog | None = None  # the open rate or entry dialog, for tests

        self.follow_ups = FollowUpsDue()
        self.follow_ups.marked.connect(self.mark_followed_up)
        self.use_identity = _button(
            self.tr("Use my identity statements as themes"),
            self.tr("Use my identity statements as themes"),
            self.tr("One theme for each “who I need to become” statement of your plan"),
        )
        self.use_identity.setProperty("role", "primary")
        self.use_identity.clicked.connect(self.add_identity_themes)
        self.add_theme_button = _button(
            self.tr("Add a theme…"), self.tr("Add a theme"),
            self.tr("Something you want to get better at (Ctrl+N)"),
        )  # fmt: skip
        self.add_theme_button.clicked.connect(self.add_theme)
        self.rate_button = _button(
            self.tr("Rate yourself…"), self.tr("Rate yourself"),
            self.tr("Your own rating of the selected theme, 1 to 5"),
        )  # fmt: skip
        self.rate_button.clicked.connect(self.rate_yourself)
        self.rename_button = _button(
            self.tr("Rename…"), self.tr("Rename theme"), self.tr("Rename the selected theme")
        )
        self.rename_button.clicked.connect(self.rename_theme)
        self.delete_theme_button = _button(
            self.tr("Delete theme"), self.tr("Delete theme"),
            self.tr("Delete the selected theme; what others said stays. Ctrl+Z undoes it"),
        )  # fmt: skip
        self.delete_theme_button.clicked.connect(self.delete_theme)
        self.themes_model = ThemesModel(self)
        self.themes = _table(self.themes_model, self.tr("Feedback themes"))
        self.themes.horizontalHeader().setSectionResizeMode(
            ThemeColumn.MEANING, QHeaderView.ResizeMode.Stretch
        )
        self.themes.selectionModel().currentRowChanged.connect(self._theme_changed)
        self.empty = caption("")

        self.log_button = _button(
            self.tr("Log feedback…"), self.tr("Log feedback"),
            self.tr("Write down what someone said, about the selected theme"),
        )  # fmt: skip
        self.log_button.setProperty("role", "primary")
        self.log_button.clicked.connect(self.log_feedback)
        self.edit_button = _button(
            self.tr("Edit…"), self.tr("Edit feedback"), self.tr("Correct the selected entry")
        )
        self.edit_button.clicked.connect(self.edit_feedback)
        self.delete_button = _button(
            self.tr("Delete"), self.tr("Delete feedback"),
            self.tr("Delete the selected entry; Ctrl+Z undoes it"),
        )  # fmt: skip
        self.delete_button.clicked.connect(self.delete_feedback)
        self.entries_model = EntriesModel(self)
        self.entries = _table(self.entries_model, self.tr("What others said"))
        header = self.entries.horizontalHeader()
        for column in (EntryColumn.BEHAVIOUR, EntryColumn.RESPONSE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (EntryColumn.WHO, EntryColumn.THEME):  # long names: wrapped, not wide
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 170)
        self.entries.selectionModel().currentRowChanged.connect(self._entry_changed)
        self.entries.doubleClicked.connect(lambda _i: self.edit_feedback())
        self.chart = GapChart(ctx)
        self.ask = caption("")
        self._build_layout()
        self.show_state(ctx.state)

    def _build_layout(self) -> None:
        theme_tools = QHBoxLayout()
        for button in (self.add_theme_button, self.rate_button, self.rename_button,
                       self.delete_theme_button):  # fmt: skip
            theme_tools.addWidget(button)
        theme_tools.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.follow_ups)
        top_layout.addLayout(theme_tools)
        top_layout.addWidget(self.use_identity, 0, Qt.AlignmentFlag.AlignLeft)
        top_layout.addWidget(self.empty)
        top_layout.addWidget(self.themes, 1)
        entry_tools = QHBoxLayout()
        for button in (self.log_button, self.edit_button, self.delete_button):
            entry_tools.addWidget(button)
        entry_tools.addStretch(1)
        said = QWidget()
        said_layout = QVBoxLayout(said)
        said_layout.addLayout(entry_tools)
        said_layout.addWidget(self.entries, 1)
        said_layout.addWidget(self.ask)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Feedback views"))
        self.tabs.addTab(said, self.tr("What others said"))
        self.tabs.addTab(self.chart, self.tr("Your view against theirs, over time"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(
            caption(
                self.tr(
                    "Ask how others experience you, theme by theme. Rate yourself first, then "
                    "log what they said: the gap between the two is what to work on. Private: "
                    "this stays in your plan's file and shows only on this page."
                )
            )
        )
        layout.addWidget(splitter, 1)

    # ------------------------------------------------------------ showing
    def show_state(self, state: PlanState) -> None:
        today = self.ctx.today()
        self.follow_ups.show_due(self.ctx.service.follow_ups_due(), state)
        self.themes_model.set_rows(theme_rows(self.ctx.service.theme_views(), today))
        self.entries_model.set_rows(entry_rows(state))
        identity = state.plan.identity if state.plan is not None else ()
        self.use_identity.setVisible(not state.themes and bool(identity))
        self.empty.setVisible(not state.themes)
        self.empty.setText(
            self.tr("No themes yet. Start from the statements in your plan, or add your own.")
            if identity
            else self.tr("No themes yet. Add one: something you do that you want to do better.")
        )
        self.ask.setText(
            self.tr("To ask someone this week: “{0}”").format(
                translate_marked(
                    prompts.CONTEXT, prompts.ASKS[IsoWeek.of(today).week % len(prompts.ASKS)]
                )
            )
        )
        if not any(t.id == self._theme_id for t in state.themes):
            self._theme_id = state.themes[0].id if state.themes else None
        if not any(f.id == self._entry_id for f in state.feedback):
            self._entry_id = None
        self._select(self.themes, self.themes_model, self._theme_id)
        self._select(self.entries, self.entries_model, self._entry_id)
        self._show_buttons()

    def _select(
        self, table: QTableView, model: ThemesModel | EntriesModel, key: int | None
    ) -> None:
        row = model.row_of(key)
        if row is None:
            table.clearSelection()
            return
        index = model.index(row, 0)
        if index != table.currentIndex():
            table.setCurrentIndex(index)

    def _show_buttons(self) -> None:
        theme = self.selected_theme()
        for button in (self.rate_button, self.rename_button, self.delete_theme_button):
            button.setEnabled(theme is not None)
        due = (
            theme is not None
            and bool(theme.self_ratings)
            and self_rating_due(theme, self.ctx.today())
        )
        self.rate_button.setText(
            self.tr("Rate yourself again…") if due else self.tr("Rate yourself…")
        )
        entry = self.selected_entry()
        self.edit_button.setEnabled(entry is not None)
        self.delete_button.setEnabled(entry is not None)

    def _theme_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        self._theme_id = row.view.theme.id if row is not None else None
        self._show_buttons()

    def _entry_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        self._entry_id = row.entry.id if row is not None else None
        self._show_buttons()

    def selected_theme(self) -> FeedbackTheme | None:
        return next((t for t in self.ctx.state.themes if t.id == self._theme_id), None)

    def selected_entry(self) -> FeedbackEntry | None:
        return next((f for f in self.ctx.state.feedback if f.id == self._entry_id), None)

    def select_theme(self, theme_id: int | None) -> None:
        self._theme_id = theme_id
        self._select(self.themes, self.themes_model, theme_id)
        self._show_buttons()

    def select_entry(self, entry_id: int | None) -> None:
        self._entry_id = entry_id
        self._select(self.entries, self.entries_model, entry_id)
        self._show_buttons()

    # ------------------------------------------------------------ themes
    def new_item(self) -> None:
        """Ctrl+N: add a theme."""
        self.add_theme()

    def add_identity_themes(self) -> None:
        service = self.ctx.service
        self.ctx.perform(self.tr("Use my identity statements as themes"),
                         service.add_identity_themes)  # fmt: skip

    def add_theme(self) -> None:
        title = self.ctx.dialogs.ask_text(
            self.tr("Add a theme"),
            self.tr(
                "Something you do that you want to do better, e.g. “Run one-to-ones that help”:"
            ),
        )
        if not title or self._refused(title, None):
            return
        service = self.ctx.service
        edit = self.ctx.attempt(self.tr("Add a feedback theme"), lambda: service.add_theme(title))
        if edit is not None:
            self.select_theme(edit.result.id)

    def rename_theme(self) -> None:
        theme = self.selected_theme()
        if theme is None:
            return
        title = self.ctx.dialogs.ask_text(
            self.tr("Rename the theme"), self.tr("Theme:"), theme.title
        )
        if not title or title == theme.title or self._refused(title, theme.id):
            return

        service, renamed = self.ctx.service, replace(theme, title=title)
        self.ctx.perform(self.tr("Rename a feedback theme"), lambda: service.update_theme(renamed))

    def _refused(self, title: str, theme_id: int | None) -> bool:
        """Say what is wrong with a theme's title, in words (no field names); True if so."""
        problem = self.ctx.service.theme_title_problem(title, theme_id)
        if problem is not None:
            self.ctx.dialogs.error(self.tr("Theme not saved"), problem)
        return problem is not None

    def delete_theme(self) -> None:
        theme = self.selected_theme()
        if theme is None or theme.id is None:
            return
        about = sum(1 for f in self.ctx.state.feedback if f.theme_id == theme.id)
        if not self.ctx.dialogs.confirm(
            self.tr("Delete the theme?"),
            self.tr(
                "“{0}” and your own ratings of it go; the {1} entries about it stay, with no "
                "theme. Undo (Ctrl+Z) brings it all back."
            ).format(theme.title, about),
        ):
            return
        service, theme_id = self.ctx.service, theme.id
        self.ctx.perform(self.tr("Delete a feedback theme"), lambda: service.delete_theme(theme_id))

    def rate_yourself(self) -> RateDialog | None:
        """Open the rating dialog for the selected theme (not blocking); saved on accept."""
        theme = self.selected_theme()
        if theme is None or theme.id is None:
            return None
        dialog = RateDialog(theme, self.ctx.today(), self)
        theme_id, service = theme.id, self.ctx.service

        def save() -> None:
            rating = dialog.rating() or 0
            self.ctx.perform(
                self.tr("Rate yourself"), lambda: service.rate_yourself(theme_id, rating)
            )

        dialog.accepted.connect(save)
        self._open(dialog)
        return dialog

    # ------------------------------------------------------------ entries
    def log_feedback(self) -> FeedbackEntryDialog:
        """The entry dialog for the selected theme; it asks for your own rating first when
        the theme has none."""
        dialog = FeedbackEntryDialog(self.ctx, None, self._theme_id, self)
        self._open(dialog)
        return dialog

    def edit_feedback(self) -> FeedbackEntryDialog | None:
        entry = self.selected_entry()
        if entry is None:
            return None
        dialog = FeedbackEntryDialog(self.ctx, entry, None, self)
        self._open(dialog)
        return dialog

    def delete_feedback(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.id is None:
            return
        if not self.ctx.dialogs.confirm(
            self.tr("Delete this feedback?"),
            self.tr("The entry and its feedforward ideas go. Undo (Ctrl+Z) brings them back."),
        ):
            return
        service, entry_id = self.ctx.service, entry.id
        self.ctx.perform(
            self.tr("Delete a feedback entry"), lambda: service.delete_feedback(entry_id)
        )

    def mark_followed_up(self, entry_id: int) -> None:
        service = self.ctx.service
        self.ctx.perform(self.tr("Mark feedback followed up"),
                         lambda: service.mark_followed_up(entry_id))  # fmt: skip

    def _open(self, dialog: QDialog) -> None:
        """Open without blocking; a closed dialog is deleted and forgotten."""
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
