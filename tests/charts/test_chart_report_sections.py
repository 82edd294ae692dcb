"""The report's sections are the user's choice; decisions and feedback only when asked for.

Read back with pypdf, as the other report tests do: what is asserted absent is really not
in the file's text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from altitude.charts.report import (
    SectionsError,
    chosen_sections,
    visible,
    write_report,
)
from altitude.domain.entities import REPORT_SECTIONS, PlanState
from altitude.domain.growth.decisions import JournalReview, Quality
from altitude.domain.prompts import FEEDBACK_PROMPT
from altitude.services import Altitude

TODAY = date(2026, 12, 9)  # the sample is moved so its last check-in is the week before

# Sentences of the sample plan's decision journal ...
DECISION_TEXT = (
    "Ship the refund-service migration before the quarter close",  # a decision
    "Pull requests are reviewed within a day without me",  # an expectation
    "A card-network change the same week broke partial refunds",  # what happened
    "Next time check the card networks' change calendar",  # a hindsight note
)
# ... and of its feedback log, including a check-in's answer naming whom was asked.
FEEDBACK_TEXT = (
    "I re-reviewed pull requests she had already approved",  # a behaviour
    "Leadership asked twice what it meant for refunds",  # an impact
    "Open every incident update with impact, action and the next update time",  # a response
    "Run one-to-ones that help",  # the user's own theme
    "Asked Tomás and Hannah in our one-to-ones",  # an answer to "whose feedback…"
)


@pytest.fixture(scope="module")
def sample() -> Iterator[PlanState]:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        svc = Altitude.open(Path(folder) / "data")
        svc.clock = lambda: TODAY
        svc.load_sample()
        yield svc.state
        svc.close()


def text_of(path: Path) -> str:
    reader = PdfReader(path)
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_all_sections_hold_the_decisions_and_the_feedback(
    sample: PlanState, tmp_path: Path
) -> None:
    path = tmp_path / "all.pdf"
    write_report(sample, path, TODAY)
    text = text_of(path)
    for sentence in DECISION_TEXT + FEEDBACK_TEXT:
        assert sentence in text, sentence
    for said in (
        "Decisions",
        "Two-way door (reversible)",
        "Confidence 80%",
        "Process good, outcome poor: bad luck",  # the good decision that met bad luck
        "Made by Tomás",  # the delegated decision
        "Review Due ",  # a decision not reviewed yet
        "once 10 decisions are reviewed (2 so far)",
        "Feedback",
        "Others' mean",
        "Followed up on",
        "Reading",
    ):
        assert said in text, said


def test_plan_and_charts_alone_hold_no_decision_or_feedback_text(
    sample: PlanState, tmp_path: Path
) -> None:
    path = tmp_path / "private-left-out.pdf"
    write_report(sample, path, TODAY, sections=["plan", "charts"])
    text = text_of(path)
    for sentence in DECISION_TEXT + FEEDBACK_TEXT:
        assert sentence not in text, sentence
    assert "Decisions" not in text and "Feedback" not in text
    assert "Execution and strategy, week by week" in text  # the charts
    assert "Why I want to lead" in text  # the plan
    assert "Recent reflections" in text  # the plan's other reflections stay
    assert "Delegation ledger" not in text and "What I do today, weighed" not in text


def test_one_section_leaves_out_the_other(sample: PlanState, tmp_path: Path) -> None:
    decisions, feedback = tmp_path / "d.pdf", tmp_path / "f.pdf"
    write_report(sample, decisions, TODAY, sections=["decisions"])
    write_report(sample, feedback, TODAY, sections=["feedback"])
    only_decisions, only_feedback = text_of(decisions), text_of(feedback)
    assert all(s in only_decisions for s in DECISION_TEXT)
    assert not any(s in only_decisions for s in FEEDBACK_TEXT)
    assert all(s in only_feedback for s in FEEDBACK_TEXT)
    assert not any(s in only_feedback for s in DECISION_TEXT)
    assert "Why I want to lead" not in only_decisions  # no plan section: the title alone


def test_enough_reviews_show_the_calibration_and_the_brier_score(
    sample: PlanState, tmp_path: Path
) -> None:
    first = sample.journal[0]
    entries = tuple(
        replace(
            first,
            id=100 + i,
            confidence=70,
            reviews=(JournalReview(TODAY, i < 7, Quality.GOOD, Quality.GOOD, ""),),
        )
        for i in range(10)
    )  # ten 70% forecasts, seven came true: calibrated, Brier (7·0.09 + 3·0.49)/10 = 0.21
    path = tmp_path / "scored.pdf"
    write_report(replace(sample, journal=entries), path, TODAY, sections=["decisions"])
    text = text_of(path)
    assert "70 to 79% 10 7 70%" in text
    assert "Brier score 0.21 over 10 reviewed decisions" in text


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["feedback", "plan"], ("plan", "feedback")),
        ([" Charts ", "charts", ""], ("charts",)),
        (list(REPORT_SECTIONS), REPORT_SECTIONS),
    ],
)
def test_chosen_sections_are_put_in_the_reports_order(
    names: list[str], expected: tuple[str, ...]
) -> None:
    assert chosen_sections(names) == expected


@pytest.mark.parametrize(("names", "says"), [(["plan", "diary"], "'diary'"), ([" "], "at least")])
def test_an_unknown_or_no_section_is_refused_naming_the_valid_ones_and_writes_nothing(
    sample: PlanState, tmp_path: Path, names: list[str], says: str
) -> None:
    path = tmp_path / "report.pdf"
    with pytest.raises(SectionsError) as raised:
        write_report(sample, path, TODAY, sections=names)
    message = str(raised.value)
    assert says in message and "\n" not in message
    assert "plan, charts, inventory, delegations, decisions, feedback" in message
    assert list(tmp_path.iterdir()) == []


def test_the_private_parts_left_out_are_not_even_handed_to_the_pages(sample: PlanState) -> None:
    shown = visible(sample, ("plan", "charts"))
    assert shown.journal == () and shown.feedback == () and shown.themes == ()
    asked = [a for c in shown.checkins for a in c.answers if a.prompt == FEEDBACK_PROMPT]
    assert asked == []
    assert "Whose feedback did you ask for?" not in {
        a.prompt for c in shown.checkins for a in c.answers
    }
    assert visible(sample, REPORT_SECTIONS) == sample


def test_progress_counts_to_the_total_of_the_chosen_sections(
    sample: PlanState, tmp_path: Path
) -> None:
    calls: list[tuple[int, int]] = []
    write_report(
        sample,
        tmp_path / "r.pdf",
        TODAY,
        sections=["decisions"],
        progress=lambda s, t: calls.append((s, t)),
    )
    assert calls == [(1, 3), (2, 3), (3, 3)]  # the cover, the decisions, the file


def _scored(sample: PlanState) -> PlanState:
    first = sample.journal[0]
    review = JournalReview(TODAY, True, Quality.GOOD, Quality.GOOD, "")
    entries = tuple(replace(first, id=200 + i, reviews=(review,)) for i in range(10))
    return replace(sample, journal=entries)


def images_in(path: Path) -> int:
    return sum(len(page.images) for page in PdfReader(path).pages)


def test_the_calibration_chart_is_drawn_when_the_build_has_it(
    sample: PlanState, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys
    import types

    from matplotlib.figure import Figure

    seen: list[int] = []

    def calibration_figure(bins: list[object], palette: object) -> Figure:
        seen.append(len(bins))
        fig = Figure(figsize=(6, 4))
        fig.add_subplot().plot([0, 100], [0, 100])
        return fig

    name = "altitude.charts.growth.decisions"
    fake = types.ModuleType(name)
    fake.calibration_figure = calibration_figure  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, name, fake)
    with_chart = tmp_path / "chart.pdf"
    write_report(_scored(sample), with_chart, TODAY, sections=["decisions"])
    assert seen == [10] and images_in(with_chart) == 1

    monkeypatch.setitem(sys.modules, name, None)  # a build without it: the import fails
    without = tmp_path / "table.pdf"
    write_report(_scored(sample), without, TODAY, sections=["decisions"])
    assert images_in(without) == 0
    assert "90 to 100%" not in text_of(without) and "70 to 79% 10 10 100%" in text_of(without)


def test_a_long_journal_lists_the_latest_entries_and_counts_the_rest(
    sample: PlanState, tmp_path: Path
) -> None:
    from datetime import timedelta

    from altitude.charts.report_growth import ENTRIES

    first = sample.journal[0]
    many = tuple(
        replace(first, id=300 + i, decision=f"Decision number {i:03d}",
                decided_on=first.decided_on + timedelta(days=i))
        for i in range(ENTRIES + 5)
    )  # fmt: skip
    path = tmp_path / "long.pdf"
    write_report(replace(sample, journal=many), path, TODAY, sections=["decisions"])
    text = text_of(path)
    assert f"The {ENTRIES} most recent decisions are listed; 5 earlier ones are not." in text
    assert "Decision number 004" not in text and "Decision number 005" in text
