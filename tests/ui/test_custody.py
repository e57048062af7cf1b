"""The Custody section: issue to an officer, the acceptance form printed and the acceptance
recorded, the return with its condition, transfer, the history of each hand, overdue
returns highlighted, and an item under repair refused with the reason shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import AssetStatus, Condition
from piu_desk.core.equipment import assets, custody, maintenance
from piu_desk.ui.equipment import CustodySection, issue_item
from piu_desk.ui.equipment.custody_acceptance import AcceptanceDialog
from piu_desk.ui.equipment.custody_dialogs import IssueDialog, ReturnDialog, TransferDialog
from piu_desk.ui.equipment.custody_forms import OVERDUE_BACKGROUND, item_text
from piu_desk.ui.equipment.custody_tree import OVERDUE
from tests.ui.custody_support import (
    add_items,
    custodian_desk,
    open_section,
    pdf_text,
    save_to,
    when_modal,
)

__all__ = ["custodian_desk"]


def top_text(section: CustodySection, row: int) -> str:
    item = section.tree.topLevelItem(row)
    assert item is not None
    return item.text(0)


def current(section: CustodySection) -> QTreeWidgetItem:
    item = section.tree.currentItem()
    assert item is not None
    return item


def history_rows(section: CustodySection) -> list[list[str]]:
    model = section.history
    return [[str(model.index(r, c).data()) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_issue_accept_and_return_with_history(
        qtbot: QtBot, custodian_desk: Desk, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    desk = custodian_desk
    laptop, _other = add_items(desk, "PIU-001", "PIU-002")
    section, _tasks = open_section(qtbot, desk, CustodySection)
    assert section.tree.topLevelItemCount() == 0

    dialog = section.issue()
    assert isinstance(dialog, IssueDialog)
    dialog.picker.setCurrentText(item_text(assets.get(desk, laptop)))
    dialog.holder.set_holder("vanna")
    dialog.expected.set_iso("2026-12-31")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert assets.get(desk, laptop).status == AssetStatus.ISSUED
    assert "Chan Vanna (vanna) — 1 items" in top_text(section, 0)
    assert "1 awaiting signature" in section.summary.text()

    step = section.dialog  # the acceptance step follows the issue
    assert isinstance(step, AcceptanceDialog) and step.holder == "vanna"
    assert step.accepted_by.text() == "Chan Vanna"
    save_to(monkeypatch, tmp_path / "acceptance.pdf")
    task = step.print_form()
    qtbot.waitUntil(lambda: task.done and (tmp_path / "acceptance.pdf").exists(),
                    timeout=20_000)
    text = pdf_text(tmp_path / "acceptance.pdf")
    assert "Equipment acceptance form" in text and "PIU-001" in text and "Chan Vanna" in text
    step.submit()
    assert step.result() == QDialog.DialogCode.Accepted
    assert "0 awaiting signature" in section.summary.text()
    assert section.tree.selected_asset_id() == laptop
    assert history_rows(section)[0][0] == "Chan Vanna (vanna)"
    assert "Chan Vanna" in history_rows(section)[0][5]

    back = section.take_back()
    assert isinstance(back, ReturnDialog)
    back.condition.set_condition(Condition.FAIR)
    back.submit()
    assert back.result() == QDialog.DialogCode.Accepted
    item = assets.get(desk, laptop)
    assert (item.status, item.condition) == (AssetStatus.IN_STORE, Condition.FAIR)
    assert section.tree.topLevelItemCount() == 0
    (row,) = [c for c in custody.history(desk, laptop)]
    assert (row.end_kind, row.return_condition, row.accepted_by) == \
        ("returned", "fair", "Chan Vanna")


def test_transfer_between_officers_keeps_both_hands(qtbot: QtBot,
                                                    custodian_desk: Desk) -> None:
    desk = custodian_desk
    (radio,) = add_items(desk, "RAD-01", category="Radio")
    custody.issue(desk, radio, "vanna", "2026-11-01")
    custody.accept(desk, radio, "Chan Vanna")
    section, _tasks = open_section(qtbot, desk, CustodySection)
    assert section.tree.select_asset(radio)
    dialog = section.transfer()
    assert isinstance(dialog, TransferDialog)
    dialog.to.set_holder("vanna")
    dialog.submit()  # to the one holding it: refused, said under the field
    assert "already held by vanna" in dialog.errors.text("holder")
    dialog.to.set_holder("sopheap")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert isinstance(section.dialog, AcceptanceDialog)  # the new holder signs anew
    assert section.dialog.holder == "sopheap"
    assert section.tree.selected_holder() == "sopheap"
    rows = history_rows(section)
    assert [r[0] for r in rows] == ["Chan Vanna (vanna)", "Keo Sopheap (sopheap)"]
    assert rows[0][3] == "Transferred" and rows[1][2] == "now"


def test_item_under_repair_is_refused_with_the_reason_shown(qtbot: QtBot,
                                                            custodian_desk: Desk) -> None:
    desk = custodian_desk
    (camera,) = add_items(desk, "CAM-01", category="Camera")
    maintenance.send_for_repair(desk, camera, "2026-11-20", "Camera Service", "Lens")
    section, tasks = open_section(qtbot, desk, CustodySection)
    seen: list[str] = []

    def fill(dialog: IssueDialog) -> None:
        dialog.holder.set_holder("vanna")
        dialog.submit()
        seen.append(dialog.errors.text("status"))
        dialog.reject()
    shown = when_modal(IssueDialog, fill)
    assert issue_item(section, desk, tasks, camera) is False
    assert shown and seen == ["The item is under repair: record its return from repair first."]
    assert assets.get(desk, camera).status == AssetStatus.UNDER_REPAIR


def test_overdue_return_is_red_and_can_be_shown_alone(qtbot: QtBot,
                                                      custodian_desk: Desk) -> None:
    desk = custodian_desk
    late, fine = add_items(desk, "PIU-010", "PIU-011")
    custody.issue(desk, late, "vanna", "2026-10-01", expected_return="2026-11-15")
    custody.issue(desk, fine, "Jetty 2", "2026-10-01", holder_kind=custody.PLACE,
                  expected_return="2027-01-15")
    section, _tasks = open_section(qtbot, desk, CustodySection)
    assert "1 overdue" in section.summary.text()
    assert section.tree.select_asset(late)
    line = current(section)
    assert line.background(3).color() == OVERDUE_BACKGROUND
    assert section.tree.select_asset(fine)
    assert current(section).background(3).color() != OVERDUE_BACKGROUND
    section.show_only.setCurrentIndex(section.show_only.findData(OVERDUE))
    assert section.tree.topLevelItemCount() == 1
    assert top_text(section, 0).startswith("Chan Vanna (vanna)")
    section.search.setText("jetty")
    assert section.tree.topLevelItemCount() == 0
