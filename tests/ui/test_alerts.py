"""The Alerts section on a real store: alerts raised by the core's screening of a crew list
and a port call listed open first, their detail side by side with the agreeing facts
highlighted, each kind of decision (a note required where the core says so), a false
positive not alerting again, the open count in the sidebar and the status bar, and confirmed
matches marked in the crew list, the port calls and the record pages."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from piu_desk.core import accounts
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser, Role
from piu_desk.core.domain.watchlist import EntryKind, WatchEntry
from piu_desk.core.intel import alerts, watchlist
from piu_desk.core.intel.alerts import Disposition
from piu_desk.core.session import Changes
from piu_desk.ui.intel import AlertsSection
from piu_desk.ui.intel.alert_compare import Agreement
from piu_desk.ui.intel.alert_marks import MARK_BACKGROUND
from piu_desk.ui.intel.alerts_model import Column
from piu_desk.ui.intel.alerts_rows import SHOW_ALL, SHOW_DISPOSED
from piu_desk.ui.main_window import MainWindow
from piu_desk.ui.records.common import PERSON, VESSEL, Target
from piu_desk.ui.records.person_page import PersonPage
from piu_desk.ui.records.port_call_page import PortCallPage
from piu_desk.ui.records.vessel_page import VesselPage
from piu_desk.ui.sections import RECORD_ROLES, SECTIONS
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import ADMIN, OFFICER, StoreInfo
from tests.ui.entry_support import keep
from tests.ui.records_support import (
    arrive,
    crew_list,
    found_aboard,
    member,
    open_section,
    register,
)
from tests.ui.shell_support import Harness, section_titles

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Screened:
    port_call: int
    vessel: int
    crew_list: int


def entry(desk: Desk, kind: EntryKind, names: tuple[str, ...], **more: object) -> int:
    entry_id, _ = watchlist.add(desk, WatchEntry(
        None, kind, names, "Named in a smuggling case", "GDI Intelligence Bureau",
        **more))  # type: ignore[arg-type]
    return entry_id


def screened(desk: Desk) -> Screened:
    """A watchlist of two seafarers and a ship, then an arrival and its crew list, which the
    core screens as they are recorded: three alerts, and a crew member who does not match."""
    entry(desk, EntryKind.PERSON, ("NGUYEN VAN AN",), date_of_birth="1985-04-25",
          nationality="VNM")
    entry(desk, EntryKind.PERSON, ("BUDI SANTOSO", "BUDI SANTOSA"), date_of_birth="1979",
          nationality="IDN")
    entry(desk, EntryKind.VESSEL, ("SEA TIGER",), imo="9074729")
    vessel = register(desk, "Hai Phong Star", "VNM", imo="9074729", call_sign="3WAB7")
    call = arrive(desk, vessel)
    list_id = crew_list(desk, call,
                        member(1, "Nguyen", "Van An", "C1234567", rank="Master"),
                        member(2, "Santoso", "Budi", "X1111111", nat="IDN", dob="1979-12-31"),
                        member(3, "Tran", "Thi Hoa", "C7654321", dob="1990-01-02"))
    return Screened(call, vessel, list_id)


@pytest.fixture
def officer(desk_factory: Callable[[], Desk]) -> Desk:
    desk = desk_factory()
    desk.unlock(OFFICER[0], OFFICER[2])
    return desk


def alerts_section(qtbot: QtBot, desk: Desk, tasks: TaskRunner | None = None
                   ) -> AlertsSection:
    tasks = tasks or TaskRunner(desk)
    section = AlertsSection(desk, tasks)
    tasks.changed.connect(section.refresh)
    keep(qtbot, section, tasks)
    section.resize(1200, 800)
    section.show()
    return section


def row_of(section: AlertsSection, name: str) -> int:
    """The inbox row whose screened record is `name`."""
    for row in range(section.model.rowCount()):
        if name in section.model.index(row, Column.SCREENED).data(Qt.ItemDataRole.ToolTipRole):
            return row
    raise AssertionError(f"no alert on {name}")


def choose(section: AlertsSection, name: str) -> None:
    section.table.selectRow(row_of(section, name))


def texts(section: AlertsSection, row: int) -> list[str]:
    """The row's cells in full (the table shortens some; their tooltips do not)."""
    return [section.model.index(row, c).data(Qt.ItemDataRole.ToolTipRole) for c in Column]


