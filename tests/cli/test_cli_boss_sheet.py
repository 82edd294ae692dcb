"""`altitude report --sections boss -o FILE`: the one-page sheet for the boss, alone; and
the `reviews` section: every review held, run as a user would."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

SAMPLE_DAY = {"ALTITUDE_TODAY": "2026-11-23"}


def pages_and_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def test_boss_alone_is_the_latest_reviews_one_page_sheet(run_cli, tmp_path: Path) -> None:
    assert run_cli("sample", env=SAMPLE_DAY).returncode == 0
    out = tmp_path / "boss.pdf"
    result = run_cli("report", "--sections", "boss", "-o", str(out), env=SAMPLE_DAY)
    assert result.returncode == 0, result.stderr
    assert "(1 pages: boss)" in result.stdout
    pages, text = pages_and_text(out)
    assert pages == 1
    assert "Conversation with your boss" in text
    assert "Day-60 review" in text  # the sample's latest review
    assert "The five conversations" in text and "What I need from you" in text
    assert "transition report" not in text  # no cover


def test_the_reviews_section_lists_each_review(run_cli, tmp_path: Path) -> None:
    assert run_cli("sample", env=SAMPLE_DAY).returncode == 0
    out = tmp_path / "reviews.pdf"
    result = run_cli("report", "--sections", "reviews", "-o", str(out), env=SAMPLE_DAY)
    assert result.returncode == 0, result.stderr
    _pages, text = pages_and_text(out)
    assert "Milestone reviews" in text
    assert "Day 30 · held" in text and "Day 60 · held" in text
    assert "Keep" in text and "Stop" in text and "Start" in text
