"""A vessel's and a person's page list the tip-offs about them, read again when a tip-off
is logged, and open one on a double click; a record no tip-off is about shows nothing."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.grading import AdmiraltyGrade
from piu_desk.core.domain.tipoff import Subject, SubjectKind
from piu_desk.core.records import search
from piu_desk.core.store.search import Kind
from piu_desk.ui.intel.tipoffs_about import TipOffsAbout
from piu_desk.ui.records.common import PERSON, VESSEL, Target
from tests.ui.intel_support import as_officer, log, with_sources
from tests.ui.records_support import a_busy_port_call, open_section, register


def test_a_vessels_page_lists_the_tip_offs_about_it(
        qtbot: QtBot, desk_factory: Callable[[], Desk]) -> None:
    desk = as_officer(with_sources(desk_factory))
    vid = register(desk, "Blue Mekong", "KHM")
    quiet = register(desk, "Quiet Harbour", "KHM")
    log(desk, "Crew offering passage to Thailand for cash.", grade=AdmiraltyGrade("B", "2"),
        subjects=(Subject(SubjectKind.VESSEL, vid),))
    section = open_section(qtbot, desk, vessels_section=True)
    page = section.navigator.open(Target(VESSEL, vid))
    about = page.findChild(TipOffsAbout)
    assert about is not None and not about.isHidden()
    assert about.table.rowCount() == 1
    assert about.table.item(0, 1).text() == "B2 · Admiralty"
    assert about.table.item(0, 4).text() == "Crew offering passage to Thailand for cash."
    dialog = about.open_tipoff(about.found[0].id or 0)
    assert dialog is not None
    dialog.form.text.setPlainText("Crew offering passage to Thailand; cash up front.")
    dialog.submit()  # saved: the page's list reads it again
    assert about.table.item(0, 4).text() == "Crew offering passage to Thailand; cash up front."
    other = section.navigator.open(Target(VESSEL, quiet))
    none = other.findChild(TipOffsAbout)
    assert none is not None and none.isHidden()


def test_a_persons_page_lists_the_tip_offs_about_them(
        qtbot: QtBot, desk_factory: Callable[[], Desk]) -> None:
    desk = as_officer(with_sources(desk_factory))
    a_busy_port_call(desk)
    [hit] = search.search(desk, "santoso budi", 5, frozenset({Kind.PERSON}))
    log(desk, "A seafarer carries passports that are not his.",
        subjects=(Subject(SubjectKind.PERSON, hit.ref),))
    section = open_section(qtbot, desk)
    page = section.navigator.open(Target(PERSON, hit.ref))
    about = page.findChild(TipOffsAbout)
    assert about is not None and not about.isHidden()
    assert about.table.rowCount() == 1
    assert about.table.item(0, 1).text() == "Not graded"
