"""The Equipment section's register: the filters, the dashboard tiles that filter it, the
"Find by tag" box a scanner types into, and the item page it opens (Alt+Left goes back)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import AssetStatus
from piu_desk.core.equipment import custody
from piu_desk.ui.equipment.item_page import ItemPage
from piu_desk.ui.equipment.register_data import ISSUED, LOST_THIS_YEAR, VERIFICATION_DUE
from tests.conftest import OFFICER
from tests.ui.equipment_support import (
    custodian_desk,
    open_section,
    shown_tags,
    small_register,
)


@pytest.fixture
def custodian(desk_factory: Callable[[], Desk]) -> Desk:
    return custodian_desk(desk_factory)


def choose(box: object, data: object) -> None:
    index = box.findData(data)  # type: ignore[attr-defined]
    assert index >= 0, data
    box.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_filters_by_status_category_location_holder_and_text(
        qtbot: QtBot, custodian: Desk) -> None:
    small_register(custodian)
    section = open_section(qtbot, custodian)
    view = section.register
    assert shown_tags(section) == ["CAM-001", "LAP-001", "LAP-002", "RAD-001", "RAD-002",
                                   "SCN-001"]
    assert view.total_label.text() == "6 items"
    choose(view.status_box, AssetStatus.ISSUED)
    assert shown_tags(section) == ["CAM-001", "LAP-001"]
    assert view.total_label.text() == "2 of 6 items"
    choose(view.holder_box, OFFICER[0])
    assert shown_tags(section) == ["LAP-001"]
    view.holder_box.setCurrentIndex(0)
    view.status_box.setCurrentIndex(0)
    choose(view.category_box, "Handheld radio")
    assert shown_tags(section) == ["RAD-001", "RAD-002"]
    view.category_box.setCurrentIndex(0)
    choose(view.location_box, "PIU office")
    assert shown_tags(section) == ["SCN-001"]
    view.location_box.setCurrentIndex(0)
    qtbot.keyClicks(view.text_filter, "sn-lap-002")  # the serial number, any case
    qtbot.waitUntil(lambda: shown_tags(section) == ["LAP-002"])
    view.set_text_filter("laptop")
    assert shown_tags(section) == ["LAP-001", "LAP-002"]
    holders = {r.asset.tag: r.holder for r in view.model.all_rows}
    assert holders["LAP-001"] == OFFICER[0] and holders["CAM-001"] == "Boarding team"
    assert view.model.index(0, 8).data() == OFFICER[0]  # the Holder column


def test_tiles_count_and_a_click_filters_the_register(qtbot: QtBot, custodian: Desk) -> None:
    small_register(custodian)
    section = open_section(qtbot, custodian)
    tiles = section.register.tiles.tiles
    assert tiles[ISSUED].count.text() == "2"
    assert tiles[LOST_THIS_YEAR].count.text() == "1"
    assert tiles[VERIFICATION_DUE].count.text() == "5"  # never verified, lost one left out
    qtbot.mouseClick(tiles[ISSUED], Qt.MouseButton.LeftButton)
    assert tiles[ISSUED].isChecked()
    assert shown_tags(section) == ["CAM-001", "LAP-001"]
    qtbot.mouseClick(tiles[LOST_THIS_YEAR], Qt.MouseButton.LeftButton)
    assert not tiles[ISSUED].isChecked()
    assert shown_tags(section) == ["RAD-002"]
    qtbot.mouseClick(tiles[LOST_THIS_YEAR], Qt.MouseButton.LeftButton)  # off again
    assert len(shown_tags(section)) == 6


def test_a_change_reads_the_register_and_the_tiles_again(qtbot: QtBot, custodian: Desk) -> None:
    ids = small_register(custodian)
    section = open_section(qtbot, custodian)
    view = section.register
    qtbot.mouseClick(view.tiles.tiles[ISSUED], Qt.MouseButton.LeftButton)
    section._tasks.call(lambda: custody.issue(custodian, ids["SCN-001"], OFFICER[0],
                                              "2026-11-20"), section)
    qtbot.waitUntil(lambda: view.tiles.tiles[ISSUED].count.text() == "3")
    qtbot.waitUntil(lambda: shown_tags(section) == ["CAM-001", "LAP-001", "SCN-001"])


def test_a_scanned_tag_opens_the_item_and_alt_left_comes_back(
        qtbot: QtBot, custodian: Desk) -> None:
    ids = small_register(custodian)
    section = open_section(qtbot, custodian)
    view = section.register
    view.find_box.setFocus()
    qtbot.keyClicks(view.find_box, " lap-002")  # a scanner may send a space and lower case
    qtbot.keyClick(view.find_box, Qt.Key.Key_Return)
    page = section.current()
    assert isinstance(page, ItemPage) and page.asset_id == ids["LAP-002"]
    assert page.title.text().startswith("LAP-002")
    assert view.find_box.text() == ""  # ready for the next scan
    qtbot.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert section.current() is view
    qtbot.keyClicks(view.find_box, "NOPE-9")
    qtbot.keyClick(view.find_box, Qt.Key.Key_Return)
    assert section.current() is view
    assert view.find_message.isVisible()
    assert view.find_message.text() == "No item in the register has the tag NOPE-9."


def test_a_row_opens_its_item_and_back_returns(qtbot: QtBot, custodian: Desk) -> None:
    ids = small_register(custodian)
    section = open_section(qtbot, custodian)
    view = section.register
    row = shown_tags(section).index("RAD-002")
    view.table.activated.emit(view.model.index(row, 2))
    page = section.current()
    assert isinstance(page, ItemPage) and page.asset_id == ids["RAD-002"]
    assert page.particulars.value("status") == "Lost"
    page.back_button.click()
    assert section.current() is view and len(section.history) == 1
