"""Dates where matplotlib takes x-values: the one place for what its type stubs don't say.

Matplotlib plots ``datetime.date`` values as they are: the unit converter that
``matplotlib.dates`` registers turns them into day numbers when drawing, while the artists
keep the dates themselves as their data (``Line2D.get_xdata()`` gives them back, and the
tests read them so). Matplotlib 3.11's stubs type x-values as numbers only, so
``as_x_values`` and ``as_x_value`` say, without converting anything, that dates are fine.
Where a number is what the code needs (positions, arithmetic, axis limits), ``day_number``
and ``day_numbers`` convert for real with matplotlib's ``date2num``; ``matplotlib.dates``
ships no stub, so that call is the only one here the type checker is told to trust.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import ArrayLike, NDArray


def as_x_values(days: Iterable[date]) -> ArrayLike:
    """Dates as x-values for plot, fill_between and set_data (converted when drawn)."""
    return cast("ArrayLike", list(days))


def as_x_value(day: date) -> float:
    """One date where a stub asks for a float (``axvline``): converted when drawn."""
    return cast(float, day)


def day_numbers(days: Iterable[date]) -> NDArray[np.float64]:
    """Matplotlib's day numbers for ``days``, the x-values the axes use internally."""
    import numpy as np
    from matplotlib.dates import date2num

    numbers = date2num(list(days))  # type: ignore[no-untyped-call]  # matplotlib.dates: no stub
    return np.asarray(numbers, dtype=np.float64)


def day_number(day: date) -> float:
    return float(day_numbers([day])[0])
