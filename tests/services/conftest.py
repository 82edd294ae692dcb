from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from altitude.services import Altitude

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
