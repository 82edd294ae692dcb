"""Validation and error messages in the app's language: the real German translation shows
them in German under the wizard's and the decision editor's fields, while the CLI, a
contract for scripts, keeps printing them in English."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from altitude.domain.validation import ValidationError
from altitude.i18n.sentence import problem, shown
from altitude.services import Altitude
from altitude.ui.decisions.page import DecisionsPage
from altitude.ui.language import QM_DIR_ENV, install_language, remove_translations
from altitude.ui.shared.context import AppContext
from altitude.ui.shared.dialogs import ScriptedDialogs
from altitude.ui.shared.fields import error_text
from altitude.ui.wizard import PlanWizard

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files built from the repository's .ts files, as the wheel gets them."""
    folder = tmp_path_factory.mktemp("qm")
    script = ROOT / "freeze" / "translations.py"
    subprocess.run([sys.executable, str(script), "release", str(folder)], check=True, cwd=ROOT)
    assert (folder / "altitude_de.qm").exists()
    return folder


@pytest.fixture
def german(released: Path, service: Altitude, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(QM_DIR_ENV, str(released))
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    install_language(service.data_folder())
    yield
    remove_translations()


@pytest.fixture
def ctx(service: Altitude, dialogs: ScriptedDialogs) -> AppContext:
    return AppContext(service, dialogs)


def test_the_wizard_s_first_page_says_in_german_what_is_missing(
    qtbot,  # type: ignore[no-untyped-def]
    german: None,
    ctx: AppContext,
) -> None:
    wizard = PlanWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.resize(720, 600)  # as on screen: the help under the new role wraps to two lines
    wizard.show()
    wizard.next()  # past the welcome
    step = wizard.move_step
    step.current_role.setText("")
    step.new_role.setText("   ")
    wizard.next()
    assert wizard.currentPage() is step  # refused
    assert step.errors["current_role"].message() == "Nenne deine bisherige Rolle."
    assert step.errors["new_role"].message() == "Nenne deine neue Rolle."
    assert step.errors["new_role"].isVisible()
    assert "Nenne deine neue Rolle." in step.errors["new_role"].text()
    qtbot.wait(50)  # the layout settles
    error = step.errors["new_role"]
    cell = error.parentWidget()
    caption = cell.rows.itemAt(2).widget()  # the help under the field
    assert error.geometry().bottom() < caption.geometry().top()
    assert caption.geometry().bottom() <= cell.height()  # not cut off by the next row


def test_the_decision_editor_refuses_in_german(
    qtbot,  # type: ignore[no-untyped-def]
    german: None,
    ctx: AppContext,
    service: Altitude,
) -> None:
    page = DecisionsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor is not None
    editor.f.decision.setText("Das Stand-up auf zehn Uhr legen")
    editor.f.options.setPlainText("Zehn")  # one option only
    save = editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert editor.f.errors["options"].message() == (
        "Nenne mindestens zwei Optionen, die du erwogen hast."
    )
    assert service.reload().journal == ()


def test_a_message_with_values_is_translated_whole_and_stays_english_as_a_str(
    german: None,
) -> None:
    from altitude.i18n import QT_TRANSLATE_NOOP

    message = problem(
        "Validation",
        QT_TRANSLATE_NOOP("Validation", "Keep this to {0} characters or fewer (it has {1})."),
        200,
        250,
    )
    assert message == "Keep this to 200 characters or fewer (it has 250)."
    assert shown(message) == "Höchstens 200 Zeichen (jetzt sind es 250)."
    error = ValidationError({"title": message})
    assert str(error) == "title: Keep this to 200 characters or fewer (it has 250)."
    assert error_text(error) == "Höchstens 200 Zeichen (jetzt sind es 250)."


def test_the_cli_s_error_for_bad_input_stays_english_on_a_german_system(
    run_cli,  # type: ignore[no-untyped-def]
) -> None:
    assert run_cli("sample").returncode == 0
    refused = run_cli(
        "checkin", "--execution", "100", "--strategy", "100", env={"LANG": "de_DE.UTF-8"}
    )
    assert refused.returncode == 1
    assert "Execution and strategy together can be at most 112 h a week." in refused.stderr


def test_a_review_adjustment_refused_with_values_is_german_and_its_str_english(
    german: None, service: Altitude
) -> None:
    from datetime import date

    from altitude.domain.entities import Milestone, Plan
    from altitude.services.arcs.review_context import AdjustError, adjusted_plan

    plan = Plan(
        current_role="Lead",
        new_role="Manager",
        start_date=date(2026, 1, 5),
        horizon_end=date(2026, 7, 5),
        baseline_share=20,
        target_share=60,
        milestones=(Milestone(30, 30.0), Milestone(90, 45.0)),
    )
    with pytest.raises(AdjustError) as refused:
        adjusted_plan(plan, 90, 60, date(2026, 3, 1))
    assert str(refused.value) == "The plan must end after the day-90 milestone (2026-04-05)."
    german_text = error_text(refused.value)
    assert german_text.startswith("Der Plan muss nach dem Meilenstein an Tag 90 (")
    assert "2026-04-05" not in german_text
