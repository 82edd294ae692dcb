"""The power-interest grid (Mendelow): the people beyond the team by influence and interest.

Interest runs along x and influence up y, 1 to 5 each; the middle lines sit between 2 and 3
because the domain counts 3 and above as high (``domain.arcs.stakeholders.HIGH``), so a
point's quadrant on the chart is the one the page names. Stance is colour *and* marker
shape (Okabe-Ito colours, readable with colour blindness; the shape says it without
colour), trust is the marker's area. One scatter per stance (gid ``stance-<value>``, its
points in the order given); names have gid ``label`` and are placed by ``LabelPlacer`` so
they never overlap. With nobody yet the grid is drawn empty, its quadrants named, with a
message (gid ``empty-state``): the map explains itself before it holds anyone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING

from altitude.charts.layout import Margins
from altitude.charts.matrix import draw_quadrants, label_points, ring_spread
from altitude.charts.style import (
    BLUISH_GREEN,
    GREY,
    NOTE_SIZE,
    ORANGE,
    VERMILLION,
    Palette,
    figure_legend,
    prepare_figure,
    set_title,
    style_axes,
)
from altitude.domain.arcs.stakeholders import HIGH, Quadrant, Stakeholder, Stance
from altitude.i18n import QT_TRANSLATE_NOOP, translate, translate_marked

if TYPE_CHECKING:
    from collections.abc import Mapping

    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.text import Text


def tr(text: str) -> str:
    return translate("Charts", text)


def word(marked: str) -> str:
    """A name marked below (QT_TRANSLATE_NOOP), in the app's language."""
    return translate_marked("Charts", marked)


MARGINS = Margins(bottom=1.25)  # the axis label and the legend with its title
TITLE = QT_TRANSLATE_NOOP("Charts", "Who matters to your work: influence and interest")
EMPTY_MESSAGE = QT_TRANSLATE_NOOP(
    "Charts", "Add the people beyond your team\nto see them on the map"
)
STANCE_COLOURS: Mapping[Stance, str] = MappingProxyType(
    {
        Stance.SUPPORTER: BLUISH_GREEN,
        Stance.CONVINCIBLE: ORANGE,
        Stance.OPPONENT: VERMILLION,
        Stance.UNKNOWN: GREY,
    }
)
# A shape per stance, so the map reads in greyscale and without colour vision too.
STANCE_MARKERS: Mapping[Stance, str] = MappingProxyType(
    {Stance.SUPPORTER: "o", Stance.CONVINCIBLE: "D", Stance.OPPONENT: "X", Stance.UNKNOWN: "s"}
)
STANCE_NAMES: Mapping[Stance, str] = MappingProxyType(
    {
        Stance.SUPPORTER: QT_TRANSLATE_NOOP("Charts", "Supporter"),
        Stance.CONVINCIBLE: QT_TRANSLATE_NOOP("Charts", "Convincible"),
        Stance.OPPONENT: QT_TRANSLATE_NOOP("Charts", "Opponent"),
        Stance.UNKNOWN: QT_TRANSLATE_NOOP("Charts", "Not known yet"),
    }
)
QUADRANT_NAMES: Mapping[Quadrant, str] = MappingProxyType(
    {
        Quadrant.MANAGE_CLOSELY: QT_TRANSLATE_NOOP("Charts", "Manage closely"),
        Quadrant.KEEP_SATISFIED: QT_TRANSLATE_NOOP("Charts", "Keep satisfied"),
        Quadrant.KEEP_INFORMED: QT_TRANSLATE_NOOP("Charts", "Keep informed"),
        Quadrant.MONITOR: QT_TRANSLATE_NOOP("Charts", "Monitor"),
    }
)
_CORNERS = (  # (x, y) in axes fractions per quadrant: the corner its name sits in
    (Quadrant.MANAGE_CLOSELY, 0.99, 0.99),
    (Quadrant.KEEP_SATISFIED, 0.01, 0.99),
    (Quadrant.KEEP_INFORMED, 0.99, 0.01),
    (Quadrant.MONITOR, 0.01, 0.01),
)
MIDDLE = HIGH - 0.5  # the line between low (1, 2) and high (3, 4, 5)
MAX_NAME = 22  # characters of a name shown beside its point
_AREA_BASE, _AREA_PER_TRUST = 50.0, 110.0  # points²: trust 1 is 160, trust 5 is 600


