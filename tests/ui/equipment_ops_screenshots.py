"""Screenshots of the Custody, Maintenance and Verification sections and their dialogs on a
demo store (as the custodian chenda), in English and in Khmer; and the PDFs they print.

    xvfb-run -a -s '-screen 0 1366x800x24' .venv/bin/python tests/ui/equipment_ops_screenshots.py

PNGs and PDFs go to ./screenshots/ (git-ignored). The Khmer pass compiles the current
catalogue i18n/piu_desk_km.ts into a temporary folder; strings not translated yet stay in
English.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import screenshot_kit as kit
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog

from piu_desk.core.demo import DEMO_ACCOUNTS, create_demo
from piu_desk.core.desk import Desk
from piu_desk.core.equipment import campaigns, custody, maintenance
from piu_desk.core.reports.equipment_reports import render_maintenance_due
from piu_desk.ui.equipment import CustodySection, MaintenanceSection, VerificationSection
from piu_desk.ui.equipment.campaign_report import verification_printout
from piu_desk.ui.equipment.custody_acceptance import acceptance_printout
from piu_desk.ui.equipment.custody_forms import FormDialog
from piu_desk.ui.equipment.incident_dialog import DisposeDialog, IncidentDialog
from piu_desk.ui.errors import tr_core
from piu_desk.ui.main_window import MainWindow
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import CHEAP_KDF

SIZE = (1366, 800)
shoot = kit.shooter("equipment-ops")


def dialog_shot(app: QApplication, dialog: QDialog, name: str, suffix: str) -> None:
    dialog.show()
    kit.wait(dialog.isVisible)
    shoot(app, dialog, name, suffix)
    dialog.reject()


def custody_shots(app: QApplication, window: MainWindow, desk: Desk, tasks: TaskRunner,
                  suffix: str) -> None:
    window.show_section("custody")
    section = window.sections["custody"]
    assert isinstance(section, CustodySection)
    holding = next(h for h in custody.holdings(desk) if h.custody.holder == "rithy")
    section.tree.select_asset(holding.asset.id or 0)
    shoot(app, window, "custody", suffix)
    issue = section.issue()
    issue.picker.setCurrentIndex(3)
    issue.holder.set_holder("vanna")
    issue.expected.set_iso("2027-03-31")
    dialog_shot(app, issue, "issue", suffix)
    refused = section.issue()
    refused.holder.set_holder("nobody")
    refused.picker.setCurrentIndex(0)
    refused.submit()
    dialog_shot(app, refused, "issue-invalid", suffix)
    accept = section.record_acceptance()
    assert accept is not None
    dialog_shot(app, accept, "acceptance", suffix)
    for make, name in ((section.take_back, "return"), (section.transfer, "transfer")):
        dialog = make()
        assert dialog is not None
        dialog_shot(app, dialog, name, suffix)
    incident = IncidentDialog(desk, tasks, holding.asset, window)
    incident.kind.setCurrentIndex(incident.kind.findData("stolen"))
    incident.circumstances.setPlainText("Taken from the patrol car while parked.")
    incident.submit()
    dialog_shot(app, incident, "incident-theft", suffix)
    dispose = DisposeDialog(desk, tasks, holding.asset, window)
    dialog_shot(app, dispose, "dispose", suffix)
    language = "km" if suffix else "en"
    pdf = acceptance_printout(desk, "Chan Vanna (vanna)", [holding.asset], language)
    (kit.OUT / f"equipment-ops-acceptance{suffix}.pdf").write_bytes(pdf.data)


def maintenance_shots(app: QApplication, window: MainWindow, desk: Desk, tasks: TaskRunner,
                      suffix: str) -> None:
    window.show_section("maintenance")
    section = window.sections["maintenance"]
    assert isinstance(section, MaintenanceSection)
    section.select(section.due_table, 0)
    shoot(app, window, "maintenance-due", suffix)
    done = section.record_done()
    assert done is not None
    dialog_shot(app, done, "record-done", suffix)
    plan = section.plan()
    plan.task.setText("Battery capacity test")
    plan.per_category.setChecked(True)
    dialog_shot(app, plan, "schedule", suffix)
    section.tabs.setCurrentIndex(1)
    shoot(app, window, "maintenance-schedules", suffix)
    section.tabs.setCurrentIndex(2)
    section.select(section.repairs_table, 0)
    shoot(app, window, "maintenance-repairs", suffix)
    back = section.repair_back()
    if back is not None:
        back.cost_usd.setText("85.50")
        dialog_shot(app, back, "repair-back", suffix)
    section.tabs.setCurrentIndex(0)
    day = desk.now()[:10]
    data = render_maintenance_due(maintenance.due_list(desk, day), day, desk.station(),
                                  tr_core, "km" if suffix else "en")
    (kit.OUT / f"equipment-ops-maintenance-due{suffix}.pdf").write_bytes(data)


def verification_shots(app: QApplication, window: MainWindow, desk: Desk, suffix: str) -> None:
    window.show_section("verification")
    section = window.sections["verification"]
    assert isinstance(section, VerificationSection)
    section.show_list()
    section.table.selectRow(0)
    shoot(app, window, "verification", suffix)
    page = section.open_selected()
    assert page is not None
    shoot(app, window, "campaign", suffix)
    unseen = [page.unseen.index(r, 0).data() for r in range(2)]
    for tag in (unseen[0], "UNODC-0099", unseen[0]):
        page.scan_box.setText(str(tag))
        page.scan_typed()
    shoot(app, window, "campaign-duplicate", suffix)
    page.scan_box.setText("UNODC-0099")
    page.scan_typed()
    shoot(app, window, "campaign-unknown", suffix)
    start = section.start()
    dialog_shot(app, start, "start-campaign", suffix)
    c = campaigns.campaigns(desk)[0]
    pdf = verification_printout(desk, c.id, "km" if suffix else "en")
    (kit.OUT / f"equipment-ops-verification{suffix}.pdf").write_bytes(pdf.data)


def run(app: QApplication, desk: Desk, suffix: str) -> None:
    tasks = TaskRunner(desk)
    window = MainWindow(desk, tasks, language=lambda: "km" if suffix else "en",
                        choose_language=lambda _l: None, idle_interval_ms=3_600_000)
    window.resize(*SIZE)
    window.show_session()
    window.show()
    kit.wait(window.isVisible)
    custody_shots(app, window, desk, tasks, suffix)
    maintenance_shots(app, window, desk, tasks, suffix)
    verification_shots(app, window, desk, suffix)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, FormDialog):
            widget.reject()
    window.hide()
    window.deleteLater()
    kit.wait()


def main() -> None:
    app = kit.start()
    QLocale.setDefault(QLocale("en_GB"))
    password = {a.username: a.password for a in DEMO_ACCOUNTS}["chenda"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "store"
        create_demo(folder, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
        desk = Desk.open(folder, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
        try:
            desk.unlock("chenda", password)
            run(app, desk, "")
            kit.use_khmer(app, Path(tmp))
            run(app, desk, "-km")
        finally:
            desk.close()


if __name__ == "__main__":
    main()
