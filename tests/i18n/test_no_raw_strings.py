"""No user-visible string in the GUI escapes tr(): read statically, with ``ast``."""

from __future__ import annotations

from pathlib import Path

import pytest
from pseudo_translation import freeze_translations
from raw_strings import escapes_in, escapes_in_source, has_words

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "desktop" / "altitude" / "ui"


def test_every_text_the_gui_shows_goes_through_a_translation_call() -> None:
    found = escapes_in(UI, ROOT)
    assert not found, "text shown without tr():\n" + "\n".join(map(str, found))


def test_every_translation_call_has_a_literal_text_lupdate_can_see() -> None:
    """tr(variable) finds no message in the .ts files: it would stay English forever."""
    _, dynamic = freeze_translations().scan_code()
    shown = "\n".join(f"{d.path}:{d.line}: {d.call}" for d in dynamic)
    assert not dynamic, f"translation calls without a literal text:\n{shown}"


BAD = """
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

def tr(text):
    return QCoreApplication.translate("Bad", text)

class Page:
    def build(self, name, n):
        self.title.setText("Your plan")
        self.hint.setToolTip(f"{n} weeks left")
        self.box.addItem("Keep " + name)
        QPushButton("Save", self)
        self.tabs.addTab(self.page, "Overview")
        QMessageBox.warning(self, "Careful", tr("Really?"))
        self.ctx.dialogs.confirm(tr("Delete"), "Delete {0}?".format(name))
        self.label.setText(tr("ok") if n else "not ok")
        self.view.setHorizontalHeaderLabels([tr("Week"), "Hours"])

class Model:
    def data(self, index, role):
        return "Unknown"
"""

GOOD = """
from PySide6.QtWidgets import QLabel, QPushButton

def tr(text):
    return QCoreApplication.translate("Good", text)

class Page:
    def build(self, name, n, plan):
        self.title.setText(tr("Your plan"))
        self.hint.setToolTip(tr("{0} weeks left").format(n))
        self.box.addItem(name)
        QPushButton(self.tr("Save"), self)
        self.sep.setText(" · ")
        self.pct.setText(f"{n}%")
        self.both.setText(f"{tr('Keep')} · {name}")
        self.joined.setText(", ".join([tr("a"), name]))
        self.label.setText("<b>{0}</b>".format(name))
        self.setWindowTitle(f"Altitude — {plan}")
        self.ctx.dialogs.save_path(tr("Save chart"), f"{name}.png", tr("PNG image (*.png)"))
        self.edit.setDisplayFormat("d MMM yyyy")
        image.setText(TEXT_SIZE, f"{n}x{n}")

class Model:
    def data(self, index, role):
        return "—" if role else translate("Model", "Unknown")
"""


def test_the_check_catches_each_kind_of_untranslated_text() -> None:
    found = escapes_in_source(BAD, "bad.py")
    lines = sorted(e.line for e in found)
    assert lines == [9, 10, 11, 12, 13, 14, 15, 16, 17, 21], "\n".join(map(str, found))


def test_the_check_lets_translated_text_and_text_without_words_pass() -> None:
    assert escapes_in_source(GOOD, "good.py") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [("Save", True), (" · ", False), ("%", False), ("—", False), ("<b>{0}</b>", False),
     ("{0} h", True), ("&amp;{count}", False), ("Altitude", False), ("Altitude plan", True)],
)  # fmt: skip
def test_has_words(text: str, words: bool) -> None:
    assert has_words(text) is words


def test_the_check_reads_every_ui_module_and_names_the_file(tmp_path: Path) -> None:
    modules = list(UI.rglob("*.py"))
    assert len(modules) > 100  # the screens are all there, not an empty folder
    planted = tmp_path / "ui" / "page.py"
    planted.parent.mkdir()
    planted.write_text(BAD, encoding="utf-8")
    found = escapes_in(tmp_path / "ui", tmp_path)
    assert found and {e.path for e in found} == {"ui/page.py"}


def test_every_tr_helper_a_module_calls_has_a_context_the_extraction_knows() -> None:
    """A ``tr`` imported from a sibling's wording module is found under that module's
    context, a ``tr = self.tr`` under the class's (before, ~430 messages of 24 modules
    never reached the .ts files)."""
    import ast

    tools = freeze_translations()
    unknown = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = set(tools.helper_contexts(tree))
        helpers |= {  # ``tr = self.tr`` in a method: read as self.tr
            t.id
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign) and ast.unparse(node.value) == "self.tr"
            for t in node.targets
            if isinstance(t, ast.Name)
        }
        called = {
            node.func.id
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and (node.func.id in ("tr", "trn") or node.func.id.endswith(("_tr", "_trn")))
        }
        where = path.relative_to(ROOT)
        unknown += [f"{where}: {name}()" for name in sorted(called - helpers)]
    assert not unknown, "tr helpers without a context:\n" + "\n".join(unknown)


def test_an_imported_helper_is_read_under_its_own_modules_context() -> None:
    messages, _ = freeze_translations().scan_code()
    found = {(m.context, m.text) for m in messages}
    assert ("Narrative", "&Compare") in found  # narrative/diff_view.py, tr from wording.py
    assert ("DecisionsPage", "Review the first one now") in found  # tr = self.tr
