"""The demo store's synthetic records: enough of every kind for every screen, made through
the services (audit and search filled), the same on every run."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from piu_desk.core.demo import DEMO_ADMIN, create_demo
from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import CrewMember, Vulnerability
from piu_desk.core.domain.inspection import Inspection, Status
from piu_desk.core.domain.vessel import PortCall
from piu_desk.core.records import crew, inspections, persons, port_calls, search, vessels
from piu_desk.core.store.search import Kind
from tests.conftest import CHEAP_KDF, FakeClock


def make_demo(folder: Path) -> Desk:
    clock = FakeClock()
    create_demo(folder, clock=clock, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    desk = Desk.open(folder, clock=clock, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    desk.unlock(DEMO_ADMIN.username, DEMO_ADMIN.password)
    return desk


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    desk = make_demo(tmp_path_factory.mktemp("demo") / "store")
    yield desk
    desk.close()


@pytest.fixture(scope="module")
def calls(demo: Desk) -> list[PortCall]:
    return port_calls.page(demo, 0, 1000)


@pytest.fixture(scope="module")
def rows(demo: Desk, calls: list[PortCall]) -> list[tuple[PortCall, CrewMember]]:
    return [(call, member) for call in calls for cl in crew.lists_of_port_call(demo, call.id or 0)
            for member in cl.members]


@pytest.fixture(scope="module")
def all_inspections(demo: Desk, calls: list[PortCall]) -> list[Inspection]:
    return [i for call in calls for i in inspections.of_port_call(demo, call.id or 0)]


def local_now(desk: Desk) -> datetime:
    return datetime.fromisoformat(desk.now()).astimezone().replace(tzinfo=None)


def test_counts_of_every_kind(demo: Desk, calls: list[PortCall],
                              rows: list[tuple[PortCall, CrewMember]],
                              all_inspections: list[Inspection]) -> None:
    assert vessels.count(demo) == 40
    assert 130 <= len(calls) <= 180
    lists = {call.id for call, _ in rows}
    assert len(lists) >= 0.8 * len(calls)
    per_call = [sum(1 for c, _ in rows if c.id == call_id) for call_id in lists]
    assert min(per_call) >= 9 and max(per_call) <= 25
    assert 35 <= len(all_inspections) <= 45
    aboard = [p for call in calls for p in crew.aboard(demo, call.id or 0)]
    assert len(aboard) == 5 and len({p.port_call_id for p in aboard}) == 2


def test_vessels_have_valid_identifiers_and_one_mmsi_flag_mismatch(demo: Desk) -> None:
    fleet = vessels.page(demo, 0, 100)
    flags = {v.flag for v in fleet}
    assert {"VNM", "THA", "IDN", "MYS", "CHN", "PAN", "LBR", "MHL", "KHM"} <= flags
    assert [v.name for v in fleet if v.warnings()] == ["HAI XIANG 68"]
    assert sum(1 for v in fleet if v.history) >= 4
    with_imo = [v for v in fleet if v.imo]
    assert len(with_imo) >= 30
    hits = search.search(demo, str(with_imo[0].imo), kinds=frozenset({Kind.VESSEL}))
    assert [h.ref for h in hits] == [with_imo[0].id]


def test_port_calls_reach_today_and_fill_the_last_week(demo: Desk, calls: list[PortCall]
                                                       ) -> None:
    now = local_now(demo)
    today = now.date().isoformat()
    week = (now - timedelta(days=7)).date().isoformat()
    assert port_calls.count(demo, since=today) >= 3
    assert port_calls.count(demo, since=week) >= 15
    assert all(c.arrival <= now.isoformat() for c in calls)
    assert any(not c.departure for c in calls)  # some are still in port
    oldest = min(c.arrival for c in calls)
    assert oldest >= (now - timedelta(days=61)).isoformat()
    assert all(c.last_port and c.last_port != "KHKOS" for c in calls)


def test_inspections_in_every_status_reviewed_by_someone_else(
        demo: Desk, all_inspections: list[Inspection]) -> None:
    by_status = {s: [i for i in all_inspections if i.status == s] for s in Status}
    assert all(by_status.values()), {s.value: len(v) for s, v in by_status.items()}
    assert inspections.approval_queue(demo)
    assert all(i.review_comment for i in by_status[Status.RETURNED])
    for approved in by_status[Status.APPROVED]:
        assert approved.reviewed_by in ("sopheap", "admin")
        assert approved.reviewed_by not in approved.officers
    assert all(set(i.officers) <= {"vanna", "rithy", "chenda"} for i in all_inspections)
    amended = [i for i in all_inspections if i.amendments]
    assert len(amended) == 1 and len(inspections.amendments(demo, amended[0].id or 0)) == 1
    assert len({i.outcome for i in all_inspections}) >= 5


def test_persons_found_aboard_a_minor_and_a_possible_trafficking_case(
        demo: Desk, calls: list[PortCall]) -> None:
    aboard = [p for call in calls for p in crew.aboard(demo, call.id or 0)]
    minors = [p for p in aboard if Vulnerability.MINOR in p.vulnerabilities]
    assert [(p.nationality, p.family_name) for p in minors] == [("MMR", "MYO ZAW")]
    trafficked = [p for p in aboard if Vulnerability.TRAFFICKING in p.vulnerabilities]
    assert len(trafficked) == 2 and {p.nationality for p in trafficked} == {"KHM"}
    # One of them was on the boat's earlier crew lists: linking suggests that person.
    suggested = [s for p in trafficked for s in persons.suggestions(demo, p.person_id or 0)
                 if s.score == 1.0]
    assert suggested and any(a.kind == "crew" for s in suggested
                             for a in persons.appearances(demo, s.person.id))


def test_the_same_seafarers_return_and_near_duplicates_are_suggested(
        demo: Desk, rows: list[tuple[PortCall, CrewMember]]) -> None:
    vessels_of: dict[int, set[int]] = {}
    for call, member in rows:
        vessels_of.setdefault(member.person_id or 0, set()).add(call.vessel_id)
    assert sum(1 for v in vessels_of.values() if len(v) > 1) >= 10
    regular = max(vessels_of, key=lambda pid: len(persons.appearances(demo, pid)))
    assert len(persons.appearances(demo, regular)) >= 5
    book = {m.person_id for _, m in rows if m.document_type == "Seaman's book"}
    assert len(book) == 1
    assert any(s.same_birth for s in persons.suggestions(demo, book.pop() or 0))
    renewed = [pid for pid in vessels_of if any(
        s.same_birth and s.score == 1.0 for s in persons.suggestions(demo, pid))]
    assert renewed


def test_diacritics_on_some_lists_link_to_the_same_person(
        demo: Desk, rows: list[tuple[PortCall, CrewMember]]) -> None:
    accented = [m for _, m in rows if m.nationality == "VNM" and not m.family_name.isascii()]
    assert accented
    plain = [m for _, m in rows if m.person_id == accented[0].person_id and
             m.family_name.isascii()]
    assert plain, "the same passport typed without diacritics is the same person"


def test_the_audit_trail_records_who_did_it(demo: Desk) -> None:
    assert demo.audit_count("crew_list.add", "vanna") >= 100
    assert demo.audit_count("inspection.approve", "sopheap") >= 5
    assert demo.audit_count("inspection.approve", "admin") >= 1
    assert demo.audit_count("person_aboard.add", "rithy") == 5
    assert demo.verify_audit().ok


def test_the_same_records_on_every_run(demo: Desk, calls: list[PortCall],
                                       tmp_path: Path) -> None:
    def fingerprint(desk: Desk, port_calls_: list[PortCall]) -> list[object]:
        first = crew.lists_of_port_call(desk, port_calls_[-1].id or 0)
        return [[(v.name, v.imo, v.mmsi) for v in vessels.page(desk, 0, 100)],
                [(c.vessel_name, c.arrival, c.departure, c.last_port) for c in port_calls_],
                [(m.family_name, m.document_number) for cl in first for m in cl.members]]

    with make_demo(tmp_path / "again") as again:
        assert fingerprint(again, port_calls.page(again, 0, 1000)) == fingerprint(demo, calls)
