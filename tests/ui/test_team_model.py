"""The team table model: people and the load of outcomes they took over."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from altitude.domain.entities import Delegation, Person, Status
from altitude.domain.metrics import person_load
from altitude.services import Altitude
from altitude.ui.team.model import (
    LOAD_SHARE_ROLE,
    SORT_ROLE,
    Column,
    TeamModel,
    team_rows,
)

START = date(2026, 10, 1)


def _model(service: Altitude) -> TeamModel:
    model = TeamModel()
    model.set_rows(team_rows(service.state))
    return model


def test_team_model_passes_qtmodeltester(qtmodeltester, sample_service) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(_model(sample_service))


def test_team_load_sums_hours_of_handing_over_and_owned_delegations(service: Altitude) -> None:
    sam = service.add_person(Person("Sam Lee", role="Engineer")).result
    other = service.add_person(Person("Ana")).result
    for outcome, status, hours, owner in (
        ("Releases", Status.OWNED, 3.0, sam.id),
        ("Reviews", Status.HANDING_OVER, 4.5, sam.id),
        ("Planning", Status.PLANNED, 2.0, sam.id),  # not on Sam's desk yet
        ("On-call", Status.TAKEN_BACK, 5.0, sam.id),  # came back to you
        ("Reports", Status.OWNED, 1.0, other.id),  # someone else's
    ):
        reason = "Too early" if status == Status.TAKEN_BACK else ""
        service.add_delegation(
            Delegation(
                outcome,
                START,
                owner_id=owner,
                status=status,
                hours_freed=hours,
                taken_back_reason=reason,
            )
        )
    model = _model(service)
    load = model.index(0, Column.LOAD)
    expected = sum(
        d.hours_freed
        for d in service.state.delegations
        if d.owner_id == sam.id and d.status in (Status.HANDING_OVER, Status.OWNED)
    )
    assert expected == 7.5
    assert load.data(Qt.ItemDataRole.EditRole) == expected
    assert load.data(SORT_ROLE) == person_load(sam.id, service.state.delegations)
    assert load.data() == "7.5 h"
    assert model.index(0, Column.OUTCOMES).data() == "2 + 1 planned"
    assert model.row(0).sentence() == (
        "Sam carries 7.5 h/week you handed over — 2 outcomes. 1 outcome planned. "
        "You took 1 outcome back."
    )
    assert model.index(1, Column.LOAD).data(Qt.ItemDataRole.EditRole) == 1.0


def test_load_bar_is_measured_against_the_busiest_person(sample_service) -> None:  # type: ignore[no-untyped-def]
    model = _model(sample_service)
    shares = {
        model.row(r).person.name: model.index(r, Column.LOAD).data(LOAD_SHARE_ROLE)
        for r in range(model.rowCount())
    }
    # Priya carries 6 h, Tomás 3 h, Hannah nothing; the scale is at least 8 h.
    assert shares == {"Priya Raman": 0.75, "Tomás Ortega": 0.375, "Hannah Becker": 0.0}


def test_sample_team_reads_as_plain_sentences(sample_service) -> None:  # type: ignore[no-untyped-def]
    rows = {r.person.name: r for r in team_rows(sample_service.state)}
    assert rows["Priya Raman"].sentence() == "Priya carries 6 h/week you handed over — 1 outcome."
    assert rows["Hannah Becker"].sentence() == (
        "Hannah carries nothing you handed over yet. 1 outcome planned. You took 1 outcome back."
    )


def test_growth_goal_shows_on_one_line_with_the_full_text_as_tooltip(service: Altitude) -> None:
    goal = "Lead incidents.\nThen run the on-call rota."
    service.add_person(Person("Tomás", growth_goal=goal))
    model = _model(service)
    assert model.index(0, Column.GROWTH).data() == "Lead incidents. Then run the on-call rota."
    assert model.index(0, Column.GROWTH).data(Qt.ItemDataRole.ToolTipRole) == goal


def test_changed_load_updates_rows_in_place(qtbot, sample_service) -> None:  # type: ignore[no-untyped-def]
    model = _model(sample_service)
    review = next(d for d in sample_service.state.delegations if d.owner_id == 1)
    sample_service.take_back(review.id, "Priya is out for a month")
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.set_rows(team_rows(sample_service.state))
    assert model.index(0, Column.LOAD).data(Qt.ItemDataRole.EditRole) == 0.0
