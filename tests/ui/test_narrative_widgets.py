"""The narrative's widgets on hand-made versions: the kernel with its hours and hints, the
diff with its exact pieces, the editor's live hints and its refusals (nothing saved)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from altitude.domain.arcs.described import ActionItemLink
from altitude.domain.arcs.narrative import NarrativeAction, NarrativeVersion
from altitude.domain.entities import InventoryItem, Mode, PlanState
from altitude.ui.narrative.diff_view import DiffView, diff_html
from altitude.ui.narrative.editor import NarrativeEditor
from altitude.ui.narrative.kernel_view import KernelView
from altitude.ui.shared.theme import diff_colours

DAY = date(2026, 10, 1)


def action(words: str, *items: int) -> NarrativeAction:
    return NarrativeAction(action=words, items=tuple(ActionItemLink(i) for i in items))


FIRST = NarrativeVersion(
    written_on=DAY,
    diagnosis="Two teams ship the same checkout twice",
    guiding_policy="One checkout owned by one team",
    will_not=("Take on new markets",),
    actions=(
        action("Merge the backlogs", 1),
        action("Move Ana to payments"),
        action("Weekly release train"),
    ),
    press_release="",
    id=1,
)
SECOND = replace(
    FIRST,
    written_on=date(2026, 11, 1),
    diagnosis="Two teams ship the same checkout, and nobody owns the overlap",
    will_not=("Take on new markets", "Rewrite the cart"),
    actions=FIRST.actions[:2],
    id=2,
)


def state_with_item() -> PlanState:
    item = InventoryItem(title="Checkout backlog", hours=4.0, mode=Mode.EXECUTION, id=1)
    return PlanState(items=(item,))


def labels(widget: KernelView) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_the_kernel_shows_each_part_the_hours_and_the_hints_beside_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = KernelView()
    qtbot.addWidget(view)
    view.show_version(SECOND, [3.5, 0.0], state_with_item(), date(2027, 1, 1))
    shown = labels(view)
    assert "Two teams ship the same checkout, and nobody owns the overlap" in shown
    assert "• Take on new markets\n• Rewrite the cart" in shown
    assert "3.5 h a week · Checkout backlog" in shown
    assert "0 h — nothing in your recent weeks goes to this · not tied to any work yet" in shown
    assert view.hints == {
        "actions": ["Name 3 to 5 coherent actions."],
        "action:1": ["No hours go to “Move Ana to payments” in your recent weeks."],
    }
    assert "Hint: Name 3 to 5 coherent actions." in shown
    assert not any(t.startswith("No hints") for t in shown)
    view.show_version(replace(FIRST, actions=FIRST.actions), [1.0, 1.0, 1.0], PlanState(), None)
    assert view.hints == {}
    assert "No hints: none of the hallmarks of bad strategy show here." in labels(view)


def test_fluff_is_named_beside_the_part_that_uses_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = KernelView()
    qtbot.addWidget(view)
    fluffy = replace(FIRST, guiding_policy="Leverage synergies for a robust checkout", will_not=())
    view.show_version(fluffy, [1.0, 1.0, 1.0], PlanState(), None)
    assert view.hints == {
        "guiding_policy": ["Words that sound deep but say little: synergies, leverage, robust."],
        "will_not": ["Nothing is ruled out yet: what will you not do?"],
    }


def test_the_diff_shows_the_exact_pieces_with_marks_strike_and_underline(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = DiffView()
    qtbot.addWidget(view)
    view.show_versions([SECOND, FIRST], dark=False)  # any order: oldest first
    assert (view.older.currentIndex(), view.newer.currentIndex()) == (0, 1)
    text = view.browser.toPlainText()
    assert (
        "Two teams ship the same [-checkout twice-] {+checkout, and nobody owns the overlap+}"
    ) in text
    assert "{+Rewrite the cart+}" in text
    assert "[-Weekly release train-]" in text
    assert "Guiding policy" not in text  # unchanged parts are left out
    added, removed = diff_colours(False)
    html = diff_html(view.changes(), dark=False)
    assert f'<u style="color:{added}">{{+Rewrite the cart+}}</u>' in html
    assert f'<s style="color:{removed}">[-checkout twice-]</s>' in html
    assert diff_colours(True) != (added, removed)  # its own colours on the dark palette


def test_the_same_version_twice_says_no_changes_and_one_version_says_why(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = DiffView()
    qtbot.addWidget(view)
    view.show_versions([FIRST, SECOND], dark=True)
    view.newer.setCurrentIndex(0)
    assert view.browser.toPlainText() == "No changes: the two versions say the same."
    view.show_versions([FIRST], dark=False)
    assert not view.lonely.isHidden() and not view.browser.isEnabled()


def test_user_text_is_never_read_as_markup(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = DiffView()
    qtbot.addWidget(view)
    view.show_versions([FIRST, replace(SECOND, diagnosis="<b>bold</b> & more")], dark=False)
    assert "{+<b>bold</b> & more+}" in view.browser.toPlainText()


def editor_for(qtbot, start: NarrativeVersion, saved: list[NarrativeVersion]) -> NarrativeEditor:  # type: ignore[no-untyped-def]
    def save(version: NarrativeVersion) -> bool:
        saved.append(version)
        return True

    def hours(version: NarrativeVersion) -> list[float]:  # hours only where an item is tied
        return [2.0 if a.items else 0.0 for a in version.actions]

    editor = NarrativeEditor(state_with_item(), date(2026, 11, 23), start, save, hours)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_hints_appear_and_go_as_the_text_changes(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, FIRST, [])
    assert editor.hint_texts() == [
        "No hours go to “Move Ana to payments” in your recent weeks.",
        "No hours go to “Weekly release train” in your recent weeks.",
    ]
    editor.guiding_policy.clear()
    qtbot.keyClicks(editor.guiding_policy, "Grow checkout revenue 20%")
    assert "This reads like a goal (where to get to); say how you will get there." in (
        editor.hint_texts()
    )
    editor.guiding_policy.clear()
    qtbot.keyClicks(editor.guiding_policy, "One checkout, one owner")
    assert not any("goal" in h for h in editor.hint_texts())
    row = editor.action_list.rows[1]
    row.items.set_checked(1)  # tie "Move Ana to payments" to an item: it has hours now
    assert editor.hint_texts() == ["No hours go to “Weekly release train” in your recent weeks."]
    assert row.hours.text() == "2 h a week"


def test_bad_input_saves_nothing_and_says_why_beside_the_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    saved: list[NarrativeVersion] = []
    editor = editor_for(qtbot, FIRST, saved)
    row = editor.action_list.rows[0]
    row.words.clear()  # a row tied to an item but with no words
    editor.save_button.click()
    assert saved == []
    assert editor.errors["actions"].message() == (
        "Say each action in a few words (or remove its row)."
    )
    assert editor.isVisible()
    row.remove.click()
    editor.save_button.click()
    assert len(saved) == 1
    assert [a.action for a in saved[0].actions] == ["Move Ana to payments", "Weekly release train"]
    assert saved[0].written_on == date(2026, 11, 23) and saved[0].id is None


def test_blank_rows_are_left_out_and_unchanged_words_save_as_a_new_version(qtbot) -> None:  # type: ignore[no-untyped-def]
    saved: list[NarrativeVersion] = []
    editor = editor_for(qtbot, FIRST, saved)
    editor.action_list.add.click()
    assert len(editor.action_list.rows) == 4
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    qtbot.keyClick(editor.diagnosis, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(saved) == 1
    assert replace(saved[0], written_on=FIRST.written_on, id=1) == FIRST  # "it still holds"
