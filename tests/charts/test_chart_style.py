"""Palettes and per-figure styling: light and dark apply, rcParams stay untouched."""

from __future__ import annotations

from pathlib import Path

import matplotlib
import pytest
from chart_states import TODAY, rich_state
from matplotlib.colors import to_hex
from matplotlib.text import Text

from altitude.charts.delegation import freed_figure
from altitude.charts.export import export_figure
from altitude.charts.hours import hours_figure
from altitude.charts.matrix import matrix_figure
from altitude.charts.style import (
    BLUE,
    DECISION_COLOURS,
    ORANGE,
    empty_state,
    new_figure,
    palette,
    prepare_figure,
    user_text_families,
)
from altitude.charts.trajectory import trajectory_figure
from altitude.domain.entities import Decision, InventoryItem, Mode


def test_series_colours_are_the_okabe_ito_pair_in_both_palettes() -> None:
    for dark in (False, True):
        chosen = palette(dark)
        assert chosen.execution == ORANGE == "#E69F00"
        assert chosen.strategy == BLUE == "#0072B2"
        assert chosen.dark is dark


def test_every_decision_has_its_own_colour() -> None:
    assert set(DECISION_COLOURS) == set(Decision)
    assert len(set(DECISION_COLOURS.values())) == len(Decision)


def test_light_and_dark_figures_differ_in_background() -> None:
    state = rich_state()
    light, dark = palette(False), palette(True)
    builders = [
        lambda p: trajectory_figure(state.plan, state.checkins, TODAY, p),
        lambda p: hours_figure(state.checkins, p),
        lambda p: matrix_figure(state.items, p),
        lambda p: freed_figure(state.delegations, p, TODAY),
    ]
    for build in builders:
        light_fig, dark_fig = build(light), build(dark)
        assert to_hex(light_fig.get_facecolor()) == light.background.lower()
        assert to_hex(dark_fig.get_facecolor()) == dark.background.lower()
        assert to_hex(dark_fig.axes[0].get_facecolor()) == dark.background.lower()


def test_building_figures_leaves_global_rcparams_alone() -> None:
    before = dict(matplotlib.rcParams)
    state = rich_state()
    for dark in (False, True):
        trajectory_figure(state.plan, state.checkins, TODAY, palette(dark))
        matrix_figure(state.items, palette(dark))
    assert dict(matplotlib.rcParams) == before


def test_new_figure_has_the_requested_size_and_colour() -> None:
    fig = new_figure(palette(True), 6.0, 3.0, 120)
    assert tuple(fig.get_size_inches()) == (6.0, 3.0)
    assert fig.dpi == 120
    assert to_hex(fig.get_facecolor()) == palette(True).background.lower()


def test_prepare_figure_clears_and_recolours_an_existing_figure() -> None:
    fig = new_figure(palette(False))
    fig.add_subplot()
    same = prepare_figure(fig, palette(True))
    assert same is fig
    assert fig.axes == []
    assert to_hex(fig.get_facecolor()) == palette(True).background.lower()


def test_empty_state_replaces_content_with_one_centred_message() -> None:
    fig = new_figure(palette(False))
    fig.add_subplot()
    text = empty_state(fig, "Nothing yet", palette(False))
    assert fig.axes == []
    assert [t.get_text() for t in fig.texts] == ["Nothing yet"]
    assert text.get_position() == (0.5, 0.5)
    assert (text.get_ha(), text.get_va()) == ("center", "center")
    assert text.get_fontsize() >= 12


def test_user_text_falls_back_only_to_installed_fonts() -> None:
    from matplotlib import font_manager

    families = user_text_families()
    installed = {f.name for f in font_manager.fontManager.ttflist}
    assert families[0] == "DejaVu Sans"
    assert all(f in installed for f in families)


@pytest.mark.filterwarnings("ignore:Glyph")  # boxes, not a crash, where no font has it
def test_any_user_text_draws(tmp_path: Path) -> None:
    item = InventoryItem("领导 review 🚀 Ελληνικά", 3, Mode.EXECUTION, id=1)
    fig = matrix_figure([item], palette(False))
    (label,) = [t for t in fig.findobj(Text) if t.get_gid() == "label"]
    assert label.get_fontfamily() == list(user_text_families())
    export_figure(fig, tmp_path / "matrix.png")
    assert (tmp_path / "matrix.png").stat().st_size > 0
