"""The Reviews page and the guided review, driven through the real widgets.

The must-show flow: at day 32 the day-30 review is overdue; run it, type keep / stop /
start, lower the target share from 50 to 45, finish: the review is saved AND the plan's
target is 45. One undo takes both back; redo brings both back.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QRadioButton, QWizard

from altitude.domain.entities import new_plan
from altitude.services import Altitude
from altitude.ui.reviews.page import ReviewsPage
from altitude.ui.reviews.wizard import ReviewWizard

TODAY = date(2026, 11, 23)  # the GUI tests' clock (tests/ui/conftest.py)
START = TODAY - timedelta(days=31)  # today is day 32


def reviews_page(window) -> ReviewsPage:  # type: ignore[no-untyped-def]
    index = next(i for i, p in enumerate(window.pages) if isinstance(p, ReviewsPage))
    window.show_page(index)
    page = window.pages[index]
    assert isinstance(page, ReviewsPage)
    return page


def plan_at_day_32(service: Altitude) -> None:
    service.start_plan(new_plan("Engineer", "Engineering manager", START, 20.0, 50.0))


def next_step(qtbot, wizard: QWizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def run_review(qtbot, page: ReviewsPage, target: str | None = "45") -> ReviewWizard:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    wizard = page.wizard
    assert wizard is not None and wizard.isVisible()
    for _ in range(4):  # where you stand, hand-overs, decisions and feedback, narrative
        next_step(qtbot, wizard)
    qtbot.keyClicks(wizard.keep, "Friday demos")
    qtbot.keyClicks(wizard.stop, "Reviewing every pull request")
    qtbot.keyClicks(wizard.start, "Weekly skip-levels")
    next_step(qtbot, wizard)
    if target is not None:
        choose(qtbot, wizard.change_plan)
        wizard.target.selectAll()
        qtbot.keyClicks(wizard.target, target)
    next_step(qtbot, wizard)
    qtbot.keyClicks(wizard.needs, "A decision on the platform migration")
    return wizard


def choose(qtbot, radio: QRadioButton) -> None:  # type: ignore[no-untyped-def]
    """Click the button's circle (its middle may lie past its text, where clicks miss)."""
    middle = QPoint(8, radio.height() // 2)
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=middle)
    assert radio.isChecked()


def finish(qtbot, wizard: QWizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def test_the_day_30_review_adjusts_the_target_and_one_undo_takes_both_back(
    qtbot, window_for, service: Altitude
) -> None:  # type: ignore[no-untyped-def]
    plan_at_day_32(service)
    window = window_for(service)
    page = reviews_page(window)
    assert page.start_button.text() == "Start the day-30 review…"
    assert "overdue" in page.next_text.text()
    wizard = run_review(qtbot, page)
    assert "day 60: 37.5%" in wizard.preview.text()
    finish(qtbot, wizard)

    state = service.state
    assert state.plan is not None and state.plan.target_share == 45
    assert [(m.day, m.target_share) for m in state.plan.milestones] == [
        (30, 30.0), (60, 37.5), (90, 45.0)
    ]  # fmt: skip
    [review] = state.reviews
    assert (review.milestone_day, review.held_on) == (30, TODAY)
    assert (review.keep, review.stop, review.start) == (
        "Friday demos", "Reviewing every pull request", "Weekly skip-levels"
    )  # fmt: skip
    assert review.adjustment == "Target 50% → 45%"
    assert review.boss_needs == "A decision on the platform migration"
    assert review.planned_share == 30.0
    assert page.start_button.text() == "Start the day-60 review…"
    assert page.keep.text() == "Friday demos"

    window.undo_action.trigger()
    state = service.state
    assert state.plan is not None and state.plan.target_share == 50
    assert [m.target_share for m in state.plan.milestones] == [30.0, 40.0, 50.0]
    assert state.reviews == ()
    assert page.start_button.text() == "Start the day-30 review…"

    window.redo_action.trigger()
    state = service.state
    assert state.plan is not None and state.plan.target_share == 45
    assert [r.keep for r in state.reviews] == ["Friday demos"]


def test_keeping_the_plan_records_only_the_review(qtbot, window_for, service) -> None:  # type: ignore[no-untyped-def]
    plan_at_day_32(service)
    page = reviews_page(window_for(service))
    before = service.state.plan
    finish(qtbot, run_review(qtbot, page, target=None))
    assert service.state.plan == before
    assert [r.adjustment for r in service.state.reviews] == [""]


def test_an_impossible_horizon_is_refused_on_its_step(qtbot, window_for, service) -> None:  # type: ignore[no-untyped-def]
    plan_at_day_32(service)
    page = reviews_page(window_for(service))
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    wizard = page.wizard
    assert wizard is not None
    for _ in range(5):
        next_step(qtbot, wizard)
    choose(qtbot, wizard.change_plan)
    wizard.horizon.setDate(wizard.horizon.date().addDays(-80))  # before day 30
    next_step(qtbot, wizard)
    assert wizard.currentId() == 5  # still on "Adjust the plan?"
    assert "must end after the day-30 milestone" in wizard.adjust_error.text()
    wizard.reject()
    assert service.state.reviews == ()


def test_cancel_saves_nothing(qtbot, window_for, service) -> None:  # type: ignore[no-untyped-def]
    plan_at_day_32(service)
    page = reviews_page(window_for(service))
    wizard = run_review(qtbot, page)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert service.state.reviews == ()
    assert service.state.plan is not None and service.state.plan.target_share == 50


def test_a_done_review_makes_its_boss_sheet_and_can_be_deleted(
    qtbot, window_for, service, dialogs, out: Path
) -> None:  # type: ignore[no-untyped-def]
    plan_at_day_32(service)
    window = window_for(service)
    page = reviews_page(window)
    finish(qtbot, run_review(qtbot, page))
    page.table.selectRow(0)
    assert page.sheet_button.isVisible() and page.delete_button.isVisible()
    dialogs.answer_path = out / "sheet"  # no suffix: .pdf is added
    qtbot.mouseClick(page.sheet_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(out / "sheet.pdf")
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Conversation with your boss" in text and "Friday demos" in text
    assert "A decision on the platform migration" in text

    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert service.state.reviews == ()
    assert service.state.plan is not None and service.state.plan.target_share == 45
    window.undo_action.trigger()
    assert [r.milestone_day for r in service.state.reviews] == [30]


def test_the_sample_plan_lists_its_milestones(window_for, sample_service) -> None:  # type: ignore[no-untyped-def]
    page = reviews_page(window_for(sample_service))
    states = [page.table.item(r, 2).text() for r in range(page.table.rowCount())]
    assert len(states) == len(sample_service.state.plan.milestones)
    assert page.table.item(0, 0).text().startswith("Day 30")
    assert all(page.table.item(r, 0).text() for r in range(page.table.rowCount()))
