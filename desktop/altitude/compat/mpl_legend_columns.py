"""A legend whose ``set_ncols`` lays its entries out again, and a figure to put it in.

Upstream (matplotlib 3.6, where ``set_ncols`` appeared, to 3.11.2, the newest checked by
tests/compat): ``Legend.set_ncols`` only records the number. A legend already laid out
keeps its old box of entries, so the layout engine's wrapping of a legend too wide for a
narrow chart (``charts.layout.fit_legend``) had no effect and entries fell off both sides.

The fix rebuilds the box of entries as ``Legend.__init__`` does, through private members
(listed in ``_LegendInternals``). Where a matplotlib lacks any of them, it steps aside and
leaves matplotlib's own ``set_ncols`` to do what it does.

Imports no Qt: the charts use it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, cast

from matplotlib.legend import Legend

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.figure import Figure, SubFigure


class _LegendInternals(Protocol):
    """The private members of matplotlib's ``Legend`` the fix relies on (3.6 to 3.11)."""

    _ncols: int
    _loc_real: object
    _loc_used_default: bool

    def _init_legend_box(self, handles: list[Artist], labels: list[str]) -> None: ...

    def _set_loc(self, loc: object) -> None: ...


_PRIVATE = ("_ncols", "_loc_real", "_loc_used_default", "_init_legend_box", "_set_loc")


def can_relayout(legend: Legend) -> bool:
    """Whether this matplotlib has what the fix uses (else ``set_ncols`` is upstream's)."""
    return all(hasattr(legend, name) for name in _PRIVATE)


class ReflowingLegend(Legend):
    """A figure legend whose entries move to ``set_ncols`` columns when it is called."""

    def __init__(
        self, parent: Figure | SubFigure, handles: list[Artist], ncols: int = 1, **kwargs: Any
    ) -> None:
        labels = [str(handle.get_label()) for handle in handles]
        # The stub says Axes | Figure; matplotlib takes any FigureBase (a SubFigure too).
        super().__init__(parent, handles, labels, ncols=ncols, **kwargs)  # type: ignore[arg-type]
        self._entries = (list(handles), labels)
        self.columns = ncols  # matplotlib's Legend has a setter only

    def set_ncols(self, ncols: int) -> None:
        if ncols == self.columns:
            return
        self.columns = ncols
        if not can_relayout(self):
            super().set_ncols(ncols)
            return
        inner = _internals(self)
        colours = [text.get_color() for text in self.texts]
        super().set_ncols(ncols)
        # As __init__ does: a new box of entries, then its place (the box finds its offset).
        used_default = inner._loc_used_default
        inner._init_legend_box(*self._entries)
        inner._set_loc(inner._loc_real)
        inner._loc_used_default = used_default
        for text, colour in zip(self.texts, colours, strict=True):
            text.set_color(colour)  # the new texts lost the labelcolor given to __init__
        self.stale = True


def add_figure_legend(fig: Figure | SubFigure, legend: Legend) -> None:
    """Show ``legend`` in ``fig`` as ``fig.legend()`` would show a legend it made itself.

    ``fig.legend()`` only makes matplotlib's own class; what it then does is copied here,
    including the private ``_remove_method`` that lets ``legend.remove()`` take it out.
    """
    fig.legends.append(legend)
    legend._remove_method = fig.legends.remove  # type: ignore[attr-defined]  # private: no stub
    fig.stale = True


def _internals(legend: Legend) -> _LegendInternals:
    # The private members are not in matplotlib's stubs: the Protocol names what is used.
    return cast("_LegendInternals", legend)
