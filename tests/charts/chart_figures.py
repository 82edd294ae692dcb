"""Helpers to find artists in a figure by gid and to read dates back from the axes."""

from __future__ import annotations

from datetime import date

from matplotlib.artist import Artist
from matplotlib.dates import date2num
from matplotlib.figure import Figure
from matplotlib.text import Text


def by_gid(fig: Figure, gid: str) -> list[Artist]:
    return list(fig.findobj(lambda a: a.get_gid() == gid))


def one(fig: Figure, gid: str) -> Artist:
    found = by_gid(fig, gid)
    assert len(found) == 1, f"expected one artist with gid {gid!r}, found {len(found)}"
    return found[0]


def texts(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


def num(day: date) -> float:
    return float(date2num(day))
