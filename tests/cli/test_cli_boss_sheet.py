"""`altitude report --sections boss -o FILE`: the one-page sheet for the boss, alone; and
the `reviews` section: every review held, run as a user would."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader

from altitude.domain.arcs.reviews import MilestoneReview
from altitude.services import Altitude

SAMPLE_DAY = {"ALTITUDE_TODAY": "2026-11-23"}


def pages_and_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def sample_with_reviews(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """The sample, with its day-30 and day-60 reviews as written here (in place of the
    sample's own, if it has them: one review per milestone)."""
    assert run_cli("sample", env=SAMPLE_DAY).returncode == 0
    service = Altitude.open(data_dir)
    try:
        plan = service.state.plan
        assert plan is not None
        for day, keep in ((30, "Friday demos"), (60, "Skip-level lunches")):
            held = plan.start_date + timedelta(days=day + 1)
            service.record_review(
                MilestoneReview(day, held, 30.0, 35.0, keep=keep, stop="Solo reviews",
                                start="Pairing", boss_needs="Headcount for Q1")
            )  # fmt: skip
    finally:
        service.close()


def test_boss_alone_is_the_latest_reviews_one_page_sheet(
    run_cli, data_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    sample_with_reviews(run_cli, data_dir)
    out = tmp_path / "boss.pdf"
    result = run_cli("report", "--sections", "boss", "-o", str(out), env=SAMPLE_DAY)
    assert result.returncode == 0, result.stderr
    assert "(1 pages: boss)" in result.stdout
    pages, text = pages_and_text(out)
    assert pages == 1
    assert "Conversation with your boss" in text
    assert "Day-60 review" in text  # the sample's latest review
    assert "The five conversations" in text and "What I need from you" in text
    assert "Skip-level lunches" in text and "Headcount for Q1" in text
    assert "transition report" not in text  # no cover


def test_the_reviews_section_lists_each_review(run_cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sample_with_reviews(run_cli, data_dir)
    out = tmp_path / "reviews.pdf"
    result = run_cli("report", "--sections", "reviews", "-o", str(out), env=SAMPLE_DAY)
    assert result.returncode == 0, result.stderr
    _pages, text = pages_and_text(out)
    assert "Milestone reviews" in text
    assert "Day 30 · held" in text and "Day 60 · held" in text
    assert "Friday demos" in text and "Skip-level lunches" in text and "Pairing" in text
    assert "30% on strategy against 35% planned" in text
