"""The dashboard's first steps: open on a fresh plan, ticked from the data, one click each."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWizard

from altitude.domain.arcs.narrative import NarrativeVersion
from altitude.domain.arcs.stakeholders import BossConversation, BossTopic, Stakeholder
from altitude.domain.entities import (
    Decision,
    Delegation,
    InventoryItem,
    Mode,
    Person,
    WeeklyCheckIn,
    new_plan,
)
from altitude.domain.growth.decisions import Door, JournalEntry
from altitude.domain.guidance.next_steps import Step
from altitude.domain.guidance.situations import Situation, guide_for
from altitude.domain.weeks import IsoWeek
from altitude.services import Altitude
from altitude.store import Store
from altitude.ui.checkins.dialog import CheckinDialog
from altitude.ui.dashboard import next_steps
from altitude.ui.dashboard.page import DashboardPage
from altitude.ui.main_window import MainWindow
from altitude.ui.shared.chart_canvas import MIN_HEIGHT as CHART_HEIGHT
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs
from altitude.ui.wizard import PlanWizard

TODAY = date(2026, 11, 23)  # the conftest clock
WEEK = IsoWeek(2026, 48)
NOTHING = "Nothing needs your attention"
WITHOUT_ARCS = ["Inventory", "Team", "Delegation", "Decisions", "Feedback"]


def fresh_plan(service: Altitude) -> Altitude:
    """What the wizard leaves: a plan and a first inventory, nothing weighed."""
    plan = new_plan("Account executive", "Sales team lead", TODAY, 20, 60)
    items = [
        InventoryItem("Working your own deals", 10, Mode.EXECUTION),
        InventoryItem("Pipeline reviews with each rep", 2, Mode.STRATEGY),
    ]
    service.start_plan(plan, items)
    return service


def dashboard(window: MainWindow) -> DashboardPage:
    page = window.page(0)
    assert isinstance(page, DashboardPage)
    return page


def ready(qtbot, window: MainWindow) -> DashboardPage:  # type: ignore[no-untyped-def]
    """The window's dashboard once it has read the whole plan (after its first paint)."""
    page = dashboard(window)
    qtbot.waitUntil(lambda: page.next_steps.known, timeout=5000)
    return page


def open_steps(page: DashboardPage) -> list[Step]:
    return [s.step for s in page.next_steps.statuses if not s.done]


def attention_says(page: DashboardPage) -> str:
    empty = page.attention.empty
    return empty.text() if empty.isVisibleTo(page) else ""


def journal_entry() -> JournalEntry:
    return JournalEntry(
        decision="Move the forecast review to Mondays",
        kind="process",
        door=Door.TWO_WAY,
        decided_on=TODAY,
        review_on=date(2026, 12, 14),
        information=60,
        chosen="Mondays",
        options=("Mondays", "Fridays"),
        expected="Forecasts in before the week starts",
        expected_by=date(2026, 12, 14),
        confidence=70,
    )


def test_right_after_the_wizard_every_step_is_open_and_nothing_is_said_to_be_fine(
    qtbot, window_for, service: Altitude
) -> None:  # type: ignore[no-untyped-def]
    window = window_for(fresh_plan(service))
    page = ready(qtbot, window)

    assert page.next_steps.isVisibleTo(page)
    offered = next_steps.offered_steps(next_steps.available_titles())
    assert open_steps(page) == offered  # all open, in the list order ("Not sure")
    texts = page.next_steps.texts()
    assert texts[0].startswith("Weigh your items")
    assert page.next_steps.rows[Step.WEIGH].hint.text() == "2 of 2 items still undecided."
    assert NOTHING not in attention_says(page)
    shown = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
    assert not [text for text in shown if NOTHING in text]
    # the empty chart ("log your first check-in") gives the steps room, until a week is logged
    assert page.chart.minimumHeight() == next_steps.EMPTY_CHART_HEIGHT
    page.ctx.perform("Week", lambda: service.record_checkin(WeeklyCheckIn(WEEK, 30, 10)))
    assert page.chart.minimumHeight() == CHART_HEIGHT


