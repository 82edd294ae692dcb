"""Saving a check-in as one undoable edit: the week, and the delegation check-ins with it.

The service saves them in one transaction (a refusal keeps nothing) and returns one undo
step that puts the week back as it was (or removes it) and each delegation as it was
before its check-in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from altitude.domain.entities import Delegation, DelegationCheckIn, ItemHours, WeeklyCheckIn
from altitude.domain.validation import validate_delegation
from altitude.domain.worktime.rules import WeekHours, hours
from altitude.ui.checkins.delegations import DelegationLog
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.week_picker import week_dates

if TYPE_CHECKING:
    from altitude.ui.checkins.fill_dialog import FillResult


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckinSave", text)


def checkin_date(checkin: WeeklyCheckIn, today: date) -> date:
    """When a delegation check-in logged with ``checkin`` happened: today, or the last
    day of a past week being corrected."""
    return min(today, checkin.week.day(6))


def delegation_log_errors(
    logs: Sequence[DelegationLog], delegations: Sequence[Delegation], on: date
) -> dict[int, str]:
    """The service's rules for each delegation once its check-in is added."""
    known = {d.id: d for d in delegations}
    errors: dict[int, str] = {}
    for log in logs:
        old = known.get(log.delegation_id)
        if old is None:
            errors[log.delegation_id] = tr("This delegation no longer exists.")
            continue
        entry = DelegationCheckIn(on=on, note=log.note, on_track=log.on_track)
        problems = validate_delegation(replace(old, checkins=(*old.checkins, entry)))
        if problems:
            errors[log.delegation_id] = problems.get("checkins") or next(iter(problems.values()))
    return errors


def save_checkin(
    ctx: AppContext, checkin: WeeklyCheckIn, logs: Sequence[DelegationLog], on: date
) -> bool:
    """One ``ctx.perform``; False (and a message from ``perform``) when refused."""
    service = ctx.service
    return ctx.perform(
        tr("Check-in {0}").format(week_dates(checkin.week)),
        lambda: service.record_checkin_with_notes(checkin, logs, on),
    )


def imported_item_hours(week: WeekHours, ids: dict[str, int]) -> tuple[ItemHours, ...]:
    """The week's imported hours per inventory item (every rule naming an item feeds it),
    kept even when not every hour had an item: that is what finds work that came back."""
    return tuple(ItemHours(ids[t], hours(s)) for t, s in week.items.items() if t in ids and s > 0)


def save_with_import(
    ctx: AppContext,
    checkin: WeeklyCheckIn,
    logs: Sequence[DelegationLog],
    on: date,
    fill: FillResult,
) -> bool:
    """The check-in, the source it was filled from (remembered, read today) and what the
    week showed (``ImportedTime``), in one ``ctx.perform``: one undo takes all back."""
    from altitude.services.time.week import imported_of

    service = ctx.service
    source = replace(fill.source, last_read=ctx.today())
    imported = imported_of(
        fill.preview.hours, imported_item_hours(fill.preview.hours, fill.item_ids)
    )
    return ctx.perform(
        tr("Check-in {0}").format(week_dates(checkin.week)),
        lambda: service.record_checkin_with_import(checkin, logs, on, source, imported),
    )
