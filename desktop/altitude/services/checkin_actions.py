"""The weekly check-in: hours, reflections, and what came back that had been delegated."""

from __future__ import annotations

from altitude.domain.entities import WeeklyCheckIn
from altitude.domain.metrics import Boomerang, boomerangs
from altitude.domain.prompts import prompts_for_week
from altitude.domain.validation import check, validate_checkin
from altitude.domain.weeks import IsoWeek
from altitude.i18n.resource_texts import translate_json
from altitude.paths import load_json_resource
from altitude.services.base import ServiceBase
from altitude.services.errors import ActionError
from altitude.services.undo.changes import DeleteCheckin, PutCheckin, RestoreCheckin
from altitude.services.undo.edit import Edit


class CheckinActions(ServiceBase):
    def record_checkin(self, checkin: WeeklyCheckIn) -> Edit[WeeklyCheckIn]:
        """Record or replace a week; the undo puts back what the week held, or nothing."""
        with self._action():
            state = self.state
            check(validate_checkin(checkin, [i.id for i in state.items if i.id is not None]))
            old = state.checkin(checkin.week)
            self.store.put_checkin(checkin)
        return Edit(checkin, DeleteCheckin(checkin.week) if old is None else PutCheckin(old))

    def delete_checkin(self, week: IsoWeek) -> Edit[WeeklyCheckIn]:
        with self._action():
            removed = self.store.delete_checkin(week)
        return Edit(removed, RestoreCheckin(removed))

    def restore_checkin(self, checkin: WeeklyCheckIn) -> Edit[WeeklyCheckIn]:
        """Undo a delete: refused, changing nothing, if the week was logged again since."""
        with self._action():
            state = self.state
            why = f"The check-in for {checkin.week} cannot come back"
            if state.checkin(checkin.week) is not None:
                raise ActionError(f"{why}: that week was logged again since.")
            if any(state.item(item_id) is None for item_id, _ in checkin.item_hours):
                raise ActionError(f"{why}: an item it logged hours for was deleted since.")
            self.store.put_checkin(checkin)
        return Edit(checkin, DeleteCheckin(checkin.week))

    def boomerangs(self, checkin: WeeklyCheckIn) -> list[Boomerang]:
        state = self.state
        return boomerangs(checkin, state.items, state.delegations, state.people)

    def prompts(self, week: IsoWeek, count: int = 2, pulled_back: bool = False) -> list[str]:
        """The week's rotating prompts in the app's language (an answer keeps the words it
        was asked in); the feedback question asked every week is not among them."""
        doc = translate_json("prompts", load_json_resource("prompts.json"))
        texts = [p["text"] for p in doc["prompts"]]
        lead = doc.get("boomerang") if pulled_back else None
        history = [c for c in self.state.checkins if c.week != week]
        return prompts_for_week(week, texts, history, count, lead=lead)