def test_each_step_ticks_off_as_its_data_appears_and_comes_back_on_undo(
    qtbot, window_for, service: Altitude, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(next_steps, "available_titles", lambda: WITHOUT_ARCS)
    window = window_for(fresh_plan(service))
    page = ready(qtbot, window)
    ctx = window.ctx
    assert len(open_steps(page)) == 6  # narrative and boss have no page here

    items = [i.id for i in service.state.items]
    ctx.perform("Keep", lambda: service.set_decision(items[0], Decision.KEEP))
    assert Step.WEIGH in open_steps(page)  # one item still undecided
    assert page.next_steps.rows[Step.WEIGH].hint.text() == "1 of 2 items still undecided."
    ctx.perform("Delegate", lambda: service.set_decision(items[1], Decision.DELEGATE))
    assert Step.WEIGH not in open_steps(page)
    ctx.undo_stack.undo()
    assert Step.WEIGH in open_steps(page)  # the tick follows the data, back on undo
    ctx.undo_stack.redo()

    steps = [
        (Step.TEAM, lambda: service.add_person(Person("Maya Chen", "Senior rep"))),
        (Step.OUTCOME, lambda: service.add_delegation(Delegation("The forecast", TODAY))),
        (Step.CHECKIN, lambda: service.record_checkin(WeeklyCheckIn(WEEK, 30, 10))),
        (Step.DECISION, lambda: service.record_decision(journal_entry())),
    ]
    for step, action in steps:
        before = open_steps(page)
        ctx.perform(step.value, action)
        assert open_steps(page) == [s for s in before if s != step]  # exactly that one
        assert not page.next_steps.rows[step].button.isVisibleTo(page)
        assert page.next_steps.rows[step].text.accessibleName().startswith("Done: ")
        ctx.undo_stack.undo()
        assert open_steps(page) == before
        ctx.undo_stack.redo()
    assert open_steps(page) == [Step.FEEDBACK]
    assert NOTHING not in attention_says(page)

    theme = service.add_theme("Listening first").result
    ctx.refresh()
    assert open_steps(page) == [Step.FEEDBACK]  # a theme is not feedback yet
    ctx.perform("Rate", lambda: service.rate_yourself(theme.id, 3))
    assert open_steps(page) == []
    assert page.next_steps.isHidden()  # gone when all are done
    ctx.undo_stack.undo()
    assert page.next_steps.isVisibleTo(page)
    ctx.undo_stack.redo()
    assert page.next_steps.isHidden()
    if not page.attention.notes:
        assert NOTHING in attention_says(page)  # now it may say so


@pytest.mark.parametrize(
    ("step", "title"),
    [
        (Step.WEIGH, "Inventory"),
        (Step.TEAM, "Team"),
        (Step.OUTCOME, "Delegation"),
        (Step.DECISION, "Decisions"),
        (Step.FEEDBACK, "Feedback"),
    ],
)
def test_a_click_opens_the_steps_page(qtbot, window_for, service: Altitude, step, title) -> None:  # type: ignore[no-untyped-def]
    window = window_for(fresh_plan(service))
    page = ready(qtbot, window)
    qtbot.mouseClick(page.next_steps.rows[step].button, Qt.MouseButton.LeftButton)
    assert window.current_page().title == title


def test_the_check_in_step_opens_the_check_in(qtbot, window_for, service: Altitude) -> None:  # type: ignore[no-untyped-def]
    window = window_for(fresh_plan(service))
    page = ready(qtbot, window)
    qtbot.mouseClick(page.next_steps.rows[Step.CHECKIN].button, Qt.MouseButton.LeftButton)
    # earlier tests' closed dialogs may still be alive (hidden): count the shown ones
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, CheckinDialog) and w.isVisible()
    ]
    assert len(dialogs) == 1
    dialogs[0].reject()


