"""The one-page boss sheet: read back with pypdf, it is one page, for a small plan, for the
ten-year plan and with every text at its longest, and it says what the review found."""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from altitude.charts.arcs.boss_sheet import (
    TIGHTEN,
    Limits,
    SheetError,
    SheetFor,
    draw_sheet,
    fitting_limits,
    names,
    write_boss_sheet,
)
from altitude.charts.report_pdf import ReportDocument
from altitude.domain.arcs.narrative import NarrativeAction, NarrativeVersion
from altitude.domain.arcs.review_context import build_context, review_context, sheet_review
from altitude.domain.arcs.reviews import MilestoneReview
from altitude.domain.arcs.stakeholders import BossConversation, BossTopic, Stakeholder
from altitude.domain.entities import (
    Delegation,
    InventoryItem,
    Milestone,
    Mode,
    Person,
    Plan,
    PlanState,
    Status,
    WeeklyCheckIn,
)
from altitude.domain.records import MAX_TEXT, MAX_TITLE
from altitude.domain.weeks import IsoWeek

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import ten_year_plan

START = date(2026, 1, 5)
ON = date(2026, 2, 6)
PLAN = Plan(
    "Engineer",
    "Engineering manager",
    START,
    START + timedelta(days=90),
    20,
    50,
    (Milestone(30, 30, "30 days"), Milestone(60, 40), Milestone(90, 50)),
)
STATE = PlanState(
    plan=PLAN,
    items=(InventoryItem("Weekly report", 4, Mode.EXECUTION, id=1),),
    people=(Person("Ana", id=1),),
    delegations=(
        Delegation(
            "Weekly report", date(2026, 1, 12), 1, 1, status=Status.OWNED, hours_freed=4, id=1
        ),
    ),
    checkins=tuple(
        WeeklyCheckIn(IsoWeek.of(START) + n, 28, 12, item_hours=((1, 2.0),) if n == 3 else ())
        for n in range(5)
    ),
)
BOSS = Stakeholder(
    "Maria Lopez",
    is_boss=True,
    conversations=(
        BossConversation(BossTopic.SITUATION, date(2026, 1, 7), "A realignment, not a turnaround"),
        BossConversation(BossTopic.EXPECTATIONS, date(2026, 1, 9), "Ship the Q1 release on time"),
    ),
)
STORIES = (
    NarrativeVersion(date(2026, 1, 2), "Releases slip", "Spread review knowledge", id=1),
    NarrativeVersion(
        date(2026, 2, 1), "Releases slip every sprint", "Spread review knowledge",
        actions=(NarrativeAction("Write the review guide"),), id=2,
    ),
)  # fmt: skip
REVIEW = MilestoneReview(
    30,
    ON,
    30.0,
    30.0,
    keep="Friday demos",
    stop="Reviewing every pull request myself",
    start="Weekly skip-levels",
    adjustment="Target 50% → 45%",
    boss_needs="Air cover to say no to the platform migration this quarter",
)


def sheet_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def write(tmp_path: Path, state: PlanState, sheet: SheetFor, name: str = "boss.pdf") -> Path:
    path = tmp_path / name
    assert state.plan is not None
    assert write_boss_sheet(path, state.plan, sheet) == 1
    return path


def test_the_sheet_for_a_review_says_what_the_review_found(tmp_path: Path) -> None:
    context = build_context(STATE, 30, ON, reviews=(REVIEW,), narratives=STORIES, boss=BOSS)
    path = write(tmp_path, STATE, SheetFor(context, REVIEW))
    pages, text = sheet_text(path)
    assert pages == 1
    for said in (
        "Conversation with your boss",
        "Day-30 review (4 Feb 2026), held 6 Feb 2026",
        "with Maria Lopez",
        "The situation", "7 Jan 2026", "A realignment, not a turnaround",
        "Resources", "not held yet",
        "Since the start (5 Jan 2026 to 6 Feb 2026)",
        "30% of the week on strategy (the last 4 weeks) against 30% planned for day 30",
        "on track",
        "Handed over: Weekly report",
        "Owned by the team now: 1 hand-over, 4 h a week off your desk.",
        "Came back: 2 h on delegated work (Weekly report)",
        "Diagnosis, now: “Releases slip every sprint”",
        "Actions: added “Write the review guide”",
        "Friday demos", "Reviewing every pull request myself", "Weekly skip-levels",
        "Target 50% → 45%",
        "What I need from you", "Air cover to say no to the platform migration",
    ):  # fmt: skip
        assert said in text, said
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_the_upcoming_review_without_a_boss_says_what_is_missing(tmp_path: Path) -> None:
    context = build_context(STATE, 30, ON, reviews=(), narratives=(), boss=None)
    pages, text = sheet_text(write(tmp_path, STATE, SheetFor(context, None)))
    assert pages == 1
    assert "not held yet · Engineering manager" in text
    assert "No boss recorded yet" in text
    assert "No strategic narrative written yet." in text
    assert "Not reviewed yet" in text


