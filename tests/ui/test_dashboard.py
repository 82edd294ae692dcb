"""The dashboard: headline cards, the trajectory chart and what needs attention, kept current."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from altitude.domain.arcs.reviews import MilestoneReview
from altitude.domain.entities import Person, WeeklyCheckIn, new_plan
from altitude.domain.weeks import IsoWeek
from altitude.services import Altitude
from altitude.ui.dashboard.cards import TONES
from altitude.ui.dashboard.page import DashboardPage
from altitude.ui.dashboard.texts import GOOD, WARN
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs

THIS_WEEK = IsoWeek(2026, 48)  # the conftest clock: Monday 23 Nov 2026


@pytest.fixture
def page_for(qtbot, dialogs: ScriptedDialogs) -> Callable[..., DashboardPage]:  # type: ignore[no-untyped-def]
    def make(service: Altitude, opener: Any = None) -> DashboardPage:
        ctx = AppContext(service, dialogs)
        page = DashboardPage(ctx, opener) if opener else DashboardPage(ctx)
        qtbot.addWidget(page)
        page.resize(1110, 720)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


def values(page: DashboardPage) -> list[str]:
    return [card.text.value for card in page.cards.cards]


def details(page: DashboardPage) -> list[str]:
    return [card.text.detail for card in page.cards.cards]


def strategy_points(page: DashboardPage) -> int:
    figure = page.chart.figure
    assert figure is not None
    [line] = [a for a in figure.findobj() if a.get_gid() == "strategy"]
    return len(line.get_xdata())


def drawn(qtbot, page: DashboardPage, builds: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.chart.builds == builds, timeout=30000)


def test_the_cards_say_where_the_sample_plan_stands(page_for, sample_service) -> None:  # type: ignore[no-untyped-def]
    page = page_for(sample_service)
    assert page.stack.currentWidget() is page.content
    assert values(page) == ["Day 85 of 90", "50%", "✓ On track", "Week of 7 Dec", "9 h a week", "2"]
    assert details(page) == [
        "5 days to go",
        "Week of 16 Nov · target 52%",
        "Within 5 points of the 52% planned",
        "After your plan ends (29 Nov)",
        "By 2 outcomes handed over",
        "2 delegations · this week's on Fri",
    ]
    tones = [card.text.tone for card in page.cards.cards]
    assert tones == ["", "", GOOD, WARN, "", WARN]
    track = page.cards.cards[2]
    assert TONES[(GOOD, False)] in track.value.styleSheet()
    assert track.accessibleName() == "Against the glide path: ✓ On track"
    assert page.cards.cards[3].toolTip().startswith("At +2.4 points a week")
    assert page.subtitle.text() == "Monday 23 November 2026 · week 48"


def test_saving_a_check_in_updates_cards_and_chart_at_once_and_undo_restores_them(
    qtbot, page_for, sample_service: Altitude
) -> None:  # type: ignore[no-untyped-def]
    page = page_for(sample_service)
    drawn(qtbot, page, 1)
    assert strategy_points(page) == 12
    svc, ctx = sample_service, page.ctx

    saved = ctx.perform(
        "Check-in 23\u201329 Nov",
        lambda: svc.record_checkin(WeeklyCheckIn(THIS_WEEK, 16.0, 24.0)),
    )
    assert saved
    assert values(page) == ["Day 85 of 90", "60%", "▲ Ahead", "✓ Reached", "9 h a week", "2"]
    assert page.cards.cards[1].text.title == "Strategy this week"
    assert details(page)[2] == "6 points above the 54% planned"
    assert details(page)[5] == "2 delegations · this week's logged ✓"
    assert page.chart.builds == 2
    assert strategy_points(page) == 13

    ctx.undo_stack.undo()
    assert values(page)[1:4] == ["50%", "✓ On track", "Week of 7 Dec"]
    assert page.chart.builds == 3
    assert strategy_points(page) == 12


def test_changes_the_chart_does_not_show_leave_it_alone(qtbot, page_for, sample_service) -> None:  # type: ignore[no-untyped-def]
    page = page_for(sample_service)
    drawn(qtbot, page, 1)
    svc = sample_service
    page.ctx.perform("Add Ana", lambda: svc.add_person(Person("Ana")))
    page.ctx.refresh()
    assert page.chart.builds == 1


def test_the_attention_list_names_what_is_due_and_the_button_opens_the_check_in(
    page_for, sample_service
) -> None:  # type: ignore[no-untyped-def]
    opened: list[tuple[Any, ...]] = []
    page = page_for(sample_service, opener=lambda *args: opened.append(args))
    notes = page.attention.texts()
    assert len(notes) == 6
    assert notes[0].startswith("Check in with Priya Raman on “Payments pull requests")
    assert notes[1].startswith("Check in with Tomás Ortega")
    assert notes[2:] == [  # thinking in arcs (services.arcs.attention)
        "Your day-90 milestone review is due 29 Nov: book it with your boss.",
        "Be in touch with Marcus Chen (due since 1 Nov).",
        "A month has passed: revisit your strategic narrative (due 18 Nov).",
        "You have not worked with Sales since 10 Sept.",
    ]
    assert not page.attention.empty.isVisible()

    page.attention.checkin_button.click()
    assert opened == [(page.ctx, page.window(), None)]
    page.new_item()  # Ctrl+N on this page
    assert len(opened) == 2


def test_when_nothing_needs_attention_it_says_so(page_for, sample_service: Altitude) -> None:  # type: ignore[no-untyped-def]
    svc = sample_service
    for delegation in svc.state.delegations:
        svc.delete_delegation(delegation.id)  # type: ignore[arg-type]
    # and what thinking in arcs asks for, done
    story = svc.latest_narrative()
    svc.write_narrative(replace(story, written_on=svc.today(), actions=()))  # type: ignore[type-var]
    svc.log_contact(2, note="Coffee")
    svc.touch_function(2, note="Merchant call")
    svc.record_review(MilestoneReview(90, svc.today()))
    page = page_for(svc)
    assert page.attention.texts() == []
    assert page.attention.empty.isVisible()
    assert values(page)[4:] == ["0 h a week", "None"]
    assert details(page)[5] == "This week's on Fri"


def test_without_a_plan_the_dashboard_points_to_starting_one(qtbot, page_for, service) -> None:  # type: ignore[no-untyped-def]
    page = page_for(service)
    assert page.stack.currentWidget() is page.no_plan
    assert page.start_button.isVisible()
    assert not page.chart.isVisible()

    plan = new_plan("Engineer", "Engineering manager", date(2026, 11, 2), 25.0, 50.0)
    service.start_plan(plan)
    page.ctx.refresh()
    assert page.stack.currentWidget() is page.content
    assert values(page)[:4] == ["Day 22 of 90", "—", "—", "Not yet known"]
    assert details(page)[1] == "Log your first check-in"
    due = page.cards.cards[5].text
    assert (due.value, due.detail, due.tone) == (
        "None",
        "This week's on Fri · 3 past weeks missing",
        "",
    )
    drawn(qtbot, page, 1)
    figure = page.chart.figure
    assert figure is not None
    [empty] = [a for a in figure.findobj() if a.get_gid() == "empty-state"]
    assert empty.get_text() == "Log your first check-in to see your trajectory"


def test_the_dark_theme_recolours_the_cards_and_redraws_the_chart(
    qtbot, page_for, sample_service
) -> None:  # type: ignore[no-untyped-def]
    page = page_for(sample_service)
    drawn(qtbot, page, 1)
    page.ctx.set_dark(True)
    assert TONES[(GOOD, True)] in page.cards.cards[2].value.styleSheet()
    assert TONES[(WARN, True)] in page.cards.cards[3].value.styleSheet()
    assert page.chart.builds == 2
    figure = page.chart.figure
    assert figure is not None and figure.get_facecolor()[0] < 0.5


def test_the_dashboard_is_the_first_page_of_the_window(window_for, sample_service) -> None:  # type: ignore[no-untyped-def]
    window = window_for(sample_service)
    assert isinstance(window.pages[0], DashboardPage)
    assert window.sidebar.item(0).text() == "Dashboard"


def test_cards_flow_into_rows_of_three_when_narrow(qtbot, page_for, sample_service) -> None:  # type: ignore[no-untyped-def]
    page = page_for(sample_service)
    page.resize(1300, 720)
    qtbot.waitUntil(lambda: page.cards.columns == 6)
    page.resize(760, 720)
    qtbot.waitUntil(lambda: page.cards.columns == 3)


def test_a_long_value_shrinks_to_fit_a_narrow_card_and_grows_back(
    qtbot, page_for, sample_service
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFontMetricsF

    from altitude.ui.dashboard.cards import MIN_VALUE_PT, VALUE_PT

    page = page_for(sample_service)
    projection = page.cards.cards[3]  # "Week of 7 Dec": the longest value

    def fits(card) -> bool:  # type: ignore[no-untyped-def]
        metrics = QFontMetricsF(card.value.font())
        return metrics.horizontalAdvance(card.value.text()) <= card.value.width() + 1

    page.resize(700, 720)  # the narrowest dashboard (a 900 px window less the sidebar)
    qtbot.waitUntil(lambda: page.cards.columns == 3)
    qtbot.waitUntil(lambda: fits(projection))
    assert MIN_VALUE_PT <= projection.value_pt < VALUE_PT
    assert all(fits(card) for card in page.cards.cards)
    page.resize(1300, 720)
    qtbot.waitUntil(lambda: projection.value_pt == VALUE_PT)


def test_the_window_shows_the_dashboard_before_the_whole_plan_is_read(
    sample_service: Altitude, dialogs: ScriptedDialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ten years of notes are read after the first paint, for the other pages, not before."""
    from altitude.store import Store
    from altitude.ui.app import build_window

    folder = sample_service.store.path.parent
    sample_service.close()
    service = Altitude.open(folder)
    service.clock = lambda: date(2026, 11, 23)
    loads: list[int] = []
    real_load = Store.load
    monkeypatch.setattr(Store, "load", lambda self: loads.append(1) or real_load(self))
    window = build_window(service, dialogs)
    try:
        page = window.current_page()
        assert isinstance(page, DashboardPage)
        assert page.summary is not None and page.summary.last is not None
        assert page.attention.notes  # the headlines are all there
        assert loads == []
    finally:
        window.close()
        window.deleteLater()
        service.close()