def test_a_step_whose_page_the_app_lacks_is_left_out(
    qtbot, window_for, service: Altitude, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(next_steps, "available_titles", lambda: WITHOUT_ARCS)
    window = window_for(fresh_plan(service))
    page = ready(qtbot, window)
    assert Step.NARRATIVE not in page.next_steps.rows and Step.BOSS not in page.next_steps.rows
    assert [s.step for s in page.next_steps.statuses] == [
        Step.WEIGH, Step.TEAM, Step.OUTCOME, Step.CHECKIN, Step.DECISION, Step.FEEDBACK,
    ]  # fmt: skip


def test_a_page_missing_from_the_window_is_skipped_with_a_word(
    qtbot, window_for, service: Altitude, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    real = next_steps.page_title
    monkeypatch.setattr(
        next_steps, "page_title", lambda step: "Nowhere" if step == Step.NARRATIVE else real(step)
    )
    monkeypatch.setattr(next_steps, "available_titles", lambda: [*WITHOUT_ARCS, "Nowhere"])
    window = window_for(fresh_plan(service))
    page = ready(qtbot, window)
    messages: list[str] = []
    window.ctx.status_message.connect(messages.append)
    shown = window.current_page()
    assert not next_steps.open_page(window, "Nowhere")
    qtbot.mouseClick(page.next_steps.rows[Step.NARRATIVE].button, Qt.MouseButton.LeftButton)
    assert window.current_page() is shown  # nowhere to go: it stays, and says why
    assert messages == ["That page is not in this version of Altitude."]


def test_a_reopened_plan_shows_its_steps_from_the_overview_without_reading_the_whole_plan(
    qtbot, window_for, service: Altitude, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The steps are there at the first paint (the Overview counts what they ask), so the
    dashboard's layout does not jump after it, and the whole plan is not read for them."""
    other = Altitude.open(service.store.path.parent)  # the plan, written by another process
    other.clock = lambda: TODAY
    fresh_plan(other)
    other.close()
    loads: list[int] = []
    real_load = Store.load
    monkeypatch.setattr(Store, "load", lambda self: loads.append(1) or real_load(self))

    ctx = AppContext(service, ScriptedDialogs())
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    assert page.next_steps.known
    page.resize(1110, 720)
    page.show()
    qtbot.waitExposed(page)
    assert page.next_steps.isVisibleTo(page)
    assert Step.WEIGH in open_steps(page)
    assert NOTHING not in attention_says(page)
    for _ in range(20):  # and after the first paint neither
        qtbot.wait(10)
    assert loads == []
    full = DashboardPage(AppContext(service, ScriptedDialogs()))  # the same from the whole plan
    qtbot.addWidget(full)
    full.next_steps.show_state(service.state)
    assert full.next_steps.statuses == page.next_steps.statuses


def test_no_plan_means_no_steps(qtbot, window_for, service: Altitude) -> None:  # type: ignore[no-untyped-def]
    window = window_for(service)
    page = dashboard(window)
    assert page.stack.currentWidget() is page.no_plan
    assert page.next_steps.isHidden()


def test_items_weighed_all_at_once_tick_the_step(qtbot, window_for, service: Altitude) -> None:  # type: ignore[no-untyped-def]
    window = window_for(fresh_plan(service))
    page = dashboard(window)
    for item in service.state.items:
        service.update_item(replace(item, decision=Decision.STOP))
    window.ctx.refresh()
    assert Step.WEIGH not in open_steps(page)


ALL_TITLES = [*WITHOUT_ARCS, "Narrative", "Relationships"]


@pytest.mark.parametrize(
    ("situation", "first"),
    [
        (None, [Step.WEIGH, Step.TEAM]),
        (Situation.TURNAROUND, [Step.DECISION, Step.WEIGH]),
        (Situation.REALIGNMENT, [Step.NARRATIVE, Step.BOSS, Step.WEIGH]),
    ],
)
def test_the_plans_situation_orders_the_steps(
    qtbot, window_for, service: Altitude, monkeypatch: pytest.MonkeyPatch, situation, first
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(next_steps, "available_titles", lambda: ALL_TITLES)
    fresh_plan(service)
    service.update_plan(replace(service.state.plan, situation=situation))
    page = ready(qtbot, window_for(service))
    assert open_steps(page)[: len(first)] == first
    assert len(open_steps(page)) == 8
    intro = page.next_steps.intro.text()
    if situation is None:
        assert intro == "0 of 8 done"
    else:
        name = guide_for(situation).name
        assert intro == f"0 of 8 done · in the order for {name} (a rule of thumb, after Watkins)"


@pytest.mark.parametrize(
    ("family", "example"),
    [
        ("sales", "A key account handed to a rep"),
        ("healthcare-and-nursing", "Next month's rota drafted by a senior nurse"),
    ],
)
def test_the_familys_example_outcomes_are_the_hint(
    qtbot, window_for, service: Altitude, family: str, example: str
) -> None:  # type: ignore[no-untyped-def]
    fresh_plan(service)
    service.update_plan(replace(service.state.plan, family=family))
    page = ready(qtbot, window_for(service))
    hint = page.next_steps.rows[Step.OUTCOME].hint
    assert hint.isVisibleTo(page)
    assert hint.text().startswith("For example: “") and example in hint.text()
    assert not page.next_steps.rows[Step.TEAM].hint.text()


def test_narrative_and_boss_tick_off_from_their_records(
    qtbot, window_for, service: Altitude, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(next_steps, "available_titles", lambda: ALL_TITLES)
    page = ready(qtbot, window_for(fresh_plan(service)))
    ctx = page.ctx
    version = NarrativeVersion(TODAY, "Forecasts arrive late", "Make the forecast the reps' own")
    ctx.perform("Narrative", lambda: service.write_narrative(version))
    assert Step.NARRATIVE not in open_steps(page)
    ctx.undo_stack.undo()
    assert Step.NARRATIVE in open_steps(page)
    ctx.undo_stack.redo()

    boss = Stakeholder("Dana Ruiz", "VP Sales", is_boss=True)
    ctx.perform("Boss", lambda: service.add_stakeholder(boss))
    assert Step.BOSS in open_steps(page)  # the boss alone is not a meeting yet
    dana = service.state.boss()
    assert dana is not None and dana.id is not None
    talk = BossConversation(BossTopic.EXPECTATIONS, TODAY, "A weekly forecast by Monday")
    ctx.perform("Talk", lambda: service.hold_conversation(dana.id, talk))
    assert Step.BOSS not in open_steps(page)
    ctx.undo_stack.undo()
    assert Step.BOSS in open_steps(page)


def test_after_the_real_wizard_the_steps_follow_its_situation_and_field(
    qtbot, window_for, service: Altitude, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(next_steps, "available_titles", lambda: ALL_TITLES)
    window = window_for(service)
    page = dashboard(window)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)  # "Start a plan…"
    [wizard] = [w for w in QApplication.topLevelWidgets() if isinstance(w, PlanWizard)]
    wizard.next()
    wizard.move_step.current_role.setText("Staff nurse")
    wizard.move_step.new_role.setText("Charge nurse")
    wizard.next()
    wizard.situation.choose(Situation.TURNAROUND)
    while wizard.currentPage() is not wizard.tasks:
        wizard.next()
    wizard.tasks.picker.row_for("Writing the rota and sorting shift swaps").tick.click()
    while wizard.currentPage() is not wizard.target:
        wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()

    plan = service.state.plan
    assert plan is not None and plan.family == "healthcare-and-nursing"
    qtbot.waitUntil(lambda: page.next_steps.isVisibleTo(page), timeout=5000)
    assert open_steps(page)[0] == Step.DECISION  # a turnaround decides first
    assert "Turnaround" in page.next_steps.intro.text()
    assert "rota" in page.next_steps.rows[Step.OUTCOME].hint.text()  # the ward's examples
    assert NOTHING not in attention_says(page)
