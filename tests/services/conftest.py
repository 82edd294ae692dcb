from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from altitude.domain.arcs.described import ActionDelegationLink, ActionItemLink
from altitude.domain.arcs.narrative import NarrativeAction, NarrativeVersion
from altitude.domain.arcs.stakeholders import (
    BossConversation,
    BossTopic,
    Contact,
    Stakeholder,
    Stance,
)
from altitude.services import Altitude, Edit

TODAY = date(2026, 11, 23)


@pytest.fixture
def svc(tmp_path: Path) -> Iterator[Altitude]:
    service = Altitude.open(tmp_path / "data")
    service.clock = lambda: TODAY
    yield service
    service.close()


@pytest.fixture
def sample(svc: Altitude) -> Altitude:
    svc.load_sample()
    return svc


@pytest.fixture
def elsewhere(sample: Altitude) -> Iterator[Altitude]:
    """Another process on the same file (the CLI, say), changing things meanwhile."""
    other = Altitude.open(sample.store.path.parent)
    other.clock = lambda: TODAY
    yield other
    other.close()


RoundTrip = Callable[[Altitude, Callable[[Altitude], Edit[object]]], Edit[object]]


@pytest.fixture
def round_trip() -> RoundTrip:
    """Do → undo equals before; redo equals after; undo again equals before (ids included,
    read back from the file). Returns the action's edit."""

    def check(svc: Altitude, action: Callable[[Altitude], Edit[object]]) -> Edit[object]:
        before = svc.reload()
        edit = action(svc)
        after = svc.reload()
        assert after != before  # the action did change something
        redo = svc.apply(edit.undo)
        assert svc.reload() == before
        undo_again = svc.apply(redo)
        assert svc.reload() == after
        svc.apply(undo_again)
        assert svc.reload() == before
        return edit

    return check


# ---------------------------------------------------------------- thinking in arcs
STORY = NarrativeVersion(
    written_on=date(2026, 10, 1),
    diagnosis="Payments waits on me: reviews, releases and escalations queue at my desk.",
    guiding_policy="Move day-to-day decisions to the team and spend my week on the roadmap.",
    will_not=("Take on the checkout rewrite this quarter",),
    actions=(
        NarrativeAction("Priya owns reviews", delegations=(ActionDelegationLink(1),)),
        NarrativeAction("A roadmap Finance can read", items=(ActionItemLink(8),)),
        NarrativeAction("Align with Risk monthly", items=(ActionItemLink(9), ActionItemLink(3))),
    ),
)
BOSS = Stakeholder(
    name="Dana Whitfield",
    role="Director of Engineering",
    function="engineering",
    influence=5,
    interest=4,
    stance=Stance.SUPPORTER,
    trust=4,
    contact_days=7,
    is_boss=True,
    contacts=(Contact(date(2026, 11, 2), "1:1"),),
    conversations=(BossConversation(BossTopic.SITUATION, date(2026, 9, 2), "A realignment"),),
)
PEER = Stakeholder(name="Ines Moreau", role="Finance partner", function="finance", influence=4)


@pytest.fixture
def arcs(sample: Altitude) -> Altitude:
    """The sample, which thinks in arcs: two narrative versions (ids 1, 2), Dana the boss (1),
    Marcus in Finance (2, whom function 1 learns from), functions Finance, Sales, Product,
    Support (1-4) and the day-30 and day-60 reviews."""
    return sample
