"""Importing time from a calendar or a time tracker: preview it, then record check-ins.

Everything time-import is imported inside the methods: the GUI builds this service at
start-up and must not pay for icalendar and dateutil until someone imports time.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from altitude.services.checkin_actions import CheckinActions
from altitude.services.time.library import TimeLibrary

if TYPE_CHECKING:
    from altitude.domain.weeks import IsoWeek
    from altitude.domain.worktime.rules import RuleMode
    from altitude.services.time.requests import TimeApplied, TimePreview, TimeRequest
    from altitude.services.time.week import WeekPreview, WeekRequest
    from altitude.timeimport.reading import ReadOptions


class TimeActions(TimeLibrary, CheckinActions):  # apply records through record_checkin
    # The last preview or week read, for the Settings dialog to test a rule against (its
    # ``entries`` are the classified entries either way). None until something is read.
    last_time_preview: TimePreview | WeekPreview | None = None

    def preview_week(self, request: WeekRequest, week: IsoWeek) -> WeekPreview:
        """One week of the file at ``request.path``, for the check-in dialog; writes
        nothing. The file is parsed once and kept while it is unchanged
        (``timeimport.cache``), so the next week, or a refresh, only expands that week."""
        from altitude.domain.worktime.entries import WeekWindow
        from altitude.domain.worktime.rules import classify_all, sum_weeks
        from altitude.services.time.week import WeekPreview, week_rows
        from altitude.timeimport.cache import FILES

        options = _read_options(request.zone, request.kind, request.me, request.date_order)
        options = replace(options, weeks=(week, week))
        read = FILES.read(request.path, options)
        window = read.window or WeekWindow.of(week, week, options.zone)  # always given back
        classified = tuple(classify_all(read.entries, request.rules))
        (hours,) = sum_weeks(classified, window, request.focus_words)
        rows = week_rows(classified, window)
        preview = WeekPreview(request.path, read.kind, week, window, hours, classified, rows)
        self.last_time_preview = preview
        return preview

    def preview_time(self, request: TimeRequest) -> TimePreview:
        """Read, classify and sum the file; writes nothing."""
        from altitude.domain.worktime.rules import classify_all, sum_weeks
        from altitude.services.time.requests import TimePreview
        from altitude.timeimport.reading import read_time

        options = _read_options(request.zone, request.kind, request.me, request.date_order)
        options = replace(options, weeks=request.weeks)
        read = read_time(request.data, request.source, options)
        classified = tuple(classify_all(read.entries, request.rules))
        weeks = sum_weeks(classified, read.window) if read.window is not None else []
        preview = TimePreview(
            read.kind, read.window, classified, tuple(w for w in weeks if not w.empty)
        )
        self.last_time_preview = preview
        return preview

    def apply_time(self, request: TimeRequest, unclassified: RuleMode | None = None) -> TimeApplied:
        """Record the weeks asked for as check-ins, all or nothing, backed up first.

        A week that has a check-in gets the file's hours; its note and reflections stay.
        Each week with time also keeps what it showed (``ImportedTime``: meetings, short
        blocks, focus time, hours per item), in the same transaction.
        Weeks whose check-in would not change are not written (applying a file twice
        changes nothing), and nothing at all is written, nor backed up, when no week
        changes. Unclassified hours are refused unless ``unclassified`` says where they go.
        """
        from altitude.domain.validation import validate_checkin
        from altitude.domain.worktime.rules import sum_weeks
        from altitude.services.errors import ActionError
        from altitude.services.safety_actions import backup_before
        from altitude.services.time.requests import (
            TimeApplied,
            item_ids,
            refuse_unclassified,
            week_checkin,
        )
        from altitude.services.time.week import applied_imported, same_imported

        if request.weeks is None:
            raise ActionError("say which weeks to record, e.g. --weeks 2026-W10..2026-W14")
        preview = self.preview_time(request)
        if unclassified is None:
            refuse_unclassified(preview, request.source)
        state = self.state
        ids = item_ids(request.rules, state.items)
        known = [i.id for i in state.items if i.id is not None]
        weeks = sum_weeks(preview.entries, preview.window) if preview.window else []
        outcomes = tuple(week_checkin(w, unclassified, ids, state.checkin(w.week)) for w in weeks)
        changes = [o.checkin for o in outcomes if o.checkin and o.status != "unchanged"]
        shown = [x for x in (applied_imported(w, ids) for w in weeks) if x is not None]
        imported = [x for x in shown if not same_imported(state.imported_week(x.week), x)]
        for checkin in changes:  # all checked before the backup, so a refusal writes nothing
            errors = validate_checkin(checkin, known)
            if errors:
                raise ActionError(
                    f"{request.source}: {checkin.week}: {next(iter(errors.values()))}"
                )
        if changes or imported:
            backup_before(self, "import")
            with self.together():
                for checkin in changes:
                    self.record_checkin(checkin)
                for x in imported:  # what the weeks showed: meetings, focus, came back
                    self.put_imported_time(x)
        return TimeApplied(preview, outcomes)


def _read_options(
    zone: str | None, kind: str | None, me: tuple[str, ...], date_order: str | None
) -> ReadOptions:
    from altitude.timeimport.reading import ReadOptions, normal_address
    from altitude.timeimport.zones import user_zone

    return ReadOptions(
        zone=user_zone(zone),
        kind=kind,
        me=frozenset(normal_address(a) for a in me if a.strip()),
        date_order=date_order,
    )
