"""The QR code on every asset label reads back as its tag, the way a scanner sees it: one
label at a time, from a sheet rendered at 200 dpi (a plain office scan), on each layout.

Reading a whole sheet at once is not a fair test of the labels: zbarimg misses some of 24
codes on one image at some resolutions (in one trial 18 of 24 at 200 dpi, 16 at 600 dpi)
although each label, cut out, reads."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from piu_desk.core.reports.equipment_labels import LAYOUTS, LabelLayout, render_labels
from tests.conftest import STATION

DPI = 200
pytestmark = pytest.mark.skipif(
    not (shutil.which("zbarimg") and shutil.which("pdftoppm")),
    reason="zbar-tools and poppler-utils are in packaging/debian-packages.txt")


def read_labels(pdf: Path, page: int, layout: LabelLayout, work: Path,
                dpi: int = DPI) -> list[str]:
    """What zbarimg reads on each label slot of `page` ("" where nothing), slot by slot."""
    prefix = work / f"{pdf.stem}-{page}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png",
                    str(pdf), str(prefix)], check=True)
    sheet = Image.open(next(work.glob(f"{prefix.name}-*.png")))
    scale = dpi / 72
    out = []
    for slot in range(layout.per_page):
        row, col = divmod(slot, layout.columns)
        left = (layout.left + col * (layout.width + layout.gap_x)) * scale
        top = (layout.top + row * (layout.height + layout.gap_y)) * scale
        label = work / f"{prefix.name}-label-{slot}.png"
        sheet.crop((round(left), round(top), round(left + layout.width * scale),
                    round(top + layout.height * scale))).save(label)
        found = subprocess.run(["zbarimg", "-q", "--raw", str(label)], capture_output=True,
                               text=True)
        out.append(found.stdout.strip())
    return out


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_each_label_reads_back_as_its_tag(name: str, tmp_path: Path) -> None:
    layout = LAYOUTS[name]
    tags = [f"{d}-{c}-{n:05d}" for n, (d, c) in enumerate(
        [("MSP", "LAP"), ("PIF", "RAD"), ("RBM", "MRZ"), ("MSP", "PC")] * 8)][:layout.per_page]
    pdf = tmp_path / "labels.pdf"
    pdf.write_bytes(render_labels(tags, STATION, layout))
    assert read_labels(pdf, 1, layout, tmp_path) == tags


def test_a_partly_used_sheet_leaves_its_first_labels_blank(tmp_path: Path) -> None:
    layout = LAYOUTS["3x8"]
    tags = ["MSP-CAM-00001", "MSP-CAM-00002"]
    pdf = tmp_path / "labels.pdf"
    pdf.write_bytes(render_labels(tags, STATION, layout, skip=5))
    read = read_labels(pdf, 1, layout, tmp_path)
    assert read[:5] == [""] * 5
    assert read[5:7] == tags
    assert read[7:] == [""] * (layout.per_page - 7)
