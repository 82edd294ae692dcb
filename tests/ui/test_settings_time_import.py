"""Settings → Time import and Decisions, driven through the widgets: rules added, reordered,
removed and undone; sources renamed and removed; a bad zone refused with a message."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from altitude.domain.worktime.entries import TimeEntry
from altitude.domain.worktime.rules import Classified, RuleMode
from altitude.domain.worktime.stored import TimeRule, TimeSource, TimeSourceKind
from altitude.services import Altitude
from altitude.ui.settings.dialog import SettingsDialog
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs


@pytest.fixture
def ctx(sample_service: Altitude, dialogs: ScriptedDialogs) -> AppContext:
    sample_service.put_time_rules(
        [
            TimeRule(("review", "PR"), RuleMode.EXECUTION, 1),
            TimeRule(("lunch",), RuleMode.IGNORE),
        ]
    )
    return AppContext(sample_service, dialogs)


def make(qtbot, ctx: AppContext) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.time_tab)
    return dialog


def words(ctx: AppContext) -> list[tuple[str, ...]]:
    return [r.words for r in ctx.state.time_rules]


def type_into(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_add_a_rule_reorder_remove_and_undo_each(qtbot, ctx: AppContext) -> None:
    dialog = make(qtbot, ctx)
    tab = dialog.time_tab
    assert tab.rules.count() == 2
    type_into(qtbot, tab.words, "1:1, one-to-one")
    tab.mode.setCurrentIndex(tab.mode.findData("strategy"))
    tab.item.setCurrentIndex(tab.item.findData(7))
    qtbot.mouseClick(tab.add_rule, Qt.MouseButton.LeftButton)
    assert words(ctx) == [("review", "PR"), ("lunch",), ("1:1", "one-to-one")]
    assert ctx.state.time_rules[2].item_id == 7 and ctx.state.time_rules[2].mode == "strategy"
    assert tab.rules.count() == 3 and "One-to-ones with each engineer" in tab.rules.item(2).text()
    assert tab.rules.currentRow() == 2
    qtbot.mouseClick(tab.up, Qt.MouseButton.LeftButton)
    assert words(ctx) == [("review", "PR"), ("1:1", "one-to-one"), ("lunch",)]
    assert tab.rules.currentRow() == 1
    tab.rules.setCurrentRow(0)
    qtbot.mouseClick(tab.remove_rule, Qt.MouseButton.LeftButton)
    assert words(ctx) == [("1:1", "one-to-one"), ("lunch",)]
    ctx.undo_stack.undo()
    assert words(ctx) == [("review", "PR"), ("1:1", "one-to-one"), ("lunch",)]
    assert tab.rules.count() == 3  # the list follows the undo
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert words(ctx) == [("review", "PR"), ("lunch",)]
    ctx.undo_stack.redo()
    assert words(ctx) == [("review", "PR"), ("lunch",), ("1:1", "one-to-one")]


def test_editing_the_selected_rule_saves_its_words_and_item(qtbot, ctx: AppContext) -> None:
    tab = make(qtbot, ctx).time_tab
    tab.rules.setCurrentRow(0)
    assert tab.words.text() == "review, PR" and tab.item.currentData() == 1
    type_into(qtbot, tab.words, "review, pull request")
    tab.item.setCurrentIndex(tab.item.findData(None))
    qtbot.mouseClick(tab.save_rule, Qt.MouseButton.LeftButton)
    assert ctx.state.time_rules[0].words == ("review", "pull request")
    assert ctx.state.time_rules[0].item_id is None
    assert ctx.undo_stack.undoText() == "Edit a time rule"


def test_a_rule_without_words_is_refused_and_changes_nothing(
    qtbot, ctx: AppContext, dialogs: ScriptedDialogs
) -> None:
    tab = make(qtbot, ctx).time_tab
    before = ctx.state.time_rules
    type_into(qtbot, tab.words, " , ")
    qtbot.mouseClick(tab.add_rule, Qt.MouseButton.LeftButton)
    assert ctx.state.time_rules == before
    assert any("1 to 30 words" in e for e in dialogs.errors())


def test_a_bad_zone_is_refused_with_a_message_and_a_good_one_is_saved(
    qtbot, ctx: AppContext, sample_service: Altitude
) -> None:
    dialog = make(qtbot, ctx)
    tab = dialog.time_tab
    tab.zone.setCurrentText("Europe/Atlantis")
    dialog.tabs.setCurrentIndex(0)
    dialog.accept()
    assert dialog.isVisible() or dialog.result() != dialog.DialogCode.Accepted
    assert "not a time zone" in tab.errors["time_zone"].text()
    assert dialog.tabs.currentWidget() is tab  # shown where the problem is
    assert sample_service.reload().settings.time_zone == ""
    tab.zone.setCurrentText("Europe/Berlin")
    type_into(qtbot, tab.addresses, "me@corp.example; Me@home.example")
    dialog.two_way.setValue(14)
    dialog.accept()
    saved = sample_service.reload().settings
    assert saved.time_zone == "Europe/Berlin" and saved.two_way_review_days == 14
    assert saved.my_addresses == ("me@corp.example", "Me@home.example")
    ctx.undo_stack.undo()
    assert sample_service.reload().settings.time_zone == ""


def test_the_zone_list_offers_iana_zones_and_empty_first(qtbot, ctx: AppContext) -> None:
    tab = make(qtbot, ctx).time_tab
    assert tab.zone.itemText(0) == ""
    assert tab.zone.findText("Europe/Berlin") > 0 and tab.zone.findText("America/New_York") > 0


def test_sources_are_renamed_and_removed_undoably(qtbot, ctx: AppContext) -> None:
    service = ctx.service
    service.remember_time_source(TimeSource("Work calendar", TimeSourceKind.ICS, "/w.ics"))
    ctx.refresh()
    dialogs = ScriptedDialogs(text="Team calendar")
    ctx.dialogs = dialogs
    tab = make(qtbot, ctx).time_tab
    assert tab.sources.count() == 1 and "Work calendar" in tab.sources.item(0).text()
    tab.sources.setCurrentRow(0)
    qtbot.mouseClick(tab.rename_source, Qt.MouseButton.LeftButton)
    assert ctx.state.time_sources[0].name == "Team calendar"
    qtbot.mouseClick(tab.remove_source, Qt.MouseButton.LeftButton)
    assert ctx.state.time_sources == () and tab.sources.count() == 0
    ctx.undo_stack.undo()
    assert ctx.state.time_sources[0].name == "Team calendar" and tab.sources.count() == 1


def _entry(title: str, minutes: int) -> Classified:
    start = datetime(2026, 11, 16, 9, tzinfo=UTC)
    return Classified(TimeEntry(start, start + timedelta(minutes=minutes), title, (title,)))


def test_testing_a_rule_against_the_last_import(qtbot, ctx: AppContext) -> None:
    tab = make(qtbot, ctx).time_tab
    tab.rules.setCurrentRow(0)
    qtbot.mouseClick(tab.test, Qt.MouseButton.LeftButton)
    assert "Fill a check-in from a file first" in tab.test_result.text()
    entries = (_entry("Code review", 90), _entry("PR triage", 30), _entry("Lunch", 60))
    ctx.service.last_time_preview = SimpleNamespace(entries=entries)  # type: ignore[attr-defined]
    qtbot.mouseClick(tab.test, Qt.MouseButton.LeftButton)
    text = tab.test_result.text()
    assert "Matches 2 of 3 entries, 2 h" in text
    assert "Code review; PR triage" in text and "Lunch" not in text


def test_every_field_of_the_new_tabs_has_an_accessible_name(qtbot, ctx: AppContext) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget, QSpinBox

    dialog = make(qtbot, ctx)
    kinds = (QAbstractButton, QComboBox, QLineEdit, QListWidget, QSpinBox)
    for page in (dialog.time_tab, dialog.tabs.widget(2)):
        for kind in kinds:
            for widget in page.findChildren(kind):
                if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
                    continue  # the editable combo's own line edit
                if isinstance(widget.parent(), QSpinBox):
                    continue  # a spin box's own line edit
                assert widget.accessibleName(), widget
