"""The report's relationships and functions sections: present when asked for, absent not.

Read back with pypdf, as the other report tests do.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from altitude.charts.report import write_report
from altitude.domain.arcs.functions import BusinessFunction, FunctionTouch
from altitude.domain.arcs.stakeholders import (
    BossConversation,
    BossTopic,
    Contact,
    Stakeholder,
    Stance,
)
from altitude.domain.entities import REPORT_SECTIONS, PlanState

TODAY = date(2026, 11, 23)
AGREED = "Refunds first; the platform waits a quarter"
OWED = "The hiring plan by Friday"
MEASURED = "Gross margin and cash conversion"
UNCLEAR = "How the quarterly forecast is built"


def state() -> PlanState:
    boss = Stakeholder(
        "Maria Keller", role="VP Engineering", influence=5, interest=4, stance=Stance.SUPPORTER,
        trust=4, contact_days=14, is_boss=True, owe_them=OWED,
        contacts=(Contact(date(2026, 11, 2), ""),),
        conversations=(BossConversation(BossTopic.SITUATION, date(2026, 9, 7), AGREED),), id=1,
    )  # fmt: skip
    peer = Stakeholder("Jonas Weber", role="Head of Checkout", stance=Stance.CONVINCIBLE, id=2)
    finance = BusinessFunction(
        "Finance", measured_on=MEASURED, learn_from_id=2, still_unclear=UNCLEAR,
        could_explain=3, touches=(FunctionTouch(date(2026, 9, 5), ""),), id=1,
    )  # fmt: skip
    return replace(PlanState(), stakeholders=(boss, peer), functions=(finance,))


def text_of(path: Path) -> str:
    reader = PdfReader(path)
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_relationships_and_functions_sections_hold_the_map_table_talks_and_heat_map(
    tmp_path: Path,
) -> None:
    path = tmp_path / "arcs.pdf"
    write_report(state(), path, TODAY, sections=["relationships", "functions"])
    text = text_of(path)
    for said in (
        "Relationships",
        "Maria Keller (boss)",
        "Jonas Weber",
        "Manage closely",
        "Convincible",
        "overdue since 16 Nov 2026",  # every 14 days, last on 2 Nov
        OWED,
        "The five conversations with Maria Keller",
        f"Held 7 Sep 2026. Agreed: {AGREED}",
        "Expectations Not held yet",
        "Other functions",
        MEASURED,
        UNCLEAR,
        "Not worked with for 60 days or more",
    ):
        assert said in text, said
    reader = PdfReader(path)
    images = sum(len(page.images) for page in reader.pages)
    assert images == 2  # the map and the heat map


def test_without_the_sections_none_of_it_is_in_the_report(tmp_path: Path) -> None:
    path = tmp_path / "without.pdf"
    others = [s for s in REPORT_SECTIONS if s not in ("relationships", "functions", "boss")]
    write_report(state(), path, TODAY, sections=others)
    text = text_of(path)
    for said in ("Maria Keller", "Jonas Weber", OWED, AGREED, MEASURED, UNCLEAR):
        assert said not in text, said
