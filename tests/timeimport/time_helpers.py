"""Helpers the time-import tests import by name (conftest puts this folder on sys.path)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from altitude.domain.entities import InventoryItem, Mode
from altitude.services import Altitude

FIXTURES = Path(__file__).resolve().parent / "fixtures"
RULES = FIXTURES / "rules.toml"
ONE_TO_ONES = "One-to-ones with your team"


@dataclass(frozen=True)
class CliResult:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


Cli = Callable[..., CliResult]


def add_items(service: Altitude, *titles: str) -> dict[str, int]:
    for title in titles:
        service.add_item(InventoryItem(title=title, hours=2.0, mode=Mode.STRATEGY))
    return {i.title: i.id for i in service.state.items if i.id is not None}


def weeks_of(document: dict[str, Any]) -> dict[str, tuple[float, float, float]]:
    return {
        w["week"]: (w["execution"], w["strategy"], w["unclassified"]) for w in document["weeks"]
    }
