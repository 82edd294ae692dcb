"""The weekly check-in: hours, reflections, and what came back that had been delegated."""

from __future__ import annotations

from altitude.domain.entities import PlanState, WeeklyCheckIn
from altitude.domain.metrics import Boomerang, boomerangs
from altitude.domain.prompts import prompts_for_week
from altitude.domain.validation import check, validate_checkin
from altitude.domain.weeks import IsoWeek
from altitude.paths import load_json_resource
from altitude.services.base import ServiceBase


class CheckinActions(ServiceBase):
    def record_checkin(self, checkin: WeeklyCheckIn) -> PlanState:
        """Record or replace a week."""
        check(validate_checkin(checkin, [i.id for i in self.state.items if i.id is not None]))
        with self._action():
            self.store.put_checkin(checkin)
        return self.state

    def delete_checkin(self, week: IsoWeek) -> PlanState:
        with self._action():
            self.store.delete_checkin(week)
        return self.state

    def boomerangs(self, checkin: WeeklyCheckIn) -> list[Boomerang]:
        state = self.state
        return boomerangs(checkin, state.items, state.delegations, state.people)

    def prompts(self, week: IsoWeek, count: int = 2, pulled_back: bool = False) -> list[str]:
        doc = load_json_resource("prompts.json")
        texts = [p["text"] for p in doc["prompts"]]
        lead = doc.get("boomerang") if pulled_back else None
        history = [c for c in self.state.checkins if c.week != week]
        return prompts_for_week(week, texts, history, count, lead=lead)
