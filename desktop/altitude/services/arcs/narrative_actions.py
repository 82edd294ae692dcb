"""The strategic narrative: write a version (a revision is always a new one), delete one,
and what the app says about a version — the hours behind each action, Rumelt's hints —
and when the next revisit is due."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from altitude.domain.arcs.action_hours import hours_per_action
from altitude.domain.arcs.narrative import Finding, NarrativeVersion, checks, latest, revision_due
from altitude.domain.arcs.rules import validate_narrative
from altitude.domain.validation import check
from altitude.i18n import QT_TRANSLATE_NOOP
from altitude.i18n.sentence import problem
from altitude.services.base import ServiceBase, saved_id
from altitude.services.errors import ActionError
from altitude.services.undo.arcs_changes import DeleteNarrative, RestoreNarrative
from altitude.services.undo.edit import Edit


class NarrativeActions(ServiceBase):
    def write_narrative(self, version: NarrativeVersion) -> Edit[NarrativeVersion]:
        """Save ``version`` as a NEW version (any id it has is dropped); the undo removes it."""
        version = replace(version, id=None)
        self._check_narrative(version)
        with self._action():
            saved = self.store.add_narrative(version)
        return Edit(saved, DeleteNarrative(saved_id(saved.id)))

    def delete_narrative_version(self, version_id: int) -> Edit[None]:
        """The version goes with its actions and links; the undo brings it back whole."""
        with self._action():
            old = self.narrative_version(version_id)
            self.store.delete_narrative(version_id)
        return Edit(None, RestoreNarrative(old))

    def restore_narrative_version(self, version: NarrativeVersion) -> Edit[NarrativeVersion]:
        """Undo a delete: under its id, or refused (nothing changed) when its id was taken
        or an item or delegation it links to was deleted since."""
        with self._action():
            why = f"The narrative of {version.written_on.isoformat()} cannot come back"
            if version.id is None or any(v.id == version.id for v in self.state.narratives):
                raise ActionError(f"{why}: another version has its id ({version.id}) now.")
            errors = self._narrative_problems(version)
            if "actions" in errors:
                raise ActionError(f"{why}: an item or delegation it links to was deleted since.")
            check(errors)
            saved = self.store.add_narrative(version)
        return Edit(saved, DeleteNarrative(saved_id(saved.id)))

    def narrative_version(self, version_id: int | None) -> NarrativeVersion:
        found = next((v for v in self.state.narratives if v.id == version_id), None)
        if found is None:
            raise ActionError(
                problem(
                    "Errors",
                    QT_TRANSLATE_NOOP("Errors", "There is no narrative version with id {0}."),
                    str(version_id),
                )
            )
        return found

    def latest_narrative(self) -> NarrativeVersion | None:
        return latest(self.state.narratives)

    def narrative_hours(self, version: NarrativeVersion) -> list[float]:
        """Hours a week behind each of the version's actions, from the recent check-ins and
        the delegations (``domain.arcs.action_hours``), in the actions' order."""
        state = self.state
        return hours_per_action(version, state.checkins, state.delegations)

    def narrative_findings(self, version: NarrativeVersion) -> list[Finding]:
        """Rumelt's hallmarks of bad strategy as gentle hints, the no-hours one included."""
        return checks(version, self.narrative_hours(version))

    def narrative_due(self) -> date | None:
        """When the narrative is due for its monthly revisit (None before a first version)."""
        return revision_due(self.state.narratives, self.today())

    def narrative_problem(self, version: NarrativeVersion) -> dict[str, str]:
        """What is wrong with ``version`` for saving, by field (empty when it can be saved)."""
        return self._narrative_problems(version)

    def _narrative_problems(self, version: NarrativeVersion) -> dict[str, str]:
        state = self.state
        items = {i.id for i in state.items if i.id is not None}
        delegations = {d.id for d in state.delegations if d.id is not None}
        return validate_narrative(version, items, delegations)

    def _check_narrative(self, version: NarrativeVersion) -> None:
        check(self._narrative_problems(version))