# -- the inbox ----------------------------------------------------------------------------
def test_the_inbox_lists_what_screening_raised(qtbot: QtBot, officer: Desk) -> None:
    screened(officer)
    section = alerts_section(qtbot, officer)
    assert section.model.rowCount() == 3
    assert section.sidebar_title() == "Alerts (3)" and section.open_count() == 3
    when, what, call, listed, score, why, status = texts(section, row_of(section, "NGUYEN"))
    assert what == "Crew list member: NGUYEN VAN AN"
    assert call.startswith("HAI PHONG STAR, arrived ") and listed == "NGUYEN VAN AN"
    shown = section.model.index(row_of(section, "NGUYEN"), Column.SCREENED).data()
    assert shown == "Crew: NGUYEN VAN AN"
    assert score == "1.00" and status == "Open" and when
    assert why == "date of birth equal; name similarity 1.00; nationality equal"
    vessel = texts(section, row_of(section, "Port call vessel"))
    assert vessel[1] == "Port call vessel: HAI PHONG STAR" and vessel[3] == "SEA TIGER"
    assert vessel[5].startswith("IMO number equal")
    assert not section.empty.isVisibleTo(section)


def test_the_detail_puts_both_sides_together_with_what_agrees_marked(
        qtbot: QtBot, officer: Desk) -> None:
    screened(officer)
    section = alerts_section(qtbot, officer)
    choose(section, "SANTOSO")
    detail = section.detail
    assert detail.heading.text() == "Crew list member: SANTOSO BUDI"
    assert detail.why.text() == ("Why: year of birth equal; name similarity 1.00; "
                                 "nationality equal")
    assert detail.seen.values["names"].text() == "SANTOSO BUDI"
    assert detail.listed.values["names"].text() == "BUDI SANTOSO\nalias BUDI SANTOSA"
    assert detail.listed.values["date_of_birth"].text() == "1979 (year only)"
    assert detail.listed.values["reason"].text() == "Named in a smuggling case"
    assert detail.listed.values["issuer"].text() == "GDI Intelligence Bureau"
    for side in (detail.seen, detail.listed):
        assert side.agreement("names") is Agreement.SAME
        assert side.agreement("date_of_birth") is Agreement.SAME  # the year is the same
        assert side.agreement("nationality") is Agreement.SAME
        assert side.agreement("documents") is Agreement.OTHER
        assert side.values["names"].property("agreement") == "same"
    choose(section, "Port call vessel")
    assert detail.seen.agreement("imo") is Agreement.SAME
    assert detail.seen.agreement("call_sign") is Agreement.OTHER  # the entry has none
    assert detail.seen.agreement("names") is Agreement.OTHER  # renamed, same IMO number
    assert detail.listed.values["imo"].text() == "9074729"


def test_the_screened_record_opens_in_place_and_back_returns_to_the_inbox(
        qtbot: QtBot, officer: Desk) -> None:
    made = screened(officer)
    section = alerts_section(qtbot, officer)
    choose(section, "NGUYEN")
    assert section.detail.person_button.isVisibleTo(section.detail)
    assert not section.detail.vessel_button.isVisibleTo(section.detail)
    section.detail.person_button.click()
    page = section.navigator.current() if section.navigator else None
    assert isinstance(page, PersonPage) and page.title.text() == "NGUYEN VAN AN"
    assert section.pages.currentWidget() is section.navigator
    section.back()
    assert section.pages.currentIndex() == 0
    choose(section, "Port call vessel")
    section.detail.port_call_button.click()
    page = section.navigator.current() if section.navigator else None
    assert isinstance(page, PortCallPage) and page.port_call_id == made.port_call
    page.go_back.emit()  # the page's own Back button
    assert section.pages.currentIndex() == 0


