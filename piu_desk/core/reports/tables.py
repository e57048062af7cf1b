"""Tables that split across pages with their header row repeated, and the signature block."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from piu_desk.core.reports import styles
from piu_desk.core.reports.document import Report
from piu_desk.core.text import QT_TRANSLATE_NOOP

NONE = QT_TRANSLATE_NOOP("Reports", "None")
NAME = QT_TRANSLATE_NOOP("Reports", "Name:")
ROLE = QT_TRANSLATE_NOOP("Reports", "Role:")
DATE = QT_TRANSLATE_NOOP("Reports", "Date:")
SIGNATURE = QT_TRANSLATE_NOOP("Reports", "Signature:")
PREPARED_BY = QT_TRANSLATE_NOOP("Reports", "Prepared by")
REVIEWED_BY = QT_TRANSLATE_NOOP("Reports", "Reviewed by")

CELL_PADDING = 3
SIGNATURE_SPACE = 8 * mm


class Align(Enum):
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class Column:
    """A column: its (translated) title, its share of the width, and its alignment."""

    title: str
    weight: float = 1.0
    align: Align = Align.LEFT
    mono: bool = False


def column_widths(columns: Sequence[Column], width: float) -> list[float]:
    total = sum(c.weight for c in columns)
    return [width * c.weight / total for c in columns]


def data_table(report: Report, columns: Sequence[Column], rows: Iterable[Sequence[str]], *,
               width: float | None = None, empty_text: str | None = None,
               zebra: bool = True) -> Flowable:
    """A table of plain-text cells (wrapped as paragraphs), splitting across pages with the
    header row repeated. With no rows it is the header and one row saying "None" (or
    `empty_text`), so an empty section shows rather than vanishes."""
    st = report.styles
    widths = column_widths(columns, width or report.frame_width())
    inner = [w - 2 * CELL_PADDING for w in widths]
    cell_styles = [st.table_number if c.align is Align.RIGHT else st.table_text for c in columns]
    header_right = ParagraphStyle("table_header_right", parent=st.table_header,
                                  alignment=TA_RIGHT)
    header_styles = [header_right if c.align is Align.RIGHT else st.table_header
                     for c in columns]
    header = [Paragraph(report.markup(c.title, bold=True, style=hs, width=w), hs)
              for c, hs, w in zip(columns, header_styles, inner, strict=True)]
    body: list[list[Paragraph]] = []
    for row in rows:
        if len(row) != len(columns):
            raise ValueError(f"a row has {len(row)} cells for {len(columns)} columns")
        body.append([Paragraph(report.markup(cell, mono=c.mono, style=cs, width=w), cs)
                     for c, cs, w, cell in zip(columns, cell_styles, inner, row, strict=True)])
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING - 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("BACKGROUND", (0, 0), (-1, 0), styles.HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, styles.RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, styles.RULE),
        ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.8, styles.RULE),  # page ends
        ("BOX", (0, 0), (-1, -1), 0.4, styles.RULE),
    ]
    if not body:
        text = report.text(NONE) if empty_text is None else empty_text
        body.append([Paragraph(report.markup(text), st.table_text)]
                    + [Paragraph("", st.table_text) for _ in columns[1:]])
        commands.append(("SPAN", (0, 1), (-1, 1)))
    elif zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, styles.ZEBRA_FILL]))
    table = Table([header, *body], colWidths=widths, repeatRows=1, splitByRow=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


@dataclass(frozen=True)
class Signatory:
    """One column of a signature block; blank values leave a line to write on."""

    label: str
    name: str = ""
    role: str = ""
    date: str = ""


def signatories(report: Report, prepared: Signatory | None = None,
                reviewed: Signatory | None = None) -> list[Signatory]:
    """The usual pair: "Prepared by" and "Reviewed by", with the names given."""
    out = []
    for label, who in ((PREPARED_BY, prepared), (REVIEWED_BY, reviewed)):
        given = who or Signatory("")
        out.append(Signatory(report.text(label), given.name, given.role, given.date))
    return out


def signature_block(report: Report, parties: Sequence[Signatory], *,
                    width: float | None = None) -> Flowable:
    """Side-by-side columns: label, then name, role, date and a signature line. Kept on one
    page."""
    st = report.styles
    fields = [(NAME, "name"), (ROLE, "role"), (DATE, "date"), (SIGNATURE, "")]
    gap = 10 * mm
    columns = 2 * len(parties) - 1  # a blank column between two parties keeps lines apart
    rows: list[list[Flowable | str]] = [_spread(
        [Paragraph(report.markup(p.label, bold=True), st.body) for p in parties])]
    full = width or report.frame_width()
    party = (full - gap * (len(parties) - 1)) / len(parties)
    for label, attr in fields:
        rows.append(_spread([report.rich([(report.text(label) + " ", False),
                                          (getattr(p, attr) if attr else "", False)],
                                         width=party)
                             for p in parties]))
    table = Table(rows, colWidths=[party if i % 2 == 0 else gap for i in range(columns)],
                  hAlign="LEFT")
    last = len(rows) - 1
    commands: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                          ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                          ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                          ("TOPPADDING", (0, 1), (-1, -1), 6),
                                          ("TOPPADDING", (0, last), (-1, last), 14 * mm)]
    for col in range(0, columns, 2):
        commands.append(("LINEBELOW", (col, 1), (col, last), 0.4, styles.RULE))
    table.setStyle(TableStyle(commands))
    return KeepTogether([Spacer(1, SIGNATURE_SPACE), table])


def _spread(cells: list[Flowable]) -> list[Flowable | str]:
    out: list[Flowable | str] = []
    for i, cell in enumerate(cells):
        if i:
            out.append("")
        out.append(cell)
    return out
