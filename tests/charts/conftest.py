"""Fixtures for the chart and report tests (the states themselves are in chart_states)."""

from __future__ import annotations

import pytest
from chart_states import checkin, rich_state

from altitude.domain.entities import PlanState
from altitude.domain.weeks import IsoWeek


@pytest.fixture
def state() -> PlanState:
    return rich_state()


@pytest.fixture
def single_checkin_state() -> PlanState:
    return PlanState(checkins=(checkin(IsoWeek(2026, 10), 30, 10, note="First week logged."),))
