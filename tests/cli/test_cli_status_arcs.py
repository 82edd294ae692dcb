"""`altitude status` names what thinking in arcs needs: the next milestone review (and one
overdue), people overdue a contact, the narrative's revisit, functions left untouched."""

from __future__ import annotations


def test_status_names_the_review_the_contact_the_narrative_and_the_function(run_cli) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("sample", env={"ALTITUDE_TODAY": "2026-11-23"}).returncode == 0
    out = run_cli("status", env={"ALTITUDE_TODAY": "2026-11-23"}).stdout
    assert "Your day-90 milestone review is due on 2026-11-29." in out
    assert "Be in touch with Marcus Chen (due since 2026-11-01)." in out
    assert "Revisit your strategic narrative: a month has passed (due 2026-11-18)." in out
    assert "You have not worked with Sales since 2026-09-10." in out


def test_status_says_a_review_is_overdue_once_its_day_has_passed(run_cli) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("sample", env={"ALTITUDE_TODAY": "2026-11-23"}).returncode == 0
    out = run_cli("status", env={"ALTITUDE_TODAY": "2026-12-01"}).stdout
    assert "Your day-90 milestone review is overdue (due 2026-11-29)." in out
    assert "due on" not in out
