"""What imported time shows that no tracker does, in the user's words: meeting load,
fragmentation and protected time kept. Shared by the check-in dialog (after a fill) and
the dashboard (from the weeks saved with check-ins).

The figures (``ImportedTime`` and ``WeekHours`` alike):
- meeting load: hours in events with other attendees;
- fragmentation: the share of the counted hours spent in blocks shorter than 30 minutes;
- protected time: hours in events whose title holds a focus word, kept vs lost (declined,
  cancelled or moved).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from altitude.domain.metrics import format_hours
from altitude.domain.worktime.rules import WeekHours, hours
from altitude.domain.worktime.stored import ImportedTime
from altitude.i18n import formats


def tr(text: str) -> str:
    return QCoreApplication.translate("TimeTexts", text)


@dataclass(frozen=True, slots=True)
class TimeFigures:
    counted: float
    meetings: float
    short_blocks: float
    focus_kept: float
    focus_lost: float

    @classmethod
    def of_imported(cls, x: ImportedTime) -> TimeFigures:
        return cls(
            x.counted_hours, x.meeting_hours, x.short_block_hours, x.focus_kept_hours,
            x.focus_lost_hours,
        )  # fmt: skip

    @classmethod
    def of_week(cls, week: WeekHours) -> TimeFigures:
        return cls(
            hours(week.counted),
            hours(week.meetings),
            hours(week.short_blocks),
            hours(week.focus_kept),
            hours(week.focus_lost),
        )


def figure_lines(figures: TimeFigures) -> list[str]:
    """One short line per figure the week has; [] when it holds no counted time."""
    if figures.counted <= 0:
        return []
    lines = [tr("{0} in meetings").format(format_hours(figures.meetings))]
    share = round(100 * figures.short_blocks / figures.counted)
    lines.append(tr("{0}% of your week in blocks under 30 minutes").format(share))
    planned = figures.focus_kept + figures.focus_lost
    if planned > 0:
        lines.append(
            tr("Focus time kept: {0} of {1}").format(
                _bare(figures.focus_kept), format_hours(planned)
            )
        )
    return lines


def _bare(value: float) -> str:
    """ "4" rather than "4 h" before "of 6 h"."""
    return formats.short_number(value, 2)
