"""Team: your people, their growth goals, and how much of your old work each now carries —
so you see who is stretched and who is ready for more.

Every change goes through ``ctx.perform`` (saved at once, undoable). Deleting someone
leaves their delegations in the ledger without an owner; undo brings the person back
under the same id and gives those delegations back to them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.entities import Person, PlanState
from altitude.domain.metrics import hours_freed
from altitude.domain.shares import format_hours
from altitude.i18n import settled
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import caption
from altitude.ui.shared.page_base import Page
from altitude.ui.shared.table_model import FIT_ROWS_UP_TO
from altitude.ui.team.load_bar import BAR_WIDTH, LoadBarDelegate
from altitude.ui.team.model import (
    PERSON_ROLE,
    SORT_ROLE,
    Column,
    TeamModel,
    team_rows,
)
from altitude.ui.team.person_editor import PersonEditor


def trn(text: str, n: int) -> str:
    """A count's words: ``%n`` and the plural form for ``n`` (Qt's numerus forms)."""
    return settled(text, n, QCoreApplication.translate("TeamPage", text, None, n))


class TeamPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.title = self.tr("Team")
        self._selected_id: int | None = None
        self._redrawing = False
        self.model = TeamModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._build_table()
        self.editor = PersonEditor()
        self.editor.today = ctx.today
        self.editor.edited.connect(self._save_edit)
        self.add_button = QPushButton(self.tr("Add person"))
        self.add_button.setProperty("role", "primary")
        self.add_button.setAccessibleName(self.tr("Add person"))
        self.add_button.setToolTip(self.tr("Add someone on your team (Ctrl+N)"))
        self.add_button.clicked.connect(self.new_item)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete person"))
        self.delete_button.setToolTip(
            self.tr("Delete the selected person (Delete); Ctrl+Z undoes it")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.summary = caption("")

        tools = QHBoxLayout()
        tools.addWidget(self.add_button)
        tools.addWidget(self.delete_button)
        tools.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(tools)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.summary)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Team member details"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.editor)
        # The team on top at full width (growth goals are read across), the person below.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(
            caption(
                self.tr(
                    "Build people who outgrow you in specific areas. The bar shows how much of "
                    "your old work each person carries: hand the next outcome to someone with "
                    "room and a growth goal it serves."
                )
            )
        )
        layout.addWidget(splitter, 1)

        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.setTabOrder(self.add_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.table)
        self.show_state(ctx.state)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setAccessibleName(self.tr("Team members"))
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(True)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMaximumSectionSize(table.fontMetrics().lineSpacing() * 3 + 8)
        rows.setMinimumSectionSize(table.fontMetrics().lineSpacing() + 14)  # room to breathe
        table.setItemDelegateForColumn(Column.LOAD, LoadBarDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(FIT_ROWS_UP_TO)  # widths from the first rows
        header.setSectionResizeMode(Column.GROWTH, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.LOAD, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(Column.LOAD, BAR_WIDTH + 70)
        header.setHighlightSections(False)
        delete = QAction(self.tr("Delete person"), table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        table.addAction(delete)
        return table

    # ------------------------------------------------------------ showing
    def show_state(self, state: PlanState) -> None:
        self._redrawing = True
        try:
            self.model.set_rows(team_rows(state, self.ctx.today()))
            if state.person(self._selected_id or -1) is None:
                first = self.proxy.index(0, 0)
                self._selected_id = first.data(PERSON_ROLE).id if first.isValid() else None
            self.select(self._selected_id)
        finally:
            self._redrawing = False
        self._show_selected()
        self.summary.setText(self._summary(state))

    def _summary(self, state: PlanState) -> str:
        if not state.people:
            return self.tr(
                "No one here yet. Add the people you lead (Ctrl+N) with their growth goals, "
                "then hand them outcomes from the Delegation page."
            )
        carried = hours_freed([d for d in state.delegations if d.owner_id is not None])
        count = len(state.people)
        people = trn("%n team member(s)", count)
        return self.tr("{0} · together they carry {1} a week you handed over.").format(
            people, format_hours(carried)
        )

    def select(self, person_id: int | None) -> None:
        row = self.model.row_of(person_id)
        if row is None:
            self.table.clearSelection()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid() and index != self.table.currentIndex():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        self._selected_id = person_id

    def selected(self) -> Person | None:
        return self.ctx.state.person(self._selected_id) if self._selected_id is not None else None

    def _show_selected(self) -> None:
        row = self.model.row_of(self._selected_id)
        self.editor.show_row(self.model.row(row) if row is not None else None)
        self.delete_button.setEnabled(row is not None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._redrawing:
            return
        person = current.data(PERSON_ROLE) if current.isValid() else None
        self._selected_id = person.id if person is not None else None
        self._show_selected()

    # ------------------------------------------------------------ intent
    def _save_edit(self, old: Person, new: Person) -> None:
        self.ctx.perform(
            self.tr("Edit team member: {0}").format(new.name),
            lambda: self.ctx.service.update_person(new),
        )

    def new_item(self) -> None:
        """Ctrl+N: add a person and start typing their name."""
        added = self.add_person(Person(name=self.tr("New team member")))
        if added is not None:
            self.editor.name.setFocus()
            self.editor.name.selectAll()

    def add_person(self, person: Person) -> Person | None:
        """Undo deletes them; redo brings them back under the same id."""
        edit = self.ctx.attempt(
            self.tr("Add team member: {0}").format(person.name),
            lambda: self.ctx.service.add_person(person),
        )
        if edit is None:
            return None
        self.select(edit.result.id)
        self._show_selected()
        return edit.result

    def delete_selected(self) -> None:
        person = self.selected()
        if person is None or person.id is None:
            return
        person_id = person.id  # narrowed to int for the lambda below
        theirs = [d for d in self.ctx.state.delegations if d.owner_id == person.id]
        if theirs and not self.ctx.dialogs.confirm(
            self.tr("Delete {0}?").format(person.name),
            self.tr(
                "{0} owns {1} delegated outcome(s). They stay in the ledger with no owner. "
                "Undo (Ctrl+Z) brings {0} and their outcomes back."
            ).format(person.name, len(theirs)),
        ):
            return
        service, person_id = self.ctx.service, person.id
        # The undo (from the service) brings them back with the outcomes they owned.
        if self.ctx.perform(
            self.tr("Delete team member: {0}").format(person.name),
            lambda: service.delete_person(person_id),
        ):
            self._selected_id = None
            self.show_state(self.ctx.state)
