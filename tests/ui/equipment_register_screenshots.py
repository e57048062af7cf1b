"""Screenshots of the Equipment register, an item page, the handover intake and My
equipment, in English and in Khmer.

    xvfb-run -a -s '-screen 0 1366x800x24' .venv/bin/python \\
        tests/ui/equipment_register_screenshots.py

The main window at 1366x800 on a demo store (about 120 items, custody, maintenance, a
verification under way, a loss), logged in as the custodian chenda. PNGs go to
./screenshots/ (git-ignored), with the label sheet, the register report and the handover
certificate as PDFs beside them.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import openpyxl
import screenshot_kit as kit
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog

from piu_desk.core.demo import create_demo
from piu_desk.core.desk import Desk
from piu_desk.core.equipment import assets
from piu_desk.core.reports.equipment_labels import render_labels
from piu_desk.ui import pdf_output
from piu_desk.ui.equipment import EquipmentSection, MyEquipmentSection
from piu_desk.ui.equipment.handover_dialog import HandoverDialog
from piu_desk.ui.equipment.register_data import ISSUED
from piu_desk.ui.equipment.register_reports import HOLDERS, render_report
from piu_desk.ui.main_window import MainWindow
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import CHEAP_KDF

SIZE = (1366, 800)
wait = kit.wait
shoot = kit.shooter("equipment")


def handover_sheet(folder: Path) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["Maritime Border Security Programme — handover list no. 3"])
    ws.append([])
    ws.append(["Asset Tag", "Category", "Item description", "Brand", "Model", "Serial No.",
               "Value (USD)", "Location"])
    for row in (["MBSP-NV-001", "Night vision", "Night vision monocular", "ATN", "PVS14",
                 "ATN-77811", "3,200.00", "Boarding team store"],
                ["MBSP-NV-002", "Night vision", "Night vision monocular", "ATN", "PVS14",
                 "ATN-77812", "3,200.00", "Boarding team store"],
                ["MBSP-NV-001", "Night vision", "Night vision monocular", "ATN", "PVS14",
                 "ATN-77813", "3,200.00", "Boarding team store"],
                ["MBSP-DR-001", "Drone", "Quadcopter with thermal camera", "DJI",
                 "Mavic 3T", "ATN-77812", "5,400", "Jetty 2"],
                ["MBSP-DR-002", "Drone", "", "DJI", "Mavic 3T", "1581F5", "lots", ""]):
        ws.append(row)
    path = folder / "handover-3.xlsx"
    book.save(path)
    return path


def run(app: QApplication, desk: Desk, folder: Path, suffix: str) -> None:
    tasks = TaskRunner(desk)
    window = MainWindow(desk, tasks, language=lambda: "en", choose_language=lambda _l: None,
                        idle_interval_ms=3_600_000)
    window.resize(*SIZE)
    window.show_session()
    window.show()
    wait(window.isVisible)
    window.show_section("equipment")
    section = window.sections["equipment"]
    assert isinstance(section, EquipmentSection)
    view = section.register
    wait(lambda: not view.loading and bool(view.model.all_rows))
    shoot(app, window, "register", suffix)
    view.show_tile(ISSUED)
    view.tiles.select(ISSUED)
    view.table.selectRow(2)
    shoot(app, window, "register-issued", suffix)
    view.show_tile("")
    view.set_text_filter("radio")
    shoot(app, window, "register-radios", suffix)
    view.set_text_filter("")
    lost = next(r for r in view.model.all_rows if r.asset.status.value == "lost")
    section.open_item(lost.asset_id)
    shoot(app, window, "item-lost", suffix)
    section.back()
    busy = max(view.model.all_rows,
               key=lambda r: len(assets.timeline(desk, r.asset_id)))
    page = section.open_item(busy.asset_id)
    assert page is not None
    shoot(app, window, "item-history", suffix)
    dialog = page.edit()
    assert dialog is not None
    dialog.value_usd.setText("12.5.0")
    dialog.submit()
    shoot(app, dialog, "item-edit", suffix)
    dialog.reject()
    section.back()
    shoot_handover(app, section, folder, suffix)
    labels = view.print_labels()
    shoot(app, labels, "labels-dialog", suffix)
    labels.reject()
    view.reports_menu.popup(view.reports_button.mapToGlobal(
        view.reports_button.rect().bottomLeft()))
    wait(view.reports_menu.isVisible)
    shoot(app, view.reports_menu, "reports-menu", suffix)
    view.reports_menu.hide()
    window.show_section("my_equipment")
    mine = window.sections["my_equipment"]
    assert isinstance(mine, MyEquipmentSection)
    shoot(app, window, "mine", suffix)
    window.hide()
    window.deleteLater()
    wait()


def shoot_handover(app: QApplication, section: EquipmentSection, folder: Path,
                   suffix: str) -> None:
    dialog = section.import_handover()
    assert isinstance(dialog, HandoverDialog)
    wait(dialog.isVisible)
    shoot(app, dialog, "handover-empty", suffix)
    task = dialog.read(handover_sheet(folder))
    wait(lambda: task.done and not section._tasks.busy())
    dialog.fields.donor.setText("Maritime Border Security Programme")
    dialog.fields.agreement.setText("MBSP/KH/2024-017")
    dialog.fields.document.setText("DN-2026-311")
    shoot(app, dialog, "handover-preview", suffix)
    damaged = folder / "damaged.xlsx"
    damaged.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    task = dialog.read(damaged)
    wait(lambda: task.done and not section._tasks.busy())
    shoot(app, dialog, "handover-damaged", suffix)
    dialog.reject()
    wait(lambda: not any(isinstance(w, QDialog) and w.isVisible()
                         for w in QApplication.topLevelWidgets()))


def write_pdfs(desk: Desk, suffix: str) -> None:
    language = "km" if suffix else "en"
    items = assets.register(desk)
    (kit.OUT / f"equipment-labels{suffix}.pdf").write_bytes(
        render_labels([a.tag for a in items[:30]], desk.station()))
    for kind in ("register", HOLDERS):
        (kit.OUT / f"equipment-{kind}{suffix}.pdf").write_bytes(
            render_report(desk, kind, items[:40], "2026-11-28", language))
    print("wrote the PDFs", suffix)


def main() -> None:
    app = kit.start()
    QLocale.setDefault(QLocale("en_GB"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        create_demo(folder / "store", kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
        desk = Desk.open(folder / "store", kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
        pdf_output.confirm_unencrypted = lambda *_a: False  # type: ignore[assignment]
        try:
            desk.unlock("chenda", "demo-custodian-2026")
            run(app, desk, folder, "")
            write_pdfs(desk, "")
            kit.use_khmer(app, folder)
            run(app, desk, folder, "-km")
            write_pdfs(desk, "-km")
        finally:
            desk.close()


if __name__ == "__main__":
    main()
