"""The Decisions page with pytest-qt: log a decision, try to edit it after its review date
(a later thought is appended, the text kept), review it, see the calibration; delete and
undo; the reviews due first with a call to action."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from altitude.domain.growth.decision_stats import MIN_REVIEWED
from altitude.domain.growth.decisions import (
    Door,
    JournalEntry,
    JournalReview,
    PersonLink,
    Quality,
)
from altitude.services import Altitude
from altitude.ui.decisions.editor import DecisionEditor
from altitude.ui.decisions.model import Column
from altitude.ui.decisions.page import DecisionsPage
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs

from .conftest import TODAY


@pytest.fixture
def ctx(service: Altitude, dialogs: ScriptedDialogs) -> AppContext:
    return AppContext(service, dialogs)


@pytest.fixture
def page(qtbot, ctx: AppContext) -> DecisionsPage:  # type: ignore[no-untyped-def]
    widget = DecisionsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    return widget


def _save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def _log_one(qtbot, page: DecisionsPage) -> DecisionEditor:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor is not None and editor.isVisible()
    f = editor.f
    _type(qtbot, f.decision, "Move the stand-up to ten")
    f.kind.setCurrentText("process")
    _type(qtbot, f.options, "Ten")
    qtbot.keyClick(f.options, Qt.Key.Key_Return)
    qtbot.keyClicks(f.options, "Half past nine")
    f.chosen.setCurrentText("Ten")
    _type(qtbot, f.rationale, "Two people drop their children at school first")
    _type(qtbot, f.expected, "Everyone is there on time")
    f.information.setValue(70)
    f.confidence.setValue(80)
    return editor


def test_the_editor_refuses_bad_input_beside_the_field_and_saves_nothing(
    qtbot,
    page: DecisionsPage,
    service: Altitude,  # type: ignore[no-untyped-def]
) -> None:
    editor = _log_one(qtbot, page)
    editor.f.options.setPlainText("Ten")  # one option only
    editor.f.confidence.setValue(-1)  # "Not given"
    _save(qtbot, editor)
    assert editor.isVisible()
    assert editor.f.errors["options"].message() == "List at least two options you considered."
    assert "confidence" in editor.f.errors["confidence"].message()
    assert service.reload().journal == ()


def test_log_a_decision_with_the_door_s_review_date(
    qtbot,
    page: DecisionsPage,
    service: Altitude,
    ctx: AppContext,  # type: ignore[no-untyped-def]
) -> None:
    editor = _log_one(qtbot, page)
    f = editor.f
    assert f.review_on.date().toPython() == TODAY + timedelta(days=21)
    assert "two-way door: review in about 3 weeks" in f.review_rule.text()
    f.one_way.click()  # the review date follows the door until the user sets it
    assert f.review_on.date().toPython() == TODAY + timedelta(days=90)
    assert "about 90 days" in f.review_rule.text()
    f.two_way.click()
    assert f.words.text() == "8 of 50 words — deciding without over-explaining"
    _save(qtbot, editor)
    assert not editor.isVisible()
    (saved,) = service.reload().journal
    assert saved.decision == "Move the stand-up to ten" and saved.options == (
        "Ten",
        "Half past nine",
    )
    assert (saved.confidence, saved.information, saved.door) == (80, 70, Door.TWO_WAY)
    assert saved.review_on == TODAY + timedelta(days=21)
    assert page.model.rowCount() == 1 and page.selected() == saved
    assert page.model.index(0, Column.STATUS).data() == "Waiting for review"
    ctx.undo_stack.undo()
    assert service.reload().journal == ()


def test_the_word_count_past_the_gentle_limit_is_a_nudge_not_a_refusal(
    qtbot,
    page: DecisionsPage,
    service: Altitude,  # type: ignore[no-untyped-def]
) -> None:
    editor = _log_one(qtbot, page)
    editor.f.rationale.setPlainText(" ".join(["because"] * 55))
    assert editor.f.words.text().startswith("55 words")
    _save(qtbot, editor)
    assert len(service.reload().journal[0].rationale.split()) == 55


def test_after_its_review_date_an_edit_appends_and_never_rewrites(
    qtbot,
    page: DecisionsPage,
    service: Altitude,  # type: ignore[no-untyped-def]
) -> None:
    _save(qtbot, _log_one(qtbot, page))
    (written,) = service.reload().journal
    service.clock = lambda: TODAY + timedelta(days=30)  # past its review date
    page.show_state(service.state)
    assert page.due.isVisible() and "due for review" in page.due.text()
    assert page.model.index(0, Column.STATUS).data() == "Review due"
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor is not None and editor.locked
    assert editor.kept.isVisible() and "add a later thought instead" in editor.kept.text()
    assert editor.f.decision.isReadOnly() and not editor.f.kind.isEnabled()
    _type(qtbot, editor.f.decision, " and to half past")  # read-only: nothing typed
    assert editor.f.decision.text() == written.decision
    _type(qtbot, editor.f.later, "Half past nine would have done")
    _save(qtbot, editor)
    saved = service.reload().journal[0]
    assert saved.decision == written.decision and saved.expected == written.expected
    assert [(n.on, n.note) for n in saved.hindsight] == [
        (TODAY + timedelta(days=30), "Half past nine would have done")
    ]


def test_the_later_thought_button_appends_through_the_dialogs(
    qtbot,
    page: DecisionsPage,
    service: Altitude,
    dialogs: ScriptedDialogs,
    ctx: AppContext,  # type: ignore[no-untyped-def]
) -> None:
    _save(qtbot, _log_one(qtbot, page))
    dialogs.answer_text = "It worked for a month"
    qtbot.mouseClick(page.later_button, Qt.MouseButton.LeftButton)
    assert [n.note for n in service.reload().journal[0].hindsight] == ["It worked for a month"]
    ctx.undo_stack.undo()
    assert service.reload().journal[0].hindsight == ()


def test_review_it_with_process_and_outcome_apart(
    qtbot,
    page: DecisionsPage,
    service: Altitude,  # type: ignore[no-untyped-def]
) -> None:
    _save(qtbot, _log_one(qtbot, page))
    service.clock = lambda: TODAY + timedelta(days=22)
    page.show_state(service.state)
    qtbot.mouseClick(page.review_due_button, Qt.MouseButton.LeftButton)  # the call to action
    dialog = page.review_dialog
    assert dialog is not None and dialog.isVisible()
    _save(qtbot, dialog)  # nothing rated: refused
    assert dialog.isVisible() and dialog.errors["came_true"].message()
    _type(qtbot, dialog.what_happened, "Snow closed the school road twice")
    dialog.came_true.buttons[1].click()  # no
    dialog.outcome.buttons[1].click()  # poor
    dialog.process.buttons[0].click()  # good
    assert dialog.cell.text() == "Good decision, poor outcome: Annie Duke calls this “bad luck”."
    _save(qtbot, dialog)
    review = service.reload().journal[0].review
    assert review == JournalReview(
        TODAY + timedelta(days=22), False, Quality.POOR, Quality.GOOD,
        "Snow closed the school road twice",
    )  # fmt: skip
    assert page.model.index(0, Column.STATUS).data() == "Reviewed"
    assert not page.due.isVisible()


def _reviewed(n: int, confidence: int, came_true: bool) -> JournalEntry:
    day = date(2026, 9, 1) + timedelta(days=n)
    return JournalEntry(
        decision=f"Decision {n}", kind="risk", door=Door.TWO_WAY, decided_on=day,
        review_on=day + timedelta(days=21), information=70, chosen="A", expected="It holds",
        expected_by=day + timedelta(days=20), confidence=confidence, options=("A", "B"),
        reviews=(JournalReview(day + timedelta(days=21), came_true,
                               Quality.GOOD if came_true else Quality.POOR, Quality.GOOD),),
    )  # fmt: skip


def test_the_calibration_shows_once_enough_decisions_are_reviewed(
    qtbot,
    page: DecisionsPage,
    service: Altitude,  # type: ignore[no-untyped-def]
) -> None:
    panel = page.judgment
    assert panel.progress.text().startswith(f"{MIN_REVIEWED} more reviewed decisions")
    assert not page.judgment.grid_box.isVisible()
    with service.together():
        for n in range(MIN_REVIEWED - 1):
            service.record_decision(_reviewed(n, 70, n % 10 < 7))
    page.show_state(service.state)
    assert panel.progress.text().startswith("1 more reviewed decision and")
    assert not panel.charts.isTabEnabled(panel.calibration_tab)
    service.record_decision(_reviewed(99, 90, True))
    page.show_state(service.state)
    assert panel.charts.isTabEnabled(panel.calibration_tab)
    assert panel.brier.text().startswith("Brier score 0.")
    assert "0.25 is what always saying 50% would score" in panel.brier.text()
    assert panel.grid_box.isVisible()
    assert panel.cells[(Quality.GOOD, Quality.GOOD)].text().startswith("<b>8</b>")
    assert panel.cells[(Quality.GOOD, Quality.POOR)].text().startswith("<b>2</b>")
    panel.charts.setCurrentWidget(panel.calibration_chart)
    chart = panel.calibration_chart
    qtbot.waitUntil(chart.is_loaded, timeout=5000)
    assert chart.figure is not None
    (points,) = [c for ax in chart.figure.axes for c in ax.collections if c.get_gid() == "bins"]
    assert [tuple(p) for p in points.get_offsets()] == [(70.0, 700 / 9), (90.0, 100.0)]


def test_delete_asks_first_and_undo_brings_it_back_with_its_links(
    qtbot,
    page: DecisionsPage,
    service: Altitude,
    dialogs: ScriptedDialogs,
    ctx: AppContext,  # type: ignore[no-untyped-def]
) -> None:
    from altitude.domain.entities import Person

    person = service.add_person(Person("Ana")).result
    saved = service.record_decision(
        replace(_reviewed(1, 60, True), people=(PersonLink(person.id or 0),))
    ).result
    page.show_state(service.state)
    dialogs.answer_confirm = False
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert service.reload().journal == (saved,)
    dialogs.answer_confirm = True
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert [k for k, *_ in dialogs.calls] == ["confirm", "confirm"]
    assert service.reload().journal == ()
    ctx.undo_stack.undo()
    assert service.reload().journal == (saved,)


def test_on_the_sample_plan_reviews_due_come_first(
    qtbot,
    ctx: AppContext,
    sample_service: Altitude,  # type: ignore[no-untyped-def]
) -> None:
    sample_service.clock = lambda: date(2026, 12, 5)  # two reviews have come due
    page = DecisionsPage(ctx)
    qtbot.addWidget(page)
    statuses = [page.model.index(r, Column.STATUS).data() for r in range(page.model.rowCount())]
    assert statuses == ["Review due", "Review due", "Waiting for review", "Reviewed", "Reviewed"]
    assert page.model.index(0, Column.MADE_BY).data() == "Tomás Ortega"
    assert "2 decisions are due for review" in page.due.text()
    assert page.judgment.progress.text().startswith(f"{MIN_REVIEWED - 2} more reviewed")


def test_the_editor_uses_the_plan_s_review_rules(
    qtbot,
    page: DecisionsPage,
    service: Altitude,  # type: ignore[no-untyped-def]
) -> None:
    service.update_settings(replace(service.state.settings, two_way_review_days=14,
                                    one_way_review_days=120))  # fmt: skip
    page.new_item()
    f = page.editor.f  # type: ignore[union-attr]
    assert f.review_on.date().toPython() == TODAY + timedelta(days=14)
    assert "two-way door: review in about 2 weeks" in f.review_rule.text()
    f.one_way.click()
    assert f.review_on.date().toPython() == TODAY + timedelta(days=120)
    assert "about 120 days" in f.review_rule.text()
