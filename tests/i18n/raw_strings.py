"""Find user-visible GUI text that escapes ``tr()``: a static reading of the ui modules.

A text reaches the user through a Qt text API (``setText``, ``setToolTip``, ``addItem``, a
``QLabel(...)`` or ``QPushButton(...)`` constructor, a ``QMessageBox`` static, a table
model's ``data()``...). What is passed there must come out of a translation call
(``tr``/``trn``/``self.tr``/``translate``/``QCoreApplication.translate``), directly or built
from one (``tr(...).format(...)``, a join of translated parts). Plain variables and other
calls are trusted (their text was translated where it was made: the dynamic-call check in
freeze/translations.py covers those), and literals without a letter (" · ", "%", "—") pass.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

TEXT_METHODS = frozenset(
    {
        "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
        "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "addItem",
        "addItems", "insertItem", "insertItems", "setItemText", "addTab", "insertTab",
        "setTabText", "setTabToolTip", "setHeaderLabels", "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels", "setTitle", "setSubTitle", "setButtonText", "showMessage",
        "setSuffix", "setPrefix", "setSpecialValueText", "addAction", "addMenu", "addRow",
        "setLabelText", "setOkButtonText", "setCancelButtonText", "setInformativeText",
        "setDetailedText", "setWindowIconText", "setIconText", "addSection", "setHtml",
        "setPlainText", "setMarkdown", "setFormat", "setDefaultSuffix", "setNameFilter",
    }
)  # fmt: skip
TEXT_CLASSES = frozenset(
    {
        "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
        "QToolButton", "QCommandLinkButton", "QMenu", "QTableWidgetItem", "QStandardItem",
        "QListWidgetItem", "QTreeWidgetItem", "QMessageBox", "QWidgetAction",
    }
)  # fmt: skip
MESSAGE_BOX_STATICS = frozenset({"information", "warning", "critical", "question", "about"})
TRANSLATORS = frozenset({"tr", "trn", "translate", "QT_TRANSLATE_NOOP"})
MODEL_METHODS = frozenset({"data", "headerData"})
# DialogService (ctx.dialogs): title, message, label and file filters; a suggested file
# name (save_path's second argument) is no text.
DIALOG_METHODS = {"info": (), "error": (), "confirm": (), "ask_text": (2,), "save_path": (1,),
                  "open_path": ()}  # fmt: skip
NAMES = re.compile(r"\bAltitude\b")  # the product's name is never translated
# Methods whose arguments are no text (setFormat on a QDateEdit is a pattern; file-dialog
# filters are Qt's own syntax) only pass literals without words through here.
_NOT_WORDS = re.compile(r"<[^<>]*>|\{[^{}]*\}|&[a-z]+;|%[a-zA-Z0-9]|\\[nt]")


@dataclass(frozen=True)
class Escape:
    path: str
    line: int
    code: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.code}"


def has_words(text: str) -> bool:
    """A letter outside tags, placeholders and entities: something a user reads."""
    return any(ch.isalpha() for ch in NAMES.sub("", _NOT_WORDS.sub("", text)))


def _called(node: ast.expr) -> str | None:
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name):
            return func.id
        if isinstance(func, ast.Attribute):
            return func.attr
    return None


def raw(node: ast.expr) -> bool:
    """True when ``node`` is text a user would read and no translation call made it."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and has_words(node.value)
    if isinstance(node, ast.JoinedStr):  # an f-string: its literal parts are untranslated
        literal = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        return has_words(literal) or any(
            raw(v.value) for v in node.values if isinstance(v, ast.FormattedValue)
        )
    if isinstance(node, ast.BinOp):  # "a" + b, "%s days" % n
        return raw(node.left) or raw(node.right)
    if isinstance(node, ast.IfExp):
        return raw(node.body) or raw(node.orelse)
    if isinstance(node, ast.BoolOp):
        return any(raw(v) for v in node.values)
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        return any(raw(e) for e in node.elts)
    if isinstance(node, ast.Call):
        name = _called(node)
        if name in TRANSLATORS:
            return False
        func = node.func
        if isinstance(func, ast.Attribute) and name in ("format", "join", "replace", "strip"):
            # tr("{0} of {1}").format(...) is fine; "Hello {0}".format(...) is not.
            return raw(func.value) or any(raw(a) for a in node.args)
        return False  # another call: its text is made (and translated) there
    return False


def _is_key(node: ast.expr) -> bool:
    """A string key ("Description", TEXT_SIZE), not a column number."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    return isinstance(node, ast.Name) and node.id.isupper()


def _dialogs(receiver: ast.expr) -> bool:
    """``dialogs``, ``self.dialogs``, ``self.ctx.dialogs``: the app's DialogService."""
    name = receiver.attr if isinstance(receiver, ast.Attribute) else getattr(receiver, "id", "")
    return name in ("dialogs", "_dialogs")


class _Reader(ast.NodeVisitor):
    def __init__(self, path: str) -> None:
        self.path = path
        self.found: list[Escape] = []
        self.functions: list[str] = []

    def _flag(self, node: ast.AST) -> None:
        self.found.append(Escape(self.path, getattr(node, "lineno", 0), ast.unparse(node)[:140]))

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802 - ast's name
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def visit_Return(self, node: ast.Return) -> None:  # noqa: N802 - ast's name
        in_model = self.functions[-1:] and self.functions[-1] in MODEL_METHODS
        if in_model and node.value is not None and raw(node.value):
            self._flag(node)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast's name
        name = _called(node)
        func = node.func
        is_sink = (
            (isinstance(func, ast.Attribute) and name in TEXT_METHODS)
            or (isinstance(func, ast.Name) and name in TEXT_CLASSES)
            or (
                isinstance(func, ast.Attribute)
                and name in MESSAGE_BOX_STATICS
                and isinstance(func.value, ast.Name)
                and func.value.id == "QMessageBox"
            )
        )
        values = [*node.args, *(k.value for k in node.keywords if k.arg)]
        if name == "setText" and len(node.args) == 2 and _is_key(node.args[0]):
            values = []  # QImage.setText(key, value): metadata in a file, not a text shown
        if is_sink and name not in ("setFormat", "setNameFilter", "setDefaultSuffix"):
            if any(raw(v) for v in values):
                self._flag(node)
        elif isinstance(func, ast.Attribute) and name in DIALOG_METHODS and _dialogs(func.value):
            skip = DIALOG_METHODS[name]
            if any(raw(v) for i, v in enumerate(node.args) if i not in skip):
                self._flag(node)
        self.generic_visit(node)


def escapes_in_source(source: str, path: str = "<snippet>") -> list[Escape]:
    reader = _Reader(path)
    reader.visit(ast.parse(source, path))
    return reader.found


def escapes_in(folder: Path, root: Path) -> list[Escape]:
    found: list[Escape] = []
    for path in sorted(folder.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        found += escapes_in_source(path.read_text(encoding="utf-8"), rel)
    return found
