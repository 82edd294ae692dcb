"""The one object the GUI and the CLI talk to."""

from __future__ import annotations

from pathlib import Path

from altitude.domain.overview import AtAGlance
from altitude.paths import database_path
from altitude.services.arcs.function_actions import FunctionActions
from altitude.services.arcs.narrative_actions import NarrativeActions
from altitude.services.arcs.review_actions import ReviewActions
from altitude.services.arcs.stakeholder_actions import StakeholderActions
from altitude.services.checkin_actions import CheckinActions
from altitude.services.compound_actions import CompoundActions
from altitude.services.delegation_actions import DelegationActions
from altitude.services.exchange_actions import ExchangeActions
from altitude.services.growth.feedback_actions import FeedbackActions
from altitude.services.growth.journal_actions import JournalActions
from altitude.services.inventory_actions import InventoryActions
from altitude.services.plan_actions import PlanActions
from altitude.services.safety_actions import SafetyActions
from altitude.services.summary import Summary, summarize
from altitude.services.team_actions import TeamActions
from altitude.services.time.actions import TimeActions
from altitude.services.time.fill import FillActions
from altitude.services.time.library import TimeLibrary
from altitude.services.undo.apply import carry_out
from altitude.services.undo.changes import Change
from altitude.store import Store


class Altitude(
    FillActions,
    CompoundActions,
    PlanActions,
    InventoryActions,
    TeamActions,
    DelegationActions,
    TimeActions,
    TimeLibrary,
    CheckinActions,
    ExchangeActions,
    SafetyActions,
    JournalActions,
    FeedbackActions,
    NarrativeActions,
    StakeholderActions,
    FunctionActions,
    ReviewActions,
):
    """Every action a user can take, each validated and saved in one transaction."""

    @classmethod
    def open(cls, data_dir: Path) -> Altitude:
        return cls(Store.open(database_path(data_dir)))

    def overview(self) -> AtAGlance:
        """The whole state if it is read and current, else just the headlines, read in a
        few small queries (ten years of notes are not read to draw a dashboard)."""
        version = self.store.data_version()
        if self._state is not None and version == self._seen_version:
            return self._state
        if self._overview is None or version != self._overview_version:
            self._overview, self._overview_version = self.store.load_overview(), version
        return self._overview

    def apply(self, change: Change) -> Change:
        """Carry out an undo or a redo in one transaction, all of it or (refused with an
        ActionError, say) none; returns the change that takes it back."""
        with self._action():
            return carry_out(self, change)

    def summary(self) -> Summary:
        return summarize(self.overview(), self.today())

    def data_folder(self) -> Path:
        """The folder that holds the plan's database and its backups folder."""
        return self.store.path.parent

    def close(self) -> None:
        self.store.close()