def test_attention_is_worded_for_people_with_dates_as_they_say_them() -> None:
    from altitude.services.attention import Attention, Concern
    from altitude.ui.dashboard.attention_texts import attention_text

    today = date(2026, 11, 23)
    w = IsoWeek(2026, 45)
    cases = {
        Attention(Concern.CHECKIN_DUE, week=THIS_WEEK): "This week's check-in is due.",
        Attention(Concern.DELEGATION_DUE, who="Sam", outcome="Release", due=today): (
            "Check in with Sam on “Release” (due 23 Nov)."
        ),
        Attention(Concern.DELEGATION_DUE, outcome="Hiring", due=date(2027, 1, 4)): (
            "Check in on “Hiring” (due 4 Jan 2027)."
        ),
        Attention(Concern.MORE_DUE, count=12): (
            "12 more delegation check-ins are due: see the Delegation page."
        ),
        Attention(Concern.MISSING_WEEKS, weeks=(w,)): "No check-in for the week of 2 Nov.",
        Attention(Concern.MISSING_WEEKS, weeks=(w, w + 1), count=4): (
            "No check-in for the weeks of 2 Nov, 9 Nov and 4 more."
        ),
    }
    for item, text in cases.items():
        assert attention_text(item, today) == text
    rising = attention_text(Attention(Concern.RISING_EXECUTION), today)
    assert rising.startswith("Your execution share rose two weeks running")
