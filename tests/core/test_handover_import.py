"""The donor's handover list: header and mapping guessed, every bad row with its reasons,
duplicates by tag and serial (in the sheet and against the register), then the import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.equipment import assets
from piu_desk.core.equipment.handover import import_handover, register_keys
from piu_desk.core.errors import Invalid
from piu_desk.core.imports.handover import Field, check_rows, read_handover
from tests.core.equipment_support import add_items, custodian_desk

__all__ = ["custodian_desk"]
TODAY = date(2026, 11, 28)
HEADER = ["Asset Tag", "Category", "Item description", "Brand", "Model", "Serial No.",
          "Value (USD)", "Value (KHR)", "Handover date", "Condition"]


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Maritime Security Programme — handover list"])
    ws.append([])
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def test_a_damaged_sheet_reports_every_bad_row(custodian_desk: Desk, tmp_path: Path) -> None:
    desk = custodian_desk
    add_items(desk, "MSP-100")  # serial SN-MSP-100 is in the register already
    path = _xlsx(tmp_path / "handover.xlsx", [
        ["MSP-001", "Laptop", "Laptop 14in", "Lenovo", "T14", "PF1A", "1,250.00", 5125000,
         date(2026, 6, 2), "New"],
        ["MSP-002", "Camera", "DSLR camera", "Canon", "90D", "CN22", "$980", "", "02/06/2026",
         ""],
        ["MSP-001", "Radio", "Handheld radio", "Motorola", "R7", "MR77", "400", "", "", ""],
        ["MSP-003", "Radio", "Handheld radio", "Motorola", "R7", "CN22", "abc", "", "", "wet"],
        ["", "Scanner", "", "Fujitsu", "", "", "", "", "31/02/2026", ""],
        ["MSP-100", "Laptop", "Laptop", "", "", "sn-msp-100", "", "", "", ""],
    ])
    preview = read_handover(path)
    assert preview.header_row == 3
    assert preview.mapping[Field.TAG] == 0 and preview.mapping[Field.SERIAL] == 5
    assert preview.mapping[Field.VALUE_USD] == 6 and preview.mapping[Field.VALUE_KHR] == 7
    tags, serials = register_keys(desk)
    report = check_rows(preview, preview.mapping, tags, serials, TODAY)
    assert [r for r, _ in report.valid] == [4, 5]
    assert report.valid[0][1].value_usd_cents == 125_000
    assert report.valid[1][1].handover_date == "2026-06-02"
    problems = {p.sheet_row: [str(m) for m in p.reasons] for p in report.problems}
    assert sorted(problems) == [6, 7, 8, 9]  # nothing dropped: 2 valid + 4 with reasons
    assert any("also on row 4" in m for m in problems[6])
    assert any("CN22" in m and "row 5" in m for m in problems[7])
    assert any("not an amount" in m for m in problems[7])
    assert any("condition" in m for m in problems[7])
    assert len(problems[8]) >= 3  # no tag, no description, no such date
    assert any("already in the register" in m for m in problems[9])
    with pytest.raises(Invalid):  # problems: refused unless valid rows only
        import_handover(desk, report, donor="MSP", agreement_ref="LoA-1",
                        handover_date="2026-06-02", document_ref="HO-1")
    hid, _ = import_handover(desk, report, donor="Maritime Security Programme",
                             agreement_ref="LoA-2025-07", handover_date="2026-06-02",
                             document_ref="HO-2026-01", source_file=path.name,
                             valid_rows_only=True)
    item = assets.get_by_tag(desk, "MSP-002")
    assert item is not None and item.handover_id == hid
    assert (item.donor, item.agreement_ref, item.handover_doc_ref) == (
        "Maritime Security Programme", "LoA-2025-07", "HO-2026-01")


def test_csv_and_unreadable_files(tmp_path: Path, custodian_desk: Desk) -> None:
    csv = tmp_path / "list.csv"
    csv.write_text("Tag;Category;Description;Serial number\nR-1;Radio;Radio;S1\n"
                   "R-2;Radio;Radio;S1\n", encoding="utf-8")
    preview = read_handover(csv)
    report = check_rows(preview, preview.mapping, set(), set(), TODAY)
    assert [r for r, _ in report.valid] == [2] and report.problems[0].sheet_row == 3
    bad = tmp_path / "list2.csv"
    bad.write_text("Name;Rank\nA;B\n", encoding="utf-8")
    with pytest.raises(Invalid):
        read_handover(bad)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04not really a zip")
    with pytest.raises(Invalid):
        read_handover(broken)
