"""One search box: results grouped by kind, opened with Enter; and the person page, where a
similar person is linked only after the officer confirms."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.inspection import Inspection
from piu_desk.core.records import crew, inspections, persons
from piu_desk.ui.records.common import PERSON, Target
from piu_desk.ui.records.person_page import PersonPage
from piu_desk.ui.records.port_call_page import PortCallPage
from piu_desk.ui.records.vessel_page import VesselPage
from tests.ui.admin_support import answer_next_box
from tests.ui.records_support import (
    a_busy_port_call,
    arrive,
    crew_list,
    member,
    officer_desk,
    open_section,
    register,
)


@pytest.fixture
def officer(desk_factory: Callable[[], Desk]) -> Desk:
    return officer_desk(desk_factory)


def test_search_finds_a_crew_member_by_name_in_any_order(qtbot: QtBot, officer: Desk) -> None:
    a_busy_port_call(officer)
    section = open_section(qtbot, officer)
    qtbot.keyClick(section.home, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is section.search_box
    qtbot.keyClicks(section.search_box, "an van NGUYEN")
    results = section.results
    assert section.navigator.current() is results
    qtbot.waitUntil(lambda: results.query == "an van NGUYEN")
    groups = [results.tree.topLevelItem(i).text(0)  # type: ignore[union-attr]
              for i in range(results.tree.topLevelItemCount())]
    assert groups == ["Persons (1)", "Crew list rows (1)"]
    crew_hit = results.tree.topLevelItem(1).child(0)  # type: ignore[union-attr]
    assert crew_hit.text(0) == "NGUYỄN VĂN AN"
    assert crew_hit.text(1) == "Master VNM C1234567 HAI PHONG STAR 2026-11-27"
    qtbot.keyClick(section.search_box, Qt.Key.Key_Down)
    results.tree.setCurrentItem(crew_hit)
    qtbot.keyClick(results.tree, Qt.Key.Key_Return)
    page = section.navigator.current()
    assert isinstance(page, PersonPage) and page.title.text() == "NGUYỄN VĂN AN"
    assert page.particulars.value("documents") == "C1234567 (VNM)"
    assert page.seen_table.item(0, 2).text() == "Crew"  # type: ignore[union-attr]
    qtbot.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert section.navigator.current() is results  # back to the results, as in a browser
    qtbot.keyClick(section.search_box, Qt.Key.Key_Escape)
    assert section.navigator.current() is section.home and section.search_box.text() == ""


def test_each_kind_of_hit_opens_its_page(qtbot: QtBot, officer: Desk) -> None:
    pid = a_busy_port_call(officer)
    inspections.record(officer, Inspection(None, pid, "2026-11-28T09:00", ("vanna",),
                                           findings="Stowaways in the chain locker"))
    section = open_section(qtbot, officer)
    expected = {"9074729": VesselPage, "stowaways": PortCallPage, "aung": PersonPage}
    for text, kind in expected.items():
        results = section.search(text)
        [item, *_] = results.hit_items()
        results.open_item(item)
        page = section.navigator.current()
        assert isinstance(page, kind), text
    assert isinstance(page, PersonPage) and page.seen_table.item(  # type: ignore[union-attr]
        0, 2).text() == "Found aboard"
    section.search("stowaways chain")
    section.results.open_item(section.results.hit_items()[0])
    port_call = section.navigator.current()
    assert isinstance(port_call, PortCallPage)
    assert port_call.tabs.currentWidget() is port_call.inspections  # the inspection's tab


def test_nothing_found_says_so(qtbot: QtBot, officer: Desk) -> None:
    section = open_section(qtbot, officer)
    results = section.search("zzzz")
    assert results.none_found.isVisible() and not results.hit_items()


def test_a_similar_person_is_linked_only_after_confirming(qtbot: QtBot, officer: Desk) -> None:
    vid = register(officer, "Hai Phong Star")
    first, second = arrive(officer, vid, "2026-10-01T08:00"), arrive(officer, vid)
    crew_list(officer, first, member(1, "NGUYEN", "VAN AN", "C1234567"))
    crew_list(officer, second, member(1, "NGUYEN", "AN VAN", "N9999999"))
    rows = [m for cl in crew.lists_of_port_call(officer, second) for m in cl.members]
    other = rows[0].person_id
    [me] = [m.person_id for cl in crew.lists_of_port_call(officer, first) for m in cl.members]
    assert me is not None and other is not None and me != other
    section = open_section(qtbot, officer)
    page = section.navigator.open(Target(PERSON, me))
    assert isinstance(page, PersonPage)
    assert "Looking for persons" in page.suggest_note.text()  # filled in after the page
    qtbot.waitUntil(lambda: page.suggest_table.rowCount() == 1)
    assert page.suggest_table.item(0, 4).text() == "Yes"  # type: ignore[union-attr]
    assert "Nothing is linked automatically" in page.suggest_note.text()
    answer_next_box(accept=False)
    page.link_buttons[0].click()
    assert len(persons.appearances(officer, me)) == 1  # cancelled: nothing linked
    seen = answer_next_box(accept=True)
    page.link_buttons[0].click()
    assert "NGUYEN AN VAN" in seen[0] and "audit trail" in seen[1]
    assert len(persons.appearances(officer, me)) == 2
    qtbot.waitUntil(lambda: page.seen_table.rowCount() == 2)
    qtbot.waitUntil(lambda: not page.looking)
    assert page.suggest_table.rowCount() == 0
    assert "N9999999" in page.particulars.value("documents")


def test_enter_searches_at_once_and_one_letter_waits_for_it(qtbot: QtBot, officer: Desk) -> None:
    a_busy_port_call(officer)
    section = open_section(qtbot, officer)
    section.focus_search()
    qtbot.keyClicks(section.search_box, "b")
    qtbot.wait(200)
    results = section.results
    assert results.query == "" and not results.hit_items()
    qtbot.keyClick(section.search_box, Qt.Key.Key_Return)  # Enter: search now, go to the hits
    assert results.query == "b" and results.hit_items()
    assert QApplication.focusWidget() is results.tree
    assert results.tree.currentItem() is results.hit_items()[0]


def test_tip_offs_do_not_crowd_out_the_records_this_screen_opens(
        qtbot: QtBot, officer: Desk) -> None:
    from piu_desk.core.domain.tipoff import Channel, TipOff
    from piu_desk.core.records import tipoffs

    a_busy_port_call(officer)
    for n in range(70):  # more than a page of hits, all ranked above vessels
        tipoffs.log(officer, TipOff(None, "2026-11-27T08:00", Channel.HOTLINE, "vanna",
                                    f"HAI PHONG STAR call {n}: cargo declared twice"))
    section = open_section(qtbot, officer)
    qtbot.keyClicks(section.search_box, "hai phong")
    results = section.results
    qtbot.waitUntil(lambda: results.query == "hai phong")
    groups = [results.tree.topLevelItem(i).text(0)  # type: ignore[union-attr]
              for i in range(results.tree.topLevelItemCount())]
    assert groups[0] == "Vessels (1)"
