"""A report built over platypus: A4 page templates, header and footer, rendered in memory.

    report = Report(ReportInfo(title, station, language="km", reference="DR-2026-0331"),
                    translate)
    story = [report.paragraph(text, "title"), data_table(report, columns, rows), ...]
    pdf = report.render(story)  # bytes; the caller writes them where the user asked

Every page gets a header (unit, station and LOCODE, the title) and a footer (station,
reference, verification code, "page X of Y"). The page count is known only at the end, so the
canvas keeps each page until `save` and draws the header and footer on all of them then.
Nothing is written to disk, and reportlab writes no temporary files for TrueType fonts.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph
from reportlab.platypus.doctemplate import BaseDocTemplate, NextPageTemplate, PageTemplate
from reportlab.platypus.frames import Frame

from piu_desk.core.domain.station import Station
from piu_desk.core.reports import dates, fonts, styles
from piu_desk.core.reports.markup import Fit, markup
from piu_desk.core.text import QT_TRANSLATE_NOOP, Translate, fill, identity_translate

CONTEXT = "Reports"
CREATOR = "PIU Desk"

MARGIN_SIDE = 16 * mm
MARGIN_TOP = 25 * mm
MARGIN_BOTTOM = 20 * mm
HEADER_GAP = 4 * mm  # between the header rule and the frame
FOOTER_GAP = 4 * mm
SPLIT = 0.6  # the header and footer give the left side this share of the width
HEADING_ROOM = 30 * mm  # a heading lower on the page than this starts the next page

PAGE_OF = QT_TRANSLATE_NOOP("Reports", "Page {page} of {pages}")
REFERENCE = QT_TRANSLATE_NOOP("Reports", "Reference: {reference}")
VERIFICATION = QT_TRANSLATE_NOOP("Reports", "Verification code: {code}")


class Orientation(Enum):
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"

    @property
    def pagesize(self) -> tuple[float, float]:
        size: tuple[float, float] = A4 if self is Orientation.PORTRAIT else landscape(A4)
        return size


@dataclass(frozen=True)
class ReportInfo:
    """What the header and footer of every page show. `title` is already translated."""

    title: str
    station: Station
    language: str = dates.ENGLISH
    reference: str = ""
    verification_code: str = ""
    author: str = ""
    orientation: Orientation = Orientation.PORTRAIT
    khmer_digits: bool = True  # page numbers and dates in Khmer digits in a Khmer report


class Report:
    """Styles, translation and page furniture for one printout, and its rendering."""

    def __init__(self, info: ReportInfo, translate: Translate = identity_translate) -> None:
        dates.check_language(info.language)
        fonts.register_fonts()
        self.info = info
        self.translate = translate
        self.styles = styles.make_styles(info.language)

    # -- text --------------------------------------------------------------------------
    def text(self, source: str, **args: object) -> str:
        """`source` (marked with QT_TRANSLATE_NOOP in context "Reports") translated, with
        its `{name}` placeholders filled after translation."""
        return fill(self.translate(CONTEXT, source), args)

    def digits(self, text: str) -> str:
        return dates.digits(text, self.info.language, self.info.khmer_digits)

    def format_number(self, value: int) -> str:
        return dates.format_number(value, self.info.language, khmer_digits=self.info.khmer_digits)

    def format_date(self, value: date, *, weekday: bool = False) -> str:
        return dates.format_date(value, self.info.language, khmer_digits=self.info.khmer_digits,
                                 weekday=weekday)

    def format_datetime(self, value: datetime) -> str:
        return dates.format_datetime(value, self.info.language,
                                     khmer_digits=self.info.khmer_digits)

    def markup(self, text: str, *, bold: bool = False, mono: bool = False,
               style: ParagraphStyle | None = None, width: float | None = None) -> str:
        """Escaped paragraph markup for plain `text`, each word in its script's font. Given
        the paragraph's style and line width, a word too long for the line may break
        between its clusters rather than run over the edge."""
        fit = None
        if style is not None and width is not None:
            size = float(style.fontSize)
            fit = Fit(width, lambda t, face: fonts.text_width(t, face, size), size)
        return markup(text, fonts.faces(bold=bold, mono=mono), fit)

    def paragraph(self, text: str, style: str = "body", *, bold: bool | None = None,
                  width: float | None = None) -> Paragraph:
        """A paragraph of plain text (escaped here), `width` wide (the frame's by default);
        bold defaults to the style's weight."""
        st = self.styles.by_name(style)
        heavy = st.fontName.endswith("-Bold") if bold is None else bold
        return Paragraph(self.markup(text, bold=heavy, style=st,
                                     width=width or self.frame_width()), st)

    def rich(self, parts: Iterable[tuple[str, bool]], style: str = "body",
             width: float | None = None) -> Paragraph:
        """A paragraph from (plain text, bold) parts, e.g. a bold label and its value."""
        st = self.styles.by_name(style)
        return Paragraph("".join(self.markup(t, bold=b, style=st,
                                             width=width or self.frame_width())
                                 for t, b in parts), st)

    def heading(self, text: str) -> list[Flowable]:
        """A section heading that starts a new page rather than end one (a heading kept
        with a long table would push the whole table to the next page)."""
        return [CondPageBreak(HEADING_ROOM), self.paragraph(text, "heading")]

    # -- layout ------------------------------------------------------------------------
    def frame_width(self, orientation: Orientation | None = None) -> float:
        return (orientation or self.info.orientation).pagesize[0] - 2 * MARGIN_SIDE

    def frame_height(self, orientation: Orientation | None = None) -> float:
        return (orientation or self.info.orientation).pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM

    @staticmethod
    def switch_to(orientation: Orientation) -> list[Flowable]:
        """Flowables that continue the story on a new page in `orientation`."""
        return [NextPageTemplate(orientation.value), PageBreak()]

    def render(self, story: Iterable[Flowable]) -> bytes:
        """The PDF, built in memory."""
        out = io.BytesIO()
        doc = BaseDocTemplate(
            out, pagesize=self.info.orientation.pagesize, title=self.info.title,
            author=self.info.author, creator=CREATOR, subject=self.info.station.name,
            lang=self.info.language, pageTemplates=self._templates(),
            initialFontName=fonts.LATIN, initialFontSize=10)
        doc.build(list(story), canvasmaker=self._canvas_maker())
        return out.getvalue()

    def _templates(self) -> list[PageTemplate]:
        first = self.info.orientation
        order = [first] + [o for o in Orientation if o is not first]
        return [PageTemplate(
            id=o.value, pagesize=o.pagesize, autoNextPageTemplate=o.value,
            frames=[Frame(MARGIN_SIDE, MARGIN_BOTTOM, self.frame_width(o), self.frame_height(o),
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                          id=f"{o.value}-body")]) for o in order]

    def _canvas_maker(self) -> Callable[..., Canvas]:
        furniture = self._draw_furniture

        def make(*args: Any, **kwargs: Any) -> Canvas:
            return PageCountingCanvas(furniture, *args, **kwargs)
        return make

    # -- header and footer -------------------------------------------------------------
    def _draw_furniture(self, canvas: PageCountingCanvas, page: int, pages: int) -> None:
        width, height = canvas.page_size()
        inner = width - 2 * MARGIN_SIDE
        wide, narrow = inner * SPLIT, inner * (1 - SPLIT)
        st, info = self.styles, self.info
        station = f"{info.station.name} ({info.station.locode})"

        def para(lines: list[tuple[str, bool]], style: ParagraphStyle, w: float) -> Paragraph:
            return Paragraph("<br/>".join(self.markup(t, bold=b, style=style, width=w)
                                          for t, b in lines), style)

        def static() -> None:  # the same on every page of this size
            canvas.saveState()
            canvas.setStrokeColor(styles.RULE)
            canvas.setLineWidth(0.6)
            # header: unit and station on the left, the title on the right
            top = height - MARGIN_TOP + HEADER_GAP
            _draw(canvas, para([(info.station.unit or info.station.name, True),
                                (station, False)], st.header, wide), MARGIN_SIDE, wide,
                  top + 1.5 * mm, "bottom")
            _draw(canvas, para([(info.title, True)], st.header_right, narrow),
                  MARGIN_SIDE + wide, narrow, top + 1.5 * mm, "bottom")
            canvas.line(MARGIN_SIDE, top, width - MARGIN_SIDE, top)
            # footer: station, reference and code on the left
            canvas.line(MARGIN_SIDE, bottom, width - MARGIN_SIDE, bottom)
            lines = [(station, False)]
            if info.reference:
                lines.append((self.text(REFERENCE, reference=info.reference), False))
            if info.verification_code:
                lines.append((self.text(VERIFICATION, code=info.verification_code), False))
            _draw(canvas, para(lines, st.footer, wide), MARGIN_SIDE, wide, bottom - 1.5 * mm,
                  "top")
            canvas.restoreState()

        bottom = MARGIN_BOTTOM - FOOTER_GAP
        canvas.repeat((width, height), static)
        # and page X of Y on the right of the footer
        page_text = self.text(PAGE_OF, page=self.digits(str(page)), pages=self.digits(str(pages)))
        canvas.saveState()
        _draw(canvas, para([(page_text, False)], st.footer_right, narrow), MARGIN_SIDE + wide,
              narrow, bottom - 1.5 * mm, "top")
        canvas.restoreState()


def _draw(canvas: Canvas, para: Paragraph, x: float, width: float, y: float,
          anchor: str) -> None:
    """A paragraph `width` wide at `x`, its bottom (or top) edge on `y`."""
    _, h = para.wrapOn(canvas, width, 60 * mm)
    para.drawOn(canvas, x, y if anchor == "bottom" else y - h)


class PageCountingCanvas(Canvas):
    """Keeps every page until `save`, then draws the furniture knowing the page count."""

    def __init__(self, furniture: Callable[[PageCountingCanvas, int, int], None], *args: Any,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._pages: list[dict[str, Any]] = []
        self._repeated: dict[object, list[str]] = {}

    def page_size(self) -> tuple[float, float]:
        """The size of the page being drawn (landscape and portrait pages may alternate)."""
        width, height = self.__dict__["_pagesize"]
        return float(width), float(height)

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]

    def repeat(self, key: object, draw: Callable[[], None]) -> None:
        """What `draw` draws (text and lines, its graphics state saved and restored), drawn
        once per document and `key` and then repeated on later pages as the same PDF
        operators: a header laid out and shaped once rather than on each page."""
        code = self.__dict__["_code"]
        recorded = self._repeated.get(key)
        if recorded is None:
            start = len(code)
            draw()
            self._repeated[key] = code[start:]
        else:
            code.extend(recorded)

    def save(self) -> None:
        count = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._furniture(self, number, count)
            super().showPage()
        super().save()
