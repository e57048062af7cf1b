"""Paragraph styles of the printouts, all with HarfBuzz shaping on.

Khmer stacks marks above and subscript consonants below the line, so a Khmer report gets more
leading than an English one; an English report still leaves room for a Khmer name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from piu_desk.core.reports import fonts
from piu_desk.core.reports.dates import KHMER, check_language

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#8c8c8c")
HEADER_FILL = colors.HexColor("#dde3ea")
ZEBRA_FILL = colors.HexColor("#f3f5f7")

Alignment = Literal[0, 1, 2, 4]  # reportlab's TA_LEFT, TA_CENTER, TA_RIGHT, TA_JUSTIFY


@dataclass(frozen=True)
class ReportStyles:
    language: str
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    table_text: ParagraphStyle
    table_number: ParagraphStyle
    table_header: ParagraphStyle
    header: ParagraphStyle
    header_right: ParagraphStyle
    footer: ParagraphStyle
    footer_right: ParagraphStyle
    key: ParagraphStyle
    key_number: ParagraphStyle

    def by_name(self, name: str) -> ParagraphStyle:
        style = getattr(self, name, None)
        if not isinstance(style, ParagraphStyle):
            raise KeyError(f"no paragraph style {name!r}")
        return style


def _style(name: str, size: float, factor: float, *, bold: bool = False,
           base: str = fonts.LATIN, color: colors.Color = INK, alignment: Alignment = TA_LEFT,
           before: float = 0, after: float = 0) -> ParagraphStyle:
    regular, heavy = {fonts.KHMER: (fonts.KHMER, fonts.KHMER_BOLD),
                      fonts.MONO: (fonts.MONO, fonts.MONO_BOLD)}.get(
        base, (fonts.LATIN, fonts.LATIN_BOLD))
    return ParagraphStyle(
        name, fontName=heavy if bold else regular, fontSize=size, leading=round(size * factor, 1),
        textColor=color, alignment=alignment, spaceBefore=before, spaceAfter=after,
        shaping=1, splitLongWords=0, allowWidows=0, allowOrphans=0)


def make_styles(language: str) -> ReportStyles:
    """Styles for a report in `language` ("en" or "km")."""
    check_language(language)
    khmer = language == KHMER
    base = fonts.KHMER if khmer else fonts.LATIN
    f = 1.75 if khmer else 1.45  # leading as a multiple of the size
    up = 0.5 if khmer else 0.0  # Khmer reads better half a point larger
    return ReportStyles(
        language=language,
        title=_style("title", 16 + up, f * 0.9, bold=True, base=base, after=4),
        subtitle=_style("subtitle", 10.5 + up, f, base=base, color=MUTED, after=8),
        heading=_style("heading", 12 + up, f * 0.95, bold=True, base=base, before=10,
                       after=4),
        body=_style("body", 10 + up, f, base=base, after=4),
        small=_style("small", 8.5 + up, f, base=base, color=MUTED),
        table_text=_style("table_text", 8.5 + up, f * 0.95, base=base),
        table_number=_style("table_number", 8.5 + up, f * 0.95, base=base, alignment=TA_RIGHT),
        table_header=_style("table_header", 8.5 + up, f * 0.95, bold=True, base=base),
        header=_style("header", 8.5 + up, f * 0.9, base=base, color=MUTED),
        header_right=_style("header_right", 8.5 + up, f * 0.9, bold=True, base=base,
                            alignment=TA_RIGHT),
        footer=_style("footer", 7.5 + up, f * 0.9, base=base, color=MUTED),
        footer_right=_style("footer_right", 7.5 + up, f * 0.9, base=base, color=MUTED,
                            alignment=TA_RIGHT),
        key=_style("key", 19, 1.3, bold=True, base=fonts.MONO, alignment=TA_CENTER),
        key_number=_style("key_number", 7.5, 1.3, base=base, color=MUTED,
                          alignment=TA_CENTER),
    )
