"""The narrative's arc: one dot per version at the hours its actions got while it held,
labelled with its hints; the plan's span on x; the selected version ringed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from altitude.charts.arcs.narrative_arc import EMPTY, arc_points, narrative_arc_figure
from altitude.charts.date_values import day_number
from altitude.charts.style import palette
from altitude.domain.arcs.described import ActionItemLink
from altitude.domain.arcs.narrative import NarrativeAction, NarrativeVersion
from altitude.domain.entities import WeeklyCheckIn, new_plan
from altitude.domain.weeks import IsoWeek

START = date(2026, 1, 5)


def week(n: int, item_hours: float) -> WeeklyCheckIn:
    return WeeklyCheckIn(
        week=IsoWeek.of(START) + n, execution_hours=30.0, strategy_hours=10.0,
        item_hours=((1, item_hours),),
    )  # fmt: skip


TIED = NarrativeAction(action="Merge the backlogs", items=(ActionItemLink(1),))
LOOSE = NarrativeAction(action="Talk to sales")
FIRST = NarrativeVersion(
    written_on=date(2026, 1, 20), diagnosis="Two checkouts", guiding_policy="One owner",
    will_not=(), actions=(LOOSE,), press_release="", id=1,
)  # fmt: skip
SECOND = replace(FIRST, written_on=date(2026, 2, 20), will_not=("New markets",),
                 actions=(TIED, LOOSE, NarrativeAction(action="Weekly train")), id=2)  # fmt: skip
CHECKINS = [week(n, 2.0 if n < 6 else 6.0) for n in range(9)]  # weeks 0-8; more from week 6


def test_each_version_gets_the_hours_of_the_weeks_it_held_and_its_hints() -> None:
    points = arc_points([SECOND, FIRST], CHECKINS, [], date(2026, 3, 9))
    assert [p.number for p in points] == [1, 2]
    assert points[0].hours == 0.0  # its one action is tied to no work
    # the latest: the last four check-ins (2, 6, 6 and 6 h on its item), as the page shows
    assert points[1].hours == 5.0
    assert points[0].label == "v1 · 3 hints"  # nothing ruled out, too few, no hours
    assert points[1].label == "v2 · 2 hints"  # two actions without hours


def test_the_figure_draws_a_dot_per_version_over_the_plan_and_rings_the_selected() -> None:
    plan = new_plan("Engineer", "Lead", START, 20.0, 40.0, horizon_days=90)
    points = arc_points([FIRST, SECOND], CHECKINS, [], date(2026, 3, 9))
    fig = narrative_arc_figure(points, palette(False), plan=plan, today=date(2026, 3, 9),
                               selected=0)  # fmt: skip
    ax = fig.axes[0]
    dots = next(c for c in ax.collections if c.get_gid() == "versions")
    xs = [x for x, _ in dots.get_offsets()]
    assert xs == [day_number(FIRST.written_on), day_number(SECOND.written_on)]
    assert [y for _, y in dots.get_offsets()] == [0.0, 5.0]
    ring = next(c for c in ax.collections if c.get_gid() == "selected")
    assert [tuple(o) for o in ring.get_offsets()] == [(xs[0], 0.0)]
    labels = [t.get_text() for t in ax.texts if t.get_gid() == "label"]
    assert labels == ["v1 · 3 hints", "v2 · 2 hints"]
    low, high = ax.get_xlim()
    assert low < day_number(plan.start_date) and high > day_number(plan.horizon_end)


def test_no_version_says_how_to_start() -> None:
    fig = narrative_arc_figure([], palette(True))
    assert [t.get_text() for t in fig.texts] == [EMPTY]
