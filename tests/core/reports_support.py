"""Helpers for the report tests and sample renders: a Khmer catalogue for the "Reports"
strings, a sample table report with mixed Khmer and Latin, and PDF inspection through
poppler-utils (pdftotext, pdffonts, pdfinfo); rendering in a fresh process that watches for
files written."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import uharfbuzz
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.pdfbase import pdfmetrics

from piu_desk.core.domain.station import Station
from piu_desk.core.reports import fonts
from piu_desk.core.reports.document import Report, ReportInfo
from piu_desk.core.reports.tables import Align, Column, Signatory, data_table, signatories
from piu_desk.core.reports.tables import signature_block as signature
from piu_desk.core.text import QT_TRANSLATE_NOOP

STATION = Station(name="Sihanoukville PIU", locode="KHKOS", unit="Port Intelligence Unit")
RECOVERY_KEY = "KNXDY-567QE-L446H-XYBX2-27JQI-GI2VW-CILXG-WROCV-KRPCB-JDK5N-IDOEC-57U35-RMZNH-D7QAP"

# What the Qt Linguist catalogue will hold for the "Reports" context (tests use it to render
# Khmer without Qt).
KHMER = {
    "Page {page} of {pages}": "ទំព័រ {page} នៃ {pages}",
    "Reference: {reference}": "លេខយោង៖ {reference}",
    "Verification code: {code}": "លេខកូដផ្ទៀងផ្ទាត់៖ {code}",
    "None": "គ្មាន",
    "Name:": "ឈ្មោះ៖",
    "Role:": "តួនាទី៖",
    "Date:": "កាលបរិច្ឆេទ៖",
    "Signature:": "ហត្ថលេខា៖",
    "Prepared by": "រៀបចំដោយ",
    "Reviewed by": "ពិនិត្យដោយ",
    "PIU Desk recovery key": "សោសង្គ្រោះ PIU Desk",
    "Station:": "ស្ថានីយ៖",
    "Unit:": "អង្គភាព៖",
    "Printed on:": "បោះពុម្ពថ្ងៃ៖",
    "Keep this sheet in the safe. Anyone holding it can open the store and read everything "
    "in it.": "រក្សាសន្លឹកនេះទុកក្នុងទូដែក។ អ្នកណាដែលកាន់សន្លឹកនេះ អាចបើកឃ្លាំងទិន្នន័យ "
              "និងអានអ្វីៗទាំងអស់នៅក្នុងនោះ។",
    "The key is needed only when every administrator password is lost. Type the groups in "
    "order; a group typed wrong is named by its number.":
        "សោនេះត្រូវការតែនៅពេលដែលពាក្យសម្ងាត់របស់អ្នកគ្រប់គ្រងទាំងអស់បាត់បង់។ "
        "វាយក្រុមតាមលំដាប់។ ក្រុមណាដែលវាយខុស នឹងត្រូវបានប្រាប់តាមលេខរបស់វា។",
    "When a new recovery key is made, this one stops working: destroy this sheet.":
        "នៅពេលបង្កើតសោសង្គ្រោះថ្មី សោនេះលែងប្រើបាន៖ សូមបំផ្លាញសន្លឹកនេះចោល។",
    "Placed in the safe by": "ដាក់ក្នុងទូដែកដោយ",
    # the sample report below
    "Vessel arrivals": "នាវាមកដល់កំពង់ផែ",
    "Daily report": "របាយការណ៍ប្រចាំថ្ងៃ",
    "Inspections and crew screened at the port of Sihanoukville.":
        "ការត្រួតពិនិត្យ និងការពិនិត្យនាវិកនៅកំពង់ផែក្រុងព្រះសីហនុ។",
    "No.": "ល.រ",
    "Vessel": "នាវា",
    "IMO": "IMO",
    "Flag": "ទង់ជាតិ",
    "Arrival": "មកដល់",
    "Crew": "នាវិក",
    "Inspection": "ការត្រួតពិនិត្យ",
    "Supervisor": "អ្នកត្រួតពិនិត្យ",
    "Officer": "មន្ត្រី",
}


def translate_km(context: str, text: str) -> str:
    return KHMER.get(text, text) if context == "Reports" else text


TITLE = QT_TRANSLATE_NOOP("Reports", "Daily report")
SECTION = QT_TRANSLATE_NOOP("Reports", "Vessel arrivals")
INTRO = QT_TRANSLATE_NOOP("Reports", "Inspections and crew screened at the port of "
                          "Sihanoukville.")
HEADERS = [QT_TRANSLATE_NOOP("Reports", "No."), QT_TRANSLATE_NOOP("Reports", "Vessel"),
           QT_TRANSLATE_NOOP("Reports", "IMO"), QT_TRANSLATE_NOOP("Reports", "Flag"),
           QT_TRANSLATE_NOOP("Reports", "Arrival"), QT_TRANSLATE_NOOP("Reports", "Crew"),
           QT_TRANSLATE_NOOP("Reports", "Inspection")]
VESSELS = ["MV Ocean Star", "Kampot Pearl", "Nguyễn Phú 08", "Hai Phong Trader", "Sea Mercy",
           "Koh Kong Express", "Bangkok Glory", "Ivan Papanin", "Lucky Star 9", "Tonle Queen"]
FLAGS = ["KHM", "VNM", "THA", "PAN", "LBR", "RUS", "SGP", "MYS"]
FINDINGS = ["cleared", "ការត្រួតពិនិត្យធម្មតា — cleared", "referred to HQ (ស៊ើបការណ៍)",
            "stowaway found; ថ្ងៃខែឆ្នាំកំណើត unknown", "documents in order"]


def sample_rows(count: int) -> list[tuple[str, ...]]:
    start = datetime(2026, 11, 28, 0, 15)
    rows = []
    for i in range(count):
        imo = f"{9074729 + i * 7:07d}"
        arrival = (start + timedelta(minutes=7 * i)).strftime("%d/%m %H:%M")
        rows.append((str(i + 1), VESSELS[i % len(VESSELS)], imo, FLAGS[i % len(FLAGS)], arrival,
                     str(8 + i % 17), FINDINGS[i % len(FINDINGS)]))
    return rows


def sample_report(language: str, rows: int = 100, *, reference: str = "DR-2026-0331",
                  code: str = "7F3K-92QD") -> tuple[Report, bytes]:
    """A daily-report-like printout: intro, a long table, and a signature block."""
    translate = translate_km if language == "km" else (lambda c, t: t)
    report = Report(ReportInfo(title=translate("Reports", TITLE), station=STATION,
                               language=language, reference=reference,
                               verification_code=code, author="Keo Sopheap"), translate)
    columns = [Column(report.text(HEADERS[0]), 0.5, Align.RIGHT),
               Column(report.text(HEADERS[1]), 2.2), Column(report.text(HEADERS[2]), 1.1),
               Column(report.text(HEADERS[3]), 0.8), Column(report.text(HEADERS[4]), 1.3),
               Column(report.text(HEADERS[5]), 0.7, Align.RIGHT),
               Column(report.text(HEADERS[6]), 3.0)]
    story = [report.paragraph(report.text(TITLE), "title"),
             report.paragraph(report.format_date(datetime(2026, 11, 28).date(), weekday=True),
                              "subtitle"),
             report.paragraph(report.text(INTRO)),
             *report.heading(report.text(SECTION)),
             data_table(report, columns, [tuple(report.digits(c) if i in (0, 5) else c
                                                for i, c in enumerate(r))
                                          for r in sample_rows(rows)]),
             *report.heading(report.text(SECTION)),
             data_table(report, columns[:3], []),
             signature(report, signatories(
                 report, Signatory("", "Chan Vanna", report.text("Officer"),
                                   report.format_date(datetime(2026, 11, 28).date())),
                 Signatory("", "Keo Sopheap", report.text("Supervisor"))))]
    return report, report.render(story)


def have_poppler() -> bool:
    return all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdfinfo"))


_WATCH_FILES = """
import json, os, sys, tempfile
events = []
def hook(event, args):
    if event == "open" and args[0] is not None and not isinstance(args[0], int):
        mode, flags = args[1], args[2]
        if (mode and any(c in mode for c in "wax+")) or (
                mode is None and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)):
            events.append([event, str(args[0])])
    elif event in ("tempfile.mkstemp", "tempfile.mkdtemp", "os.mkdir", "os.rename"):
        events.append([event, str(args[0])])
