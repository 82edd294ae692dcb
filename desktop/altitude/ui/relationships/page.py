"""Relationships: the people beyond the team, on Mendelow's map, and the boss's five talks.

New managers overrate their formal authority; influence comes from relationships and
credibility (Linda Hill, "Becoming the Boss", HBR 2007). So the page keeps the boss, peers,
other functions' leads and key customers in view: how much say and interest each has,
where they stand, the trust between you, and when you were last in touch. Watkins' order
(*The First 90 Days*) is the hint above the table: influential supporters first, then
influential convincibles. Every change goes through ``ctx.perform`` (saved at once,
undoable); a delete is confirmed first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.arcs.stakeholders import (
    HIGH,
    BossConversation,
    BossTopic,
    Stakeholder,
    Stance,
    watkins_order,
)
from altitude.domain.entities import PlanState
from altitude.ui.relationships.boss import BossPanel, HoldDialog
from altitude.ui.relationships.chart import StakeholderMap
from altitude.ui.relationships.editor import StakeholderEditor
from altitude.ui.relationships.model import PeopleModel, person_rows
from altitude.ui.relationships.wording import rhythm_text, stance_names, tr
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import action_button, caption
from altitude.ui.shared.page_base import Page
from altitude.ui.shared.records.dialog import DialogHost
from altitude.ui.shared.records.table import RecordTable, log_with_note

APPROACH_NAMES = 3  # names in the "approach first" hint: more would not be a first step


def approach_hint(people: tuple[Stakeholder, ...]) -> str:
    """Watkins' order in one line: influential supporters, then influential convincibles."""
    allies = (Stance.SUPPORTER, Stance.CONVINCIBLE)
    first = [p for p in watkins_order(people) if p.influence >= HIGH and p.stance in allies]
    if not first:
        return tr("Approach first: no one influential is a supporter or a convincible yet. "
                  "Find out where the influential people stand.")  # fmt: skip
    names = ", ".join(
        tr("{0} ({1})").format(p.name, stance_names()[p.stance].lower())
        for p in first[:APPROACH_NAMES]
    )
    return tr("Approach first: {0}. Influential people who back you, or could, help you win "
              "the others (Watkins).").format(names)  # fmt: skip


