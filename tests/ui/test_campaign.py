"""The Verification section: a campaign started, tags typed into the scan box as a label
scanner does (keys, then Enter) — found, a duplicate and an unknown tag flagged in colour —
items ticked missing and damaged by hand, the counts, then closed with the verification
report rendered; items never verified listed as due."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import Condition
from piu_desk.core.equipment import assets, campaigns
from piu_desk.core.equipment.campaigns import Flag, Outcome
from piu_desk.ui.equipment import VerificationSection
from piu_desk.ui.equipment.campaign_page import CampaignPage
from tests.ui.custody_support import (
    add_items,
    answer_box,
    custodian_desk,
    open_section,
    pdf_text,
    save_to,
)

__all__ = ["custodian_desk"]


def scan(qtbot: QtBot, page: CampaignPage, tag: str) -> None:
    """As a keyboard-wedge scanner: the characters, then Enter, into the focused box."""
    assert page.scan_box.hasFocus()
    QTest.keyClicks(page.scan_box, tag)
    QTest.keyClick(page.scan_box, Qt.Key.Key_Return)


def log_lines(page: CampaignPage) -> list[tuple[str, str]]:
    return [(page.log.item(r).text().split(" — ")[0],
             str(page.log.item(r).data(Qt.ItemDataRole.UserRole)))
            for r in range(page.log.count())]


def test_campaign_scans_flags_ticks_and_report(qtbot: QtBot, custodian_desk: Desk,
                                               tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    desk = custodian_desk
    ids = add_items(desk, "PIU-001", "PIU-002", "PIU-003", "PIU-004", "PIU-005")
    section, _tasks = open_section(qtbot, desk, VerificationSection)
    assert section.due.rowCount() == 5  # never verified: all due
    start = section.start()
    start.submit()
    assert start.result() == QDialog.DialogCode.Accepted
    page = section.page
    assert section.stack.currentWidget() is page
    assert page.campaign is not None and page.campaign.name == "Annual verification 2026"
    page.activateWindow()
    qtbot.waitUntil(page.scan_box.hasFocus)

    page.condition.setCurrentIndex(page.condition.findData(Condition.FAIR.value))
    page.location.setText("Boarding team store")
    scan(qtbot, page, "piu-001")  # a scanner may send lower case: the tag is normalised
    assert "PIU-001: found" in page.banner.text()
    scan(qtbot, page, "PIU-002")
    scan(qtbot, page, "PIU-001")
    assert "SCANNED TWICE" in page.banner.text()
    assert "#e0a030" in page.banner.styleSheet()
    scan(qtbot, page, "UNODC-0042")
    assert "NOT IN THE REGISTER" in page.banner.text()
    assert "#c62828" in page.banner.styleSheet()
    assert page.scan_box.text() == "" and page.scan_box.hasFocus()
    assert log_lines(page) == [("UNODC-0042", Flag.UNKNOWN.value),
                               ("PIU-001", Flag.DUPLICATE.value),
                               ("PIU-002", Flag.NONE.value), ("PIU-001", Flag.NONE.value)]
    first = assets.get(desk, ids[0])
    assert (first.condition, first.location) == (Condition.FAIR, "Boarding team store")
    assert "Found 2 · Damaged 0 · Missing 0 · Not yet seen 3" in page.counts.text()

    assert [page.unseen.index(r, 0).data() for r in range(page.unseen.rowCount())] == \
        ["PIU-003", "PIU-004", "PIU-005"]
    page.condition.setCurrentIndex(0)  # as in the register
    page.location.clear()
    page.unseen_table.selectRow(0)
    assert page.tick_selected(Outcome.MISSING) == 1
    page.unseen_table.selectRow(0)  # PIU-004 now first
    assert page.tick_selected(Outcome.DAMAGED) == 1
    assert "Found 2 · Damaged 1 · Missing 1 · Not yet seen 1" in page.counts.text()
    assert assets.get(desk, ids[3]).condition == Condition.POOR

    save_to(monkeypatch, tmp_path / "verification.pdf")
    answer_box(True)  # "Close the campaign?"
    task = page.ask_close()
    assert task is not None
    qtbot.waitUntil(lambda: task.done and (tmp_path / "verification.pdf").exists(),
                    timeout=20_000)
    assert not page.scan_box.isEnabled()
    assert campaigns.campaigns(desk)[0].closed_on == "2026-11-28"
    text = pdf_text(tmp_path / "verification.pdf")
    for expected in ("Verification report", "Annual verification 2026", "PIU-003",
                     "Missing", "Damaged", "Not checked", "UNODC-0042", "Scanned twice",
                     "Not in the register", "Fair", "Boarding team store", "Received by"):
        assert expected in text, expected
    section.show_list()
    due = [section.due.index(r, 0).data() for r in range(section.due.rowCount())]
    assert due == ["PIU-003", "PIU-005"]  # the missing one and the never-seen one stay due
    assert section.campaigns.index(0, 2).data() == "28 Nov 2026"


def test_reopened_campaign_shows_earlier_flags_and_a_closed_one_takes_no_scans(
        qtbot: QtBot, custodian_desk: Desk) -> None:
    desk = custodian_desk
    add_items(desk, "PIU-001")
    cid, _ = campaigns.start(desk, "Spot check", "2026-11-27")
    campaigns.scan(desk, cid, "PIU-001")
    campaigns.scan(desk, cid, "PIU-001")
    campaigns.scan(desk, cid, "XX-9")
    section, _tasks = open_section(qtbot, desk, VerificationSection)
    section.table.selectRow(0)
    page = section.open_selected()
    assert page is not None
    assert [flag for _tag, flag in log_lines(page)] == ["unknown", "duplicate"]
    campaigns.close(desk, cid, "2026-11-28")
    page.reload()
    assert not page.scan_box.isEnabled() and not page.close_button.isEnabled()
    assert "closed 28 Nov 2026" in page.title.text()
