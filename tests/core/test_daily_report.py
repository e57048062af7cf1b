"""The daily report's PDF: a busy day runs over many pages with the header, the report number,
the verification code and "Page X of Y" on each, tables split with their header row repeated
and nothing running off the page; the summary prints the figures; empty sections say "None";
a Khmer report is in Khmer, shaped, with Khmer digits; a draft says it is one; rendering
writes no file and nothing in the temp folder."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.pdfbase import pdfmetrics

from piu_desk.core.reports import fonts
from piu_desk.core.reports.daily_period import Period
from piu_desk.core.reports.daily_register import (
    IssuedReport,
    issue_daily_report,
    preview_daily_report,
)
from piu_desk.core.reports.daily_table import Cells
from piu_desk.core.reports.dates import khmer_digits
from piu_desk.core.reports.document import MARGIN_SIDE, Report, ReportInfo
from piu_desk.core.reports.tables import Column
from tests.core.daily_support import BUSY_INSPECTIONS, DAY, KHMER_DAILY, day_store, translate_km
from tests.core.reports_records_support import pdf_words
from tests.core.reports_support import (
    STATION,
    cmap_glyphs,
    harfbuzz_glyphs,
    have_poppler,
    pdf_fonts,
    pdf_glyphs,
    pdf_pages_text,
    render_watching_files,
)

pytestmark = pytest.mark.skipif(not have_poppler(), reason="needs poppler-utils")
PAGE_WIDTH = 595.3


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def busy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[IssuedReport]:
    with day_store(tmp_path_factory.mktemp("busy"), "busy") as (desk, _):
        yield issue_daily_report(desk, Period.day(DAY), "en", reviewed_by="sopheap")


@pytest.fixture(scope="module")
def empty(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[bytes, bytes]]:
    with day_store(tmp_path_factory.mktemp("empty"), "empty") as (desk, _):
        yield (issue_daily_report(desk, Period.day(DAY), "en").pdf,
               issue_daily_report(desk, Period.day(DAY), "km", translate_km).pdf)


@pytest.fixture(scope="module")
def quiet_km(tmp_path_factory: pytest.TempPathFactory) -> Iterator[IssuedReport]:
    with day_store(tmp_path_factory.mktemp("quiet"), "quiet") as (desk, _):
        yield issue_daily_report(desk, Period.day(DAY), "km", translate_km,
                                 reviewed_by="sopheap")


def test_every_page_carries_the_header_number_code_and_page_x_of_y(busy: IssuedReport) -> None:
    reader = PdfReader(io.BytesIO(busy.pdf))
    pages = [page.extract_text() for page in reader.pages]
    assert len(pages) >= 8
    assert busy.number == "KHKOS-DR-2026-0001" and re.fullmatch(r"[A-Z2-7]{4}-[A-Z2-7]{4}",
                                                                 busy.code)
    for n, text in enumerate(pages, start=1):
        assert "Port Intelligence Unit" in text and "Daily report" in text
        assert f"Page {n} of {len(pages)}" in text
        assert f"Reference: {busy.number}" in text
        assert f"Verification code: {busy.code}" in text


def test_page_one_has_the_header_block_and_the_figures(busy: IssuedReport) -> None:
    first = flat(pdf_pages_text(busy.pdf)[0])
    assert "Thursday 26 November 2026" in first
    for label, value in (("Unit", "Port Intelligence Unit"), ("Report number", busy.number),
                         ("Prepared by", "Sok Dara, Supervisor"),
                         ("Issued on", "27 November 2026 18:00")):
        assert f"{label} {value}" in first
    assert re.search(rf"Inspections {BUSY_INSPECTIONS + 2}\b", first)
    assert re.search(rf"Arrived {BUSY_INSPECTIONS + 3}\b", first)
    assert re.search(r"Crew screened 12\b", first) and re.search(r"Minors 1\b", first)
    assert re.search(r"Possible victims of trafficking 1\b", first)
    assert re.search(r"Grade B2 1\b", first) and re.search(r"Not graded 1\b", first)
    assert re.search(r"Lost or stolen 1\b", first)


def test_long_tables_split_with_their_header_row_repeated(busy: IssuedReport) -> None:
    pages = [flat(p) for p in pdf_pages_text(busy.pdf)]
    header = "No. Started Vessel IMO Type Outcome Status Boarding officers"
    start = next(i for i, p in enumerate(pages) if "Inspections No. Started" in p)
    end = next(i for i, p in enumerate(pages) if "Crew lists screened" in p)
    assert end - start >= 4  # 322 inspections run over several pages
    for page in pages[start:end + 1]:
        assert header in page
    joined = " ".join(pages[start:end + 1])
    table = joined[joined.index("Inspections No. Started"):joined.index("Crew lists screened")]
    numbers = [int(n) for n in re.findall(r"(?:^|\s)(\d{1,3}) \d\d:\d\d ", table)]
    assert numbers == list(range(1, BUSY_INSPECTIONS + 3))  # every row, in order, none lost


def test_long_text_wraps_inside_the_page(busy: IssuedReport) -> None:
    right = PAGE_WIDTH - MARGIN_SIDE + 1
    assert all(word[2] <= right for page in pdf_words(busy.pdf) for word in page)
    text = flat(" ".join(pdf_pages_text(busy.pdf)))
    assert "Fuel transferred to a small boat offshore" in text  # the tip-off's summary
    assert "PIU-KOS-S07" in text and "Fictional" not in text  # a source by its code only


def test_the_sections_list_their_rows(busy: IssuedReport) -> None:
    text = flat(" ".join(pdf_pages_text(busy.pdf)))
    assert "Vessels arrived" in text and "Vessels departed" in text
    assert re.search(r"PHAN QUANG VINH TONLE SAP PHAN QUANG VINH 1\.00 Confirmed match "
                     r"Crew member by Sok Dara", text)
    assert re.search(r"MYO ZAW TONLE SAP MMR 15/07/2011 M Minor", text)
    assert "Pending items carried over" in text and "Overdue equipment returns" in text
    assert re.search(r"PIU-005 Handheld radio PIU-005 Chan Vanna 11/11/2026 23/11/2026", text)
    last = flat(pdf_pages_text(busy.pdf)[-1])
    assert "Prepared by Reviewed by Name: Sok Dara Name: Keo Sopheap" in last


def test_empty_sections_say_none(empty: tuple[bytes, bytes]) -> None:
    english, khmer = empty
    text = flat(" ".join(pdf_pages_text(english)))
    assert text.count("None") == 9  # eight sections and the open alerts
    assert "Vessels arrived No. Arrival Vessel IMO Flag Berth Last port None" in text
    assert "None" not in " ".join(pdf_pages_text(khmer))  # said in Khmer instead


def test_a_khmer_report_is_in_khmer_and_shaped(quiet_km: IssuedReport) -> None:
    names = pdf_fonts(quiet_km.pdf)
    assert any(n.endswith("+NotoSansKhmer-Bold") for n in names)
    assert any(n.endswith("+NotoSansKhmer-Regular") for n in names)
    title = KHMER_DAILY["Daily report"]
    shaped = harfbuzz_glyphs(title, fonts.KHMER_BOLD)
    assert shaped != cmap_glyphs(title, fonts.KHMER_BOLD)
    assert pdf_glyphs(quiet_km.pdf, fonts.KHMER_BOLD)[:len(shaped)] == shaped
    text = flat(" ".join(pdf_pages_text(quiet_km.pdf)))
    for english in ("Vessels arrived", "Boarding officers", "Page 1", "None", "Summary"):
        assert english not in text
    for latin in ("TONLE SAP", "9362102", "PHAN QUANG VINH", "PIU-KOS-S07", quiet_km.number,
                  quiet_km.code):
        assert latin in text  # names, numbers and codes as recorded, still searchable
    assert khmer_digits("15/07/2011") in text and khmer_digits("08:30") in text


def test_a_preview_is_a_draft_without_number_or_code(tmp_path: Path) -> None:
    with day_store(tmp_path, "quiet") as (desk, _):
        pdf = preview_daily_report(desk, Period.day(DAY))
        issued = desk.audit_count("report.daily")
    text = flat(" ".join(pdf_pages_text(pdf)))
    assert "Draft, not issued" in text and "Report number not issued" in text
    assert "Verification code" not in text and "Reference:" not in text
    assert issued == 0


# -- nothing on disk --------------------------------------------------------------------------
RENDER_SETUP = """
from pathlib import Path
from piu_desk.core.desk import Desk
from piu_desk.core.reports.daily_figures import daily_data
from piu_desk.core.reports.daily_period import Period
from piu_desk.core.reports.daily_register import issue_daily_report
from piu_desk.core.reports.daily_report import render_daily_report
from tests.conftest import ADMIN, CHEAP_KDF
from tests.core.daily_support import DAY, translate_km
desk = Desk.open(Path({folder!r}), kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
desk.unlock(ADMIN[0], ADMIN[2])
data = daily_data(desk, Period.day(DAY))
"""
RENDER_SIZES = """[len(render_daily_report(data, number="X", code="Y")),
         len(render_daily_report(data, translate_km, "km")),
         len(issue_daily_report(desk, Period.day(DAY), "km", translate_km).pdf)]"""


def test_rendering_and_issuing_write_nothing_in_the_temp_folder(tmp_path: Path) -> None:
    """A fresh process renders in both languages and issues a report with the temp folder
    pointed at an empty folder: it stays empty, and no file is opened for writing outside
    the store (issuing records the report in the store's database)."""
    folder = tmp_path / "store"
    with day_store(folder, "quiet"):
        pass
    temp = tmp_path / "temp"
    temp.mkdir()
    result = render_watching_files(RENDER_SETUP.format(folder=str(folder)), RENDER_SIZES, temp,
                                   timeout=240)
    assert result["tempdir"] == str(temp)
    assert all(size > 20_000 for size in result["sizes"])
    assert [e for e in result["events"] if not e[1].startswith(str(folder))] == []
    assert list(temp.iterdir()) == []


# -- shaped table cells --------------------------------------------------------------------------
def form_glyphs(pdf: bytes, face: str) -> list[list[int]]:
    """The glyph ids each form XObject of page 1 draws in `face` (as pdf_glyphs reads a
    page): a shaped cell that recurs is drawn once as a form."""
    font = pdfmetrics.getFont(face)
    ps_name = font.face.name.decode() if isinstance(font.face.name, bytes) else font.face.name
    reader = PdfReader(io.BytesIO(pdf))
    out = []
    for ref in reader.pages[0]["/Resources"]["/XObject"].values():
        form = ref.get_object()
        maps = {}
        for name, fref in form["/Resources"]["/Font"].items():
            obj = fref.get_object()
            if str(obj["/BaseFont"]).endswith("+" + ps_name):
                cmap = obj["/ToUnicode"].get_object().get_data().decode("latin-1")
                maps[name] = {int(c, 16): int(u, 16) for c, u in
                              re.findall(r"<([0-9A-F]{2})> <([0-9A-F]{4,6})>", cmap)}
        glyphs: list[int] = []
        current = None
        for operands, operator in ContentStream(form, reader).operations:
            if operator == b"Tf":
                current = maps.get(str(operands[0]))
            elif operator in (b"Tj", b"TJ") and current is not None:
                for item in operands[0] if operator == b"TJ" else [operands[0]]:
                    if isinstance(item, (bytes, str)):
                        raw = item if isinstance(item, bytes) else item.get_original_bytes()
                        glyphs += [font.face.charToGlyph[current[b]] for b in raw
                                   if current[b] != 0x20]
        out.append(glyphs)
    return out


def test_khmer_table_cells_are_shaped_and_drawn_once_each() -> None:
    label = "ការត្រួតពិនិត្យ ក្នុងទូ"  # subscripts, a pre-base vowel, a mark under a subscript
    report = Report(ReportInfo(title="Cells", station=STATION, language="km"))
    cells = Cells(report)
    table = cells.table([Column("A", 1), Column("B", 3)], [("១", label), ("២", label)])
    pdf = report.render([table])
    drawn = [g for g in form_glyphs(pdf, fonts.KHMER) if g]
    assert drawn == [harfbuzz_glyphs(label, fonts.KHMER)]  # shaped, one form for both rows
    assert drawn[0] != cmap_glyphs(label, fonts.KHMER)
    assert pdf_pages_text(pdf)[0].count("\n") > 0 and len(re.findall(r"Do\b", str(
        PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data()))) == 2
