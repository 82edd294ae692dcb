"""The mentor report: a real PDF, checked by reading it back with pypdf."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from chart_states import TODAY
from pypdf import PdfReader

from altitude.charts.report import ReportError, write_report
from altitude.domain.entities import PlanState


def read(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.split())


def test_a_rich_state_gives_several_pages_with_everything_a_coach_needs(
    state: PlanState, tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    pages = write_report(state, path, TODAY)
    count, text = read(path)
    assert pages == count >= 3
    assert "execution" in text and "strategy" in text
    for expected in (
        "Senior engineer",  # the plan
        "Engineering manager",
        "day 59 of 90",
        "I want to grow a team",  # motive
        "Delegate outcomes, not tasks",  # identity
        "Code reviews for the whole team",  # inventory
        "Nobody may miss this",  # a weighing reason
        "Releases ship on Thursdays without me",  # ledger
        "Ana Souza",
        "5 · Advise",
        "a bad merge hit production",  # taken back because
        "Skipped two reviews on purpose",  # reflections
        "What did you let go of this week?",
    ):
        assert expected in text, expected


def test_a_single_check_in_without_a_plan_still_makes_a_report(
    single_checkin_state: PlanState, tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    pages = write_report(single_checkin_state, path, TODAY)
    count, text = read(path)
    assert pages == count >= 1
    assert "No plan yet" in text
    assert "execution" in text and "strategy" in text
    assert "First week logged." in text


def test_an_empty_store_makes_a_one_page_report(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    assert write_report(PlanState(), path, TODAY) == 1
    text = read(path)[1]
    assert "No plan yet" in text
    assert "0 weekly check-ins" in text


def test_progress_counts_up_to_the_total(state: PlanState, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    write_report(state, tmp_path / "r.pdf", TODAY, progress=lambda s, t: calls.append((s, t)))
    total = calls[0][1]
    assert calls == [(step, total) for step in range(1, total + 1)]


def test_any_text_renders_without_crashing(state: PlanState, tmp_path: Path) -> None:
    assert state.plan is not None
    plan = replace(state.plan, motive="Зачем мне руководить? Ελληνικά. 领导 🚀 e\u0301 \x07end")
    path = tmp_path / "report.pdf"
    write_report(replace(state, plan=plan), path, TODAY)
    text = read(path)[1]
    assert "Зачем мне руководить? Ελληνικά." in text
    assert "end" in text


def test_a_missing_folder_raises_report_error_and_writes_nothing(
    state: PlanState, tmp_path: Path
) -> None:
    path = tmp_path / "missing" / "report.pdf"
    with pytest.raises(ReportError, match="Can't write the report") as raised:
        write_report(state, path, TODAY)
    error = raised.value
    assert "\n" not in str(error)
    assert isinstance(error, OSError)
    assert error.filename == str(path)
    assert "does not exist" in error.strerror
    assert not path.parent.exists()


def test_a_folder_in_the_way_raises_report_error(state: PlanState, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.mkdir()
    with pytest.raises(ReportError):
        write_report(state, target, TODAY)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]
    assert list(target.iterdir()) == []


def test_a_failed_write_leaves_no_partial_file_and_keeps_the_old_report(
    state: PlanState, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"the previous report")

    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", no_space)
    with pytest.raises(ReportError, match="No space left on device"):
        write_report(state, path, TODAY)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]
    assert path.read_bytes() == b"the previous report"


def test_every_chart_goes_in_once_at_the_report_resolution(
    state: PlanState, tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    write_report(state, path, TODAY)
    sizes = []
    for page in PdfReader(path).pages:
        resources = page["/Resources"]
        for xobject in resources.get("/XObject", {}).values():
            image = xobject.get_object()
            if image["/Subtype"] == "/Image":
                sizes.append((image["/Width"], image["/Height"], image["/ColorSpace"]))
    # Trajectory, weekly hours, matrix and hours freed: 8 x 4.5 inches at 150 dpi, opaque.
    assert sizes == [(1200, 675, "/DeviceRGB")] * 4


def embedded_fonts(path: Path) -> set[str]:
    fonts = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return fonts


def test_only_the_font_styles_the_report_uses_are_embedded(
    state: PlanState, tmp_path: Path
) -> None:
    assert state.plan is not None and state.plan.motive  # the motive is set in italics
    write_report(state, tmp_path / "with.pdf", TODAY)
    assert embedded_fonts(tmp_path / "with.pdf") == {
        "DejaVuSansBook",
        "DejaVuSansBold",
        "DejaVuSansOblique",
    }
    plain = replace(state, plan=replace(state.plan, motive=""))
    write_report(plain, tmp_path / "without.pdf", TODAY)
    assert embedded_fonts(tmp_path / "without.pdf") == {"DejaVuSansBook", "DejaVuSansBold"}
