"""Asset label sheets: on each label a QR code holding the tag, the tag in text and the
unit's name, on common A4 label layouts (by default 3 × 8 = 24 labels of 70 × 37 mm).

    pdf = render_labels(tags, station, layout=A4_3X8)

Drawn straight on the canvas (no page furniture: the sheet is cut into labels).
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from piu_desk.core.domain.station import Station
from piu_desk.core.reports import fonts, styles
from piu_desk.core.reports.document import CREATOR
from piu_desk.core.reports.markup import markup

PADDING = 2.5 * mm
QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks


@dataclass(frozen=True)
class LabelLayout:
    """Columns × rows of labels of width × height (points), from the sheet's top-left."""

    name: str
    columns: int
    rows: int
    width: float
    height: float
    left: float
    top: float
    gap_x: float = 0.0
    gap_y: float = 0.0

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


A4_3X8 = LabelLayout("A4 3×8 (70×37 mm)", 3, 8, 70 * mm, 37 * mm, 0, 0.5 * mm)
A4_3X7 = LabelLayout("A4 3×7 (70×42.3 mm)", 3, 7, 70 * mm, 42.3 * mm, 0, 0.45 * mm)
A4_2X7 = LabelLayout("A4 2×7 (99.1×38.1 mm)", 2, 7, 99.1 * mm, 38.1 * mm, 4.65 * mm,
                     15.15 * mm, 2.5 * mm)
LAYOUTS = {"3x8": A4_3X8, "3x7": A4_3X7, "2x7": A4_2X7}


def qr_modules(text: str) -> list[list[bool]]:
    """The QR code of `text` (error correction M: a scratched label still reads), row by
    row from the top, True for a dark module."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    return [[bool(m) for m in row] for row in code.modules]


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """The code as one filled path of runs of dark modules, quiet zone included, in the
    square of side `size` whose lower-left corner is (x, y). Built once and drawn once: the
    graphics widget measured it and built it again, six times slower for a sheet."""
    modules = qr_modules(text)
    box = size / (len(modules) + 2 * QUIET_ZONE)
    path = canvas.beginPath()
    for r, row in enumerate(modules):
        top = y + size - (r + QUIET_ZONE + 1) * box
        column = 0
        for dark, run in itertools.groupby(row):
            count = len(list(run))
            if dark:
                path.rect(x + (column + QUIET_ZONE) * box, top, count * box, box)
            column += count
    canvas.drawPath(path, stroke=0, fill=1)


@dataclass(frozen=True)
class _Text:
    """What every label of a sheet shares: the paragraph styles and the unit's name."""

    tag_style: ParagraphStyle
    unit_style: ParagraphStyle
    unit: str


def _label(canvas: Canvas, x: float, y: float, layout: LabelLayout, tag: str,
           text: _Text) -> None:
    side = layout.height - 2 * PADDING
    draw_qr(canvas, tag, x + PADDING, y + PADDING, side)
    text_x = x + 2 * PADDING + side
    width = layout.width - 3 * PADDING - side
    tag_para = Paragraph(markup(tag, fonts.faces(bold=True, mono=True)), text.tag_style)
    _, h = tag_para.wrap(width, layout.height)
    tag_para.drawOn(canvas, text_x, y + layout.height - PADDING - h)
    unit_para = Paragraph(markup(text.unit, fonts.faces()), text.unit_style)
    unit_para.wrap(width, layout.height / 2)
    unit_para.drawOn(canvas, text_x, y + PADDING)


def render_labels(tags: Sequence[str], station: Station,
                  layout: LabelLayout = A4_3X8, *, skip: int = 0) -> bytes:
    """The label sheets for `tags`, `skip` labels left blank at the start of the first sheet
    (a sheet already partly used)."""
    fonts.register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=1)
    canvas.setTitle("Asset labels")
    canvas.setCreator(CREATOR)
    st = styles.make_styles("en")
    text = _Text(st.by_name("heading"), st.small, station.unit or station.name)
    _, page_height = A4
    slots = [""] * skip + list(tags)
    for start in range(0, max(len(slots), 1), layout.per_page):
        for i, tag in enumerate(slots[start:start + layout.per_page]):
            if not tag:
                continue
            row, col = divmod(i, layout.columns)
            x = layout.left + col * (layout.width + layout.gap_x)
            y = page_height - layout.top - (row + 1) * layout.height - row * layout.gap_y
            _label(canvas, x, y, layout, tag, text)
        canvas.showPage()
    canvas.save()
    return out.getvalue()
