"""Import handover list…: the preview with the guessed mapping (changeable), every bad row
with its reasons, duplicates by tag or serial number (in the sheet and against the
register), a damaged sheet said in words with nothing imported, the import on the task
runner, and the handover certificate saved as a PDF that really renders."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.equipment import assets
from piu_desk.core.imports.handover import Field
from piu_desk.ui.equipment.handover_dialog import HandoverDialog
from piu_desk.ui.tasks import TaskRunner
from tests.ui.equipment_support import (
    WAIT_MS,
    custodian_desk,
    open_widget,
    save_to,
    small_register,
)

HEADER = ["Asset Tag", "Category", "Item description", "Brand", "Model", "Serial No.",
          "Value (USD)", "Location"]


@pytest.fixture
def custodian(desk_factory: Callable[[], Desk]) -> Desk:
    return custodian_desk(desk_factory)


def sheet(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Maritime Border Security Programme — handover list no. 3"])
    ws.append([])
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def open_dialog(qtbot: QtBot, desk: Desk) -> HandoverDialog:
    tasks = TaskRunner(desk)
    dialog = HandoverDialog(desk, tasks)
    open_widget(qtbot, dialog, tasks)
    return dialog


def read(qtbot: QtBot, dialog: HandoverDialog, path: Path) -> None:
    task = dialog.read(path)
    qtbot.waitUntil(lambda: task.done, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not dialog._tasks.busy(), timeout=WAIT_MS)


def problems(dialog: HandoverDialog) -> dict[int, str]:
    m = dialog.model
    last = m.columnCount() - 1
    return {int(m.index(r, 0).data()): m.index(r, last).data()
            for r in range(m.rowCount()) if m.index(r, last).data() != "Ready"}


def test_duplicates_and_bad_rows_are_shown_and_only_valid_rows_go_in(
        qtbot: QtBot, custodian: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    small_register(custodian)  # LAP-001 .. SCN-001, serials SN-<tag>
    path = sheet(tmp_path / "handover.xlsx", [
        ["MB-001", "Laptop", "Rugged laptop", "Dell", "5430", "DLR-1", "2,650.00", "Store"],
        ["MB-002", "Camera", "Body camera", "Motorola", "VB400", "VB4-7", "720", "Store"],
        ["MB-001", "Radio", "Handheld radio", "Icom", "M37", "IC-9", "310", "Jetty 2"],
        ["MB-003", "Radio", "Handheld radio", "Icom", "M37", "sn-lap-002", "310", ""],
        ["LAP-001", "Laptop", "Laptop", "", "", "NEW-1", "", ""],
        ["MB-004", "Scanner", "", "Epson", "", "X8F-1", "lots", ""],
    ])
    dialog = open_dialog(qtbot, custodian)
    read(qtbot, dialog, path)
    assert dialog.error.isHidden()
    assert dialog.mapping.mapping()[Field.SERIAL] == 5
    assert dialog.summary.text() == "2 rows ready to import, 4 with problems."
    found = problems(dialog)
    assert sorted(found) == [6, 7, 8, 9]
    assert "The tag MB-001 is also on row 4." in found[6]
    assert "The serial number SN-LAP-002 is already in the register." in found[7]
    assert "The tag LAP-001 is already in the register." in found[8]
    assert "The value in USD 'lots' is not an amount." in found[9]
    assert "The description column is empty in this row." in found[9]
    dialog.only_problems.setChecked(True)
    assert dialog.model.rowCount() == 4
    assert dialog.import_button.text() == "Import 2 items"
    dialog.fields.donor.setText("Maritime Border Security Programme")
    dialog.fields.agreement.setText("MBSP/KH/2024-017")
    dialog.fields.grant.setText("MBSP-G3")
    dialog.fields.document.setText("DN-2026-311")
    confirmations: list[str] = []

    def refuse(box: QMessageBox) -> int:  # the officer answers Cancel
        confirmations.append(box.text())
        return 0
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    assert dialog.start_import() is None  # the confirmation box was not accepted
    assert "4 rows have problems" in confirmations[0]
    assert assets.get_by_tag(custodian, "MB-001") is None
    monkeypatch.setattr("piu_desk.ui.equipment.handover_dialog.confirm", lambda *_a: True)
    task = dialog.start_import()
    assert task is not None
    qtbot.waitUntil(lambda: dialog.handover_id is not None, timeout=WAIT_MS)
    first = assets.get_by_tag(custodian, "MB-001")
    assert first is not None and first.grant_code == "MBSP-G3"
    assert first.donor == "Maritime Border Security Programme"
    assert first.handover_doc_ref == "DN-2026-311" and first.value_usd_cents == 265_000
    assert assets.get_by_tag(custodian, "MB-003") is None
    assert len(assets.register(custodian)) == 8
    assert dialog.certificate_button.isVisible() and not dialog.import_button.isVisible()
    pdf = tmp_path / "certificate.pdf"
    asked = save_to(monkeypatch, pdf)
    task = dialog.save_certificate()
    assert task is not None
    qtbot.waitUntil(lambda: pdf.exists(), timeout=WAIT_MS)
    assert asked == [f"handover-certificate-{dialog.handover_id}.pdf"]
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Handover certificate" in text and "MB-001" in text and "MB-002" in text
    assert "MB-003" not in text and "DN-2026-311" in text


def test_a_damaged_sheet_is_said_and_nothing_is_imported(
        qtbot: QtBot, custodian: Desk, tmp_path: Path) -> None:
    small_register(custodian)
    damaged = tmp_path / "handover.xlsx"
    damaged.write_bytes(b"PK\x03\x04" + b"\x00" * 64 + b"cut short by the e-mail")
    dialog = open_dialog(qtbot, custodian)
    read(qtbot, dialog, damaged)
    assert dialog.error.isVisible()
    assert "handover.xlsx" in dialog.error.text()
    assert dialog.preview is None and dialog.model.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    assert dialog.start_import() is None
    assert len(assets.register(custodian)) == 6


def test_a_sheet_without_the_needed_columns_says_which(
        qtbot: QtBot, custodian: Desk, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Item,Qty\nLaptop,2\n", encoding="utf-8")
    dialog = open_dialog(qtbot, custodian)
    read(qtbot, dialog, path)
    assert "no header row with an asset tag, a category and a description" in \
        dialog.error.text()
    assert not dialog.import_button.isEnabled()


def test_changing_the_mapping_checks_the_rows_again(
        qtbot: QtBot, custodian: Desk, tmp_path: Path) -> None:
    path = sheet(tmp_path / "handover.xlsx", [
        ["MB-010", "Laptop", "Laptop", "Dell", "5430", "S-1", "100", "Store"],
        ["MB-011", "Laptop", "Laptop", "Dell", "5430", "S-1", "100", "Store"],
    ])
    dialog = open_dialog(qtbot, custodian)
    read(qtbot, dialog, path)
    assert dialog.summary.text() == "1 rows ready to import, 1 with problems."
    dialog.mapping.set_column(Field.SERIAL, -1)  # the serial column is not the serial
    assert dialog.summary.text() == "2 rows ready to import, 0 with problems."
    dialog.mapping.set_column(Field.TAG, -1)
    assert dialog.summary.text() == "Choose the sheet's column for: Asset tag."
    assert not dialog.import_button.isEnabled()
