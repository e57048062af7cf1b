"""Helpers for the record-screen tests: a section on a real desk, and vessels, port calls,
crew lists and persons found aboard made through the core services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import CrewList, CrewMember, Direction, PersonAboard, Vulnerability
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.records import crew, port_calls, vessels
from piu_desk.ui.records import PortCallsSection, VesselsSection
from piu_desk.ui.records.section import RecordsSection
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import OFFICER

TODAY = date(2026, 11, 28)  # the FakeClock's day


def officer_desk(desk_factory: Callable[[], Desk]) -> Desk:
    """A desk the officer is logged in to (tests wrap it in their `officer` fixture)."""
    desk = desk_factory()
    desk.unlock(OFFICER[0], OFFICER[2])
    return desk


def open_section(qtbot: QtBot, desk: Desk, vessels_section: bool = False) -> RecordsSection:
    """A section as the main window uses it: its runner's changes refresh it."""
    tasks = TaskRunner(desk)
    section: RecordsSection = (VesselsSection(desk, tasks) if vessels_section
                               else PortCallsSection(desk, tasks))
    tasks.changed.connect(section.refresh)
    # pytest-qt holds widgets weakly: this closure keeps the section alive for the test.
    def settle(_widget: object, keep: RecordsSection = section) -> None:
        qtbot.waitUntil(lambda: not tasks.busy(), timeout=10_000)
    qtbot.addWidget(section, before_close_func=settle)
    section.resize(1200, 760)
    with qtbot.waitActive(section):  # shortcuts reach the active window only
        section.show()
        section.activateWindow()
    return section


def register(desk: Desk, name: str, flag: str = "VNM", **more: object) -> int:
    vid, _ = vessels.register(desk, Vessel(None, name, flag, **more),  # type: ignore[arg-type]
                              despite_duplicates=True)
    return vid


def arrive(desk: Desk, vessel_id: int, when: str = "2026-11-27T08:30", **more: object) -> int:
    pid, _ = port_calls.record_arrival(desk, PortCall(  # type: ignore[arg-type]
        None, vessel_id, when, **{"last_port": "VNSGN", "berth": "B3", "crew_count": 3,
                                  **more}))
    return pid


def member(number: int, family: str, given: str, doc: str, nat: str = "VNM",
           dob: str = "1985-04-25", rank: str = "AB") -> CrewMember:
    return CrewMember(number, family, given, rank=rank, nationality=nat, date_of_birth=dob,
                      gender="M", document_type="Passport", document_number=doc,
                      document_issuer=nat, document_expiry="2030-01-01")


def crew_list(desk: Desk, port_call_id: int, *members: CrewMember) -> int:
    list_id, _ = crew.save_list(desk, CrewList(None, port_call_id, Direction.ARRIVAL,
                                               "crew.xlsx", members), TODAY)
    return list_id


def found_aboard(desk: Desk, port_call_id: int, family: str, age: int | None = None,
                 *flags: Vulnerability, nat: str = "MMR") -> int:
    aid, _ = crew.record_person_aboard(desk, PersonAboard(
        None, port_call_id, family, "", nationality=nat, age=age,
        circumstances="Found in the chain locker", vulnerabilities=frozenset(flags)), TODAY)
    return aid


def a_busy_port_call(desk: Desk) -> int:
    """MV HAI PHONG STAR's arrival with three crew and two persons found aboard."""
    pid = arrive(desk, register(desk, "Hai Phong Star", "VNM", imo="9074729",
                                call_sign="3WAB7"))
    crew_list(desk, pid, member(1, "Nguyễn", "Văn An", "C1234567", rank="Master"),
              member(2, "Tran", "Thi Hoa", "C7654321", dob="1990-01-02", rank="Cook"),
              member(3, "Santoso", "Budi", "X1111111", nat="IDN", dob="1979-12-31"))
    found_aboard(desk, pid, "Aung", 15, Vulnerability.TRAFFICKING)
    found_aboard(desk, pid, "Unknown", 40, Vulnerability.MEDICAL)
    return pid
