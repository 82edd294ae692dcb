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

import itertools
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, cast

from altitude.i18n import formats

if TYPE_CHECKING:
    import numpy as np
    from matplotlib.ticker import Formatter
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


def tick_labels(days: Sequence[date]) -> list[str]:
    """Concise labels for a date axis's ticks, in the app's language (matplotlib's own
    ConciseDateFormatter names months through strftime, always in English): years for
    yearly ticks; month names for monthly ones, the year in place of January; day numbers
    for daily or weekly ones, with the month at the first tick and wherever it changes."""
    if len(days) < 2:
        return [formats.day(d) for d in days]
    step = min((b - a).days for a, b in itertools.pairwise(days))
    if step >= 365:
        return [str(d.year) for d in days]
    if all(d.day == 1 for d in days):
        return [str(d.year) if d.month == 1 else formats.month_name(d.month) for d in days]
    labels, month = [], None
    for d in days:
        labels.append(str(d.day) if (d.year, d.month) == month else formats.day_month(d))
        month = (d.year, d.month)
    return labels


def date_formatter() -> Formatter:
    """``tick_labels`` as a matplotlib formatter; the offset (under the axis) names the
    year of the last tick, as ConciseDateFormatter's did with ``offset_formats``."""
    from matplotlib.dates import num2date
    from matplotlib.ticker import Formatter

    def day_of(value: float) -> date:
        return cast(date, num2date(value).date())  # type: ignore[no-untyped-call]

    class LocaleDates(Formatter):
        offset = ""

        def format_ticks(self, values: ArrayLike) -> list[str]:
            days = [day_of(v) for v in np.asarray(values, dtype=np.float64)]
            yearly = len(days) > 1 and (days[1] - days[0]).days >= 365
            self.offset = "" if yearly or not days else str(days[-1].year)
            return tick_labels(days)

        def __call__(self, x: float, pos: int | None = None) -> str:
            return formats.day(day_of(x))

        def get_offset(self) -> str:
            return self.offset

    import numpy as np

    return LocaleDates()
