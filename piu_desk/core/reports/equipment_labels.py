"""Asset label sheets: on each label a QR code holding the tag, the tag in text and the
unit's name, on common A4 label layouts (by default 3 × 8 = 24 labels of 70 × 37 mm).

    pdf = render_labels(tags, station, layout=A4_3X8)

Drawn straight on the canvas (no page furniture: the sheet is cut into labels).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from piu_desk.core.domain.station import Station
from piu_desk.core.reports import fonts, styles
from piu_desk.core.reports.document import CREATOR
from piu_desk.core.reports.markup import markup

PADDING = 2.5 * mm


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


def qr_drawing(text: str, size: float) -> Drawing:
    widget = QrCodeWidget(text, barLevel="M")
    x1, y1, x2, y2 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0])
    drawing.add(widget)
    return drawing


def _label(canvas: Canvas, x: float, y: float, layout: LabelLayout, tag: str,
           unit: str) -> None:
    side = layout.height - 2 * PADDING
    renderPDF.draw(qr_drawing(tag, side), canvas, x + PADDING, y + PADDING)
    text_x = x + 2 * PADDING + side
    width = layout.width - 3 * PADDING - side
    st = styles.make_styles("en")
    tag_style = st.by_name("heading")
    tag_para = Paragraph(markup(tag, fonts.faces(bold=True, mono=True)), tag_style)
    _, h = tag_para.wrap(width, layout.height)
    tag_para.drawOn(canvas, text_x, y + layout.height - PADDING - h)
    unit_para = Paragraph(markup(unit, fonts.faces()), st.small)
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
    unit = station.unit or station.name
    _, page_height = A4
    slots = [""] * skip + list(tags)
    for start in range(0, max(len(slots), 1), layout.per_page):
        for i, tag in enumerate(slots[start:start + layout.per_page]):
            if not tag:
                continue
            row, col = divmod(i, layout.columns)
            x = layout.left + col * (layout.width + layout.gap_x)
            y = page_height - layout.top - (row + 1) * layout.height - row * layout.gap_y
            _label(canvas, x, y, layout, tag, unit)
        canvas.showPage()
    canvas.save()
    return out.getvalue()
