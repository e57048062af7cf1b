"""The Maintenance section: due and overdue (coloured), record done takes the task off the
list, a schedule planned for a category, a repair sent and brought back with its cost, the
due list saved as PDF, and the refusal to issue an item at the repairer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import AssetStatus, Condition
from piu_desk.core.equipment import assets, custody, maintenance
from piu_desk.core.errors import Invalid
from piu_desk.ui.equipment.custody_forms import OVERDUE_BACKGROUND, SOON_BACKGROUND, item_text
from piu_desk.ui.equipment.maintenance_dialogs import RepairReturnDialog
from piu_desk.ui.equipment.maintenance_section import MaintenanceSection
from tests.ui.custody_support import (
    add_items,
    custodian_desk,
    open_section,
    pdf_text,
    save_to,
)

__all__ = ["custodian_desk"]
# The test clock's day is 2026-11-28.


def due_tags(section: MaintenanceSection) -> list[tuple[str, str]]:
    m = section.due
    return [(str(m.index(r, 0).data()), str(m.index(r, 5).data())) for r in range(m.rowCount())]


def test_record_done_takes_the_task_off_the_due_list(qtbot: QtBot,
                                                     custodian_desk: Desk) -> None:
    desk = custodian_desk
    truck, boat, _far = add_items(desk, "VEH-01", "BOAT-01", "VEH-02", category="Vehicle")
    maintenance.add_schedule(desk, "Oil service", "2026-11-01", asset_id=truck,
                             every_months=3)  # due on its start day: overdue
    maintenance.add_schedule(desk, "Hull check", "2026-12-10", asset_id=boat,
                             every_months=3)  # due in 12 days
    section, _tasks = open_section(qtbot, desk, MaintenanceSection)
    assert due_tags(section) == [("VEH-01", "Overdue"), ("BOAT-01", "Due soon")]
    background = Qt.ItemDataRole.BackgroundRole
    assert section.due.index(0, 0).data(background).color() == OVERDUE_BACKGROUND
    assert section.due.index(1, 0).data(background).color() == SOON_BACKGROUND
    assert "1 overdue · 1 due in the next 30 days" in section.summary.text()

    assert section.record_done() is None  # nothing selected, nothing opened
    section.select(section.due_table, 0)
    dialog = section.record_done()
    assert dialog is not None
    dialog.note.setText("Oil and filters changed")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert due_tags(section) == [("BOAT-01", "Due soon")]  # next one in three months
    assert "0 overdue" in section.summary.text()


def test_plan_for_a_category_lists_every_item(qtbot: QtBot, custodian_desk: Desk) -> None:
    desk = custodian_desk
    add_items(desk, "RAD-01", "RAD-02", category="Radio")
    section, _tasks = open_section(qtbot, desk, MaintenanceSection)
    dialog = section.plan()
    dialog.per_category.setChecked(True)
    dialog.category.setCurrentText("Radio")
    dialog.submit()  # no task said: refused under the field, nothing planned
    assert dialog.errors.text("task") == "Say what is to be done."
    dialog.task.setText("Battery test")
    dialog.every.setChecked(True)
    dialog.months.setValue(6)
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    s = section.schedules
    assert [s.index(0, c).data() for c in range(3)] == \
        ["Battery test", "every Radio", "every 6 months"]
    assert [t for t, _state in due_tags(section)] == ["RAD-01", "RAD-02"]


def test_repair_sent_refuses_issue_then_comes_back_with_cost(
        qtbot: QtBot, custodian_desk: Desk, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    desk = custodian_desk
    (camera,) = add_items(desk, "CAM-01", category="Camera")
    section, _tasks = open_section(qtbot, desk, MaintenanceSection)
    send = section.send_for_repair()
    send.item.setCurrentText(item_text(assets.get(desk, camera)))
    send.submit()
    assert send.errors.text("vendor") == "Name the repairer."
    send.vendor.setText("Phnom Penh Camera Service")
    send.fault.setText("Lens does not focus")
    send.submit()
    assert send.result() == QDialog.DialogCode.Accepted
    assert assets.get(desk, camera).status == AssetStatus.UNDER_REPAIR
    assert section.repairs.index(0, 5).data() == "at the repairer"
    assert "1 at the repairer" in section.summary.text()
    with pytest.raises(Invalid):  # the Custody screen shows this refusal (test_custody)
        custody.issue(desk, camera, "vanna", "2026-11-28")

    section.select(section.repairs_table, 0)
    back = section.repair_back()
    assert isinstance(back, RepairReturnDialog)
    back.cost_usd.setText("eighty")
    back.submit()
    assert back.errors.text("cost_usd") == "Enter the cost in dollars, e.g. 85.50."
    back.cost_usd.setText("85.50")
    back.cost_khr.setText("12,000")
    back.condition.set_condition(Condition.GOOD)
    back.submit()
    assert back.result() == QDialog.DialogCode.Accepted
    assert assets.get(desk, camera).status == AssetStatus.IN_STORE
    assert section.repairs.index(0, 6).data() == "USD 85.50 · KHR 12,000"

    save_to(monkeypatch, tmp_path / "due.pdf")
    maintenance.add_schedule(desk, "Sensor clean", "2026-11-20", asset_id=camera,
                             due_on="2026-11-25")
    task = section.print_due()
    qtbot.waitUntil(lambda: task.done and (tmp_path / "due.pdf").exists(), timeout=20_000)
    text = pdf_text(tmp_path / "due.pdf")
    assert "Maintenance due" in text and "CAM-01" in text and "Sensor clean" in text
