"""The shortcuts that let a busy day's report render in under two seconds draw exactly what
reportlab's own, slower paths draw: plain cells written as PDF operators look like
canvas.drawString, cells placed by the daily table land where reportlab's Table puts them
(across pages, with the header row repeated), and page furniture laid out once and repeated is
the same, operator for operator, as furniture drawn afresh on every page. Pages are compared
as pixels, drawn by PDFium."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table

from piu_desk.core.reports import fonts
from piu_desk.core.reports.daily_table import Cells, CellTable, Lines, runs, wrap_words
from piu_desk.core.reports.document import Orientation, PageCountingCanvas, Report, ReportInfo
from piu_desk.core.reports.tables import Align, Column, signatories, signature_block
from tests.core.reports_support import STATION, pdf_pages_text, translate_km

PLAIN = ["MV OCEAN STAR", "9362102", "០៨:៣០", "Berth 7 (north quay)", "១២/០៣/២០២៦ 14:05",
         "Crew list checked against the passports; nothing found on board.", "(x) \\ [y]"]


def pixels(pdf: bytes) -> list[bytes]:
    """Each page drawn by PDFium at 100 dpi, as raw pixels."""
    document = pdfium.PdfDocument(pdf)
    try:
        return [bytes(document[i].render(scale=100 / 72).buffer) for i in range(len(document))]
    finally:
        document.close()


def flat(pdf: bytes) -> list[str]:
    return [" ".join(page.split()) for page in pdf_pages_text(pdf)]


class DrawnString(Flowable):
    """The same lines as a `Lines`, drawn run by run through canvas.drawString."""

    def __init__(self, lines: Lines) -> None:
        super().__init__()
        self.lines = lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return self.lines.wrap(availWidth, availHeight)

    def draw(self) -> None:
        canvas, cell = self.canv, self.lines
        canvas.setFillColor(cell.color)
        y = cell.height - cell.ascent
        for line, wide in zip(cell.lines, cell.widths, strict=True):
            x = self.width - wide if cell.right else 0.0
            for face, text in line:
                canvas.setFont(face, cell.size)
                canvas.drawString(x, y, text)
                x += canvas.stringWidth(text, face, cell.size)
            y -= cell.leading


def plain_cells(report: Report) -> list[Lines]:
    st = report.styles
    right = ParagraphStyle("right", parent=st.table_text, alignment=TA_RIGHT)
    out = []
    for text in PLAIN:
        for style, latin in ((st.table_text, fonts.LATIN), (right, fonts.MONO_BOLD)):
            lines = wrap_words(text, 120, latin, float(style.fontSize))
            assert lines is not None
            out.append(Lines(lines, style, latin))
    return out


@pytest.mark.parametrize("language", ["en", "km"])
def test_plain_cells_look_as_reportlab_draws_the_strings(language: str) -> None:
    fast = Report(ReportInfo(title="Cells", station=STATION, language=language))
    slow = Report(ReportInfo(title="Cells", station=STATION, language=language))
    cells = plain_cells(fast)
    assert any(len(c.lines) > 1 for c in cells)  # wrapped,
    assert any(f == fonts.KHMER for c in cells for line in c.lines for f, _ in line)  # digits
    fast_pdf = fast.render(cells)
    slow_pdf = slow.render([DrawnString(c) for c in plain_cells(slow)])
    assert pixels(fast_pdf) == pixels(slow_pdf)
    assert flat(fast_pdf) == flat(slow_pdf)  # the same text to find and copy
    text = pdf_pages_text(fast_pdf)[0]
    assert all(word in text for word in ("MV OCEAN STAR", "passports;", "(x) \\ [y]"))


def test_runs_put_khmer_digits_in_the_khmer_face() -> None:
    assert runs("08:30", fonts.LATIN) == [(fonts.LATIN, "08:30")]
    assert runs("", fonts.LATIN) == []
    assert runs("០៨:៣០ h", fonts.MONO) == [(fonts.KHMER, "០៨"), (fonts.MONO, ":"),
                                          (fonts.KHMER, "៣០"), (fonts.MONO, " h")]


def long_table(language: str, reference: bool) -> bytes:
    """A daily-report table of 90 rows over several pages, with shaped Khmer labels that
    recur, numbers on the right and a wrapped column; as reportlab's own Table draws it
    when `reference`."""
    translate = translate_km if language == "km" else (lambda c, t: t)
    report = Report(ReportInfo(title="Cells", station=STATION, language=language,
                               reference="DR-1", verification_code="ABCD-EFGH"), translate)
    labels = ["ការត្រួតពិនិត្យ ក្នុងទូ", "គ្មានបញ្ហា", "Cleared"]
    rows = [(report.digits(str(n)), f"VESSEL {n % 7}", labels[n % 3],
             " ".join(["word"] * (n % 11)), report.digits(f"{n * 3:,}"))
            for n in range(1, 91)]
    table = Cells(report).table([Column("No.", 0.5, Align.RIGHT), Column("Vessel", 1.5),
                                 Column("ស្ថានភាព", 1.6), Column("Notes", 2.0),
                                 Column("Crew", 0.8, Align.RIGHT)], rows)
    assert isinstance(table, CellTable)
    if reference:
        table.__class__ = Table  # type: ignore[assignment]  # drawn by reportlab alone
    return report.render([table])


@pytest.mark.parametrize("language", ["en", "km"])
def test_table_cells_land_where_reportlab_places_them(language: str) -> None:
    fast, slow = long_table(language, False), long_table(language, True)
    pages = pdf_pages_text(fast)
    assert len(pages) >= 3
    assert all(("No." in page) for page in pages)  # the header row on every page
    assert pixels(fast) == pixels(slow)


def render_furniture(language: str, repeat: bool, monkeypatch: pytest.MonkeyPatch) -> bytes:
    if not repeat:
        monkeypatch.setattr(PageCountingCanvas, "repeat", lambda self, key, draw: draw())
    translate = translate_km if language == "km" else (lambda c, t: t)
    report = Report(ReportInfo(title="Daily report", station=STATION, language=language,
                               reference="DR-2026-0331", verification_code="7F3K-92QD"),
                    translate)
    story: list[Flowable] = []
    for n in range(3):
        story += [report.paragraph(f"Part {n}", "heading"),
                  *Report.switch_to(Orientation.LANDSCAPE), report.paragraph("Wide", "body"),
                  *Report.switch_to(Orientation.PORTRAIT)]
    story.append(signature_block(report, signatories(report)))
    pdf = report.render(story)
    monkeypatch.undo()
    return pdf


def contents(pdf: bytes) -> list[bytes]:
    """Each page's content stream: its drawing operators."""
    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        stream = page.get_contents()
        assert stream is not None
        out.append(stream.get_data())
    return out


@pytest.mark.parametrize("language", ["en", "km"])
def test_repeated_furniture_is_the_furniture_drawn_on_every_page(
        language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    once = render_furniture(language, True, monkeypatch)
    every = render_furniture(language, False, monkeypatch)
    streams = [contents(once), contents(every)]
    assert len(streams[0]) == 7 and streams[0] == streams[1]
    sizes = {tuple(p.mediabox)[2:] for p in PdfReader(io.BytesIO(once)).pages}
    assert len(sizes) == 2  # portrait and landscape pages, each with its own furniture
    texts = pdf_pages_text(once)
    if language == "en":
        assert all(f"Page {n} of 7" in t and "DR-2026-0331" in t for n, t in
                   enumerate(texts, start=1))