"""


def render_watching_files(setup: str, sizes: str, temp: Path, timeout: int) -> dict[str, Any]:
    """Run `setup` (imports, sample data), then, watching every file opened for writing,
    the expression `sizes` in a fresh Python whose temp folder is `temp`; the events seen,
    the temp folder Python used and the sizes, as the process printed them."""
    code = (_WATCH_FILES + setup
            + "tempdir = tempfile.gettempdir()  # (its first call writes and removes a probe)\n"
            + f"sys.addaudithook(hook)\nsizes = {sizes}\n"
            + 'print(json.dumps({"events": events, "tempdir": tempdir, "sizes": sizes}))\n')
    env = {**os.environ, "TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp),
           "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=timeout, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def pdf_pages_text(pdf: bytes) -> list[str]:
    """The text of each page, as pdftotext extracts it."""
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"], input=pdf,
                         capture_output=True, check=True).stdout.decode("utf-8")
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def pdf_fonts(pdf: bytes) -> list[str]:
    """The base font names pdffonts lists (embedded subsets carry a 6-letter prefix)."""
    lines = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True,
                           check=True).stdout.decode().splitlines()[2:]
    return [line.split()[0] for line in lines if line.strip()]


def harfbuzz_glyphs(text: str, face: str) -> list[int]:
    """The glyph ids HarfBuzz gives `text` in the font reportlab embeds as `face`, one word
    at a time as reportlab shapes it, spaces left out."""
    font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(fonts.font_data(face))))
    glyphs: list[int] = []
    for word in text.split():
        buffer = uharfbuzz.Buffer()
        buffer.add_str(word)
        buffer.guess_segment_properties()
        uharfbuzz.shape(font, buffer, {"kern": True, "liga": True, "dlig": True})
        glyphs += [info.codepoint for info in buffer.glyph_infos]
    return glyphs


def cmap_glyphs(text: str, face: str) -> list[int]:
    """The glyph ids of `text` looked up one character at a time (no shaping)."""
    char_to_glyph = pdfmetrics.getFont(face).face.charToGlyph
    return [char_to_glyph[ord(ch)] for ch in text if not ch.isspace()]


def pdf_glyphs(pdf: bytes, face: str, page: int = 0) -> list[int]:
    """The glyph ids a page draws in the registered `face`, in content-stream order, spaces
    left out: each code is read back through the subset's ToUnicode map to the character
    reportlab gave it, then to the glyph through the font's character map (which also holds
    the private-use characters reportlab assigns to shaped glyphs that have none)."""
    font = pdfmetrics.getFont(face)
    ps_name = font.face.name.decode() if isinstance(font.face.name, bytes) else font.face.name
    reader = PdfReader(io.BytesIO(pdf))
    pdf_page = reader.pages[page]
    maps: dict[str, dict[int, int]] = {}
    for name, ref in pdf_page["/Resources"]["/Font"].items():
        obj = ref.get_object()
        if str(obj["/BaseFont"]).endswith("+" + ps_name):
            cmap = obj["/ToUnicode"].get_object().get_data().decode("latin-1")
            maps[name] = {int(code, 16): int(uni, 16) for code, uni in
                          re.findall(r"<([0-9A-F]{2})> <([0-9A-F]{4,6})>", cmap)}
    current: dict[int, int] | None = None
    glyphs: list[int] = []
    for operands, operator in ContentStream(pdf_page.get_contents(), reader).operations:
        if operator == b"Tf":
            current = maps.get(str(operands[0]))
        elif operator in (b"Tj", b"TJ") and current is not None:
            items = operands[0] if operator == b"TJ" else [operands[0]]
            for item in items:
                if isinstance(item, (bytes, str)):
                    raw = item if isinstance(item, bytes) else item.get_original_bytes()
                    glyphs += [font.face.charToGlyph[current[b]] for b in raw
                               if current[b] != 0x20]
    return glyphs


def harfbuzz_placements(word: str, face: str, size: float) -> list[tuple[int, float, float]]:
    """(glyph, x, y) in points from the start of `word`, as HarfBuzz places its glyphs."""
    hb_face = uharfbuzz.Face(uharfbuzz.Blob(fonts.font_data(face)))
    font = uharfbuzz.Font(hb_face)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(word)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font, buffer, {"kern": True, "liga": True, "dlig": True})
    scale = size / hb_face.upem
    out, pen = [], 0
    for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        out.append((info.codepoint, (pen + pos.x_offset) * scale, pos.y_offset * scale))
        pen += pos.x_advance
    return out


def pdf_placements(pdf: bytes, face: str) -> list[list[tuple[int, float, float]]]:
    """For each text block of page 1 that draws in `face`: (glyph, x, y) in points from the
    block's start, following Tj/TJ advances (the subset's /Widths), TJ adjustments and the
    text rise (Ts), as a PDF viewer places them."""
    font = pdfmetrics.getFont(face)
    ps_name = font.face.name.decode() if isinstance(font.face.name, bytes) else font.face.name
    reader = PdfReader(io.BytesIO(pdf))
    page = reader.pages[0]
    subsets: dict[str, tuple[dict[int, int], list[float]]] = {}
    for name, ref in page["/Resources"]["/Font"].items():
        obj = ref.get_object()
        if str(obj["/BaseFont"]).endswith("+" + ps_name):
            cmap = obj["/ToUnicode"].get_object().get_data().decode("latin-1")
            codes = {int(c, 16): int(u, 16) for c, u in
                     re.findall(r"<([0-9A-F]{2})> <([0-9A-F]{4,6})>", cmap)}
            subsets[name] = (codes, [float(w) for w in obj["/Widths"]])
    blocks: list[list[tuple[int, float, float]]] = []
    block: list[tuple[int, float, float]] = []
    current: tuple[dict[int, int], list[float]] | None = None
    x = rise = size = 0.0
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        if operator == b"BT":
            block, x, rise = [], 0.0, 0.0
        elif operator == b"ET" and block:
            blocks.append(block)
        elif operator == b"Tf":
            current, size = subsets.get(str(operands[0])), float(operands[1])
        elif operator == b"Ts":
            rise = float(operands[0])
        elif operator in (b"Tj", b"TJ"):
            for item in operands[0] if operator == b"TJ" else [operands[0]]:
                if isinstance(item, (bytes, str)):
                    raw = item if isinstance(item, bytes) else item.get_original_bytes()
                    for code in raw:
                        if current is not None:
                            glyph = font.face.charToGlyph[current[0][code]]
                            block.append((glyph, round(x, 2), round(rise, 2)))
                            x += current[1][code] * size / 1000
                else:
                    x -= float(item) * size / 1000
    return blocks
