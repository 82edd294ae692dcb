"""The translation pipeline: sources -> ``.ts`` (pyside6-lupdate) -> ``.qm`` (pyside6-lrelease).

    python freeze/translations.py update            refresh resources/i18n/*.ts from the code
    python freeze/translations.py check             exit 1 when a .ts is out of date
    python freeze/translations.py release OUT_DIR   compile every .ts into OUT_DIR/*.qm
    python freeze/translations.py status            finished / unfinished per language
    python freeze/translations.py export LANG [--context PREFIX ...] [--all] > todo.json
    python freeze/translations.py import LANG done.json   (checked, then normalised)
        done.json: [{"id": ..., "translation": "..." or ["one", "other"]}, ...] (ids from
        export) or the full rows export writes
    python freeze/translations.py validate          placeholders, numerus, mnemonics

Why not plain ``pyside6-lupdate desktop``: our ui modules call a module-level ``tr(text)``
(or ``trn(text, n)``) whose context is set once in the module; lupdate would file those
calls under the empty context while the app asks for the module's one. So this script
reads every module with Python's ``ast``, writes each message as an explicit
``QCoreApplication.translate(context, text, ...)`` line into a scratch file, adds the
resources' messages (``altitude.i18n.resource_texts``), and lets lupdate merge them into
the ``.ts`` files (translations kept, ``-no-obsolete``, no line numbers so moving code does
not make a ``.ts`` out of date). A ``tr()`` whose text is not a literal cannot be found this
way; ``dynamic_calls`` lists them for the static test.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop" / "altitude"
RESOURCES = ROOT / "resources"
TS_DIR = RESOURCES / "i18n"
LANGUAGES = ("de", "fr")  # full translations; "en" holds only the English plural forms
APP = "altitude"

sys.path.insert(0, str(ROOT / "desktop"))
from altitude.i18n.resource_texts import (  # noqa: E402 - needs the path above
    WORDS_NOTE,
    json_context,
    json_messages,
    markdown_messages,
)


@dataclass(frozen=True)
class Message:
    context: str
    text: str
    disambiguation: str | None = None
    numerus: bool = False


@dataclass(frozen=True)
class Dynamic:
    """A translation call whose text is not a string literal (lupdate cannot see it)."""

    path: str
    line: int
    call: str


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:  # a build environment may have PySide6 without its scripts on PATH
        try:
            import PySide6

            inside = Path(PySide6.__file__).parent / name.removeprefix("pyside6-")
            found = str(inside) if inside.exists() else None
        except ImportError:
            pass
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[dev]')")
    return found


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _constants(tree: ast.Module) -> dict[str, str]:
    """The module's string constants (``NAME = "..."``), so ``tr(NAME)`` is found too."""
    return {
        t.id: n.value.value
        for n in tree.body
        if isinstance(n, ast.Assign)
        and isinstance(n.value, ast.Constant)
        and isinstance(n.value.value, str)
        for t in n.targets
        if isinstance(t, ast.Name)
    }


def _module_contexts(tree: ast.Module) -> dict[str, str]:
    """The context of each module-level ``tr``/``trn`` helper (``def tr(text): return
    QCoreApplication.translate("Ctx", text)``), resolving a module constant if used."""
    constants = _constants(tree)
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in ("tr", "trn"):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _name(inner.func) == "translate" and inner.args:
                    first = inner.args[0]
                    context = _literal(first)
                    if context is None and isinstance(first, ast.Name):
                        context = constants.get(first.id)
                    if context is not None:
                        found[node.name] = context
                        break
    return found


def _imported_helpers(tree: ast.Module) -> dict[str, str]:
    """``from altitude.ui.x.wording import tr`` (or ``tr as x_tr``): the helper's context is
    the one of the module that defines it; the local name may differ (``x_tr``)."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("altitude.")):
            continue
        wanted = {a.name: a.asname or a.name for a in node.names if a.name in ("tr", "trn")}
        source = PACKAGE.parent / (str(node.module).replace(".", "/") + ".py")
        if wanted and source.exists():
            defined = _module_contexts(ast.parse(source.read_text(encoding="utf-8")))
            found |= {local: defined[name] for name, local in wanted.items() if name in defined}
    return found


def helper_contexts(tree: ast.Module) -> dict[str, str]:
    """Local name -> context of every ``tr``/``trn`` helper a module calls: its own and
    the ones it imports. A ``trn`` helper's local name ends in ``trn``."""
    return {**_imported_helpers(tree), **_module_contexts(tree)}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


