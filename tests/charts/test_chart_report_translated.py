"""The report in the app's language: with a translator installed every heading, label and
sentence of ours goes through it, while what the user wrote is printed as written; without
one (the CLI) it stays English. Plurals: one numerus message, English forms from
altitude_en.ts. And no translation call hides its text from lupdate."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from chart_states import TODAY
from pypdf import PdfReader

from altitude import i18n
from altitude.charts.report import write_report
from altitude.charts.report_pdf import ReportDocument
from altitude.domain.entities import PlanState

ROOT = Path(__file__).resolve().parents[2]


def marked(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A fake translation: every text of ours comes out between « and »."""
    return "«" + i18n.english(context, text, disambiguation, n) + "»"


@pytest.fixture
def translated() -> Iterator[None]:
    i18n.install(marked)
    yield
    i18n.install(None)


@pytest.fixture
def spoken(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every heading, title, table header and label the report draws."""
    said: list[str] = []
    heading, title, table = (
        ReportDocument.heading,
        ReportDocument.title_block,
        ReportDocument.table_of,
    )

    def on_heading(self: ReportDocument, text: str, *args: object, **kw: object) -> None:
        said.append(text)
        heading(self, text, *args, **kw)  # type: ignore[arg-type]

    def on_title(self: ReportDocument, text: str, subtitle: str, *args: object) -> None:
        said.append(subtitle)
        title(self, text, subtitle, *args)  # type: ignore[arg-type]

    def on_table(
        self: ReportDocument, headings: tuple[str, ...], rows: object, *a: object, **kw: object
    ) -> None:
        said.extend(h for h in headings if h)
        if kw.get("with_headings") is False:  # facts: label / value pairs
            said.extend(label for label, _value in rows)  # type: ignore[attr-defined]
        table(self, headings, rows, *a, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(ReportDocument, "heading", on_heading)
    monkeypatch.setattr(ReportDocument, "title_block", on_title)
    monkeypatch.setattr(ReportDocument, "table_of", on_table)
    return said


def user_wrote(state: PlanState) -> set[str]:
    """Texts the user typed that the report may use as a heading or label as they are."""
    found = {e.decision for e in state.journal} | {t.title for t in state.themes}
    found |= {m.label for m in (state.plan.milestones if state.plan else ()) if m.label}
    return found


def test_with_a_translator_every_heading_and_label_is_translated(
    state: PlanState, tmp_path: Path, translated: None, spoken: list[str]
) -> None:
    path = tmp_path / "report.pdf"
    write_report(state, path, TODAY)
    assert len(spoken) > 40  # the whole report was drawn
    escaped = [s for s in spoken if "«" not in s and s not in user_wrote(state)]
    assert escaped == []
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    for ours in ("«Delegation ledger»", "«At a glance»", "«What you do»", "«Recent reflections»"):
        assert ours in text
    assert "«Code reviews for the whole team»" not in text  # the user's item, as written
    assert "Code reviews for the whole team" in text
    assert "«Nobody may miss this" in text  # the weighing's reason, from the domain
    assert "«Advise»" in text  # a delegation level's name


def test_without_a_translator_the_report_stays_english(state: PlanState, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    write_report(state, path, TODAY)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    assert "«" not in text
    assert "Delegation ledger" in text and "weekly check-ins." in text


def test_no_translation_call_hides_its_text_from_lupdate() -> None:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "freeze" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module  # its dataclasses look their module up
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules["translations"]
    messages, dynamic = module.scan_code()
    assert dynamic == []
    contexts = {(m.context, m.text) for m in messages}
    assert ("Levels", "Advise") in contexts and (
        "Weighing",
        "This is the kind of work your new role is for, so keep it.",
    ) in contexts
    numerus = {m.text for m in messages if m.numerus}
    assert (
        "At {0} points a week you reach {1} strategy in {2}, %n week(s) from your latest check-in."
        in numerus
    )


PLURALS = [
    ("Team", "%n outcome(s)", ["0 outcomes", "1 outcome", "2 outcomes"]),
    ("TeamPage", "%n team member(s)", ["0 team members", "1 team member", "2 team members"]),
    ("Relationships", "every %n week(s)", ["every 0 weeks", "every week", "every 2 weeks"]),
    (
        "Report",
        "%n weekly check-in(s).",
        ["0 weekly check-ins.", "1 weekly check-in.", "2 weekly check-ins."],
    ),
]


def test_the_english_plural_forms_come_from_altitude_en_ts(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QTranslator

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path / "altitude_en.qm"
    subprocess.run(
        [str(lrelease), "-silent", str(ROOT / "resources/i18n/altitude_en.ts"), "-qm", str(qm)],
        check=True,
    )
    app = qapp  # pytest-qt's QApplication: a bare QCoreApplication would break later widgets
    translator = QTranslator()
    assert translator.load(str(qm))
    assert app.installTranslator(translator)
    try:
        for context, text, forms in PLURALS:
            assert [QCoreApplication.translate(context, text, None, n) for n in (0, 1, 2)] == forms
    finally:
        app.removeTranslator(translator)


def test_without_the_qm_the_fallback_resolves_s() -> None:
    assert [i18n.translate("Team", "%n outcome(s)", None, n) for n in (0, 1, 2)] == [
        "0 outcomes", "1 outcome", "2 outcomes"
    ]  # fmt: skip
    assert i18n.translate("Report", "%n weekly check-in(s).", None, 1) == "1 weekly check-in."


def test_a_count_the_translator_leaves_as_written_reads_right_in_english(qapp) -> None:  # type: ignore[no-untyped-def]
    from altitude.ui.dashboard.texts import trn

    # No .qm loaded: Qt fills %n and leaves "(s)"; the helper settles it the English way.
    assert [trn("%n delegation(s)", n) for n in (1, 2)] == ["1 delegation", "2 delegations"]
    assert i18n.settled("%n week(s)", 3, "3 Wochen") == "3 Wochen"  # a real translation stays
