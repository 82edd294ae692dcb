"""Saving a check-in as one undoable edit: the week, and the delegation check-ins with it.

The service saves the week and each delegation check-in in separate transactions, so
``do`` puts back what it already wrote when a later step is refused: the user sees one
edit that happened whole or not at all. ``undo`` restores the week as it was (or removes
it) and each delegation as it was before its check-in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication

from altitude.domain.entities import Delegation, DelegationCheckIn, WeeklyCheckIn
from altitude.domain.validation import validate_delegation
from altitude.services import Altitude
from altitude.ui.checkins.delegations import DelegationLog
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.week_picker import week_dates


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


def _restore_week(
    service: Altitude, checkin: WeeklyCheckIn, old: WeeklyCheckIn | None
) -> Callable[[], object]:
    """Put the week back as it was: the old check-in, or none at all."""
    if old is None:
        return lambda: service.delete_checkin(checkin.week)
    return lambda: service.record_checkin(old)


def save_checkin(
    ctx: AppContext, checkin: WeeklyCheckIn, logs: Sequence[DelegationLog], on: date
) -> bool:
    """One ``ctx.perform``; False (and a message from ``perform``) when refused."""
    service = ctx.service
    state = ctx.state
    restore_week = _restore_week(service, checkin, state.checkin(checkin.week))
    before = [d for log in logs if (d := state.delegation(log.delegation_id)) is not None]

    def do() -> None:  # ctx.perform runs it in one transaction: a refusal keeps nothing
        service.record_checkin(checkin)
        for log in logs:
            service.log_delegation_checkin(log.delegation_id, log.note, log.on_track, on)

    def undo() -> None:
        for old in before:
            service.update_delegation(old)
        restore_week()

    return ctx.perform(tr("Check-in {0}").format(week_dates(checkin.week)), do, undo)
