"""The feedback log's gap chart: one panel per theme, your ratings against theirs."""

from __future__ import annotations

from datetime import date

import pytest
from chart_figures import by_gid, num, texts
from matplotlib.text import Text

from altitude.charts.growth.feedback import (
    EMPTY_NO_RATINGS,
    EMPTY_NO_THEMES,
    MAX_PANELS,
    feedback_figure,
    grid_shape,
)
from altitude.charts.style import new_figure, palette
from altitude.domain.growth.feedback import (
    FeedbackEntry,
    FeedbackTheme,
    SelfRating,
    SourceKind,
    ThemeOrigin,
)
from altitude.domain.growth.feedback_stats import ThemeView, theme_view


def view(
    theme_id: int, own: tuple[int, ...], theirs: tuple[int, ...], title: str = ""
) -> ThemeView:
    ratings = tuple(SelfRating(date(2026, 9, 1 + 7 * n), r) for n, r in enumerate(own))
    theme = FeedbackTheme(title or f"Theme {theme_id}", ThemeOrigin.OWN, ratings, id=theme_id)
    entries = [
        FeedbackEntry(
            SourceKind.PEER, date(2026, 10, 1 + n), "Act", name="Jo", theme_id=theme_id, rating=r
        )
        for n, r in enumerate(theirs)
    ]
    return theme_view(theme, entries)


def test_no_themes_and_no_ratings_say_what_to_do() -> None:
    assert texts(feedback_figure([], palette(False))) == [EMPTY_NO_THEMES]
    unrated = feedback_figure([view(1, (), ())], palette(False))
    assert texts(unrated) == [EMPTY_NO_RATINGS] and unrated.axes == []


def test_one_panel_holds_your_step_line_their_dots_and_their_running_average() -> None:
    fig = feedback_figure([view(1, (4, 3), (2, 3))], palette(False), today=date(2026, 11, 1))
    [ax] = fig.axes
    [line] = by_gid(fig, "self")
    assert list(line.get_ydata()) == [4, 3, 3]  # type: ignore[attr-defined]
    # Your latest rating holds to the end of the axis, past the last date with data.
    assert num(line.get_xdata()[-1]) > num(date(2026, 11, 1))  # type: ignore[attr-defined]
    [dots] = by_gid(fig, "others")
    assert [y for _, y in dots.get_offsets()] == [2, 3]  # type: ignore[attr-defined]
    [mean] = by_gid(fig, "others-mean")
    assert list(mean.get_ydata()) == [2.0, 2.5]  # type: ignore[attr-defined]
    assert ax.get_ylim() == (0.5, 5.5)
    assert "Close to theirs" in texts(fig)  # 3 against 2.5


def test_the_label_names_the_gap_and_flips_when_the_ratings_swap() -> None:
    blind = feedback_figure([view(1, (5,), (2, 3))], palette(False))
    hidden = feedback_figure([view(1, (2,), (5, 4))], palette(False))
    not_asked = feedback_figure([view(1, (3,), ())], palette(False))
    assert [t.get_text() for t in by_gid(blind, "label")] == ["Blind spot"]  # type: ignore[attr-defined]
    assert [t.get_text() for t in by_gid(hidden, "label")] == ["Hidden strength"]  # type: ignore[attr-defined]
    assert [t.get_text() for t in by_gid(not_asked, "label")] == ["Not asked yet"]  # type: ignore[attr-defined]


@pytest.mark.parametrize("count", [1, 2, 4, 6])
def test_panels_do_not_overlap_and_titles_fit(count: int) -> None:
    long = "Decide with incomplete data, and say it once, clearly, to everyone involved"
    views = [view(n, (3,), (2,), title=long) for n in range(1, count + 1)]
    fig = new_figure(palette(False))
    feedback_figure(views, palette(True), figure=fig)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    boxes = [ax.get_position() for ax in fig.axes]
    assert len(boxes) == count == len(by_gid(fig, "label"))
    for i, a in enumerate(boxes):
        assert 0 <= a.x0 < a.x1 <= 1 and 0 <= a.y0 < a.y1 <= 1
        for b in boxes[i + 1 :]:
            assert a.x1 <= b.x0 or b.x1 <= a.x0 or a.y1 <= b.y0 or b.y1 <= a.y0
    renderer = canvas.get_renderer()
    for ax in fig.axes:
        text = ax.get_title(loc="left")
        [title] = [t for t in ax.findobj(Text) if t.get_text() == text][:1]
        right = ax.get_window_extent(renderer).x1
        assert title.get_window_extent(renderer).x1 <= right + 1  # shortened to its panel
        assert text.endswith("…") or count == 1


def test_more_than_six_themes_show_the_first_six() -> None:
    views = [view(n, (3,), ()) for n in range(1, 9)]
    assert len(feedback_figure(views, palette(False)).axes) == MAX_PANELS
    assert [grid_shape(n) for n in (1, 2, 3, 5, 6)] == [(1, 1), (1, 2), (2, 2), (2, 3), (2, 3)]


def test_a_redraw_reuses_the_figure() -> None:
    fig = new_figure(palette(False))
    feedback_figure([view(1, (3,), (2,))], palette(False), figure=fig)
    again = feedback_figure([view(1, (3,), (2,)), view(2, (4,), ())], palette(False), figure=fig)
    assert again is fig and len(fig.axes) == 2


def test_a_title_is_shown_as_typed() -> None:
    fig = feedback_figure([view(1, (3,), (), title="Spend $5 less, not $10")], palette(False))
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig).draw()  # mathtext would fail or set "5 less, not" in italics
    [ax] = fig.axes
    assert ax.get_title(loc="left") == "Spend $5 less, not $10"
    [title] = [t for t in ax.findobj(Text) if t.get_text() == ax.get_title(loc="left")]
    assert title.get_parse_math() is False  # type: ignore[attr-defined]