def test_every_text_at_its_longest_still_fits_one_page(tmp_path: Path) -> None:
    long = "word " * (MAX_TEXT // 5)
    title = "x" * MAX_TITLE
    many = tuple(
        Delegation(f"{title}{n}", START + timedelta(days=n % 30), 1, 1, status=Status.TAKEN_BACK
                   if n % 2 else Status.OWNED, hours_freed=1, id=n)
        for n in range(1, 60)
    )  # fmt: skip
    state = replace(STATE, delegations=many, people=(Person(title, id=1),))
    boss = Stakeholder(
        title,
        is_boss=True,
        conversations=tuple(BossConversation(t, date(2026, 1, 8), long) for t in BossTopic),
    )
    stories = (
        NarrativeVersion(date(2026, 1, 2), long, long, will_not=(title,) * 10,
                         actions=tuple(NarrativeAction(title) for _ in range(5)),
                         press_release=long, id=1),
        NarrativeVersion(date(2026, 2, 2), long[::-1], long[::-1], will_not=(title[::-1],) * 10,
                         actions=tuple(NarrativeAction(f"{n}{title}") for n in range(5)),
                         press_release=long[::-1] + "x", id=2),
    )  # fmt: skip
    review = MilestoneReview(30, ON, 30, 30, long, long, long, long, long)
    context = build_context(state, 30, ON, reviews=(review,), narratives=stories, boss=boss)
    sheet = SheetFor(context, review)
    assert fitting_limits(PLAN, sheet) != Limits()  # tightened to fit
    tightest = Limits()
    for _ in range(TIGHTEN - 1):
        tightest = tightest.tighter()
    assert write_boss_sheet(tmp_path / "t.pdf", PLAN, sheet) == 1
    pages, text = sheet_text(tmp_path / "t.pdf")
    assert pages == 1
    assert "…" in text and "more" in text
    # The tightest limits fit this, the worst a plan can hold: the fitting always ends.
    doc = ReportDocument("x")
    draw_sheet(doc, PLAN, sheet, tightest)
    assert doc.page_no() == 1


def test_the_ten_year_plan_fits_one_page(tmp_path: Path) -> None:
    from altitude.charts.report import write_report

    today = date(2026, 11, 23)
    state = ten_year_plan(today)  # its reviews, narrative versions and boss included
    chosen = sheet_review(state, today)
    assert chosen is not None and chosen[1] is not None
    day, review = chosen
    context = review_context(state, day, review.held_on)
    assert context.boss_name and context.narrative.now is not None
    pages, text = sheet_text(write(tmp_path, state, SheetFor(context, review)))
    assert pages == 1
    assert f"Day-{day} review" in text and "The five conversations" in text
    # Many hand-overs in a period: named, then counted.
    many = build_context(state, day, review.held_on, reviews=(), narratives=(), boss=None)
    assert len(many.hand_overs.started) > Limits().listed
    pages, text = sheet_text(write(tmp_path, state, SheetFor(many, review), "many.pdf"))
    assert pages == 1 and "more" in text
    # And from the report's `boss` section, as the CLI writes it.
    assert write_report(state, tmp_path / "report.pdf", today, sections=["boss"]) == 1


def test_lists_are_named_then_counted() -> None:
    assert names(["A"]) == "A"
    assert names(["A", "B"]) == "A and B"
    assert names(["A", "B", "C"]) == "A, B and C"
    assert names(["A", "B", "C", "D", "E"]) == "A, B, C and 2 more"
    one = Limits(listed=1)
    assert names(["A", "B"], one) == "A and 1 more"


def test_an_unwritable_place_writes_nothing(tmp_path: Path) -> None:
    context = build_context(STATE, 30, ON, reviews=(), narratives=(), boss=None)
    target = tmp_path / "missing" / "boss.pdf"
    with pytest.raises(SheetError, match="Can't write the boss sheet"):
        write_boss_sheet(target, PLAN, SheetFor(context, None))
    assert not target.parent.exists()


def test_the_report_with_boss_alone_is_the_sheet_and_says_why_when_empty(tmp_path: Path) -> None:
    from altitude.charts.report import write_report

    with_reviews = replace(STATE, reviews=(REVIEW,), narratives=STORIES, stakeholders=(BOSS,))
    assert write_report(with_reviews, tmp_path / "b.pdf", ON, sections=["boss"]) == 1
    _pages, text = sheet_text(tmp_path / "b.pdf")
    assert "Day-30 review (4 Feb 2026), held 6 Feb 2026" in text
    assert "transition report" not in text
    assert write_report(PlanState(), tmp_path / "e.pdf", ON, sections=["boss"]) == 1
    assert "No milestone to review yet" in sheet_text(tmp_path / "e.pdf")[1]
    # In the full report, no plan: the cover says so, no page of its own.
    assert write_report(PlanState(), tmp_path / "f.pdf", ON, sections=["plan", "boss"]) == 1
    assert "No milestone to review yet" not in sheet_text(tmp_path / "f.pdf")[1]