# -- decisions ----------------------------------------------------------------------------
def test_each_decision_is_recorded_and_a_note_is_asked_where_needed(
        qtbot: QtBot, officer: Desk) -> None:
    screened(officer)
    section = alerts_section(qtbot, officer)
    decision = section.detail.decision
    choose(section, "SANTOSO")
    decision.note.setPlainText("   ")
    assert not decision.decide(Disposition.FALSE_POSITIVE)
    assert decision.error.text() == "Write a note saying why."
    assert decision.error.isVisibleTo(decision)
    assert alerts.count(officer) == 3 and section.model.rowCount() == 3  # nothing lost
    decision.note.setPlainText("Another Budi Santoso: his passport was sighted.")
    decision.buttons[Disposition.FALSE_POSITIVE].click()
    assert section.model.rowCount() == 2 and section.sidebar_title() == "Alerts (2)"
    assert "False positive" in section.notice.text()
    assert decision.note.toPlainText() == "" and not decision.error.isVisibleTo(decision)
    choose(section, "Port call vessel")
    decision.note.setPlainText("Asked HQ whether SEA TIGER was renamed.")
    decision.buttons[Disposition.HQ_CHECK].click()
    choose(section, "NGUYEN")
    decision.buttons[Disposition.CONFIRMED].click()  # a confirmation needs no note
    assert section.model.rowCount() == 0 and section.sidebar_title() == "Alerts"
    assert section.empty.isVisibleTo(section)
    section.show_filter(SHOW_DISPOSED)
    statuses = {texts(section, r)[1]: texts(section, r)[6] for r in range(3)}
    assert statuses == {"Crew list member: SANTOSO BUDI": "False positive",
                        "Port call vessel: HAI PHONG STAR": "Needs HQ check",
                        "Crew list member: NGUYEN VAN AN": "Confirmed match"}
    choose(section, "SANTOSO")
    assert decision.title() == "Change the decision"
    assert decision.previous.text().startswith("Decided: False positive — by vanna, ")
    assert "his passport was sighted" in decision.previous.text()


def test_a_false_positive_does_not_alert_again(qtbot: QtBot, officer: Desk) -> None:
    screened(officer)
    tasks = TaskRunner(officer)
    section = alerts_section(qtbot, officer, tasks)
    choose(section, "SANTOSO")
    section.detail.decision.note.setPlainText("Not him: another father's name.")
    section.detail.decision.buttons[Disposition.FALSE_POSITIVE].click()
    # The same two seafarers on another ship: only the pair not judged alerts again.
    call = arrive(officer, register(officer, "Mekong Trader", "KHM"), "2026-11-28T06:00")
    crew_list(officer, call, member(1, "Nguyen", "Van An", "C1234567", rank="Master"),
              member(2, "Santoso", "Budi", "X1111111", nat="IDN", dob="1979-12-31"))
    tasks.changed.emit(Changes.of("alerts"))
    section.show_filter(SHOW_ALL)
    names = [texts(section, r)[1] for r in range(section.model.rowCount())]
    assert names.count("Crew list member: SANTOSO BUDI") == 1  # the one judged before
    assert names.count("Crew list member: NGUYEN VAN AN") == 2
    assert section.open_count() == 3  # NGUYEN twice and the vessel
    assert [texts(section, r)[6] for r in range(4)][:3] == ["Open"] * 3  # open first


def as_new_user(desk: Desk, username: str, role: Role) -> None:
    """Log `desk` in as a new account holding only `role`."""
    desk.unlock(ADMIN[0], ADMIN[2])
    accounts.add_user(desk, NewUser(username, "Sok Dara", "new-password-12",
                                    frozenset({role})))
    desk.unlock(username, "new-password-12")


def test_an_exchange_officer_reads_alerts_but_does_not_decide(
        qtbot: QtBot, officer: Desk) -> None:
    screened(officer)
    as_new_user(officer, "dara", Role.EXCHANGE)
    section = alerts_section(qtbot, officer)
    assert section.model.rowCount() == 3
    assert not section.detail.decision.isVisibleTo(section)


# -- the sidebar and the status bar ---------------------------------------------------------
def test_the_section_is_listed_for_the_record_roles() -> None:
    spec = next(s for s in SECTIONS if s.key == "alerts")
    assert spec.roles == RECORD_ROLES and spec.factory() is AlertsSection
    keys = [s.key for s in SECTIONS]
    assert keys.index("watchlist") < keys.index("alerts") < keys.index("approvals")


@pytest.fixture
def harness(qtbot: QtBot, store: StoreInfo, tmp_path: Path) -> Iterator[Harness]:
    made = Harness(qtbot, store.folder, tmp_path / "settings.ini", clock=store.clock)
    yield made
    made.close()


def test_the_sidebar_and_status_bar_count_open_alerts(store: StoreInfo,
                                                      harness: Harness) -> None:
    with store.open() as desk:
        desk.unlock(OFFICER[0], OFFICER[2])
        screened(desk)
    harness.start()
    window = harness.login(ADMIN[0], ADMIN[2])  # administrator and supervisor
    label = window.status.alerts_label
    assert "Alerts (3)" in section_titles(window)
    assert label.isVisibleTo(window) and label.text() == "Open alerts: 3"
    assert "#b00020" in label.styleSheet()  # red while any wait
    section = window.sections["alerts"]
    assert isinstance(section, AlertsSection)
    for name in ("NGUYEN", "SANTOSO", "Port call vessel"):
        choose(section, name)
        section.detail.decision.buttons[Disposition.CONFIRMED].click()
        left = section.model.rowCount()
        assert label.text() == f"Open alerts: {left}"
    assert "Alerts" in section_titles(window) and "#b00020" not in label.styleSheet()
    window.lock()
    assert not label.isVisibleTo(window)