def trust_area(trust: int) -> float:
    """The marker's area in points² for a trust of 1 to 5: more trust, a bigger mark."""
    return _AREA_BASE + _AREA_PER_TRUST * min(5, max(1, trust))


def label_text(person: Stakeholder, today: date | None) -> str:
    name = " ".join(person.name.split())
    if len(name) > MAX_NAME:
        name = name[: MAX_NAME - 1].rstrip() + "…"
    notes = ([tr("your boss")] if person.is_boss else []) + (
        [tr("overdue")] if today is not None and person.contact_overdue(today) else []
    )
    return f"{name} ({', '.join(notes)})" if notes else name


def stakeholder_map_figure(
    people: Sequence[Stakeholder],
    palette: Palette,
    *,
    figure: Figure | None = None,
    today: date | None = None,
) -> Figure:
    """Draw the grid into ``figure`` (cleared first) or a new figure, and return it.

    ``today`` marks people whose contact is overdue in their label."""
    fig = prepare_figure(figure, palette, MARGINS)
    ax = fig.add_subplot()
    style_axes(ax, palette)
    quadrants = _draw_quadrants(ax, palette)
    _format_axes(ax, palette)
    if not people:
        message = ax.text(
            0.5, 0.5, word(EMPTY_MESSAGE), transform=ax.transAxes, ha="center", va="center",
            fontsize=NOTE_SIZE + 2, color=palette.muted, gid="empty-state",
        )  # fmt: skip
        message.set_bbox({"boxstyle": "round,pad=0.6", "fc": palette.background, "ec": "none"})
        return fig

    positions = spread_positions(people)
    sizes = [trust_area(p.trust) for p in people]
    for stance in Stance:
        members = [i for i, p in enumerate(people) if p.stance == stance]
        if not members:
            continue
        scatter = ax.scatter(
            [positions[i][0] for i in members],
            [positions[i][1] for i in members],
            s=[sizes[i] for i in members],
            c=STANCE_COLOURS[stance],
            marker=STANCE_MARKERS[stance],
            alpha=0.9,
            edgecolors=palette.background,
            linewidths=1.0,
            zorder=3,
        )
        scatter.set_gid(f"stance-{stance.value}")
    # The most influential choose their label spot first.
    order = sorted(range(len(people)), key=lambda i: (-people[i].influence, i))
    label_points(ax, palette, [label_text(people[i], today) for i in order],
                 [positions[i] for i in order], [sizes[i] for i in order], quadrants)  # fmt: skip
    return fig


def spread_positions(people: Sequence[Stakeholder]) -> list[tuple[float, float]]:
    """(interest, influence) per person; people on the same spot sit on a small ring."""
    spots = [(p.interest, p.influence) for p in people]
    return ring_spread(spots, [(p.id is None, p.id or 0, p.name) for p in people])


def _draw_quadrants(ax: Axes, palette: Palette) -> list[Text]:
    corners = [(x, y, word(QUADRANT_NAMES[quadrant])) for quadrant, x, y in _CORNERS]
    return draw_quadrants(ax, palette, corners, MIDDLE)


def _handle(stance: Stance) -> Line2D:
    from matplotlib.lines import Line2D

    return Line2D(
        [], [], linestyle="none", marker=STANCE_MARKERS[stance], markersize=9,
        color=STANCE_COLOURS[stance], label=word(STANCE_NAMES[stance]),
    )  # fmt: skip


def _format_axes(ax: Axes, palette: Palette) -> None:
    ax.set_xlim(0.3, 5.7)
    ax.set_ylim(0.0, 6.0)  # headroom above 5 and below 1 keeps points off the quadrant names
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(1, 6))
    ax.grid(False)
    ax.set_xlabel(tr("Interest in your work  (1 low to 5 high)"))
    ax.set_ylabel(tr("Influence  (1 to 5)"))
    set_title(ax, palette, word(TITLE))
    handles = [_handle(s) for s in Stance]
    legend = figure_legend(
        ax.figure,
        palette,
        ncols=len(handles),
        handles=handles,
        title=tr("Colour and shape: their stance · size: the trust between you"),
        title_fontsize=NOTE_SIZE,
    )
    legend.get_title().set_color(palette.muted)