class _Finder(ast.NodeVisitor):
    def __init__(self, path: str, helpers: dict[str, str], constants: dict[str, str]) -> None:
        self.path = path
        self.constants = constants
        self.helpers = helpers
        self.classes: list[str] = []
        self.functions: list[str] = []
        self.messages: list[Message] = []
        self.dynamic: list[Dynamic] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast's name
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802 - ast's name
        self.functions.append(node.name)
        # ``tr = self.tr`` in a method: its ``tr(...)`` calls are the class's, as self.tr's.
        aliases = {
            t.id: self.classes[-1]
            for n in node.body
            if self.classes
            and isinstance(n, ast.Assign)
            and isinstance(n.value, ast.Attribute)
            and n.value.attr == "tr"
            and isinstance(n.value.value, ast.Name)
            and n.value.value.id == "self"
            for t in n.targets
            if isinstance(t, ast.Name)
        }
        outer = self.helpers
        self.helpers = {**outer, **aliases}
        self.generic_visit(node)
        self.helpers = outer
        self.functions.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast's name
        if not (self.functions[-1:] in (["tr"], ["trn"]) and not self.classes):
            self._take(node)  # (a helper's own body passes its argument on)
        self.generic_visit(node)

    def _take(self, call: ast.Call) -> None:
        name = _name(call.func)
        args = call.args
        if name == "tr" and isinstance(call.func, ast.Attribute):  # self.tr(text, dis, n)
            owner = call.func.value
            if not self.classes or not (isinstance(owner, ast.Name) and owner.id == "self"):
                # window.tr(...): Qt takes the context from the object's class at run time
                self.dynamic.append(Dynamic(self.path, call.lineno, ast.unparse(call)[:120]))
                return
            self._add(
                self.classes[-1],
                call,
                args[0] if args else None,
                args[1] if len(args) > 1 else None,
                len(args) > 2,
            )
        elif isinstance(call.func, ast.Name) and name in self.helpers:
            numerus = name.endswith("trn")
            self._add(
                self.helpers[name],
                call,
                args[0] if args else None,
                _keyword(call, "disambiguation"),
                numerus,
            )
        elif name in ("translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_N_NOOP") and len(args) >= 2:
            context = _literal(args[0])
            if context is None:
                return  # the module's own tr() helper body, or not ours
            dis = args[2] if len(args) > 2 else _keyword(call, "disambiguation")
            numerus = len(args) > 3 or _keyword(call, "n") is not None
            numerus = numerus or name == "QT_TRANSLATE_N_NOOP"  # a marked plural

            self._add(context, call, args[1], dis, numerus)

    def _add(
        self,
        context: str,
        call: ast.Call,
        text: ast.expr | None,
        dis: ast.expr | None,
        numerus: bool,
    ) -> None:
        source = _literal(text)
        if source is None and isinstance(text, ast.Name):
            source = self.constants.get(text.id)
        if source is None:
            self.dynamic.append(Dynamic(self.path, call.lineno, ast.unparse(call)[:120]))
            return
        self.messages.append(Message(context, source, _literal(dis), numerus))


def scan_code() -> tuple[list[Message], list[Dynamic]]:
    messages: list[Message] = []
    dynamic: list[Dynamic] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.parent.name == "i18n" and path.parent.parent == PACKAGE:
            continue  # the runtime itself: its docstrings name the calls
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        finder = _Finder(str(path.relative_to(ROOT)), helper_contexts(tree), _constants(tree))
        finder.visit(tree)
        messages += finder.messages
        dynamic += finder.dynamic
    return messages, dynamic