def test_no_alert_count_for_roles_that_do_not_see_alerts(
        qtbot: QtBot, officer: Desk) -> None:
    screened(officer)
    as_new_user(officer, "keeper", Role.CUSTODIAN)
    tasks = TaskRunner(officer)
    window = MainWindow(officer, tasks, language=lambda: "en",
                        choose_language=lambda _l: None, idle_interval_ms=3_600_000)
    keep(qtbot, window, tasks)
    window.show_session()
    assert "alerts" not in window.sections
    assert not window.status.alerts_label.isVisibleTo(window)


# -- confirmed matches marked -----------------------------------------------------------------
def background(model: object, row: int) -> object:
    return model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)  # type: ignore[attr-defined]


def test_a_confirmed_match_is_marked_where_the_person_and_vessel_appear(
        qtbot: QtBot, officer: Desk) -> None:
    made = screened(officer)
    records = open_section(qtbot, officer)
    page = records.navigator.open(Target("port_call", made.port_call))
    assert isinstance(page, PortCallPage)
    crew = page.crew.model
    assert [background(crew, r) for r in range(3)] == [None, None, None]
    assert not page.match_badge.isVisibleTo(page)
    section = alerts_section(qtbot, officer)
    section._tasks.changed.connect(records.refresh)  # as the main window passes changes on
    choose(section, "NGUYEN")
    section.detail.decision.buttons[Disposition.CONFIRMED].click()
    marked = background(crew, 0)
    assert isinstance(marked, QBrush) and marked.color().name() == MARK_BACKGROUND
    assert background(crew, 1) is None and background(crew, 2) is None
    tip = crew.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("Confirmed watchlist match")
    assert crew.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert not page.match_badge.isVisibleTo(page)  # the vessel is not confirmed yet
    person = records.navigator.open(Target(PERSON, crew.record_at(0).person_id))
    assert isinstance(person, PersonPage) and person.match_badge.isVisibleTo(person)
    assert person.match_badge.text() == "Confirmed watchlist match"
    records.navigator.back()
    choose(section, "Port call vessel")
    section.detail.decision.buttons[Disposition.CONFIRMED].click()
    assert page.match_badge.isVisibleTo(page)
    vessel = records.navigator.open(Target(VESSEL, made.vessel))
    assert isinstance(vessel, VesselPage) and vessel.match_badge.isVisibleTo(vessel)
    records.navigator.home_page()
    calls = records.home.model
    assert isinstance(background(calls, 0), QBrush)


def test_a_confirmed_person_found_aboard_is_marked_on_the_port_call(
        qtbot: QtBot, officer: Desk) -> None:
    entry(officer, EntryKind.PERSON, ("AUNG KO",), date_of_birth="1996", nationality="MMR")
    call = arrive(officer, register(officer, "Lucky Star 88", "PAN"))
    found_aboard(officer, call, "Someone", 40)
    found_aboard(officer, call, "Aung Ko", 30)  # born about 1996, as the entry says
    section = alerts_section(qtbot, officer)
    assert texts(section, 0)[1] == "Person found aboard: AUNG KO"
    section.table.selectRow(0)
    section.detail.port_call_button.click()
    page = section.navigator.current() if section.navigator else None
    assert isinstance(page, PortCallPage) and page.tabs.currentWidget() is page.aboard
    assert [background(page.aboard.table.model(), r) for r in range(2)] == [None, None]
    section.detail.decision.buttons[Disposition.CONFIRMED].click()  # the page reads again
    aboard = page.aboard.table.model()
    assert background(aboard, 0) is None and isinstance(background(aboard, 1), QBrush)
    tip = aboard.index(1, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "MMR\nConfirmed watchlist match"


# -- import order -------------------------------------------------------------------------------
@pytest.mark.parametrize("first", ["piu_desk.ui.records", "piu_desk.ui.intel"])
def test_the_record_screens_and_the_alerts_import_in_either_order(first: str) -> None:
    """The record pages import the marks from this package, which imports the record pages
    only when a record is opened: neither order of import may fail."""
    other = ({"piu_desk.ui.records", "piu_desk.ui.intel"} - {first}).pop()
    subprocess.run([sys.executable, "-c", f"import {first}; import {other}"], cwd=ROOT,
                   check=True, timeout=120)
