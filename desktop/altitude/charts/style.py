"""Colours, sizes and the per-figure styling every chart shares.

Styling is applied to each figure and axes explicitly: matplotlib's global rcParams are
never touched, so the GUI and the PDF report can draw light and dark figures side by side.
Colours come from the Okabe-Ito palette, which stays distinguishable with colour blindness.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from altitude.domain.entities import Decision
from altitude.i18n import QT_TRANSLATE_NOOP, translate_marked

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure, SubFigure
    from matplotlib.legend import Legend
    from matplotlib.text import Text

    from altitude.charts.layout import Margins

# Okabe-Ito (Okabe & Ito 2008), plus a neutral grey for "not decided yet".
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
GREY = "#999999"

DECISION_COLOURS: Mapping[Decision, str] = MappingProxyType(
    {
        Decision.KEEP: BLUISH_GREEN,
        Decision.DELEGATE: SKY_BLUE,
        Decision.COACH: REDDISH_PURPLE,
        Decision.STOP: VERMILLION,
        Decision.UNDECIDED: GREY,
    }
)

DECISION_NAMES: Mapping[Decision, str] = MappingProxyType(
    {
        Decision.KEEP: QT_TRANSLATE_NOOP("Charts", "Keep"),
        Decision.DELEGATE: QT_TRANSLATE_NOOP("Charts", "Delegate the outcome"),
        Decision.COACH: QT_TRANSLATE_NOOP("Charts", "Coach then delegate"),
        Decision.STOP: QT_TRANSLATE_NOOP("Charts", "Stop doing"),
        Decision.UNDECIDED: QT_TRANSLATE_NOOP("Charts", "Undecided"),
    }
)


def decision_name(decision: Decision) -> str:
    """A decision's name in the app's language (marked above, in the charts' context)."""
    return translate_marked("Charts", DECISION_NAMES[decision])


# Font sizes in points, chosen to stay legible at 100 dpi on an 8 x 4.5 inch figure.
TITLE_SIZE = 13.0
LABEL_SIZE = 11.0
TICK_SIZE = 10.0
NOTE_SIZE = 9.5
EMPTY_SIZE = 14.0

DEFAULT_SIZE = (8.0, 4.5)  # inches
DEFAULT_DPI = 100.0


@dataclass(frozen=True, slots=True)
class Palette:
    """Everything a chart needs to know about colour and line style."""

    dark: bool
    background: str
    foreground: str
    grid: str
    muted: str
    execution: str = ORANGE
    strategy: str = BLUE
    decisions: Mapping[Decision, str] = field(default_factory=lambda: DECISION_COLOURS, hash=False)
    glide: str = "#444444"  # the target glide path, dashed
    glide_style: str = "--"
    band: str = "#444444"  # the tolerance band around the glide path
    band_alpha: float = 0.12
    area_alpha: float = 0.16  # filled share areas under and over the strategy line
    projection: str = BLUE
    projection_style: str = ":"
    today: str = VERMILLION
    today_style: str = "-"
    taken_back: str = VERMILLION
    freed: str = BLUISH_GREEN

    def decision(self, decision: Decision) -> str:
        return self.decisions.get(decision, GREY)


LIGHT = Palette(
    dark=False,
    background="#FFFFFF",
    foreground="#1A1A1A",
    grid="#DDDDDD",
    muted="#666666",
)

DARK = Palette(
    dark=True,
    background="#1E1F22",
    foreground="#E8E8E8",
    grid="#3A3C40",
    muted="#A0A0A0",
    glide="#D0D0D0",
    band="#D0D0D0",
    band_alpha=0.14,
    area_alpha=0.22,
    # Okabe-Ito blue is dim on a dark background: the projection uses sky blue to stay
    # visible, while the measured strategy series keeps the shared blue everywhere.
    projection=SKY_BLUE,
)


def palette(dark: bool) -> Palette:
    return DARK if dark else LIGHT


def new_figure(
    palette: Palette,
    width_in: float = DEFAULT_SIZE[0],
    height_in: float = DEFAULT_SIZE[1],
    dpi: float = DEFAULT_DPI,
) -> Figure:
    """A blank figure in the palette's colours, with the charts' fixed-margin layout."""
    from matplotlib.figure import Figure

    from altitude.charts.layout import use_margins

    fig = Figure(figsize=(width_in, height_in), dpi=dpi)
    fig.set_facecolor(palette.background)
    use_margins(fig)
    return fig


def prepare_figure(
    figure: Figure | None, palette: Palette, margins: Margins | None = None
) -> Figure:
    """Reuse ``figure`` (cleared, recoloured) so a canvas can redraw in place, or make one."""
    from altitude.charts.layout import use_margins

    if figure is None:
        figure = new_figure(palette)
    else:
        figure.clear()
        figure.set_facecolor(palette.background)
    use_margins(figure, margins)
    return figure


def style_axes(ax: Axes, palette: Palette) -> None:
    """Colours, grid and font sizes for one axes, without touching rcParams."""
    ax.set_facecolor(palette.background)
    for spine in ax.spines.values():
        spine.set_color(palette.grid)
    ax.spines["top"].set_visible(False)
    ax.spines["right"].set_visible(False)
    ax.tick_params(colors=palette.muted, labelcolor=palette.foreground, labelsize=TICK_SIZE)
    ax.grid(True, color=palette.grid, linewidth=0.8)
    ax.set_axisbelow(True)
    ax.xaxis.label.set_color(palette.foreground)
    ax.yaxis.label.set_color(palette.foreground)
    ax.xaxis.label.set_fontsize(LABEL_SIZE)
    ax.yaxis.label.set_fontsize(LABEL_SIZE)


def set_title(ax: Axes, palette: Palette, title: str) -> None:
    # A fixed y skips matplotlib's costly automatic title placement at every draw.
    ax.set_title(title, loc="left", fontsize=TITLE_SIZE, color=palette.foreground, pad=10, y=1.0)


def date_axis(ax: Axes, palette: Palette) -> None:
    """Concise date ticks on x, months named in the app's language; the offset names only
    the year (never a misleading month)."""
    from matplotlib.dates import AutoDateLocator

    from altitude.charts.date_values import date_formatter

    # matplotlib.dates ships no stub: its classes are untyped to mypy.
    locator = AutoDateLocator(minticks=3, maxticks=9)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(date_formatter())
    ax.xaxis.get_offset_text().set_color(palette.muted)


def figure_legend(
    fig: Figure | SubFigure,
    palette: Palette,
    ncols: int,
    handles: Sequence[Artist] | None = None,
    **kwargs: Any,
) -> Legend:
    """A frameless one-row legend at the foot of the figure, in the palette's colours.

    ``handles`` default to every labelled artist of the figure's axes, as ``fig.legend``
    finds them. The legend is a ``CachedLegend``: Agg pastes it from a bitmap on redraws,
    and ``set_ncols`` (the layout's wrapping) lays its entries out again.
    """
    from altitude.compat.mpl_legend_cache import CachedLegend
    from altitude.compat.mpl_legend_columns import add_figure_legend

    if handles is None:
        handles = [h for ax in fig.axes for h in ax.get_legend_handles_labels()[0]]
    legend = CachedLegend(
        fig,
        list(handles),
        loc="lower center",
        bbox_to_anchor=(0.5, 0.0),
        bbox_transform=fig.transSubfigure,
        ncols=ncols,
        frameon=False,
        fontsize=NOTE_SIZE,
        labelcolor=palette.foreground,
        borderaxespad=0.3,
        **kwargs,
    )
    add_figure_legend(fig, legend)
    legend.set_gid("legend")
    return legend


# Families tried, in order, for glyphs DejaVu Sans lacks in user text (CJK, symbols);
# only those installed are used, so a missing family never costs a lookup or a warning.
FALLBACK_FAMILIES = (
    "Noto Sans CJK JP",
    "Noto Sans CJK SC",
    "Source Han Sans",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "Microsoft YaHei",
    "Yu Gothic",
    "Malgun Gothic",
    "PingFang SC",
    "Hiragino Sans",
    "Apple SD Gothic Neo",
    "Segoe UI Symbol",
)


@cache
def user_text_families() -> tuple[str, ...]:
    """Font families for text the user typed: DejaVu Sans, then installed fallbacks."""
    from matplotlib import font_manager

    installed = {font.name for font in font_manager.fontManager.ttflist}
    return ("DejaVu Sans", *(f for f in FALLBACK_FAMILIES if f in installed))


def empty_state(fig: Figure, message: str, palette: Palette | None = None) -> Text:
    """Replace the figure's content with one centred message (gid ``"empty-state"``)."""
    fig.clear()
    colour = palette.muted if palette is not None else "#666666"
    if palette is not None:
        fig.set_facecolor(palette.background)
    text = fig.text(
        0.5,
        0.5,
        message,
        ha="center",
        va="center",
        fontsize=EMPTY_SIZE,
        color=colour,
        wrap=True,
    )
    text.set_gid("empty-state")
    return text
