"""The check-ins table model, on its own: no page, no window."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSortFilterProxyModel, Qt

from altitude.domain.entities import ReflectionAnswer, WeeklyCheckIn
from altitude.domain.weeks import IsoWeek
from altitude.services import Altitude
from altitude.ui.checkins.model import CHECKIN_ROLE, SORT_ROLE, CheckinsModel, Column

DISPLAY = Qt.ItemDataRole.DisplayRole


def row_texts(model: CheckinsModel, row: int) -> list[str]:
    return [model.index(row, c).data(DISPLAY) for c in range(model.columnCount())]


def test_the_model_passes_qt_model_tester_with_the_sample(
    qtmodeltester, sample_service: Altitude
) -> None:
    model = CheckinsModel()
    model.set_checkins(sample_service.state.checkins)
    qtmodeltester.check(model)


def test_an_empty_model_passes_qt_model_tester(qtmodeltester) -> None:
    qtmodeltester.check(CheckinsModel())


def test_weeks_are_listed_newest_first_with_their_split_and_share(
    sample_service: Altitude,
) -> None:
    model = CheckinsModel()
    model.set_checkins(sample_service.state.checkins)

    assert model.rowCount() == 12
    assert row_texts(model, 0) == [
        "Week of 16 Nov 2026",
        "21 h",
        "21 h",
        "50%",
        "2",
        "Half my week on strategy for the first time. Sprint planning moves to Hannah next week.",
    ]
    assert model.index(11, Column.WEEK).data(DISPLAY) == "Week of 31 Aug 2026"
    assert model.index(0, 0).data(CHECKIN_ROLE) == sample_service.state.checkin(IsoWeek(2026, 47))


def test_an_empty_week_shows_a_dash_for_its_share_and_reflections() -> None:
    model = CheckinsModel()
    model.set_checkins([WeeklyCheckIn(IsoWeek(2026, 48), 0, 0, note="Ill\nall week")])

    assert row_texts(model, 0) == ["Week of 23 Nov 2026", "0 h", "0 h", "—", "—", "Ill"]
    assert model.index(0, Column.NOTE).data(Qt.ItemDataRole.ToolTipRole) == "Ill\nall week"


def test_sorting_uses_numbers_and_weeks_not_text() -> None:
    model = CheckinsModel()
    model.set_checkins(
        [
            WeeklyCheckIn(IsoWeek(2025, 52), 9, 1),
            WeeklyCheckIn(IsoWeek(2026, 1), 30, 20),
            WeeklyCheckIn(IsoWeek(2026, 10), 5, 5),
        ]
    )
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)

    proxy.sort(Column.EXECUTION, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, Column.EXECUTION).data() for r in range(3)] == ["5 h", "9 h", "30 h"]
    proxy.sort(Column.WEEK, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == [
        "Week of 22 Dec 2025",
        "Week of 29 Dec 2025",
        "Week of 2 Mar 2026",
    ]


def test_a_changed_week_updates_in_place_without_a_reset() -> None:
    week = WeeklyCheckIn(IsoWeek(2026, 47), 20, 20)
    model = CheckinsModel()
    model.set_checkins([week, WeeklyCheckIn(IsoWeek(2026, 46), 10, 10)])
    resets: list[bool] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))

    answered = replace(week, answers=(ReflectionAnswer("Whose feedback?", "Priya's."),))
    model.set_checkins([answered, WeeklyCheckIn(IsoWeek(2026, 46), 10, 10)])

    assert resets == []
    assert changed == [(0, 0)]
    assert model.index(0, Column.REFLECTIONS).data(DISPLAY) == "1"
