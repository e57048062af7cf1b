"""Equipment printouts: PDFs that open (English and Khmer), label QR codes that a reader
decodes, and the donor's XLSX export."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import Condition
from piu_desk.core.equipment import assets, campaigns, custody, maintenance
from piu_desk.core.reports import equipment_reports as er
from piu_desk.core.reports.equipment_labels import A4_3X8, render_labels
from piu_desk.core.reports.equipment_xlsx import register_xlsx
from piu_desk.core.store.assets import Handover
from tests.conftest import OFFICER, STATION
from tests.core.equipment_support import add_items, custodian_desk

__all__ = ["custodian_desk"]


def _pages(pdf: bytes, tmp_path: Path) -> int:
    assert pdf.startswith(b"%PDF-")
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(x for x in info.stdout.splitlines() if x.startswith("Pages:")).split()[1])


@pytest.mark.skipif(not (shutil.which("zbarimg") and shutil.which("pdftoppm")),
                    reason="zbar-tools and poppler-utils are in packaging/debian-packages.txt")
def test_labels_fill_a_sheet_then_start_the_next(tmp_path: Path) -> None:
    # each code reading back as its tag, label by label, is tests/core/test_label_scan.py
    tags = [f"MSP-LAP-{i:03d}" for i in range(26)]
    pdf = render_labels(tags, STATION, A4_3X8)
    assert _pages(pdf, tmp_path) == 2  # 24 a sheet


def test_every_printout_renders_in_both_languages(custodian_desk: Desk,
                                                  tmp_path: Path) -> None:
    desk = custodian_desk
    ids = add_items(desk, "L-1", "L-2", "L-3")
    custody.issue(desk, ids[0], OFFICER[0], "2026-01-05")
    maintenance.add_schedule(desk, "Battery check", "2026-01-01", category="Laptop",
                             every_months=6)
    cid, _ = campaigns.start(desk, "Annual verification 2026", "2026-11-28")
    campaigns.scan(desk, cid, "L-1")
    campaigns.scan(desk, cid, "L-1")
    campaigns.scan(desk, cid, "NOPE")
    campaigns.tick(desk, cid, ids[1], campaigns.Outcome.DAMAGED, condition=Condition.POOR)
    items = assets.register(desk)
    handover = Handover(1, "Maritime Security Programme", "LoA-2025-07", "2025-06-02",
                        "HO-2025-01", "", "", "")
    for language in ("en", "km"):
        pdfs = [
            er.render_register(items, STATION, language=language),
            er.render_holders(custody.holdings(desk), STATION, language=language),
            er.render_maintenance_due(maintenance.due_list(desk, "2026-11-28"), "2026-11-28",
                                      STATION, language=language),
            er.render_verification(campaigns.report(desk, cid), STATION, language=language),
            er.render_handover_certificate(handover, items, STATION, language=language),
            er.render_acceptance_form("Chan Vanna", items[:1], STATION, language=language),
        ]
        assert all(_pages(pdf, tmp_path) >= 1 for pdf in pdfs)


def test_register_xlsx_reads_back(custodian_desk: Desk) -> None:
    desk = custodian_desk
    ids = add_items(desk, "L-1", "L-2")
    custody.issue(desk, ids[1], OFFICER[0], "2026-01-05")
    holders = {h.asset.id or 0: h.custody.holder for h in custody.holdings(desk)}
    data = register_xlsx(assets.register(desk), holders)
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    assert ws is not None
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "Tag" and [r[0] for r in rows[1:3]] == ["L-1", "L-2"]
    assert rows[2][12] == 1000.0 and rows[2][15] == "issued" and rows[2][16] == OFFICER[0]
    assert rows[3][0] == "Total"
