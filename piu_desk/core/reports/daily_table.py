"""Long tables that render fast: the daily report of a busy day has thousands of cells.

A reportlab Paragraph costs about a millisecond to parse and as much again to wrap and to
shape, and a long table measures its cells again for every page it is split over. So:
- plain text (Latin letters, digits, Khmer digits; nothing that needs shaping) is laid out
  here, word-wrapped when it does not fit, measured once and written onto the canvas as one
  text object of PDF operators (`Lines`), the glyph codes as reportlab's drawString writes
  them but without a canvas text object, saved state and translation per line;
- text that needs shaping (Khmer letters, combining marks) is a Paragraph, shaped by HarfBuzz
  as in every printout; the same text in the same column (an outcome, a status) is shaped and
  drawn once per document as a form and then placed wherever it recurs (`Stamp`);
- a cell that recurs (a time, a flag, a label) is one flowable, laid out once per document;
- every row's height is measured once and given to the table, which places each cell
  straight at the top left of its padding (`CellTable`).
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
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
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
    if text.isascii():
        return True
    for ch in text:
        if ch in KHMER_DIGITS:
            continue
        if is_khmer(ch) or unicodedata.combining(ch) or ch in "\u200b\u200c\u200d":
            return False
    return True


def runs(text: str, latin: str) -> list[tuple[str, str]]:
    """(font, text) pieces: Khmer digits in the Khmer face, the rest in `latin`."""
    if text.isascii():
        return [(latin, text)] if text else []
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
    """Plain text, already broken into lines, drawn straight onto the canvas: one text
    object of PDF operators per cell, written here rather than through a canvas text object
    per line (the same glyph codes, fonts and widths reportlab would write)."""

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
        self.width = 0.0
        self._fill = f"{fp_str(self.color.red, self.color.green, self.color.blue)} rg"
        self._encoded: tuple[object, list[str]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        """Drawn in place, without the saved state and translation of every flowable (left
        aligned, as flowables are by default: `_sW` moves nothing)."""
        if not self.lines:
            return
        texts = self._texts(canvas._doc)  # type: ignore[attr-defined]
        ops = ["q", self._fill, "BT"]
        top = y + self.height - self.ascent
        for n, (text, wide) in enumerate(zip(texts, self.widths, strict=True)):
            left = x + self.width - wide if self.right else x
            ops += [f"1 0 0 1 {fp_str(left, top - n * self.leading)} Tm", text]
        ops += ["ET", "Q"]
        canvas._code.append(" ".join(ops))  # type: ignore[attr-defined]

    def _texts(self, doc: object) -> list[str]:
        """Each line's font and text operators (each run moves the pen on by its own width),
        made on the first drawing: the codes of a font's subsets belong to the document."""
        if self._encoded is None or self._encoded[0] is not doc:
            size = fp_str(self.size)
            texts = []
            for line in self.lines:
                ops = []
                for face, text in line:
                    font: Any = pdfmetrics.getFont(face)  # a TrueType font
                    for subset, chunk in font.splitString(text, doc):
                        ops.append(f"{font.getSubsetInternalName(subset, doc)} {size} Tf "
                                   f"({escapePDF(chunk)}) Tj")
                texts.append(" ".join(ops))
            self._encoded = (doc, texts)
        return self._encoded[1]

    def draw(self) -> None:
        self.drawOn(self.canv, 0, 0)


class Stamp(Flowable):
    """A shaped paragraph drawn once per document as a form, then placed where it recurs."""

    def __init__(self, paragraph: Paragraph, name: str, width: float, height: float) -> None:
        super().__init__()
        self.paragraph, self.name = paragraph, name
        self.width, self.height = width, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        """The form placed at (x, y), without the saved state of every flowable."""
        if not canvas.hasForm(self.name):
            canvas.beginForm(self.name)
            self.paragraph.drawOn(canvas, 0, 0)
            canvas.endForm()
        code = canvas._code  # type: ignore[attr-defined]
        code.append(f"q 1 0 0 1 {fp_str(x, y)} cm")
        canvas.doForm(self.name)
        code.append("Q")

    def draw(self) -> None:
        self.drawOn(self.canv, 0, 0)


class Cells:
    """Makes the cells of one report's tables, sharing the shaped ones and the plain ones
    that recur (times, flags, labels): a cell is laid out and measured once per document."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self._cells: dict[tuple[object, ...], Flowable] = {}

    def cell(self, text: str, style: ParagraphStyle, width: float, *, mono: bool = False,
             bold: bool = False) -> Flowable:
        key = (text, style.name, style.fontSize, style.alignment, width, mono, bold)
        found = self._cells.get(key)
        if found is None:
            found = self._cells[key] = self._make(text, style, width, mono=mono, bold=bold,
                                                  key=key)
        if isinstance(found, Stamp):  # a table's cell is its own flowable
            return Stamp(found.paragraph, found.name, found.width, found.height)
        return found

    def _make(self, text: str, style: ParagraphStyle, width: float, *, mono: bool, bold: bool,
              key: tuple[object, ...]) -> Flowable:
        latin = (fonts.MONO_BOLD if bold else fonts.MONO) if mono else (
            fonts.LATIN_BOLD if bold else fonts.LATIN)
        if plain(text):
            lines = wrap_words(text, width, latin, float(style.fontSize))
            if lines is not None:
                return Lines(lines, style, latin)
        paragraph = Paragraph(self.report.markup(text, mono=mono, bold=bold, style=style,
                                                 width=width), style)
        wide, high = paragraph.wrap(width, TALL)
        name = "DR" + hashlib.sha256(repr(key).encode()).hexdigest()[:20]
        return Stamp(paragraph, name, wide, high)

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
        table = CellTable([header, *body], colWidths=widths, rowHeights=heights, repeatRows=1,
                      splitByRow=1, hAlign="LEFT")
        table.setStyle(TableStyle(commands))
        return table


class CellTable(Table):
    """A Table of these cells, placing each straight where reportlab would: at the top left
    of the cell inside its padding (valign TOP, the cell filling the column's width)."""

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: tuple[float, float],
                  size: tuple[float, float]) -> None:
        if (not isinstance(cellval, (Lines, Stamp)) or cellstyle.valign != "TOP"
                or cellstyle.alignment != "LEFT" or cellstyle.href or cellstyle.destination):
            super()._drawCell(cellval, cellstyle, pos, size)  # type: ignore[misc]
            return
        (x, y), (width, height) = pos, size
        _, high = cellval.wrap(width - cellstyle.leftPadding - cellstyle.rightPadding, height)
        cellval.drawOn(self.canv, x + cellstyle.leftPadding,
                       y + height - cellstyle.topPadding - high)


def _height(row: Sequence[Flowable], inner: Sequence[float]) -> float:
    """A row's height, measured once here: reportlab would measure every cell again for each
    page a long table is split over."""
    tallest = max(c.wrap(w, TALL)[1] for c, w in zip(row, inner, strict=True))
    return float(tallest) + 2 * CELL_PADDING - 1
