"""The port-call page: particulars, crew lists loaded page by page, persons found aboard
with their vulnerability flags, inspections, and the dialogs of other packages."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from typing import ClassVar

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import Vulnerability
from piu_desk.core.domain.inspection import Inspection, Outcome
from piu_desk.core.records import inspections
from piu_desk.ui.records.common import INSPECTIONS, PORT_CALL, Target
from piu_desk.ui.records.crew_tab import Column
from piu_desk.ui.records.person_page import PersonPage
from piu_desk.ui.records.port_call_page import PortCallPage
from piu_desk.ui.records.tags import TAGS_ROLE
from tests.ui.records_support import (
    a_busy_port_call,
    crew_list,
    member,
    officer_desk,
    open_section,
)


@pytest.fixture
def officer(desk_factory: Callable[[], Desk]) -> Desk:
    return officer_desk(desk_factory)


def open_port_call(qtbot: QtBot, desk: Desk, pid: int, tab: str = "") -> PortCallPage:
    section = open_section(qtbot, desk)
    page = section.navigator.open(Target(PORT_CALL, pid, tab))
    assert isinstance(page, PortCallPage)
    return page


def test_port_call_page_shows_crew_and_persons_aboard_with_flags(
        qtbot: QtBot, officer: Desk) -> None:
    pid = a_busy_port_call(officer)
    page = open_port_call(qtbot, officer, pid)
    assert page.title.text() == "HAI PHONG STAR"
    assert page.particulars.value("flag") == "Vietnam (VNM)"
    assert page.particulars.value("last_port") == "VNSGN Ho Chi Minh City"
    assert page.particulars.value("imo") == "9074729"
    assert page.tabs.tabText(0) == "Crew lists (1)"
    assert page.tabs.tabText(1) == "Persons found aboard (2)"
    model = page.crew.model
    assert model.rowCount() == 3
    assert [model.index(r, Column.FAMILY).data() for r in range(3)] == [
        "NGUYỄN", "TRAN", "SANTOSO"]
    assert model.index(0, Column.RANK).data() == "Master"
    assert model.index(2, Column.BIRTH).data() == "31 Dec 1979"
    assert model.index(0, Column.DOCUMENT).data() == "Passport C1234567 VNM"
    assert "Arrival · 3 crew" in page.crew.picker.currentText()
    table = page.aboard.table
    flags = [table.item(r, 1).data(TAGS_ROLE) for r in range(2)]  # type: ignore[union-attr]
    assert flags[0] == {Vulnerability.MINOR, Vulnerability.TRAFFICKING}  # 15: always a minor
    assert flags[1] == {Vulnerability.MEDICAL}
    assert table.item(0, 1).text() == (  # type: ignore[union-attr]
        "Possible victim of trafficking, Minor")
    assert page.alert.isVisible()
    assert "Minor: 1" in page.alert.text() and "Needs medical care: 1" in page.alert.text()


def test_a_crew_row_opens_its_person(qtbot: QtBot, officer: Desk) -> None:
    pid = a_busy_port_call(officer)
    page = open_port_call(qtbot, officer, pid)
    opened: list[Target] = []
    page.open_record.connect(opened.append)
    page.crew.table.activated.emit(page.crew.model.index(1, 0))
    assert [t.kind for t in opened] == ["person"]
    section = page.parentWidget().parentWidget()  # type: ignore[union-attr]
    person = section.navigator.current()  # type: ignore[union-attr]
    assert isinstance(person, PersonPage) and person.title.text() == "TRAN THI HOA"
    assert person.seen_table.rowCount() == 1
    assert person.seen_table.item(0, 0).text() == "HAI PHONG STAR"  # type: ignore[union-attr]


def test_long_crew_lists_load_page_by_page(qtbot: QtBot, officer: Desk) -> None:
    pid = a_busy_port_call(officer)
    crew_list(officer, pid, *(member(n, f"CREW{n:03d}", "ANH", f"D{n:07d}")
                              for n in range(1, 251)))
    page = open_port_call(qtbot, officer, pid)
    assert page.crew.picker.count() == 2 and page.crew.picker.currentIndex() == 1
    model = page.crew.model
    assert model.total == 250 and model.rowCount() == 200
    page.crew.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 250)
    page.crew.picker.setCurrentIndex(0)
    assert model.rowCount() == 3


def test_buttons_of_missing_dialogs_are_hidden(
        qtbot: QtBot, officer: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("piu_desk.ui.records.port_call_page.optional_dialog",
                        lambda target: None)
    page = open_port_call(qtbot, officer, a_busy_port_call(officer))
    assert not page.crew.add_button.isVisible()
    assert not page.aboard.add_button.isVisible()
    assert not page.inspections.add_button.isVisible()
    assert page.add(INSPECTIONS) is None


class FakeDialog(QDialog):
    """Stands in for the other package's dialogs: records what it was opened with."""

    opened: ClassVar[list[tuple[object, ...]]] = []

    def __init__(self, desk: Desk, tasks: object, *args: object, **kwargs: object) -> None:
        parent = kwargs.get("parent", args[-1] if args else None)
        super().__init__(parent if isinstance(parent, QWidget) else None)
        FakeDialog.opened.append((*args, *sorted(kwargs.items())))