def scan_resources() -> list[Message]:
    found: list[Message] = []
    for kind in ("catalogue", "prompts", "sample-plan"):
        doc = json.loads((RESOURCES / f"{kind}.json").read_text(encoding="utf-8"))
        found += [Message(kind, text) for text in json_messages(kind, doc)]
    for path in sorted((RESOURCES / "families").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        words = ", ".join(doc.get("words", []))
        for text in json_messages("families", doc):
            note = WORDS_NOTE if text == words else None
            found.append(Message(json_context("families", doc), text, note))
    for path in sorted((RESOURCES / "guide").glob("*.md")):
        context = f"guide/{path.stem}"
        found += [Message(context, t) for t in markdown_messages(path.read_text("utf-8"))]
    return found


def _py(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _scratch(messages: list[Message], folder: Path) -> list[Path]:
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for m in dict.fromkeys(messages):
        args = [_py(m.context), _py(m.text)]
        if m.disambiguation is not None or m.numerus:
            args.append(_py(m.disambiguation) if m.disambiguation is not None else "None")
        if m.numerus:
            args.append("n")
        lines.append(f"QCoreApplication.translate({', '.join(args)})")
    path = folder / "messages.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [path]


def ts_path(language: str) -> Path:
    return TS_DIR / f"{APP}_{language}.ts"


def _lupdate(targets: dict[str, Path]) -> None:
    """Merge the current messages into ``targets`` (language -> .ts path)."""
    code, _ = scan_code()
    messages = code + scan_resources()
    with tempfile.TemporaryDirectory() as scratch:
        files = [str(p) for p in _scratch(messages, Path(scratch))]
        for language, target in targets.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            extra = ["-pluralonly"] if language == "en" else []
            subprocess.run(  # noqa: S603 - the PySide6 tool beside this Python
                [
                    _tool("pyside6-lupdate"),
                    *files,
                    "-ts",
                    str(target),
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-source-language",
                    "en",
                    "-target-language",
                    language,
                    "-silent",
                    *extra,
                ],
                check=True,
            )


def update() -> None:
    _lupdate({lang: ts_path(lang) for lang in (*LANGUAGES, "en")})


def out_of_date() -> list[str]:
    """The .ts files that ``update`` would change."""
    stale: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        targets: dict[str, Path] = {}
        for lang in (*LANGUAGES, "en"):
            copy = Path(scratch) / ts_path(lang).name
            if ts_path(lang).exists():
                shutil.copyfile(ts_path(lang), copy)
            targets[lang] = copy
        _lupdate(targets)
        for lang, copy in targets.items():
            current = ts_path(lang)
            if not current.exists() or current.read_bytes() != copy.read_bytes():
                stale.append(str(current.relative_to(ROOT)))
    return stale


def release(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    for lang in ("en", *LANGUAGES):
        qm = out_dir / f"{APP}_{lang}.qm"
        subprocess.run(  # noqa: S603 - the PySide6 tool beside this Python
            [_tool("pyside6-lrelease"), "-silent", str(ts_path(lang)), "-qm", str(qm)], check=True
        )
        made.append(qm)
    return made


# --- reading and writing translations ---------------------------------------------------


@dataclass
class Entry:
    context: str
    source: str
    comment: str | None
    numerus: bool
    finished: bool
    forms: list[str]


def read_ts(path: Path) -> tuple[ET.ElementTree, list[tuple[Entry, ET.Element]]]:
    tree = ET.parse(path)  # noqa: S314 - our own .ts files
    found: list[tuple[Entry, ET.Element]] = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None:
                raise SystemExit(f"{path}: a message without <translation>")
            numerus = msg.get("numerus") == "yes"
            forms = [f.text or "" for f in tr.iter("numerusform")] if numerus else [tr.text or ""]
            entry = Entry(
                name,
                msg.findtext("source") or "",
                msg.findtext("comment"),
                numerus,
                tr.get("type") not in ("unfinished", "vanished", "obsolete"),
                forms,
            )
            found.append((entry, msg))
    return tree, found


# %n, %1, Python format fields ({0}, {name}, {0:.1f}), the guide's {{fillers}}, tags.
PLACEHOLDER = re.compile(r"%n|%L?\d+|\{\{[a-z-]+\}\}|\{\w*(?:[:!][^{}]*)?\}|<[^<>]+>")
MNEMONIC = re.compile(r"(?<!&)&(?![&\s])")


def problems(entry: Entry) -> list[str]:
    """Why a finished translation would be wrong on screen."""
    if not entry.finished:
        return ["unfinished"]
    found: list[str] = []
    want = Counter(PLACEHOLDER.findall(entry.source))
    for i, form in enumerate(entry.forms):
        if not form.strip():
            found.append(f"form {i + 1} is empty")
            continue
        have = Counter(PLACEHOLDER.findall(form))
        if entry.numerus and i == 0:  # "ein Ergebnis": the singular may spell out the 1
            have["%n"] = want["%n"]
        if have != want:
            found.append(f"placeholders {sorted(want)} became {sorted(have)} in {form!r}")
        words = entry.comment == WORDS_NOTE  # "fp&a" in a list of job-title words
        if not words and bool(MNEMONIC.search(entry.source)) != bool(MNEMONIC.search(form)):
            found.append(f"keyboard mnemonic (&) lost or added in {form!r}")
    return found


def validate(language: str) -> list[str]:
    _, entries = read_ts(ts_path(language))
    out: list[str] = []
    for entry, _ in entries:
        if language == "en" and not entry.finished:
            out.append(f"[{entry.context}] {entry.source!r}: unfinished")
            continue
        for p in problems(entry):
            out.append(f"[{entry.context}] {entry.source[:60]!r}: {p}")
    return out


def message_id(context: str, source: str, comment: str | None) -> str:
    """A short stable name for a message, so a translator's file can give just
    ``{"id": ..., "translation": ...}``."""
    key = "\x04".join((context, source, comment or ""))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]  # noqa: S324 - a name, not security


def export(language: str, prefixes: list[str], everything: bool) -> list[dict[str, object]]:
    _, entries = read_ts(ts_path(language))
    rows: list[dict[str, object]] = []
    for e, _ in entries:
        if prefixes and not any(e.context.startswith(p) for p in prefixes):
            continue
        if e.finished and not everything:
            continue
        row: dict[str, object] = {
            "id": message_id(e.context, e.source, e.comment),
            "context": e.context,
            "source": e.source,
        }
        if e.comment:
            row["comment"] = e.comment
        row["translation"] = e.forms if e.numerus else (e.forms[0] if e.finished else "")
        if e.numerus:
            row["numerus"] = True
        rows.append(row)
    return rows


def import_rows(language: str, rows: list[dict[str, object]]) -> tuple[int, list[str]]:
    """Write the given translations (checked first; a row with a problem is skipped and
    reported), then let lupdate normalise the file."""
    path = ts_path(language)
    tree, entries = read_ts(path)
    index = {(e.context, e.source, e.comment or None): (e, m) for e, m in entries}
    by_id = {message_id(*key): key for key in index}
    done, errors = 0, []
    for row in rows:
        if "source" in row:
            key = (str(row["context"]), str(row["source"]), (row.get("comment") or None))
        else:
            key = by_id.get(str(row.get("id")), (str(row.get("id")), "?", None))
        if key not in index:
            errors.append(f"[{key[0]}] {key[1][:60]!r}: no such message (sources changed?)")
            continue
        entry, msg = index[key]
        value = row.get("translation")
        forms = [str(v) for v in value] if isinstance(value, list) else [str(value or "")]
        if entry.numerus and len(forms) != 2:
            errors.append(f"[{key[0]}] {key[1][:60]!r}: give 2 plural forms (one, other)")
            continue
        trial = Entry(entry.context, entry.source, entry.comment, entry.numerus, True, forms)
        found = problems(trial)
        if found:
            errors += [f"[{key[0]}] {key[1][:60]!r}: {p}" for p in found]
            continue
        tr = msg.find("translation")
        if tr is None:
            raise SystemExit(f"{path}: a message without <translation>")
        tr.attrib.pop("type", None)
        for child in list(tr):
            tr.remove(child)
        if entry.numerus:
            tr.text = None
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = forms[0]
        done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    _lupdate({language: path})  # lupdate rewrites the file in its own canonical form
    return done, errors


def status() -> str:
    lines = []
    for lang in (*LANGUAGES, "en"):
        _, entries = read_ts(ts_path(lang))
        done = sum(e.finished for e, _ in entries)
        lines.append(f"{lang}: {done}/{len(entries)} finished")
        todo = Counter(e.context for e, _ in entries if not e.finished)
        lines += [f"    {n:4d} unfinished  {c}" for c, n in todo.most_common()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update")
    sub.add_parser("check")
    sub.add_parser("status")
    sub.add_parser("validate")
    sub.add_parser("dynamic")
    rel = sub.add_parser("release")
    rel.add_argument("out_dir", type=Path)
    exp = sub.add_parser("export")
    exp.add_argument("language")
    exp.add_argument("--context", action="append", default=[])
    exp.add_argument("--all", action="store_true")
    imp = sub.add_parser("import")
    imp.add_argument("language")
    imp.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "check":
        stale = out_of_date()
        if stale:
            print("out of date (run `make translations`):", *stale, sep="\n  ")
            return 1
    elif args.command == "status":
        print(status())
    elif args.command == "validate":
        bad = [p for lang in (*LANGUAGES, "en") for p in validate(lang)]
        print("\n".join(bad[:200]) or "all translations finished and well-formed")
        return 1 if bad else 0
    elif args.command == "dynamic":
        for d in scan_code()[1]:
            print(f"{d.path}:{d.line}: {d.call}")
    elif args.command == "release":
        for qm in release(args.out_dir):
            print(qm)
    elif args.command == "export":
        json.dump(
            export(args.language, args.context, args.all), sys.stdout, ensure_ascii=False, indent=1
        )
        print()
    elif args.command == "import":
        rows = json.loads(args.file.read_text(encoding="utf-8"))
        done, errors = import_rows(args.language, rows)
        print(f"{done} translations written")
        if errors:
            print(f"{len(errors)} skipped:", *errors, sep="\n  ")
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
