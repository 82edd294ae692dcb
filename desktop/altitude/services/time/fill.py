"""Saving a check-in filled from imported time: the week, the delegation check-ins logged
with it, the source it came from (remembered, so next week it is one click) and what the
week showed (``ImportedTime``), in one transaction and one undo step."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from altitude.domain.entities import WeeklyCheckIn
from altitude.domain.metrics import Boomerang, BoomerangFinder
from altitude.domain.weeks import IsoWeek
from altitude.domain.worktime.stored import ImportedTime, TimeSource
from altitude.services.compound_actions import CompoundActions, DelegationNote
from altitude.services.time.actions import TimeActions
from altitude.services.time.library import TimeLibrary
from altitude.services.undo.changes import Change, batch
from altitude.services.undo.edit import Edit


class FillActions(CompoundActions, TimeActions, TimeLibrary):
    def record_checkin_with_import(
        self,
        checkin: WeeklyCheckIn,
        notes: Sequence[DelegationNote],
        on: date,
        source: TimeSource | None,
        imported: ImportedTime | None,
    ) -> Edit[WeeklyCheckIn]:
        undo: list[Change] = []
        with self._action():
            source_id = None
            if source is not None:
                kept = self.remember_time_source(source)
                undo.append(kept.undo)
                source_id = kept.result.id
            if imported is not None:
                put = self.put_imported_time(replace(imported, source_id=source_id))
                undo.append(put.undo)
            week = self.record_checkin_with_notes(checkin, notes, on)
        # Taken back in the opposite order: the week, what it showed, then the source.
        return Edit(week.result, batch(week.undo, *reversed(undo)))

    def boomerangs_in(
        self, week: IsoWeek, item_hours: Iterable[tuple[int, float]]
    ) -> list[Boomerang]:
        """Delegated items with hours in ``item_hours`` (imported time) that week."""
        state = self.state
        finder = BoomerangFinder(state.items, state.delegations, state.people)
        return finder.find_hours(week, item_hours)
