"""Two first runs walked through the real widgets: a sales lead and a nurse manager.

Each walk checks the family the roles suggest, the tasks and statements it offers, what
the situation step does to the milestones, and what Finish saves. Every step is grabbed as
a picture; with ``ALTITUDE_WALKTHROUGH_DIR`` set, the pictures are saved there too
(``docs/walkthrough/`` holds the ones kept, made with
``ALTITUDE_WALKTHROUGH_DIR=docs/walkthrough xvfb-run -a pytest tests/ui/test_wizard_walks.py``
with ``QT_QPA_PLATFORM=xcb``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from altitude.domain.guidance.situations import Situation
from altitude.services import Altitude
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs
from altitude.ui.wizard import PlanWizard

SHOT_WIDTH = 760  # logical pixels: readable in the docs, small on disk


@dataclass(frozen=True)
class Walk:
    name: str
    old_role: str
    new_role: str
    family: str
    family_name: str
    situation: Situation
    statement: str  # one of the family's identity statements
    tasks: dict[str, float]  # ticked family tasks with their hours
    own_task: str
    milestones: list[tuple[int, float]]  # with the situation's shape
    straight: list[tuple[int, float]]  # what "Not sure" would have given


SALES = Walk(
    "sales-lead",
    "Account executive",
    "Sales team lead",
    "sales",
    "Sales",
    Situation.REALIGNMENT,
    "Coach the deal, don't take it over",
    {
        "Working your own deals and accounts": 10,
        "Joining reps' calls and closing their deals for them": 4,
        "Pipeline reviews with each rep": 2,
        "One-to-ones and call coaching": 2,
    },
    "Quarterly business reviews with key customers",
    [(30, 28.0), (60, 42.0), (90, 60.0)],  # a slower start, from 20%
    [(30, 33.0), (60, 47.0), (90, 60.0)],
)
NURSE = Walk(
    "nurse-manager",
    "Staff nurse",
    "Charge nurse",
    "healthcare-and-nursing",
    "Healthcare and nursing",
    Situation.TURNAROUND,
    "Lead the shift, don't carry it",
    {
        "Taking a full patient load on shift yourself": 12,
        "Covering gaps in the rota with extra shifts": 4,
        "Safety huddles and handovers with the team": 2,
        "One-to-ones, appraisals and clinical supervision": 2,
    },
    "Ordering ward supplies",
    [(30, 45.0), (60, 57.0), (90, 60.0)],  # front-loaded, from 18.2%
    [(30, 32.0), (60, 46.0), (90, 60.0)],
)


@pytest.fixture
def wizard(qtbot, service: Altitude, dialogs: ScriptedDialogs) -> PlanWizard:  # type: ignore[no-untyped-def]
    w = PlanWizard(AppContext(service, dialogs))
    qtbot.addWidget(w)
    w.resize(SHOT_WIDTH, 640)
    w.show()
    qtbot.waitExposed(w)
    return w


def shoot(w: PlanWizard, walk: Walk, step: int, name: str, folder: Path) -> None:
    QApplication.processEvents()  # let word-wrapped labels take their new height first
    image = w.grab().toImage()
    assert not image.isNull() and image.width() >= SHOT_WIDTH - 10
    path = folder / f"{walk.name}-{step}-{name}.png"
    assert image.save(str(path))
    keep = os.environ.get("ALTITUDE_WALKTHROUGH_DIR", "").strip()
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(keep) / path.name))


@pytest.mark.parametrize("walk", [SALES, NURSE], ids=lambda w: w.name)
def test_a_first_run_in_their_own_field(wizard: PlanWizard, service, qtbot, tmp_path, walk):  # type: ignore[no-untyped-def]
    w = wizard
    shoot(w, walk, 1, "welcome", tmp_path)
    w.next()
    qtbot.keyClicks(w.move_step.current_role, walk.old_role)
    qtbot.keyClicks(w.move_step.new_role, walk.new_role)
    shoot(w, walk, 2, "move", tmp_path)
    w.next()

    # The situation: "Not sure" first, a straight line; the user's pick reshapes it.
    assert w.currentPage() is w.situation and w.situation.situation() is None
    assert "steady line" in w.situation.default.text()
    qtbot.mouseClick(w.situation.buttons[walk.situation], Qt.MouseButton.LeftButton)
    assert w.situation.situation() is walk.situation
    assert "rule of thumb" in w.situation.default.text()
    assert "Watkins, The First 90 Days, STARS" in w.situation.default.text()
    shoot(w, walk, 3, "situation", tmp_path)
    w.next()
    w.motive.motive.setPlainText("I want my team to do its best work without me in every room.")
    shoot(w, walk, 4, "motive", tmp_path)
    w.next()

    # Who to become: the family's statements first, then the shared ones.
    assert w.identity.chooser.current_id() == walk.family
    assert walk.family_name in w.identity.chooser.why.text()
    first = w.identity.editor.list.item(0).text()
    assert first == w.families.by_id(walk.family).identity[0].statement  # type: ignore[union-attr]
    (item,) = w.identity.editor.list.findItems(walk.statement, Qt.MatchFlag.MatchExactly)
    item.setCheckState(Qt.CheckState.Checked)
    shoot(w, walk, 5, "identity", tmp_path)
    w.next()

    # What you do today: the family's tasks, not a software team's.
    picker = w.tasks.picker
    titles = picker.suggested_titles()
    assert titles == [t.title for t in w.families.by_id(walk.family).tasks]  # type: ignore[union-attr]
    assert "Reviewing every change before it merges" not in titles
    assert w.tasks.chooser.combo.currentText() == walk.family_name
    for title, hours in walk.tasks.items():
        row = picker.row_for(title)
        row.tick.click()  # (may be scrolled out of view, where a mouse could not reach it)
        row.hours.setValue(hours)
    qtbot.keyClicks(picker.own_title, walk.own_task)
    qtbot.keyClick(picker.own_title, Qt.Key.Key_Return)
    shoot(w, walk, 6, "tasks", tmp_path)
    w.next()

    # The target: the situation's shape is in the milestones and said in words.
    assert w.currentPage() is w.target
    w.target.spin.setValue(60)
    plan = w.draft_plan()
    assert [(m.day, m.target_share) for m in plan.milestones] == walk.milestones
    assert "rule of thumb" in w.target.milestones.text()
    shoot(w, walk, 7, "target", tmp_path)
    w.back()
    w.back()
    w.back()
    w.back()
    assert w.currentPage() is w.situation
    w.situation.choose(None)  # "Not sure": the straight line again
    assert [(m.day, m.target_share) for m in w.draft_plan().milestones] == walk.straight
    w.situation.choose(walk.situation)
    for _ in range(4):
        w.next()
    assert w.currentPage() is w.target
    assert w.draft().family == walk.family and w.draft().situation is walk.situation
    w.button(QWizard.WizardButton.FinishButton).click()

    assert w.result() == QWizard.DialogCode.Accepted
    state = service.reload()
    assert state.plan is not None
    assert (state.plan.current_role, state.plan.new_role) == (walk.old_role, walk.new_role)
    assert [(m.day, m.target_share) for m in state.plan.milestones] == walk.milestones
    assert walk.statement in state.plan.identity
    assert sorted(i.title for i in state.items) == sorted([*walk.tasks, walk.own_task])
    factors = {i.title: i.factors for i in state.items}
    suggested = {t.title: t.factors for t in w.families.by_id(walk.family).tasks}  # type: ignore[union-attr]
    assert all(factors[t] == suggested[t] for t in walk.tasks)  # the family's defaults


def walk_to(w: PlanWizard, page: object, old_role: str, new_role: str) -> None:
    """From the welcome step, with the two roles typed in, on to ``page``."""
    w.next()
    w.move_step.current_role.setText(old_role)
    w.move_step.new_role.setText(new_role)
    while w.currentPage() is not page:
        w.next()


def test_switching_the_field_reloads_suggestions_and_keeps_your_own(wizard: PlanWizard, qtbot):  # type: ignore[no-untyped-def]
    w = wizard
    walk_to(w, w.identity, "Senior data analyst", "Team lead")
    assert w.identity.chooser.current_id() == "data-and-analytics"
    (mine,) = w.identity.editor.list.findItems(
        "Tell the story, then the numbers", Qt.MatchFlag.MatchExactly
    )
    mine.setCheckState(Qt.CheckState.Checked)
    w.next()
    assert w.currentPage() is w.tasks
    picker = w.tasks.picker
    assert "Building reports and dashboards yourself" in picker.suggested_titles()
    picker.row_for("Answering ad-hoc data requests").tick.setChecked(True)
    picker.own_title.setText("Quarterly board pack")
    picker.add_own()
    picker.row_for("Quarterly board pack").hours.setValue(3)

    combo = w.tasks.chooser.combo
    combo.setCurrentIndex(combo.findData("finance"))
    combo.activated.emit(combo.currentIndex())  # what a user's pick in the list sends

    assert "Closing the month yourself: journals and reconciliations" in picker.suggested_titles()
    assert "Building reports and dashboards yourself" not in picker.suggested_titles()
    assert [(i.title, i.hours) for i in picker.items()] == [("Quarterly board pack", 3.0)]
    assert "as you chose" in w.tasks.chooser.why.text()
    # The identity step follows the same choice, keeping what was ticked.
    assert w.identity.chooser.current_id() == "finance"
    assert w.identity.editor.list.item(0).text() == "Tell the story, then the numbers"  # ticked
    assert w.identity.editor.chosen() == ("Tell the story, then the numbers",)
    assert w.identity.editor.list.item(1).text() == "Partner, don't police"
    # A pick sticks even when the roles change afterwards.
    w.back()
    w.back()
    w.back()
    w.back()
    w.move_step.new_role.setText("Head of data")
    for _ in range(4):
        w.next()
    assert w.tasks.chooser.current_id() == "finance"
    assert w.draft().family == "finance"


def test_an_unrecognised_role_offers_the_general_list(wizard: PlanWizard):  # type: ignore[no-untyped-def]
    w = wizard
    walk_to(w, w.tasks, "Specialist", "Team lead")
    assert w.tasks.chooser.combo.currentText() == "Any field (general list)"
    assert "didn't point to one field" in w.tasks.chooser.why.text()
    assert "One-to-ones with your team" in w.tasks.picker.suggested_titles()
