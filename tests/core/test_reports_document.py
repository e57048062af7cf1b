"""The report builder: a valid PDF built in memory, page X of Y on every page, tables that
split with their header row repeated, fonts embedded, text that can be found."""

from __future__ import annotations

import io
import re
import subprocess

import pytest
from pypdf import PdfReader

from piu_desk.core.reports import fonts
from piu_desk.core.reports.document import Orientation, Report, ReportInfo
from piu_desk.core.reports.tables import Column, data_table
from tests.core.reports_support import (
    STATION,
    have_poppler,
    pdf_fonts,
    pdf_pages_text,
    sample_report,
    translate_km,
)

pytestmark = pytest.mark.skipif(not have_poppler(), reason="needs poppler-utils")

HEADER_ROW = re.compile(r"No\.\s+Vessel\s+IMO\s+Flag\s+Arrival\s+Crew\s+Inspection")
DATA_ROW = re.compile(r"^\s*(\d+)\s+(MV Ocean Star|Kampot Pearl|Nguyễn Phú 08|Hai Phong|Sea "
                      r"Mercy|Koh Kong|Bangkok Glory|Ivan Papanin|Lucky Star 9|Tonle Queen)",
                      re.MULTILINE)


@pytest.fixture(scope="module")
def english() -> bytes:
    return sample_report("en", rows=200)[1]


@pytest.fixture(scope="module")
def khmer() -> bytes:
    return sample_report("km", rows=60)[1]


def page_count(pdf: bytes) -> int:
    info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout.decode(), re.MULTILINE)[1])


def test_the_pdf_is_valid_and_carries_its_metadata(english: bytes) -> None:
    assert english.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(english))
    assert reader.metadata is not None
    assert reader.metadata.title == "Daily report"
    assert reader.metadata.author == "Keo Sopheap"
    assert reader.metadata.creator == "PIU Desk"
    assert len(reader.pages) == page_count(english)


def test_every_page_says_page_x_of_y_and_carries_the_reference(english: bytes) -> None:
    pages = pdf_pages_text(english)
    assert len(pages) == page_count(english) >= 4
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "Sihanoukville PIU (KHKOS)" in text
        assert "Reference: DR-2026-0331" in text
        assert "Verification code: 7F3K-92QD" in text
        assert "Daily report" in text  # the title in the header


def test_a_long_table_repeats_its_header_row_on_every_page_it_spans(english: bytes) -> None:
    pages = pdf_pages_text(english)
    seen: list[int] = []
    for text in pages:
        rows = [int(m[1]) for m in DATA_ROW.finditer(text)]
        if rows:
            assert len(HEADER_ROW.findall(text)) == 1
        seen += rows
    assert seen == list(range(1, 201))  # every row once, in order, none lost at a split
    assert len([t for t in pages if DATA_ROW.search(t)]) >= 4


def test_english_text_is_extractable(english: bytes) -> None:
    first = pdf_pages_text(english)[0]
    assert "Inspections and crew screened at the port of Sihanoukville." in first
    assert "Saturday 28 November 2026" in first
    last = pdf_pages_text(english)[-1]
    assert "None" in last  # the empty table says so
    assert re.search(r"Prepared by\s+Reviewed by", last)
    assert "Name: Chan Vanna" in last


def test_fonts_are_embedded_subsets_of_the_shipped_faces(english: bytes, khmer: bytes) -> None:
    for pdf in (english, khmer):
        names = pdf_fonts(pdf)
        assert any(n.endswith("+NotoSansKhmer-Regular") for n in names)  # Khmer in cells
        assert any(n.endswith("+Lato-Regular") for n in names)
        assert any(n.endswith("+Lato-Bold") for n in names)
    assert any(n.endswith("+NotoSansKhmer-Bold") for n in pdf_fonts(khmer))
    report = subprocess.run(["pdffonts", "-"], input=khmer, capture_output=True, check=True)
    for line in report.stdout.decode().splitlines()[2:]:
        if "+" in line.split()[0]:
            assert line.split()[-5] == "yes"  # the "emb" column


def test_khmer_report_numbers_pages_in_khmer(khmer: bytes) -> None:
    pages = pdf_pages_text(khmer)
    count = "០១២៣៤៥៦៧៨៩"[len(pages)]
    assert "DR-2026-0331" in pages[0]
    assert len(pages) >= 2
    # the footer's digits are Khmer digits (the words around them are shaped glyphs)
    assert all(count in page for page in pages)


def test_translate_callable_is_used_for_furniture() -> None:
    calls: list[tuple[str, str]] = []

    def spy(context: str, text: str) -> str:
        calls.append((context, text))
        return translate_km(context, text)

    report = Report(ReportInfo("T", STATION, language="km", reference="R-1"), spy)
    report.render([report.paragraph("x")])
    assert ("Reports", "Page {page} of {pages}") in calls
    assert ("Reports", "Reference: {reference}") in calls


def test_landscape_pages_follow_a_portrait_start() -> None:
    report = Report(ReportInfo("Crew list", STATION))
    columns = [Column(f"Column {i}") for i in range(12)]
    story = [report.paragraph("Portrait first"), *report.switch_to(Orientation.LANDSCAPE),
             data_table(report, columns, [tuple("x" for _ in columns)],
                        width=report.frame_width(Orientation.LANDSCAPE))]
    pdf = report.render(story)
    reader = PdfReader(io.BytesIO(pdf))
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
             for p in reader.pages]
    assert sizes == [(595, 842), (842, 595)]
    assert [f"Page {n} of 2" in t for n, t in enumerate(pdf_pages_text(pdf), 1)] == [True, True]


def test_a_landscape_report_starts_landscape() -> None:
    report = Report(ReportInfo("Crew list", STATION, orientation=Orientation.LANDSCAPE))
    reader = PdfReader(io.BytesIO(report.render([report.paragraph("wide")])))
    assert float(reader.pages[0].mediabox.width) > float(reader.pages[0].mediabox.height)


def test_rows_must_match_the_columns() -> None:
    report = Report(ReportInfo("T", STATION))
    with pytest.raises(ValueError, match="2 cells for 3 columns"):
        data_table(report, [Column("a"), Column("b"), Column("c")], [("1", "2")])


def test_fonts_register_once_and_survive_a_second_report() -> None:
    Report(ReportInfo("A", STATION))
    data = fonts.font_data(fonts.KHMER_BOLD)
    Report(ReportInfo("B", STATION))
    assert fonts.font_data(fonts.KHMER_BOLD) is data
