"""The PDF page furniture for the report: fonts, headings, paragraphs, tables, images.

Text is set in DejaVu Sans, which ships with matplotlib, so any Latin, Greek or Cyrillic
text renders. Characters the font lacks (CJK, emoji) are replaced by U+FFFD rather than
left as blank boxes or a crash; invisible modifiers (variation selectors, zero-width
joiners, skin tones) are dropped.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from fpdf import FPDF
from fpdf.enums import TextEmphasis, XPos, YPos
from fpdf.fonts import FontFace

from altitude.i18n import translate

if TYPE_CHECKING:
    from PIL.Image import Image

FAMILY = "DejaVu"
_FONT_FILES = {
    "": "DejaVuSans.ttf",
    "B": "DejaVuSans-Bold.ttf",
    "I": "DejaVuSans-Oblique.ttf",
    "BI": "DejaVuSans-BoldOblique.ttf",
}
REPLACEMENT = "\ufffd"
TEXT = (26, 26, 26)
MUTED = (100, 100, 100)
ACCENT = (0, 114, 178)  # Okabe-Ito blue, as the strategy series
HEADING_FILL = (235, 240, 245)
MAX_CELL = 400  # characters in a table cell; a table is a summary, not the whole note


def font_folder() -> Path:
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


@cache
def _covered() -> frozenset[int]:
    from fontTools.ttLib import TTFont

    with TTFont(font_folder() / _FONT_FILES[""], lazy=True) as font:
        return frozenset(font.getBestCmap())


def clean(text: object) -> str:
    """``text`` as a string the report font can draw."""
    covered = _covered()
    out = []
    for ch in str(text).replace("\r\n", "\n").replace("\t", "    "):
        if ch == "\n" or ord(ch) in covered:
            out.append(ch)
        elif unicodedata.category(ch) in ("Mn", "Me", "Cf", "Sk", "Cc"):
            continue  # modifiers and controls: nothing to show on their own
        else:
            out.append(REPLACEMENT)
    return "".join(out)


def shorten(text: str, limit: int = MAX_CELL) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class ReportDocument(FPDF):
    """A4 portrait pages with a running footer, in DejaVu Sans."""

    def __init__(self, title: str) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.report_title = title
        self.set_margins(16, 16, 16)
        self.set_auto_page_break(auto=True, margin=18)
        self.set_title(clean(title))
        self.set_creator("Altitude")
        self.set_font(FAMILY, "", 10)
        self.set_text_color(*TEXT)

    def set_font(
        self, family: str | None = None, style: str | TextEmphasis = "", size: float = 0
    ) -> None:
        """As FPDF's, loading each DejaVu style on first use: parsing a font file costs
        ~40 ms, and most reports never set the bold italic (or any italic) at all."""
        if (family or self.font_family).lower() == FAMILY.lower():
            self._load_style(style.style if isinstance(style, TextEmphasis) else style)
        super().set_font(family, style, size)

    def _load_style(self, style: str) -> None:
        wanted = "".join(sorted(c for c in style.upper() if c in "BI"))
        if f"{FAMILY.lower()}{wanted}" not in self.fonts:
            self.add_font(FAMILY, wanted, font_folder() / _FONT_FILES[wanted])

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FAMILY, "", 8)
        self.set_text_color(*MUTED)
        page = translate("Report", "page {0} of {1}").format(self.page_no(), "{nb}")
        self.cell(0, 5, f"{clean(self.report_title)} · {page}", align="C")

        self.set_text_color(*TEXT)

    def title_block(self, title: str, subtitle: str) -> None:
        self.set_font(FAMILY, "B", 22)
        self.set_text_color(*ACCENT)
        self.multi_cell(0, 10, clean(title), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font(FAMILY, "", 11)
        self.set_text_color(*MUTED)
        self.multi_cell(0, 6, clean(subtitle), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*TEXT)
        self.ln(4)

    def heading(self, text: str, size: float = 14) -> None:
        if self.get_y() > self.h - 50:  # never leave a heading alone at the foot of a page
            self.add_page()
        self.ln(2)
        self.set_font(FAMILY, "B", size)
        self.set_text_color(*ACCENT)
        self.multi_cell(0, size * 0.5, clean(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*TEXT)
        self.ln(1.5)

    def paragraph(
        self, text: str, *, size: float = 10, muted: bool = False, italic: bool = False
    ) -> None:
        self.set_font(FAMILY, "I" if italic else "", size)
        self.set_text_color(*(MUTED if muted else TEXT))
        self.multi_cell(0, size * 0.5, clean(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*TEXT)
        self.ln(1.5)

    def bullets(self, lines: Sequence[str]) -> None:
        self.set_font(FAMILY, "", 10)
        for line in lines:
            self.set_x(self.l_margin + 3)
            self.multi_cell(
                0, 5, f"• {clean(line)}", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
        self.ln(1.5)

    def facts(self, rows: Sequence[tuple[str, str]]) -> None:
        """Label / value pairs, labels in a narrow muted column."""
        self.table_of(("", ""), rows, (40, self.epw - 40), with_headings=False)

    def table_of(
        self,
        headings: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        with_headings: bool = True,
        size: float = 9,
    ) -> None:
        self.set_font(FAMILY, "", size)
        self._load_style("B")  # fpdf2 checks the headings' font is there before it sets it
        style = FontFace(emphasis="BOLD", fill_color=HEADING_FILL)
        with self.table(
            col_widths=tuple(widths),
            width=sum(widths),
            align="LEFT",
            text_align="LEFT",
            first_row_as_headings=with_headings,
            headings_style=style,
            line_height=size * 0.5,
            borders_layout="HORIZONTAL_LINES" if with_headings else "NONE",
            padding=(1.2, 1.5),
        ) as table:
            if with_headings:
                head = table.row()
                for text in headings:
                    head.cell(clean(text))
            for values in rows:
                row = table.row()
                for text in values:
                    row.cell(shorten(clean(text)))
        self.ln(3)

    def figure(self, image: Image, width: float | None = None) -> None:
        """An image at the full text width (or ``width`` mm), starting a page if needed."""
        width = width or self.epw
        height = width * image.height / image.width
        if self.get_y() + height > self.h - self.b_margin:
            self.add_page()
        self.image(image, x=self.l_margin, w=width, h=height)
        self.ln(3)
