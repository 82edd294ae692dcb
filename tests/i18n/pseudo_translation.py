"""Translations for the layout tests: the real .qm files, or a pseudo translation.

The pseudo translation makes every message of the app ~40% longer (each word grows by
accented copies of its first letters, as German compounds do) while keeping what Qt and
the code need intact: ``{0}``/``{name}`` placeholders, ``%n``/``%1``, HTML tags and
entities, the ``&`` of a mnemonic, line breaks. It is written straight from the messages
``freeze/translations.py`` finds in the code and in resources/, so a string added
yesterday is in it without running lupdate, and released with Qt's lrelease.
"""

from __future__ import annotations

import importlib.util
import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
_KEEP = re.compile(r"(\{[^{}]*\}|%n|%L?\d+|<[^<>]+>|&[a-zA-Z]+;|&&|\s+)")
_ACCENTS = str.maketrans(
    "aeiouyAEIOUYcnszCNSZ", "áéïöüÿÁÉÏÖÜŸçñšžÇÑŠŽ"
)  # Latin-1-and-a-bit: the fonts used on screen and in the PDF have every one


def freeze_translations() -> ModuleType:
    """freeze/translations.py, from this checkout (a script, not a package)."""
    name = "altitude_freeze_translations"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "freeze" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _longer(word: str) -> str:
    letters = [ch for ch in word if ch.isalpha()]
    if not letters:
        return word
    extra = "".join(letters[: max(1, math.ceil(len(letters) * 0.4))]).lower()
    return word.translate(_ACCENTS) + extra.translate(_ACCENTS)


def pseudo(text: str) -> str:
    """ "Save {0} h" -> "Šávéšá {0} ĥh": longer, accented, placeholders untouched."""
    return "".join(
        part if _KEEP.fullmatch(part) else _longer(part) for part in _KEEP.split(text) if part
    )


def write_pseudo_ts(path: Path, language: str = "de") -> int:
    """Every message of the code and the resources, finished, in pseudo; returns how many."""
    tools = freeze_translations()
    code, _ = tools.scan_code()
    messages = {(m.context, m.text, m.disambiguation): m for m in code}
    for m in tools.scan_resources():
        messages.setdefault((m.context, m.text, m.disambiguation), m)
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for (context, text, dis), m in sorted(messages.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = ET.SubElement(contexts[context], "message")
        ET.SubElement(message, "source").text = text
        if dis:
            ET.SubElement(message, "comment").text = dis
        translation = ET.SubElement(message, "translation")
        if m.numerus:
            message.set("numerus", "yes")
            for _ in range(2):  # German and French have two forms
                ET.SubElement(translation, "numerusform").text = pseudo(text)
        else:
            translation.text = pseudo(text)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return len(messages)


def release_ts(ts: Path, qm: Path) -> Path:
    tools = freeze_translations()
    lrelease = tools._tool("pyside6-lrelease")
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def pseudo_qm(folder: Path) -> Path:
    ts = folder / "altitude_pseudo.ts"
    write_pseudo_ts(ts)
    return release_ts(ts, folder / "altitude_pseudo.qm")


def real_qm(folder: Path, language: str) -> Path:
    """``freeze/translations.py release``: the .qm built from the committed .ts file."""
    made = freeze_translations().release(folder)
    return next(p for p in made if p.name == f"altitude_{language}.qm")


def unfinished(language: str) -> tuple[int, int]:
    """(unfinished or empty messages, all messages) of resources/i18n/altitude_LANG.ts."""
    tools = freeze_translations()
    _, entries = tools.read_ts(tools.ts_path(language))
    missing = sum(1 for e, _ in entries if not e.finished or not any(f.strip() for f in e.forms))
    return missing, len(entries)
