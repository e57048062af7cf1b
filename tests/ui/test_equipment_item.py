"""An item's page: every field, its whole history on the timeline (each event a dated entry
with its kind), the custody history, the actions its status allows, editing the details
(never the status); and My equipment, where an officer accepts what was issued to them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import AssetStatus, Condition, EventKind
from piu_desk.core.equipment import assets, custody, incidents, maintenance
from piu_desk.core.equipment.incidents import IncidentKind
from piu_desk.ui.equipment.item_edit import ItemEditDialog
from piu_desk.ui.equipment.item_page import ItemPage
from tests.conftest import OFFICER
from tests.ui.equipment_support import custodian_desk, open_mine, open_section, small_register


@pytest.fixture
def custodian(desk_factory: Callable[[], Desk]) -> Desk:
    return custodian_desk(desk_factory)


def open_item(qtbot: QtBot, desk: Desk, asset_id: int) -> ItemPage:
    section = open_section(qtbot, desk)
    page = section.open_item(asset_id)
    assert page is not None
    return page


def test_the_timeline_shows_every_event_in_order(qtbot: QtBot, custodian: Desk) -> None:
    ids = small_register(custodian)
    lap = ids["LAP-001"]  # received, issued to vanna, accepted
    custody.return_item(custodian, lap, "2026-11-02", Condition.GOOD)
    maintenance.send_for_repair(custodian, lap, "2026-11-05", "Phnom Penh IT Services",
                                "Keyboard")
    maintenance.repair_returned(custodian, lap, "2026-11-12", Condition.GOOD)
    custody.issue(custodian, lap, "chenda", "2026-11-20")
    incidents.report(custodian, lap, IncidentKind.THEFT, "2026-11-25", place="Market",
                     circumstances="Taken from a parked car.", police_ref="SHV-2026-118")
    page = open_item(qtbot, custodian, lap)
    kinds = [e.asset_event.kind for e in page.timeline.entries]
    assert kinds == [EventKind.RECEIVED, EventKind.ISSUED, EventKind.ACCEPTED,
                     EventKind.RETURNED, EventKind.REPAIR_SENT, EventKind.REPAIR_RETURNED,
                     EventKind.ISSUED, EventKind.STOLEN]
    titles = [e.title() for e in page.timeline.entries]
    assert titles[0] == "Received from the donor" and titles[-1] == "Theft reported"
    issued = page.timeline.entries[1]
    assert issued.heading() == "1 Oct 2026  Issued"
    assert "Holder: vanna" in issued.details()
    assert "Recorded by chenda" in issued.details()
    assert "Status after: Stolen" in page.timeline.entries[-1].details()
    accepted = page.timeline.entries[2]
    assert "Accepted by: vanna" in accepted.details()
    assert page.particulars.value("status") == "Stolen"
    # Custody, newest first: chenda (ended by the theft), then vanna (returned).
    table = page.custody_table
    assert table.rowCount() == 2
    assert [table.item(r, 0).text() for r in range(2)] == ["chenda", OFFICER[0]]
    assert table.item(0, 5).text() == "Stolen" and table.item(1, 5).text() == "Returned"
    # A stolen item can be recovered or disposed of, not issued.
    shown = {k for k, b in page.action_buttons.items() if not b.isHidden()}
    assert shown == {"recover", "dispose"}


def test_actions_follow_the_status(qtbot: QtBot, custodian: Desk) -> None:
    ids = small_register(custodian)
    page = open_item(qtbot, custodian, ids["LAP-002"])  # in store
    shown = {k for k, b in page.action_buttons.items() if not b.isHidden()}
    assert shown == {"issue", "incident", "dispose"}
    custody.issue(custodian, ids["LAP-002"], OFFICER[0], "2026-11-27")
    page.load()
    shown = {k for k, b in page.action_buttons.items() if not b.isHidden()}
    assert shown == {"return", "transfer", "incident"}
    assert not page.accept_button.isHidden()  # issued, not accepted yet
    page.record_acceptance()
    qtbot.waitUntil(lambda: page.accept_button.isHidden())
    assert page.timeline.entries[-1].asset_event.kind == EventKind.ACCEPTED


def test_edit_changes_details_and_never_the_status(qtbot: QtBot, custodian: Desk) -> None:
    ids = small_register(custodian)
    page = open_item(qtbot, custodian, ids["LAP-001"])  # issued
    dialog = page.edit()
    assert isinstance(dialog, ItemEditDialog)
    assert dialog.status.text() == "Issued"
    assert all(not isinstance(w, QLineEdit) or w.objectName().startswith("edit_")
               for w in dialog.findChildren(QLineEdit))
    assert "edit_status" not in {w.objectName() for w in dialog.findChildren(QLineEdit)}
    dialog.value_usd.setText("12.5.0")
    dialog.submit()
    assert dialog.isVisible()
    assert dialog.errors.text("value_usd") == "Enter the value in US dollars, e.g. 1,250.00."
    dialog.value_usd.setText("1,320.50")
    dialog.edits["tag"].setText("LAP-002")  # another item's tag
    dialog.submit()
    assert dialog.errors.text("tag") == "The tag LAP-002 is already on another item."
    dialog.edits["tag"].setText("LAP-001")
    dialog.edits["description"].setText("Laptop 14-inch with docking station")
    dialog.submit()
    assert not dialog.isVisible()
    saved = assets.get(custodian, ids["LAP-001"])
    assert saved.description == "Laptop 14-inch with docking station"
    assert saved.value_usd_cents == 132_050 and saved.status == AssetStatus.ISSUED
    qtbot.waitUntil(lambda: page.title.text() == "LAP-001 — Laptop 14-inch with docking "
                                                 "station")


def test_my_equipment_shows_what_the_officer_holds_and_accepts_it(
        qtbot: QtBot, custodian: Desk, desk_factory: Callable[[], Desk]) -> None:
    ids = small_register(custodian)
    custody.issue(custodian, ids["RAD-001"], OFFICER[0], "2026-11-26",
                  expected_return="2026-12-31")
    custodian.close()
    officer = desk_factory()
    officer.unlock(OFFICER[0], OFFICER[2])
    mine = open_mine(qtbot, officer)
    rows = mine.model.rows()
    assert [h.asset.tag for h in rows] == ["LAP-001", "RAD-001"]
    assert mine.model.index(0, 6).data().startswith("Accepted")
    assert mine.model.index(1, 6).data() == "Awaiting your acceptance"
    assert mine.model.index(1, 5).data() == "31 Dec 2026"
    assert mine.selected() is not None and mine.selected().asset.tag == "RAD-001"
    assert mine.accept_button.isEnabled()
    mine.accept_button.click()
    qtbot.waitUntil(lambda: mine.model.index(1, 6).data().startswith("Accepted"))
    assert not mine.accept_button.isEnabled()
    history = [c for c in custody.holdings(officer) if c.asset.tag == "RAD-001"]
    assert history[0].custody.accepted_by == OFFICER[0]


def test_my_equipment_says_when_nothing_is_held(qtbot: QtBot,
                                                desk_factory: Callable[[], Desk]) -> None:
    officer = desk_factory()
    officer.unlock(OFFICER[0], OFFICER[2])
    mine = open_mine(qtbot, officer)
    assert mine.empty.isVisible() and not mine.table.isVisible()
    assert not mine.accept_button.isEnabled()
