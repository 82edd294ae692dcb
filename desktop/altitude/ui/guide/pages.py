"""The guide's pages: Markdown files in ``resources/guide``, listed by ``index.md``.

Qt-free on purpose (tests and the packaging checks read it without a window). A page is
named by its file's stem (``delegation`` for ``delegation.md``); the contents are the
index followed by every page the index links to, in the index's order. Links between
pages are plain relative file names (``[Team](team.md)``): Qt's Markdown import keeps them
as written and gives headings no anchors, so a link names a whole page, never a part.

Pages are written in English and translated block by block at run time, like every
other resource (``altitude.i18n.resource_texts.translate_markdown``, context
``guide/<page>``; the messages are in the .ts files — docs/CONTRIBUTING.md,
"Translations"). A translator keeps a link's target (``team.md``) and changes its words;
a block not translated yet stays English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from altitude.errors import AltitudeError
from altitude.i18n.resource_texts import translate_markdown
from altitude.paths import resource

GUIDE_FOLDER = "guide"
INDEX = "index"
PAGE_LINK = re.compile(r"\]\(([^)\s]+)\)")  # the target of every Markdown link
PAGE_NAME = re.compile(r"[a-z0-9][a-z0-9-]*")
PLACEHOLDER = re.compile(r"\{\{([a-z-]+)\}\}")  # filled at run time, e.g. the shortcuts


class MissingPage(AltitudeError, LookupError):
    """A page the guide names is not among the installed files (a broken installation)."""


@dataclass(frozen=True, slots=True)
class GuidePage:
    name: str
    text: str  # Markdown, placeholders not yet filled

    @property
    def title(self) -> str:
        """The first heading, without its ``#``; the name if the page has none."""
        for line in self.text.splitlines():
            if line.startswith("#"):
                return line.lstrip("#").strip()
        return self.name


def page_name(target: str) -> str | None:
    """The page a link target names (``team.md`` -> ``team``), or None for anything else."""
    if not target.endswith(".md") or "/" in target or ":" in target:
        return None
    stem = target.removesuffix(".md")
    return stem if PAGE_NAME.fullmatch(stem) else None


def link_targets(text: str) -> list[str]:
    return PAGE_LINK.findall(text)


def _path(name: str) -> Path:
    if not PAGE_NAME.fullmatch(name):
        raise MissingPage(f"'{name}' is not a guide page name")
    try:
        return resource(GUIDE_FOLDER, f"{name}.md")
    except FileNotFoundError as missing:
        raise MissingPage(str(missing)) from None


def read_page(name: str) -> GuidePage:
    """The page in the app's language (``altitude.i18n``)."""
    text = _path(name).read_text(encoding="utf-8")
    return GuidePage(name, translate_markdown(f"{GUIDE_FOLDER}/{name}", text))


def contents() -> list[GuidePage]:
    """The index and the pages it links to, once each, in the index's order."""
    index = read_page(INDEX)
    names = [INDEX]
    for target in link_targets(index.text):
        name = page_name(target)
        if name is not None and name not in names:
            names.append(name)
    return [index, *(read_page(n) for n in names[1:])]
