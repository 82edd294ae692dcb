"""Fixtures for the chart and report tests.

The states and figure helpers live in ``chart_states`` and ``chart_figures`` beside this
file. Tests import them by name, so this folder goes on ``sys.path`` (pytest's importlib
mode does not put it there).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from chart_states import checkin, rich_state

from altitude.domain.entities import PlanState
from altitude.domain.weeks import IsoWeek


@pytest.fixture
def state() -> PlanState:
    return rich_state()


@pytest.fixture
def single_checkin_state() -> PlanState:
    return PlanState(checkins=(checkin(IsoWeek(2026, 10), 30, 10, note="First week logged."),))
