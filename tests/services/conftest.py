from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

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
