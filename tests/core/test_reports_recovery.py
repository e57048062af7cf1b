"""The recovery-key sheet, and that rendering printouts leaves nothing on disk."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from piu_desk.core.reports import fonts
from piu_desk.core.reports.recovery_sheet import key_groups, render_recovery_sheet
from piu_desk.core.store import recovery
from tests.core.reports_support import (
    RECOVERY_KEY,
    STATION,
    have_poppler,
    pdf_fonts,
    pdf_glyphs,
    pdf_pages_text,
    render_watching_files,
    translate_km,
)

pytestmark = pytest.mark.skipif(not have_poppler(), reason="needs poppler-utils")
DAY = date(2026, 11, 28)


def test_the_sample_key_is_a_real_key() -> None:
    assert len(recovery.decode(RECOVERY_KEY)) == 32
    assert len(key_groups(RECOVERY_KEY)) == recovery.GROUPS


def test_english_sheet_shows_station_date_key_and_instructions() -> None:
    pdf = render_recovery_sheet(RECOVERY_KEY, STATION, DAY)
    pages = pdf_pages_text(pdf)
    assert len(pages) == 1
    text = " ".join(pages[0].split())
    assert "PIU Desk recovery key" in text
    assert "Station: Sihanoukville PIU (KHKOS)" in text
    assert "Unit: Port Intelligence Unit" in text
    assert "Printed on: 28 November 2026" in text
    assert "Keep this sheet in the safe. Anyone holding it can open the store" in text
    assert "Page 1 of 1" in text
    # the groups in reading order, each whole, in the monospace face
    found = re.findall(r"\b[A-Z2-7]{5}\b", text)
    assert [g for g in found if g in key_groups(RECOVERY_KEY)] == key_groups(RECOVERY_KEY)
    assert any(name.endswith("+IBMPlexMono-Bold") for name in pdf_fonts(pdf))


def test_khmer_sheet_is_in_khmer_with_the_key_unchanged() -> None:
    pdf = render_recovery_sheet(RECOVERY_KEY, STATION, DAY, translate_km, "km")
    text = pdf_pages_text(pdf)[0]
    for group in key_groups(RECOVERY_KEY):
        assert group in text
    assert "១៤" in text  # groups numbered in Khmer digits
    assert "Keep this sheet" not in text
    names = pdf_fonts(pdf)
    assert any(n.endswith("+NotoSansKhmer-Bold") for n in names)
    assert any(n.endswith("+NotoSansKhmer-Regular") for n in names)
    assert pdf_glyphs(pdf, fonts.KHMER)  # Khmer text drawn in the shipped Khmer font


def test_a_key_that_does_not_fill_the_last_row_still_lays_out() -> None:
    pdf = render_recovery_sheet("ABCDE-FGHIJ-KLMNO", STATION, DAY)
    assert "KLMNO" in pdf_pages_text(pdf)[0]


RENDER_SETUP = """
from datetime import date
from piu_desk.core.reports.recovery_sheet import render_recovery_sheet
from tests.core.reports_support import RECOVERY_KEY, STATION, sample_report, translate_km
"""
RENDER_SIZES = """[len(render_recovery_sheet(RECOVERY_KEY, STATION, date(2026, 11, 28))),
         len(render_recovery_sheet(RECOVERY_KEY, STATION, date(2026, 11, 28), translate_km,
                                   "km")),
         len(sample_report("km", rows=40)[1])]"""


def test_rendering_writes_no_file_and_nothing_in_the_temp_folder(tmp_path: Path) -> None:
    """A fresh process (so the fonts load and the Bold is cut during the watch) renders the
    sheet and a report with the temp folder pointed at an empty folder: it stays empty, and
    no file is opened for writing anywhere."""
    temp = tmp_path / "temp"
    temp.mkdir()
    result = render_watching_files(RENDER_SETUP, RENDER_SIZES, temp, timeout=120)
    assert result["tempdir"] == str(temp)
    assert all(size > 10_000 for size in result["sizes"])
    assert result["events"] == []
    assert list(temp.iterdir()) == []
