"""Hours freed by delegation: a cumulative step line, taken-back ones marked."""

from __future__ import annotations

from datetime import date, timedelta

from chart_figures import by_gid, one, texts
from matplotlib.backends.backend_agg import FigureCanvasAgg

from altitude.charts.delegation import EMPTY_MESSAGE, freed_figure, freed_steps, last_date
from altitude.charts.style import palette
from altitude.domain import metrics
from altitude.domain.entities import Delegation, DelegationCheckIn, LevelChange, Status

TODAY = date(2026, 3, 4)
D1, D2, D3 = date(2026, 1, 12), date(2026, 2, 2), date(2026, 2, 16)


def ledger() -> list[Delegation]:
    return [
        Delegation("Releases", started_on=D2, status=Status.HANDING_OVER, hours_freed=4),
        Delegation("Standups", started_on=D1, status=Status.OWNED, hours_freed=3),
        Delegation("Planned one", started_on=D1, status=Status.PLANNED, hours_freed=2),
        Delegation(
            "Code reviews",
            started_on=D1,
            status=Status.TAKEN_BACK,
            hours_freed=5,
            taken_back_reason="a bad merge",
            checkins=(DelegationCheckIn(D3, "slipping", False),),
            level_history=(LevelChange(D2, 4),),
        ),
    ]


def test_cumulative_hours_step_up_at_each_start() -> None:
    xs, ys = freed_steps(ledger(), TODAY)
    assert xs == [D1 - timedelta(days=7), D1, D2, TODAY]
    assert ys == [0, 3, 7, 7]
    assert ys[-1] == metrics.hours_freed(ledger())


def test_the_figure_draws_those_steps() -> None:
    fig = freed_figure(ledger(), palette(False), TODAY)
    line = one(fig, "freed")
    assert list(line.get_xdata()) == [D1 - timedelta(days=7), D1, D2, TODAY]
    assert list(line.get_ydata()) == [0, 3, 7, 7]
    assert line.get_drawstyle() == "steps-post"
    assert one(fig, "freed-total").get_text() == "7 h a week"


def test_starts_on_the_same_day_make_one_step() -> None:
    same_day = [
        Delegation("A", started_on=D1, status=Status.OWNED, hours_freed=1),
        Delegation("B", started_on=D1, status=Status.OWNED, hours_freed=2.5),
    ]
    assert freed_steps(same_day, TODAY) == ([D1 - timedelta(days=7), D1, TODAY], [0, 3.5, 3.5])


def test_taken_back_is_marked_at_its_last_date_and_adds_nothing() -> None:
    fig = freed_figure(ledger(), palette(False), TODAY)
    marks = one(fig, "taken-back")
    assert last_date(ledger()[3]) == D3
    assert list(marks.get_xdata()) == [D3]
    assert list(marks.get_ydata()) == [7]  # on the line, which the 5 hours never joined
    assert marks.get_marker() == "x"
    assert [t.get_text() for t in by_gid(fig, "taken-back-label")] == ["taken back: Code reviews"]


def test_taken_back_labels_do_not_overlap() -> None:
    many = [
        Delegation(f"Outcome number {n}", started_on=D1, status=Status.TAKEN_BACK) for n in range(5)
    ] + [Delegation("Kept", started_on=D1, status=Status.OWNED, hours_freed=2)]
    fig = freed_figure(many, palette(False), TODAY)
    FigureCanvasAgg(fig)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in by_gid(fig, "taken-back-label")]
    assert len(boxes) == 5
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b)


def test_only_taken_back_ones_still_show_them_on_a_flat_line() -> None:
    back = [Delegation("Reviews", started_on=D1, status=Status.TAKEN_BACK, hours_freed=5)]
    fig = freed_figure(back, palette(False), TODAY)
    assert set(one(fig, "freed").get_ydata()) == {0}
    assert list(one(fig, "taken-back").get_xdata()) == [D1]


def test_nothing_delegated_yet_shows_the_empty_state() -> None:
    planned = [Delegation("Later", started_on=D1, status=Status.PLANNED, hours_freed=3)]
    for delegations in ([], planned):
        fig = freed_figure(delegations, palette(False), TODAY)
        assert fig.axes == []
        assert texts(fig) == [EMPTY_MESSAGE]
