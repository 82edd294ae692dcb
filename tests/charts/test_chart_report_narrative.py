"""The report's narrative section, read back with pypdf: the latest kernel, the hours per
action, the hints and what changed — present with the section, absent without."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from altitude.charts.report import write_report
from altitude.domain.arcs.described import ActionItemLink
from altitude.domain.arcs.narrative import NarrativeAction, NarrativeVersion
from altitude.domain.entities import InventoryItem, Mode, PlanState, WeeklyCheckIn
from altitude.domain.weeks import IsoWeek

TODAY = date(2026, 11, 23)
FIRST = NarrativeVersion(
    written_on=date(2026, 10, 1),
    diagnosis="Two teams ship the same checkout twice",
    guiding_policy="One checkout owned by one team",
    will_not=("Take on new markets",),
    actions=(
        NarrativeAction(action="Merge the backlogs", items=(ActionItemLink(1),)),
        NarrativeAction(action="Move Ana to payments"),
        NarrativeAction(action="Weekly release train"),
    ),
    press_release="Checkout now ships every week",
    id=1,
)
SECOND = replace(
    FIRST,
    written_on=date(2026, 11, 1),
    diagnosis="Two teams ship the same checkout, and nobody owns the overlap",
    will_not=("Take on new markets", "Rewrite the cart"),
    id=2,
)


def state(*versions: NarrativeVersion) -> PlanState:
    item = InventoryItem(title="Checkout backlog", hours=4.0, mode=Mode.EXECUTION, id=1)
    weeks = [
        WeeklyCheckIn(
            week=IsoWeek.of(TODAY) + n,
            execution_hours=30.0,
            strategy_hours=10.0,
            item_hours=((1, 3.0),),
        )
        for n in range(-4, 0)
    ]
    return PlanState(items=(item,), checkins=tuple(weeks), narratives=versions)


def text_of(path: Path) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(path).pages)


def squeezed(text: str) -> str:
    return " ".join(text.split())


def test_the_section_holds_the_kernel_hours_hints_and_changes(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    write_report(state(FIRST, SECOND), path, TODAY, sections=["narrative"])
    text = squeezed(text_of(path))
    assert "Strategic narrative" in text and "Version 2, written 1 Nov 2026" in text
    assert "Two teams ship the same checkout, and nobody owns the overlap" in text
    assert "Take on new markets; Rewrite the cart" in text
    assert "Checkout backlog" in text and "3 h a week" in text
    assert "0 h: nothing in the recent weeks" in text
    assert "No hours go to “Move Ana to payments” in your recent weeks." in text
    assert "What changed since version 1 (1 Oct 2026)" in text
    assert "[-checkout twice-] {+checkout, and nobody owns the overlap+}" in text
    assert "{+Rewrite the cart+}" in text
    assert "Checkout now ships every week" in text


def test_a_first_version_says_so_and_no_section_means_no_narrative(tmp_path: Path) -> None:
    path = tmp_path / "first.pdf"
    write_report(state(FIRST), path, TODAY, sections=["narrative"])
    assert "This is the first version: nothing to compare yet." in squeezed(text_of(path))
    without = tmp_path / "without.pdf"
    write_report(state(FIRST, SECOND), without, TODAY, sections=["plan", "inventory"])
    text = squeezed(text_of(without))
    assert "Strategic narrative" not in text and "nobody owns the overlap" not in text
