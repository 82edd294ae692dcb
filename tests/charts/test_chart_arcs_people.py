"""The stakeholder map and the functions' coverage heat map, read back from their artists."""

from __future__ import annotations

from datetime import date
from itertools import combinations

import numpy as np
from chart_figures import by_gid, one, texts
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure

from altitude.charts.arcs.coverage import (
    EMPTY_NO_FUNCTIONS,
    MAX_MONTHS,
    NO_TOUCHES,
    coverage_figure,
    month_labels,
)
from altitude.charts.arcs.stakeholder_map import (
    EMPTY_MESSAGE,
    QUADRANT_NAMES,
    STANCE_COLOURS,
    STANCE_MARKERS,
    label_text,
    spread_positions,
    stakeholder_map_figure,
    trust_area,
)
from altitude.charts.style import palette
from altitude.domain.arcs.functions import BusinessFunction, FunctionTouch, coverage
from altitude.domain.arcs.stakeholders import Contact, Stakeholder, Stance

LIGHT, DARK = palette(False), palette(True)
TODAY = date(2026, 11, 23)


def drawn(fig: Figure) -> Figure:
    FigureCanvasAgg(fig)
    fig.canvas.draw()
    return fig


def person(name: str, interest: int, influence: int, stance: Stance, trust: int = 3,
           **more: object) -> Stakeholder:  # fmt: skip
    return Stakeholder(name, influence=influence, interest=interest, stance=stance,
                       trust=trust, **more)  # type: ignore[arg-type]  # fmt: skip


LAST = (Contact(date(2026, 10, 1), ""),)
PEOPLE = [
    person("Maria Keller", 5, 5, Stance.SUPPORTER, 5, is_boss=True, id=1),
    person("Jonas Weber", 4, 4, Stance.CONVINCIBLE, 2, id=2, contact_days=14, contacts=LAST),
    person("Priya Shah", 2, 4, Stance.UNKNOWN, 1, id=3),
    person("Lea Brandt", 5, 2, Stance.OPPONENT, 3, id=4),
    person("Tom Ruiz", 4, 4, Stance.SUPPORTER, 4, id=5),  # on Jonas's spot
]


def test_each_person_is_a_point_at_interest_and_influence_coloured_shaped_and_sized() -> None:
    fig = drawn(stakeholder_map_figure(PEOPLE, LIGHT, today=TODAY))
    supporters = one(fig, "stance-supporter")
    offsets = supporters.get_offsets()
    assert tuple(offsets[0]) == (5.0, 5.0)  # Maria, alone on her spot
    assert list(supporters.get_sizes()) == [trust_area(5), trust_area(4)]
    assert (
        tuple(supporters.get_facecolors()[0][:3]) == to_rgba(STANCE_COLOURS[Stance.SUPPORTER])[:3]
    )
    opponent = one(fig, "stance-opponent")
    assert tuple(opponent.get_offsets()[0]) == (5.0, 2.0)
    # Shape as well as colour: each stance has its own marker path.
    paths = {s: one(fig, f"stance-{s.value}").get_paths()[0] for s in Stance}
    for a, b in combinations(Stance, 2):
        assert not np.array_equal(paths[a].vertices, paths[b].vertices), (a, b)
    assert len(set(STANCE_MARKERS.values())) == len(Stance)
    # Jonas and Tom share (4, 4): spread on a ring around it, stable between redraws.
    jonas, tom = spread_positions(PEOPLE)[1], spread_positions(PEOPLE)[4]
    assert jonas != tom and abs(jonas[0] - 4) < 0.4 and abs(tom[1] - 4) < 0.4
    assert spread_positions(PEOPLE) == spread_positions(PEOPLE)
    shown = texts(fig)
    for quadrant in QUADRANT_NAMES.values():
        assert quadrant in shown
    assert "Maria Keller (your boss)" in shown
    assert "Jonas Weber (overdue)" in shown  # every 14 days, last on 1 Oct
    assert trust_area(1) < trust_area(3) < trust_area(5)


def test_names_never_overlap_even_when_many_share_a_spot() -> None:
    crowd = [person(f"Stakeholder number {n}", 4, 4, Stance.SUPPORTER, id=n) for n in range(8)]
    fig = drawn(stakeholder_map_figure(crowd, LIGHT))
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in by_gid(fig, "label") if t.get_visible()]
    assert len(boxes) == 8
    for a, b in combinations(boxes, 2):
        assert not a.overlaps(b)


def test_the_empty_map_still_names_its_quadrants_and_says_what_to_do() -> None:
    fig = drawn(stakeholder_map_figure([], DARK))
    assert one(fig, "empty-state").get_text() == EMPTY_MESSAGE
    assert set(QUADRANT_NAMES.values()) <= set(texts(fig))
    assert not [a for s in Stance for a in by_gid(fig, f"stance-{s.value}")]


def test_a_long_name_is_shortened_and_the_label_says_why_someone_matters() -> None:
    long = person("A very long stakeholder name indeed", 1, 1, Stance.UNKNOWN, contact_days=7)
    assert label_text(long, TODAY) == "A very long stakehold… (overdue)"  # never in touch
    assert label_text(long, None) == "A very long stakehold…"


TWICE = (FunctionTouch(date(2026, 9, 3), ""), FunctionTouch(date(2026, 9, 20), ""))
FUNCTIONS = [
    BusinessFunction("Finance", touches=TWICE),
    BusinessFunction("Sales", touches=(FunctionTouch(date(2026, 11, 2), ""),)),
    BusinessFunction("Legal"),
]


def test_the_heat_map_counts_touches_per_function_and_month_in_its_cells() -> None:
    cov = coverage(FUNCTIONS, date(2026, 9, 1), TODAY)
    fig = drawn(coverage_figure(cov, LIGHT))
    image = one(fig, "coverage")
    assert np.asarray(image.get_array()).tolist() == [[2, 0, 0], [0, 0, 1], [0, 0, 0]]
    counts = by_gid(fig, "count")
    assert sorted((t.get_position(), t.get_text()) for t in counts) == [
        ((0, 0), "2"), ((2, 1), "1")
    ]  # fmt: skip
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Finance", "Sales", "Legal"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Sep\n2026", "Oct", "Nov"]
    # the fullest cell is the darkest, its count in pale ink; dark ink on pale cells
    ink = {t.get_text(): to_rgba(t.get_color()) for t in counts}
    assert ink == {"2": to_rgba(LIGHT.background), "1": to_rgba(LIGHT.foreground)}
    assert NO_TOUCHES not in texts(fig)


def test_the_heat_map_shows_the_latest_months_of_a_long_plan_and_its_empty_states() -> None:
    cov = coverage(FUNCTIONS, date(2016, 1, 1), TODAY)
    fig = drawn(coverage_figure(cov, DARK))
    assert np.asarray(one(fig, "coverage").get_array()).shape == (3, MAX_MONTHS)
    assert f"(the last {MAX_MONTHS})" in fig.axes[0].get_title(loc="left")
    empty = drawn(coverage_figure(coverage([], date(2026, 9, 1), TODAY), LIGHT))
    assert one(empty, "empty-state").get_text() == EMPTY_NO_FUNCTIONS
    quiet = drawn(coverage_figure(coverage(FUNCTIONS[2:], date(2026, 9, 1), TODAY), LIGHT))
    assert one(quiet, "empty-state").get_text() == NO_TOUCHES
    assert month_labels([date(2026, 12, 1), date(2027, 1, 1), date(2027, 2, 1)]) == [
        "Dec\n2026", "Jan\n2027", "Feb"
    ]  # fmt: skip