def test_add_buttons_open_the_other_packages_dialogs(
        qtbot: QtBot, officer: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("piu_desk.ui.crew_entry", "piu_desk.ui.inspections"):
        module = types.ModuleType(name)
        module.CrewListDialog = module.PersonAboardDialog = FakeDialog  # type: ignore[attr-defined]
        module.InspectionDialog = FakeDialog  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr("importlib.util.find_spec", lambda name: True)
    pid = a_busy_port_call(officer)
    iid, _ = inspections.record(officer, Inspection(None, pid, "2026-11-28T09:00", ("vanna",),
                                                    findings="Nothing", outcome=Outcome.CLEARED))
    page = open_port_call(qtbot, officer, pid, INSPECTIONS)
    assert page.tabs.currentWidget() is page.inspections
    assert not page.crew.add_button.isHidden() and page.inspections.add_button.isVisible()
    FakeDialog.opened.clear()
    page.crew.add_button.click()
    dialog = page.add(INSPECTIONS)
    assert dialog is not None
    assert FakeDialog.opened[0][0] == pid
    assert ("inspection_id", None) in FakeDialog.opened[1]
    assert ("port_call_id", pid) in FakeDialog.opened[1]
    page.inspections.table.activated.emit(page.inspections.table.model().index(0, 0))
    assert ("inspection_id", iid) in FakeDialog.opened[2]
    assert page.inspections.table.item(0, 2).text() == "Cleared"  # type: ignore[union-attr]
    for widget in page.findChildren(FakeDialog):
        widget.reject()


def test_optional_dialogs_are_found_only_when_their_package_is_there() -> None:
    from piu_desk.ui.records.common import optional_dialog
    assert optional_dialog("piu_desk.ui.no_such_package:Dialog") is None
    assert optional_dialog("piu_desk.ui.dialogs:NoSuchDialog") is None
    assert optional_dialog("piu_desk.ui.records.vessel_dialog:VesselDialog") is not None


def test_the_crew_tab_opens_the_sheet_import_for_this_port_call(
        qtbot: QtBot, officer: Desk) -> None:
    from piu_desk.ui.crew_import import CrewImportDialog

    page = open_port_call(qtbot, officer, a_busy_port_call(officer))
    assert page.crew.import_button.isVisibleTo(page)
    dialog = page.import_sheet()
    assert isinstance(dialog, CrewImportDialog)
    dialog.reject()


def test_crew_list_and_inspection_report_are_saved_as_pdf(
        qtbot: QtBot, officer: Desk, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from piu_desk.ui import pdf_output
    from piu_desk.ui.inspections import InspectionDialog

    targets = iter([tmp_path / "crew.pdf", tmp_path / "inspection.pdf"])
    monkeypatch.setattr(pdf_output, "ask_path", lambda *_args: next(targets))
    monkeypatch.setattr(pdf_output, "confirm_unencrypted", lambda *_args: True)
    pid = a_busy_port_call(officer)
    page = open_port_call(qtbot, officer, pid)
    page.crew.pdf_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "crew.pdf").exists(), timeout=20000)
    assert (tmp_path / "crew.pdf").read_bytes().startswith(b"%PDF")
    iid, _ = inspections.record(officer, Inspection(
        None, pid, "2026-11-27T10:00", ("vanna",), findings="Two stowaways found.",
        outcome=Outcome.PERSONS_REMOVED))
    dialog = InspectionDialog(officer, page._tasks, port_call_id=pid, inspection_id=iid)
    qtbot.addWidget(dialog)
    assert dialog.pdf_button.isVisibleTo(dialog)
    dialog.pdf_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "inspection.pdf").exists(), timeout=20000)
    assert (tmp_path / "inspection.pdf").read_bytes().startswith(b"%PDF")
