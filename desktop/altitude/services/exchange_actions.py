"""Export, import and the bundled sample plan.

The interchange format and the import checks are imported where they are used: every
start loads this module (the service's actions, the File menu), and only an export or an
import needs them (~1 MiB of peak memory, benchmarks/RESULTS.md)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from altitude.domain.entities import PlanState
from altitude.domain.validation import (
    check,
    validate_checkin,
    validate_delegation,
    validate_item,
    validate_person,
    validate_plan,
    validate_settings,
)
from altitude.domain.weeks import IsoWeek
from altitude.errors import AltitudeError
from altitude.i18n import QT_TRANSLATE_NOOP
from altitude.paths import resource
from altitude.services.base import ServiceBase
from altitude.services.errors import ActionError
from altitude.services.safety_actions import backup_before


class ExchangeActions(ServiceBase):
    def export_json(self) -> str:
        from altitude.store.interchange import dumps

        return dumps(self.state)

    def export_csv(self) -> str:
        from altitude.store.interchange import checkins_csv

        return checkins_csv(self.state)

    def import_json(self, data: bytes, source: str, *, replace_existing: bool = False) -> PlanState:
        """Accept what export wrote: everything is checked before anything is written."""
        incoming = checked_import(data, source)
        if replace_existing:
            backup_before(self, "import")  # outside any transaction; skips an empty plan
        self._write_all(incoming, replace_existing)
        return self.state

    def load_sample(self) -> PlanState:
        """The bundled 12-week sample, moved so its last check-in is last week, in the
        app's language (``altitude.i18n``: the GUI's; the CLI's stays English)."""
        from altitude.i18n.resource_texts import translate_json

        path = resource("sample-plan.json")
        written = path.read_bytes()
        translated = translate_json("sample-plan", json.loads(written))
        data = json.dumps(translated, ensure_ascii=False).encode("utf-8")
        try:
            sample = self._sample(data, path.name)
        except AltitudeError:  # a translation the plan refuses (too long?): the English one
            sample = self._sample(written, path.name)
        self._write_all(sample, replace_existing=False)
        return self.state

    def _sample(self, data: bytes, name: str) -> PlanState:
        from altitude.store.interchange import loads

        sample = shift_to(loads(data, name), IsoWeek.of(self.today()) + -1)
        validate_state(sample, name)
        return sample

    def _write_all(self, incoming: PlanState, replace_existing: bool) -> None:
        with self._action():
            if not self.store.is_empty() and not replace_existing:
                raise ActionError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "A plan exists already; use --replace to overwrite it "
                        "(a backup is made first).",
                    )
                )
            self.store.replace_all(incoming)


def checked_import(data: bytes, source: str) -> PlanState:
    """The plan an export file holds, read and checked whole; nothing is written."""
    from altitude.store.interchange import loads

    incoming = loads(data, source)
    validate_state(incoming, source)
    return incoming


def validate_state(state: PlanState, source: str) -> None:
    """Run the domain's rules over a whole document, naming the first bad place."""
    from altitude.services.arcs.exchange import validate_arcs
    from altitude.services.growth.exchange import validate_growth

    groups = [
        ("plan", [state.plan] if state.plan else [], validate_plan),
        ("items", state.items, validate_item),
        ("people", state.people, validate_person),
        ("delegations", state.delegations, validate_delegation),
    ]
    for name, values, rule in groups:
        for index, value in enumerate(values):
            errors = rule(value)  # type: ignore[operator]
            if errors:
                where = name if name == "plan" else f"{name}[{index}]"
                check({f"{source}: {where}.{k}": v for k, v in list(errors.items())[:1]})
    item_ids = [i.id for i in state.items if i.id is not None]
    for index, c in enumerate(state.checkins):
        errors = validate_checkin(c, item_ids)
        if errors:
            check({f"{source}: checkins[{index}].{k}": v for k, v in list(errors.items())[:1]})
    errors = validate_settings(state.settings)
    if errors:
        check({f"{source}: settings.{k}": v for k, v in list(errors.items())[:1]})
    validate_growth(state, source)
    validate_arcs(state, source)


def shift_to(state: PlanState, last_week: IsoWeek) -> PlanState:
    """Move every date by whole weeks so the newest check-in falls in ``last_week``."""
    from altitude.services.arcs.exchange import shift_arcs
    from altitude.services.growth.exchange import shift_growth

    if not state.checkins:
        return state
    weeks = last_week - max(c.week for c in state.checkins)
    delta = timedelta(weeks=weeks)

    def move(day: date | None) -> date | None:
        return None if day is None else day + delta

    plan = state.plan
    if plan is not None:
        plan = replace(
            plan, start_date=plan.start_date + delta, horizon_end=plan.horizon_end + delta
        )
    delegations = tuple(
        replace(
            d,
            started_on=d.started_on + delta,
            next_checkin=move(d.next_checkin),
            checkins=tuple(replace(c, on=c.on + delta) for c in d.checkins),
            level_history=tuple(replace(h, on=h.on + delta) for h in d.level_history),
        )
        for d in state.delegations
    )
    checkins = tuple(replace(c, week=c.week + weeks) for c in state.checkins)
    moved = replace(state, plan=plan, delegations=delegations, checkins=checkins)
    return shift_arcs(shift_growth(moved, delta), delta)


def read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ActionError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ActionError(f"{path}: is a folder, not a file") from None
    except PermissionError:
        raise ActionError(f"{path}: permission denied") from None
    except OSError as exc:
        raise ActionError(f"{path}: {exc.strerror or exc}") from None