class RelationshipsPage(DialogHost, Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.title = self.tr("Relationships")

        self.add_button = action_button(
            self.tr("Add someone…"), self.add_person,
            self.tr("Someone beyond your team whose support your work needs (Ctrl+N)"),
        )  # fmt: skip
        self.add_button.setProperty("role", "primary")
        self.edit_button = action_button(
            self.tr("Edit…"), self.edit_person, self.tr("Correct the selected person")
        )
        self.talked_button = action_button(
            self.tr("Talked today…"), self.talked_today,
            self.tr("Log that you were in touch today, with a note if you like"),
        )  # fmt: skip
        self.delete_button = action_button(
            self.tr("Delete"), self.delete_person,
            self.tr("Delete the selected person and their history; Ctrl+Z undoes it"),
        )  # fmt: skip
        # The intro gives way to the "approach first" hint once someone is here (the empty
        # state and the guide explain the page): at the smallest window the map needs it.
        self.intro = caption(
            self.tr("The people beyond your team whose support your work needs: how much say "
                    "and interest each has, where they stand, and when you last talked.")
        )  # fmt: skip
        self.approach = caption("")
        self.empty = caption(
            self.tr("No one here yet. New managers tend to count on their title; influence "
                    "comes from relationships and credibility (Linda Hill). Start with your "
                    "boss, then the peers and other functions' leads your work depends on.")
        )  # fmt: skip
        self.empty_add = QPushButton(self.tr("Add someone…"))
        self.empty_add.setAccessibleName(self.tr("Add someone"))
        self.empty_add.setProperty("role", "primary")
        self.empty_add.clicked.connect(self.add_person)
        self.model = PeopleModel(ctx.today(), self)
        self.table = self._table()
        self.details = caption("")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.map = StakeholderMap(ctx)
        self.boss = BossPanel()
        self.boss.hold.connect(lambda topic: self.hold_conversation(BossTopic(topic)))
        self.boss.add_boss.connect(lambda: self.add_person(boss=True))
        self._build_layout()
        self.show_state(ctx.state)

    def _table(self) -> RecordTable:
        table = RecordTable(self.model, self.tr("People beyond your team"))
        table.horizontalHeader().setStretchLastSection(True)  # names whole; narrow: scroll
        table.chosen.connect(self._show_selected)
        table.doubleClicked.connect(lambda _i: self.edit_person())
        return table

    def _build_layout(self) -> None:
        tools = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.talked_button,
                       self.delete_button):  # fmt: skip
            tools.addWidget(button)
        tools.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.approach)
        top_layout.addLayout(tools)
        top_layout.addWidget(self.empty)
        top_layout.addWidget(self.empty_add, 0, Qt.AlignmentFlag.AlignLeft)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.details)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Relationship views"))
        self.tabs.addTab(self.map, self.tr("Map: influence and interest"))
        self.tabs.addTab(self.boss, self.tr("Your boss: the five conversations"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)  # at the smallest window the table keeps 4 rows
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)

    # ------------------------------------------------------------ showing
    def show_state(self, state: PlanState) -> None:
        people = state.stakeholders
        self.model.today = self.ctx.today()
        self.model.set_rows(person_rows(people, self.model.today))
        has_people = bool(people)
        self.empty.setVisible(not has_people)
        self.intro.setVisible(not has_people)
        self.empty_add.setVisible(not has_people)
        for button in (self.add_button, self.edit_button, self.talked_button,
                       self.delete_button):  # fmt: skip
            button.setVisible(has_people)  # one "Add someone…", under the why, when empty
        self.table.setVisible(has_people)
        self.approach.setVisible(has_people)
        self.approach.setText(approach_hint(people) if has_people else "")
        self.boss.show_boss(state.boss())
        self.table.keep_or_first()  # a row selected: one click to log a talk

    def select(self, person_id: int | None) -> None:
        self.table.choose(person_id)

    def _show_selected(self) -> None:
        person = self.selected()
        for button in (self.edit_button, self.talked_button, self.delete_button):
            button.setEnabled(person is not None)
        self.details.setVisible(person is not None)
        if person is None:
            return
        parts = [tr("In touch {0}.").format(rhythm_text(person.contact_days))]
        if person.owe_them:
            parts.append(tr("You owe them: {0}.").format(person.owe_them.rstrip(".")))
        if person.owe_me:
            parts.append(tr("They owe you: {0}.").format(person.owe_me.rstrip(".")))
        latest = max(person.contacts, key=lambda c: c.on, default=None)
        if latest is not None and latest.note:
            parts.append(tr("Last time: {0}").format(latest.note))
        self.details.setText(tr("{0}: {1}").format(person.name, " ".join(parts)))

    def selected(self) -> Stakeholder | None:
        key = self.table.chosen_key
        return next((p for p in self.ctx.state.stakeholders if p.id == key), None)

    # ------------------------------------------------------------ actions
    def new_item(self) -> None:
        """Ctrl+N: add someone."""
        self.add_person()

    def add_person(self, boss: bool = False) -> StakeholderEditor:
        editor = StakeholderEditor(self.ctx, None, self, boss=boss)
        editor.accepted.connect(lambda: self.select(editor.saved_id))
        self.open_dialog(editor)
        return editor

    def edit_person(self) -> StakeholderEditor | None:
        person = self.selected()
        if person is None:
            return None
        editor = StakeholderEditor(self.ctx, person, self)
        self.open_dialog(editor)
        return editor

    def talked_today(self) -> None:
        person = self.selected()
        if person is None or person.id is None:
            return
        service, person_id, today = self.ctx.service, person.id, self.ctx.today()
        log_with_note(
            self.ctx,
            self.tr("Talked today"),
            self.tr("You talked with {0} today. A note, if you like (what you learned, what "
                    "you agreed):").format(person.name),
            self.tr("Log a contact"),
            lambda note: service.log_contact(person_id, today, note),
        )  # fmt: skip

    def delete_person(self) -> None:
        person = self.selected()
        if person is None or person.id is None:
            return
        if not self.ctx.dialogs.confirm(
            self.tr("Delete {0}?").format(person.name),
            self.tr("Their contacts and conversations go with them; a function that names "
                    "them as whom you learn from keeps its notes. Undo (Ctrl+Z) brings it "
                    "all back."),
        ):  # fmt: skip
            return
        service, person_id = self.ctx.service, person.id
        self.ctx.perform(
            self.tr("Delete a relationship"), lambda: service.delete_stakeholder(person_id)
        )

    def hold_conversation(self, topic: BossTopic) -> HoldDialog | None:
        boss = self.ctx.state.boss()
        if boss is None or boss.id is None:
            return None
        boss_id, service = boss.id, self.ctx.service

        def save(talk: BossConversation) -> bool:
            return self.ctx.perform(
                self.tr("Hold a conversation with your boss"),
                lambda: service.hold_conversation(boss_id, talk),
            )

        dialog = HoldDialog(topic, self.ctx.today(), save, self)
        self.open_dialog(dialog)
        return dialog
