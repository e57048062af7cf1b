"""What the register prints and exports: QR label sheets for the selected or the shown items
(rendered, and the codes read back), the register, holders and maintenance reports as PDF in
the language chosen in the Reports menu, and the donor's XLSX of the items shown."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import AssetStatus
from piu_desk.ui.equipment import register_reports
from piu_desk.ui.equipment.register_reports import HOLDERS, REGISTER, translate_for
from piu_desk.ui.i18n import KHMER, catalogue_path
from tests.conftest import OFFICER
from tests.ui.equipment_support import (
    WAIT_MS,
    custodian_desk,
    open_section,
    save_to,
    shown_tags,
    small_register,
)

TOOLS = shutil.which("pdftoppm") and shutil.which("zbarimg") and shutil.which("pdftotext")


@pytest.fixture
def custodian(desk_factory: Callable[[], Desk]) -> Desk:
    return custodian_desk(desk_factory)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


@pytest.mark.skipif(not TOOLS, reason="poppler-utils and zbar-tools are in "
                                      "packaging/debian-packages.txt")
def test_labels_for_the_selected_items_render_and_their_codes_read_back(
        qtbot: QtBot, custodian: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    small_register(custodian)
    section = open_section(qtbot, custodian)
    view = section.register
    view.set_text_filter("laptop")
    view.table.selectAll()
    out = tmp_path / "labels.pdf"
    asked = save_to(monkeypatch, out)
    dialog = view.print_labels()
    assert dialog.selected_choice.isChecked()
    assert dialog.selected_choice.text() == "The selected items (2)"
    assert dialog.shown_choice.text() == "Every item shown in the register (2)"
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("2x7"))
    dialog.skip.setValue(3)  # a sheet already partly used
    dialog.print_labels()
    qtbot.waitUntil(out.exists, timeout=WAIT_MS)
    assert asked == ["asset-labels.pdf"]
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(out), str(tmp_path / "page")],
                   check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == 1
    codes = subprocess.run(["zbarimg", "-q", "--raw", str(pages[0])], capture_output=True,
                           text=True).stdout.split()
    assert sorted(codes) == ["LAP-001", "LAP-002"]
    assert "Port Intelligence Unit" in pdf_text(out)


def test_labels_for_every_item_shown_when_none_is_selected(
        qtbot: QtBot, custodian: Desk) -> None:
    small_register(custodian)
    section = open_section(qtbot, custodian)
    view = section.register
    view.status_box.setCurrentIndex(view.status_box.findData(AssetStatus.IN_STORE))
    view.table.clearSelection()
    dialog = view.print_labels()
    assert not dialog.selected_choice.isEnabled() and dialog.shown_choice.isChecked()
    assert dialog.tags() == shown_tags(section) == ["LAP-002", "RAD-001", "SCN-001"]
    dialog.reject()


@pytest.mark.skipif(not TOOLS, reason="poppler-utils is in packaging/debian-packages.txt")
def test_the_register_report_lists_the_items_shown(
        qtbot: QtBot, custodian: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    small_register(custodian)
    section = open_section(qtbot, custodian)
    view = section.register
    view.category_box.setCurrentIndex(view.category_box.findData("Handheld radio"))
    out = tmp_path / "register.pdf"
    asked = save_to(monkeypatch, out)
    view.report_actions[REGISTER].trigger()
    qtbot.waitUntil(out.exists, timeout=WAIT_MS)
    assert asked == ["asset-register-2026-11-28-en.pdf"]
    text = pdf_text(out)
    assert "Asset register" in text and "RAD-001" in text and "RAD-002" in text
    assert "LAP-001" not in text and "2 items" in text


@pytest.mark.skipif(not TOOLS, reason="poppler-utils is in packaging/debian-packages.txt")
def test_the_holders_report_in_khmer_is_rendered(
        qtbot: QtBot, custodian: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    small_register(custodian)
    section = open_section(qtbot, custodian)
    view = section.register
    khmer = next(a for a in view.language_actions.actions() if a.data() == KHMER)
    khmer.trigger()
    assert view.report_language() == KHMER
    out = tmp_path / "holders.pdf"
    asked = save_to(monkeypatch, out)
    view.report_actions[HOLDERS].trigger()
    qtbot.waitUntil(out.exists, timeout=WAIT_MS)
    assert asked == ["asset-holders-2026-11-28-km.pdf"]
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(out), str(tmp_path / "page")],
                   check=True)
    assert list(tmp_path.glob("page*.png"))
    text = pdf_text(out)
    assert OFFICER[0] in text and "Boarding team" in text and "LAP-001" in text


@pytest.mark.skipif(catalogue_path(KHMER) is None, reason="the Khmer catalogue is built by "
                                                          "make")
def test_printouts_translate_into_the_chosen_language_whatever_the_screen() -> None:
    assert translate_for(KHMER)("Reports", "Asset register") == "បញ្ជីសម្ភារៈ"
    assert translate_for("en")("Reports", "Asset register") == "Asset register"


def test_the_donor_workbook_holds_the_items_shown_with_their_holders(
        qtbot: QtBot, custodian: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    small_register(custodian)
    section = open_section(qtbot, custodian)
    view = section.register
    view.status_box.setCurrentIndex(view.status_box.findData(AssetStatus.ISSUED))
    out = tmp_path / "donor"  # typed without .xlsx
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(out), "")))
    warned: list[str] = []
    monkeypatch.setattr(register_reports, "confirm_workbook",
                        lambda _parent, path: warned.append(path.name) or True)
    view.export_xlsx()
    written = tmp_path / "donor.xlsx"
    qtbot.waitUntil(written.exists, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not section._tasks.busy(), timeout=WAIT_MS)
    assert warned == ["donor.xlsx"]
    ws = openpyxl.load_workbook(written).active
    assert ws is not None
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    assert [(r[0], r[16]) for r in rows[:-1]] == [("CAM-001", "Boarding team"),
                                                  ("LAP-001", OFFICER[0])]
    assert rows[-1][0] == "Total"


def test_the_workbook_warning_comes_before_anything_is_written(
        qtbot: QtBot, custodian: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    small_register(custodian)
    section = open_section(qtbot, custodian)
    out = tmp_path / "donor.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(out), "")))
    seen: list[str] = []

    def cancel(box: QMessageBox) -> int:
        seen.append(box.objectName())
        return 0
    monkeypatch.setattr(QMessageBox, "exec", cancel)
    assert register_reports.export_xlsx(section._tasks, section, [], {}, "2026-11-28") is None
    assert seen == ["unencryptedXlsxBox"] and not out.exists()
