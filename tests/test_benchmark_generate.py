"""The ten-year plan generator (benchmarks/generate.py) makes every record type at scale,
and what it makes passes the rules an import must pass and loads back from the store."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
TODAY = date(2026, 11, 23)


@pytest.fixture
def generate(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import generate as module

    yield module
    sys.modules.pop("generate", None)
    sys.modules.pop("generate_more", None)


def test_the_ten_year_plan_holds_every_record_type_at_scale(generate) -> None:  # type: ignore[no-untyped-def]
    from altitude.services.exchange_actions import validate_state

    state = generate.ten_year_plan(TODAY)
    validate_state(state, "generated plan")
    assert len(state.checkins) == len(state.imported) == 520
    assert len(state.journal) > 250 and len(state.feedback) > 250 and len(state.themes) == 5
    assert len(state.narratives) >= 120 and all(len(v.actions) == 4 for v in state.narratives)
    assert len(state.stakeholders) == 30 and state.boss() is not None
    assert sum(len(p.contacts) for p in state.stakeholders) > 3_000
    assert len(state.functions) == 8 and sum(len(f.touches) for f in state.functions) > 1_500
    assert state.plan is not None and len(state.reviews) == len(state.plan.milestones)  # all past
    assert generate.ten_year_plan(TODAY) == state  # seeded: the same plan every time
    assert "121 narrative versions" in generate.summary_counts(state)
