"""The officer's day on a real store: vessels, port calls, inspections, crew, persons,
search, and the review workflow."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import CrewList, CrewMember, Direction, PersonAboard, Vulnerability
from piu_desk.core.domain.inspection import Inspection, Outcome, Status
from piu_desk.core.domain.vessel import FormerIdentity, PortCall, Vessel
from piu_desk.core.errors import Invalid, NotAllowed
from piu_desk.core.records import crew, inspections, persons, port_calls, search, vessels
from piu_desk.core.records.vessels import PossibleDuplicates
from piu_desk.core.store.search import Kind
from tests.conftest import ADMIN, OFFICER, SUPERVISOR

TODAY = date(2026, 11, 28)


@pytest.fixture
def officer(desk_factory: Callable[[], Desk]) -> Desk:
    desk = desk_factory()
    desk.unlock(OFFICER[0], OFFICER[2])
    return desk


def a_vessel(**changes: object) -> Vessel:
    base = dict(id=None, name="Ocean Star", flag="PAN", imo="9074729", mmsi="357123000",
                call_sign="3EAB7", ship_type=70, gross_tonnage=12500, owner_operator="Star Line")
    base.update(changes)
    return Vessel(**base)  # type: ignore[arg-type]


def arrive(desk: Desk, vessel_id: int, when: str = "2026-11-27T08:30") -> int:
    pid, _ = port_calls.record_arrival(desk, PortCall(
        None, vessel_id, when, last_port="VNSGN", next_port="THBKK", berth="B3",
        agent="Kampuchea Shipping Agency", voyage_number="V-112", crew_count=3))
    return pid


def member(number: int, family: str, given: str, doc: str, nat: str = "VNM",
           dob: str = "1985-04-25") -> CrewMember:
    return CrewMember(number, family, given, rank="AB", nationality=nat, date_of_birth=dob,
                      gender="M", document_type="Passport", document_number=doc,
                      document_issuer=nat, document_expiry="2030-01-01")


def test_register_vessel_and_refuse_a_second_with_the_same_imo(officer: Desk) -> None:
    vid, changes = vessels.register(officer, a_vessel())
    assert changes.touches("vessels")
    stored = vessels.get(officer, vid)
    assert stored.name == "OCEAN STAR" and stored.imo == "9074729" and stored.uid
    with pytest.raises(Invalid) as caught:
        vessels.register(officer, a_vessel(name="Other Name", mmsi=None, call_sign=None))
    assert caught.value.field == "imo"


def test_possible_duplicates_are_offered_before_creating(officer: Desk) -> None:
    vessels.register(officer, a_vessel(history=(FormerIdentity("SEA PEARL", "LBR"),)))
    small = a_vessel(name="Sea Pearl", flag="LBR", imo=None, mmsi=None, call_sign=None)
    found = vessels.possible_duplicates(officer, small)
    assert [reason for _, reason in found] == ["name_flag"]
    with pytest.raises(PossibleDuplicates):
        vessels.register(officer, small)
    vid, _ = vessels.register(officer, small, despite_duplicates=True)
    assert vessels.get(officer, vid).imo is None


def test_the_imo_number_never_changes(officer: Desk) -> None:
    vid, _ = vessels.register(officer, a_vessel())
    with pytest.raises(Invalid):
        vessels.update(officer, a_vessel(id=vid, imo="9176187"))
    vessels.update(officer, a_vessel(id=vid, name="Ocean Star II", flag="KHM", mmsi="514123000",
                                     history=(FormerIdentity("OCEAN STAR", "PAN"),)))
    assert vessels.get(officer, vid).flag == "KHM"


def test_inspection_review_workflow_and_amendment(officer: Desk,
                                                  desk_factory: Callable[[], Desk]) -> None:
    vid, _ = vessels.register(officer, a_vessel())
    pid = arrive(officer, vid)
    iid, _ = inspections.record(officer, Inspection(None, pid, "2026-11-27T10:00", ("vanna",)))
    with pytest.raises(Invalid) as early:
        inspections.submit(officer, iid)  # no outcome yet
    assert early.value.field == "outcome"
    draft = inspections.get(officer, iid)
    inspections.update_draft(officer, Inspection(
        iid, pid, draft.started_at, ("vanna",), findings="Two stowaways in the chain locker.",
        outcome=Outcome.PERSONS_REMOVED))
    inspections.submit(officer, iid)
    with pytest.raises(NotAllowed):
        inspections.approve(officer, iid)
    officer.lock()
    supervisor = officer
    supervisor.unlock(SUPERVISOR[0], SUPERVISOR[2])
    assert [i.id for i in inspections.approval_queue(supervisor)] == [iid]
    inspections.return_for_changes(supervisor, iid, "Add the stowaways' nationalities.")
    assert inspections.get(supervisor, iid).status == Status.RETURNED
    supervisor.lock()
    supervisor.unlock(OFFICER[0], OFFICER[2])
    inspections.submit(supervisor, iid)
    supervisor.lock()
    supervisor.unlock(SUPERVISOR[0], SUPERVISOR[2])
    inspections.approve(supervisor, iid)
    approved = inspections.get(supervisor, iid)
    assert approved.status == Status.APPROVED and approved.reviewed_by == "sopheap"
    with pytest.raises(Invalid):
        inspections.update_draft(supervisor, approved)
    inspections.amend(supervisor, Inspection(
        iid, pid, approved.started_at, approved.officers,
        findings="Two stowaways (MMR) in the chain locker.", outcome=approved.outcome),
        "Nationalities confirmed by interview.")
    kept = inspections.amendments(supervisor, iid)
    assert len(kept) == 1 and "chain locker." in kept[0].previous
    assert inspections.get(supervisor, iid).findings.startswith("Two stowaways (MMR)")


def test_a_supervisor_does_not_approve_their_own_inspection(officer: Desk) -> None:
    vid, _ = vessels.register(officer, a_vessel())
    pid = arrive(officer, vid)
    officer.lock()
    officer.unlock(SUPERVISOR[0], SUPERVISOR[2])
    iid, _ = inspections.record(officer, Inspection(
        None, pid, "2026-11-27T10:00", ("sopheap",), findings="Nothing found.",
        outcome=Outcome.CLEARED))
    inspections.submit(officer, iid)
    with pytest.raises(NotAllowed):
        inspections.approve(officer, iid)


def test_crew_rows_link_to_one_person_across_port_calls(officer: Desk) -> None:
    vid, _ = vessels.register(officer, a_vessel())
    first, second = arrive(officer, vid, "2026-10-01T08:00"), arrive(officer, vid)
    crew.save_list(officer, CrewList(None, first, Direction.ARRIVAL, "manual", (
        member(1, "Nguyễn", "Văn An", "C1234567"), member(2, "Tran", "Thi Hoa", "C7654321",
                                                          dob="1990-01-02"))), TODAY)
    crew.save_list(officer, CrewList(None, second, Direction.ARRIVAL, "manual", (
        member(1, "NGUYEN", "VAN AN", "C 123-4567"),)), TODAY)
    rows = [m for cl in crew.lists_of_port_call(officer, second) for m in cl.members]
    assert rows[0].person_id is not None
    seen = persons.appearances(officer, rows[0].person_id)
    assert sorted(a.port_call_id for a in seen) == sorted([first, second])


def test_fuzzy_suggestions_are_offered_not_applied(officer: Desk) -> None:
    vid, _ = vessels.register(officer, a_vessel())
    pid = arrive(officer, vid)
    crew.save_list(officer, CrewList(None, pid, Direction.ARRIVAL, "manual", (
        member(1, "NGUYEN", "VAN AN", "C1234567"),
        member(2, "NGUYEN", "AN VAN", "N9999999", dob="1985-04-25"),
        member(3, "SANTOSO", "BUDI", "X1111111", nat="IDN", dob="1979-12-31"))), TODAY)
    rows = crew.members(officer, crew.lists_of_port_call(officer, pid)[0].id or 0)
    a, b, c = (r.person_id or 0 for r in rows)
    assert len({a, b, c}) == 3  # different documents: never linked automatically
    offered = persons.suggestions(officer, a)
    assert [s.person.id for s in offered] == [b] and offered[0].same_birth
    persons.merge(officer, a, b)
    assert len(persons.appearances(officer, a)) == 2


def test_persons_found_aboard_minors_are_flagged(officer: Desk) -> None:
    vid, _ = vessels.register(officer, a_vessel())
    pid = arrive(officer, vid)
    crew.record_person_aboard(officer, PersonAboard(
        None, pid, "Aung", "Kyaw", nationality="MMR", age=15,
        circumstances="Found in the engine room"), TODAY)
    found = crew.aboard(officer, pid)
    assert found[0].vulnerabilities == frozenset({Vulnerability.MINOR})


def test_search_names_any_order_diacritics_and_identifiers(officer: Desk) -> None:
    vid, _ = vessels.register(officer, a_vessel())
    pid = arrive(officer, vid)
    crew.save_list(officer, CrewList(None, pid, Direction.ARRIVAL, "manual", (
        member(1, "Nguyễn", "Văn An", "C1234567"),)), TODAY)

    def kinds(text: str) -> set[Kind]:
        return {h.kind for h in search.search(officer, text)}

    assert Kind.CREW_MEMBER in kinds("an nguyen")
    assert Kind.PERSON in kinds("VAN AN NGUYỄN")
    assert kinds("9074729") == {Kind.VESSEL}
    assert Kind.VESSEL in kinds("357123000") and Kind.VESSEL in kinds("3eab7")
    assert Kind.CREW_MEMBER in kinds("C1234567")
    assert kinds("ocean st") >= {Kind.VESSEL, Kind.PORT_CALL}
    assert search.search(officer, "zzzz") == [] and search.search(officer, "  ") == []


def test_roles_without_records_are_refused(desk_factory: Callable[[], Desk]) -> None:
    desk = desk_factory()
    desk.unlock(ADMIN[0], ADMIN[2])  # administrator and supervisor: may read and edit
    vessels.register(desk, a_vessel())
    from piu_desk.core import accounts
    from piu_desk.core.domain.accounts import NewUser, Role
    accounts.add_user(desk, NewUser("chenda", "Meas Chenda", "custodian-pass-1",
                                    frozenset({Role.CUSTODIAN})))
    desk.lock()
    desk.unlock("chenda", "custodian-pass-1")
    with pytest.raises(NotAllowed):
        vessels.page(desk, 0, 10)
    with pytest.raises(NotAllowed):
        search.search(desk, "ocean")


def test_different_birth_dates_need_a_near_identical_name_and_a_one_typo_date(
        officer: Desk) -> None:
    vid, _ = vessels.register(officer, a_vessel())
    pid = arrive(officer, vid)
    crew.save_list(officer, CrewList(None, pid, Direction.ARRIVAL, "manual", (
        member(1, "KIM", "MIN JUN", "K1", nat="KOR", dob="1980-03-12"),
        member(2, "LIM", "MIN JUN", "K2", nat="KOR", dob="1975-08-30"),  # another man
        member(3, "KIM", "MIN JUN", "K3", nat="KOR", dob="1980-03-13"),  # a misread digit
        member(4, "KIM", "MIN JUN", "K4", nat="KOR", dob="1980-12-03"),  # day/month swapped
        member(5, "KIM", "MIN JUN", "K5", nat="CHN", dob="1980-03-14"))), TODAY)
    rows = crew.members(officer, crew.lists_of_port_call(officer, pid)[0].id or 0)
    ids = [r.person_id for r in rows]
    offered = {s.person.id for s in persons.suggestions(officer, ids[0] or 0)}
    assert offered == {ids[2], ids[3]}


def test_submitting_does_not_mark_the_inspection_reviewed(officer: Desk) -> None:
    vid, _ = vessels.register(officer, a_vessel())
    pid = arrive(officer, vid)
    iid, _ = inspections.record(officer, Inspection(
        None, pid, "2026-11-27T10:00", ("vanna",), findings="Clear.", outcome=Outcome.CLEARED))
    inspections.submit(officer, iid)
    submitted = inspections.get(officer, iid)
    assert submitted.status == Status.SUBMITTED and submitted.reviewed_by == ""
