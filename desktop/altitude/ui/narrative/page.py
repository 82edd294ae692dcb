"""Narrative: where you are taking the team and why, as Rumelt's kernel, kept as versions.

The latest version shows as the kernel (diagnosis, guiding policy and what we will not
do, 3 to 5 coherent actions with the hours a week actually behind each, the optional press
release); the offline checks sit beside the part they concern as gentle hints. "What
changed" is a readable diff between two versions, and "The arc" the versions on the
plan's timeline (click one to show it). Revising writes a new version through
``ctx.perform`` — undoable — and never edits an old one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from altitude.domain.arcs.narrative import NarrativeVersion
from altitude.domain.entities import PlanState
from altitude.ui.narrative.arc_chart import ArcChart
from altitude.ui.narrative.diff_view import DiffView, version_label
from altitude.ui.narrative.editor import NarrativeEditor
from altitude.ui.narrative.kernel_view import KernelView
from altitude.ui.narrative.launch import show_editor
from altitude.ui.narrative.wording import tr
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.fields import action_button, caption, format_day, heading
from altitude.ui.shared.page_base import Page


def ordered(versions: tuple[NarrativeVersion, ...]) -> list[NarrativeVersion]:
    return sorted(versions, key=lambda v: (v.written_on, v.id or 0))


class NarrativePage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.title = tr("Narrative")
        self.editor: NarrativeEditor | None = None  # the open editor, for tests
        self.versions: list[NarrativeVersion] = []  # oldest first
        self.shown = -1  # the index of the version shown (the latest unless picked)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_empty())
        self.stack.addWidget(self._build_kernel())
        layout = QVBoxLayout(self)
        layout.addWidget(
            caption(
                tr(
                    "Where you are taking the team, and why — in a page you revisit every "
                    "month. Each revision is kept, so you can see how your thinking moved."
                )
            )
        )
        layout.addWidget(self.stack, 1)
        self.show_state(ctx.state)

    # ------------------------------------------------------------ layout
    def _build_empty(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.addStretch(1)
        column.addWidget(heading(tr("No narrative yet")))
        self.empty_text = caption(
            tr(
                "A strategy worth the name has three parts (Richard Rumelt's kernel):\n"
                "• a diagnosis — what is really going on, in a couple of sentences;\n"
                "• a guiding policy — how you will deal with it, and what you will not do;\n"
                "• three to five coherent actions — tied to the work that carries them, so "
                "Altitude can show how many hours a week really go to each.\n"
                "Optionally, the press release you would like to read at your horizon."
            )
        )
        column.addWidget(self.empty_text)
        self.write_button = action_button(
            tr("Write your narrative…"), self.new_item, tr("Write the first version (Ctrl+N)")
        )
        self.write_button.setProperty("role", "primary")
        column.addSpacing(8)
        column.addWidget(self.write_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(2)
        return box

    def _build_kernel(self) -> QWidget:
        self.which = QLabel()
        self.which.setWordWrap(True)
        bold = self.which.font()
        bold.setBold(True)
        self.which.setFont(bold)
        self.which.setAccessibleName(tr("The version shown"))
        self.due = caption("")
        self.revise_button = action_button(
            tr("Revise the narrative…"),
            self.new_item,
            tr("Write today's version, starting from the latest (Ctrl+N)"),
        )
        self.revise_button.setProperty("role", "primary")
        self.latest_button = action_button(
            tr("Show the latest"), self.show_latest, tr("Back to the latest version")
        )
        self.delete_button = action_button(
            tr("Delete this version"),
            self.delete_shown,
            tr("Delete the version shown; Ctrl+Z brings it back"),
        )
        tools = QHBoxLayout()
        for button in (self.revise_button, self.latest_button, self.delete_button):
            tools.addWidget(button)
        tools.addStretch(1)
        self.kernel = KernelView()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(tr("The kernel"))
        scroll.setWidget(self.kernel)
        self.diff = DiffView()
        self.ctx.dark_changed.connect(self.diff.set_dark)
        self.arc = ArcChart(self.ctx)
        self.arc.version_picked.connect(self.show_version)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Narrative views"))
        self.tabs.addTab(scroll, tr("The kernel"))
        self.tabs.addTab(self.diff, tr("What changed"))
        arc = QWidget()
        arc_column = QVBoxLayout(arc)
        arc_column.addWidget(
            caption(
                tr(
                    "Each dot is a version, placed at the hours a week its actions got by the "
                    "time it was replaced (the latest: your recent weeks) and labelled with its "
                    "hints. The ring marks the version shown; click a dot to show it."
                )
            )
        )
        arc_column.addWidget(self.arc, 1)
        self.tabs.addTab(arc, tr("The arc"))
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(tools)
        column.addWidget(self.which)
        column.addWidget(self.due)
        column.addWidget(self.tabs, 1)
        return box

    # ------------------------------------------------------------ showing
    def show_state(self, state: PlanState) -> None:
        before = [v.id for v in self.versions]
        self.versions = ordered(state.narratives)
        self.stack.setCurrentIndex(1 if self.versions else 0)
        if not self.versions:
            self.shown = -1
            return
        if [v.id for v in self.versions] != before or not 0 <= self.shown < len(self.versions):
            self.shown = len(self.versions) - 1  # a new or removed version: the latest
        self.diff.show_versions(self.versions, self.ctx.dark)
        self._show_shown(state)

    def _show_shown(self, state: PlanState) -> None:
        version = self.versions[self.shown]
        latest = self.shown == len(self.versions) - 1
        label = version_label(self.shown + 1, version)
        self.which.setText(
            tr("{0} — the latest, of {1}").format(label, len(self.versions))
            if latest
            else tr("{0} of {1} — an earlier version").format(label, len(self.versions))
        )
        due = self.ctx.service.narrative_due()
        today = self.ctx.today()
        if due is None:
            self.due.setText("")
        elif due <= today:
            self.due.setText(
                tr("A month has passed since you wrote it: revise it, or save it again if it "
                   "still holds.")
            )  # fmt: skip
        else:
            self.due.setText(tr("Next revisit: {0} (monthly).").format(format_day(due)))
        self.due.setVisible(bool(self.due.text()))
        self.latest_button.setVisible(not latest)
        horizon = state.plan.horizon_end if state.plan is not None else None
        hours = self.ctx.service.narrative_hours(version)
        self.kernel.show_version(version, hours, state, horizon)
        self.arc.show_arc(self.versions, state, today, self.shown)

    def show_version(self, index: int) -> None:
        """Show the ``index``-th version (oldest first), e.g. picked on the arc."""
        if 0 <= index < len(self.versions):
            self.shown = index
            self._show_shown(self.ctx.state)

    def show_latest(self) -> None:
        self.show_version(len(self.versions) - 1)

    def shown_version(self) -> NarrativeVersion | None:
        return self.versions[self.shown] if 0 <= self.shown < len(self.versions) else None

    # ------------------------------------------------------------ changing
    def new_item(self) -> None:
        """Ctrl+N: write the narrative, or revise it."""
        self.editor = show_editor(self.ctx, self)
        self.editor.finished.connect(lambda _r: self._forget())

    def _forget(self) -> None:
        self.editor = None

    def delete_shown(self) -> None:
        version = self.shown_version()
        if version is None or version.id is None:
            return
        if not self.ctx.dialogs.confirm(
            tr("Delete this version?"),
            tr("{0} goes; the other versions stay. Undo (Ctrl+Z) brings it back.").format(
                version_label(self.shown + 1, version)
            ),
        ):
            return
        service, version_id = self.ctx.service, version.id
        self.ctx.perform(
            tr("Delete a narrative version"),
            lambda: service.delete_narrative_version(version_id),
        )
