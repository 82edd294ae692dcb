"""The Delegation page's second view: hours freed over time, drawn when first shown."""

from __future__ import annotations

from altitude.domain import metrics


def test_hours_freed_tab_draws_the_cumulative_line_of_the_ledger(
    qtbot, window_for, sample_service
) -> None:  # type: ignore[no-untyped-def]
    window = window_for(sample_service)
    window.show_page(3)
    page = window.pages[3]
    page.views.setCurrentWidget(page.freed_chart)
    chart = page.freed_chart
    qtbot.waitUntil(lambda: chart.builds >= 1, timeout=30000)
    assert chart.figure is not None
    [line] = [a for a in chart.figure.findobj() if a.get_gid() == "freed"]
    assert line.get_ydata()[-1] == metrics.hours_freed(sample_service.state.delegations)
