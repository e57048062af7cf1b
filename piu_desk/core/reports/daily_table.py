"""Long tables that render fast: the daily report of a busy day has thousands of cells.

A reportlab Paragraph costs about a millisecond to parse and as much again to wrap and to
shape, and a long table measures its cells again for every page it is split over. So:
- plain text (Latin letters, digits, Khmer digits; nothing that needs shaping) is laid out
  here, word-wrapped when it does not fit, measured once and drawn straight onto the canvas
  (`Lines`);
- text that needs shaping (Khmer letters, combining marks) is a Paragraph, shaped by HarfBuzz
  as in every printout; the same text in the same column (an outcome, a status) is shaped and
  drawn once per document as a form and then placed wherever it recurs (`Stamp`);
- every row's height is measured once and given to the table.
A word too long for its column falls back to a Paragraph, which breaks it between clusters.
Tables split across pages with the header row repeated and say "None" when empty, styled as
tables.data_table.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from piu_desk.core.reports import fonts, styles
from piu_desk.core.reports.document import Report
from piu_desk.core.reports.markup import is_khmer
from piu_desk.core.reports.tables import CELL_PADDING, NONE, Align, Column, column_widths

KHMER_DIGITS = frozenset("០១២៣៤៥៦៧៨៩")
TALL = 10_000.0  # room enough to measure a cell's height


def plain(text: str) -> bool:
    """Whether `text` draws right glyph by glyph, with no shaping: no Khmer other than its
    digits, no combining marks, no zero-width characters."""
    for ch in text:
        if ch in KHMER_DIGITS:
            continue
        if is_khmer(ch) or unicodedata.combining(ch) or ch in "\u200b\u200c\u200d":
            return False
    return True


def runs(text: str, latin: str) -> list[tuple[str, str]]:
    """(font, text) pieces: Khmer digits in the Khmer face, the rest in `latin`."""
    out: list[tuple[str, str]] = []
    for ch in text:
        face = fonts.KHMER if ch in KHMER_DIGITS else latin
        if out and out[-1][0] == face:
            out[-1] = (face, out[-1][1] + ch)
        else:
            out.append((face, ch))
    return out


@lru_cache(maxsize=16384)
def _width(text: str, face: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, face, size))


@lru_cache(maxsize=64)
def _ascent(face: str, size: float) -> float:
    return float(pdfmetrics.getAscent(face, size))


def text_width(text: str, latin: str, size: float) -> float:
    return sum(_width(t, f, size) for f, t in runs(text, latin))


def wrap_words(text: str, width: float, latin: str, size: float) -> list[str] | None:
    """Plain text broken into lines no wider than `width` at spaces and line breaks; None
    when a single word is wider."""
    lines: list[str] = []
    space = _width(" ", latin, size)
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for word in paragraph.split():
            wide = text_width(word, latin, size)
            if wide > width:
                return None
            if line and used + space + wide <= width:
                line, used = f"{line} {word}", used + space + wide
            else:
                if line:
                    lines.append(line)
                line, used = word, wide
        lines.append(line)
    return lines


class Lines(Flowable):
    """Plain text, already broken into lines, drawn straight onto the canvas."""

    def __init__(self, lines: list[str], style: ParagraphStyle, latin: str) -> None:
        super().__init__()
        self.lines = [runs(line, latin) for line in lines]
        self.size, self.leading = float(style.fontSize), float(style.leading)
        self.color = style.textColor
        self.right = style.alignment == TA_RIGHT
        self.widths = [sum(_width(t, f, self.size) for f, t in line) for line in self.lines]
        faces = {f for line in self.lines for f, _ in line} or {latin}
        self.ascent = max(_ascent(f, self.size) for f in faces)
        self.height = self.leading * len(self.lines)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(self.color)
        y = self.height - self.ascent
        for line, wide in zip(self.lines, self.widths, strict=True):
            x = self.width - wide if self.right else 0.0
            for face, text in line:
                canvas.setFont(face, self.size)
                canvas.drawString(x, y, text)
                x += _width(text, face, self.size)
            y -= self.leading


class Stamp(Flowable):
    """A shaped paragraph drawn once per document as a form, then placed where it recurs."""

    def __init__(self, paragraph: Paragraph, name: str, width: float, height: float) -> None:
        super().__init__()
        self.paragraph, self.name = paragraph, name
        self.width, self.height = width, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        if not canvas.hasForm(self.name):
            canvas.beginForm(self.name)
            self.paragraph.drawOn(canvas, 0, 0)
            canvas.endForm()
        canvas.doForm(self.name)


class Cells:
    """Makes the cells of one report's tables, sharing the shaped ones."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self._stamps: dict[tuple[object, ...], Stamp] = {}

    def cell(self, text: str, style: ParagraphStyle, width: float, *, mono: bool = False,
             bold: bool = False) -> Flowable:
        latin = (fonts.MONO_BOLD if bold else fonts.MONO) if mono else (
            fonts.LATIN_BOLD if bold else fonts.LATIN)
        if plain(text):
            lines = wrap_words(text, width, latin, float(style.fontSize))
            if lines is not None:
                return Lines(lines, style, latin)
        key = (text, style.name, style.fontSize, style.alignment, width, mono, bold)
        stamp = self._stamps.get(key)
        if stamp is None:
            paragraph = Paragraph(self.report.markup(text, mono=mono, bold=bold, style=style,
                                                     width=width), style)
            wide, high = paragraph.wrap(width, TALL)
            name = "DR" + hashlib.sha256(repr(key).encode()).hexdigest()[:20]
            stamp = self._stamps[key] = Stamp(paragraph, name, wide, high)
        return Stamp(stamp.paragraph, stamp.name, stamp.width, stamp.height)

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[str]]) -> Flowable:
        """A table of text cells that splits across pages with the header row repeated;
        with no rows, the header and one row saying "None"."""
        st = self.report.styles
        widths = column_widths(columns, self.report.frame_width())
        inner = [w - 2 * CELL_PADDING for w in widths]
        header_right = ParagraphStyle("table_header_right", parent=st.table_header,
                                      alignment=TA_RIGHT)
        header = [self.cell(c.title, header_right if c.align is Align.RIGHT else
                            st.table_header, w, bold=True)
                  for c, w in zip(columns, inner, strict=True)]
        body = [[self.cell(text, st.table_number if c.align is Align.RIGHT else st.table_text,
                           w, mono=c.mono)
                 for c, w, text in zip(columns, inner, row, strict=True)] for row in rows]
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING - 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("BACKGROUND", (0, 0), (-1, 0), styles.HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, styles.RULE),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, styles.RULE),
            ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.8, styles.RULE),
            ("BOX", (0, 0), (-1, -1), 0.4, styles.RULE),
        ]
        if not body:
            body.append([self.cell(self.report.text(NONE), st.table_text, sum(inner))]
                        + [Lines([], st.table_text, fonts.LATIN) for _ in columns[1:]])
            commands.append(("SPAN", (0, 1), (-1, 1)))
            heights = [_height(header, inner), body[0][0].wrap(sum(inner), TALL)[1]
                       + 2 * CELL_PADDING - 1]
        else:
            commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, styles.ZEBRA_FILL]))
            heights = [_height(r, inner) for r in (header, *body)]
        table = Table([header, *body], colWidths=widths, rowHeights=heights, repeatRows=1,
                      splitByRow=1, hAlign="LEFT")
        table.setStyle(TableStyle(commands))
        return table


def _height(row: Sequence[Flowable], inner: Sequence[float]) -> float:
    """A row's height, measured once here: reportlab would measure every cell again for each
    page a long table is split over."""
    tallest = max(c.wrap(w, TALL)[1] for c, w in zip(row, inner, strict=True))
    return float(tallest) + 2 * CELL_PADDING - 1
