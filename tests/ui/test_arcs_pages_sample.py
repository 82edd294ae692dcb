"""The Relationships and Functions pages on the sample plan (day 85 of 90), in the window:
five people with the boss first and some of the five conversations held, four functions
with the stale one flagged, and both in the report."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from altitude.charts.report import write_report
from altitude.domain.arcs.stakeholders import BossTopic
from altitude.services import Altitude
from altitude.ui.functions.page import FunctionsPage
from altitude.ui.relationships.page import RelationshipsPage


def test_the_sample_plan_on_both_pages_and_in_the_report(
    qtbot, window_for, sample_service: Altitude, tmp_path: Path
) -> None:  # fmt: skip
    window = window_for(sample_service)
    titles = [p.title for p in window.pages]
    window.show_page(titles.index("Relationships"))
    people = window.current_page()
    assert isinstance(people, RelationshipsPage)
    boss = sample_service.state.boss()
    assert boss is not None and people.model.rowCount() == 5
    assert people.model.row(0).person == boss and people.selected() == boss  # ready to log
    held = [people.boss.held[t].text() for t in BossTopic]
    assert any(text.startswith("Last held") for text in held)
    assert people.approach.text().startswith(f"Approach first: {boss.name}")
    window.show_page(titles.index("Functions"))
    functions = window.current_page()
    assert isinstance(functions, FunctionsPage) and functions.model.rowCount() == 4
    stale = sample_service.untouched_functions()
    assert all(f.name in functions.untouched.text() for f in stale)

    path = tmp_path / "sample.pdf"
    write_report(sample_service.state, path, sample_service.today(),
                 sections=["relationships", "functions"])  # fmt: skip
    text = " ".join(p.extract_text() for p in PdfReader(path).pages)
    assert f"The five conversations with {boss.name}" in " ".join(text.split())
    assert all(f.name in text for f in sample_service.state.functions)
