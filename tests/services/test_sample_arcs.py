"""The bundled sample thinks in arcs: two narrative versions whose actions have hours
behind them, five relationships with the boss and three of the five conversations held,
four functions (one untouched for 60 days), the day-30 and day-60 reviews done — every
date moved with the rest of the sample."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from altitude.domain.arcs.narrative_diff import narrative_diff
from altitude.domain.arcs.stakeholders import Quadrant, conversations_held
from altitude.services import Altitude

from .conftest import TODAY


def test_the_sample_holds_the_arcs(sample: Altitude) -> None:
    state = sample.state
    assert len(state.narratives) == 2
    assert all(h > 0 for h in sample.narrative_hours(state.narratives[-1]))
    assert [p.part for p in narrative_diff(*state.narratives)] == [
        "diagnosis",
        "will_not",
        "actions",
    ]
    assert len(state.stakeholders) == 5
    boss = state.boss()
    assert boss is not None and boss.name == "Dana Whitfield"
    assert sum(t is not None for t in conversations_held(boss).values()) == 3
    assert len({p.quadrant for p in state.stakeholders}) >= 3
    assert len({p.stance for p in state.stakeholders}) == 4
    assert len({p.trust for p in state.stakeholders}) >= 3
    assert [p.name for p in sample.overdue_contacts()] == ["Marcus Chen"]
    assert [f.name for f in state.functions] == ["Finance", "Sales", "Product", "Support"]
    assert all(f.touches for f in state.functions)
    assert [f.name for f in sample.untouched_functions()] == ["Sales"]
    assert all(
        f.learn_from_id is None or state.stakeholder(f.learn_from_id) for f in state.functions
    )
    reviews = {r.milestone_day: r for r in state.reviews}
    assert set(reviews) == {30, 60} and all(r.keep and r.stop and r.start for r in reviews.values())
    plan = state.plan
    assert plan is not None and plan.situation is not None and plan.family == "software-engineering"
    assert Quadrant.MANAGE_CLOSELY in {p.quadrant for p in state.stakeholders}


def test_every_arcs_date_moves_with_the_sample(tmp_path: Path) -> None:
    """Loaded three weeks later, every date is three weeks later: nothing is left behind."""
    now = Altitude.open(tmp_path / "now")
    now.clock = lambda: TODAY
    later = Altitude.open(tmp_path / "later")
    later.clock = lambda: TODAY + timedelta(weeks=3)
    try:
        a, b = now.load_sample(), later.load_sample()
        week = timedelta(weeks=3)
        assert b.plan is not None and a.plan is not None
        assert b.plan.start_date == a.plan.start_date + week
        assert [v.written_on for v in b.narratives] == [v.written_on + week for v in a.narratives]
        assert [v.release_on for v in b.narratives] == [
            v.release_on + week for v in a.narratives if v.release_on is not None
        ]
        assert [c.on for p in b.stakeholders for c in p.contacts] == [
            c.on + week for p in a.stakeholders for c in p.contacts
        ]
        assert [t.held_on for p in b.stakeholders for t in p.conversations] == [
            t.held_on + week for p in a.stakeholders for t in p.conversations
        ]
        assert [t.on for f in b.functions for t in f.touches] == [
            t.on + week for f in a.functions for t in f.touches
        ]
        assert [r.held_on for r in b.reviews] == [r.held_on + week for r in a.reviews]
        assert later.next_review() == now.next_review().__class__(  # type: ignore[union-attr]
            90,
            now.next_review().due_on + week,
            False,  # type: ignore[union-attr]
        )
    finally:
        now.close()
        later.close()
