"""What the officer's browsing screens read: sorted pages of port calls with the vessel's
flag, vessels filtered by name, crew lists without their rows, single crew rows and persons
found aboard, search hits as written, and the ports offered for completion."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pycountry
import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.domain import places
from piu_desk.core.domain.crew import CrewList, CrewMember, Direction, PersonAboard
from piu_desk.core.domain.identifiers import country_name
from piu_desk.core.domain.station import KNOWN_PORTS, validate_locode
from piu_desk.core.domain.vessel import FormerIdentity, PortCall, Vessel
from piu_desk.core.errors import Invalid
from piu_desk.core.records import crew, port_calls, search, vessels
from piu_desk.core.store.search import Kind
from tests.conftest import OFFICER

TODAY = date(2026, 11, 28)


@pytest.fixture
def officer(desk_factory: Callable[[], Desk]) -> Desk:
    desk = desk_factory()
    desk.unlock(OFFICER[0], OFFICER[2])
    return desk


def register(desk: Desk, name: str, flag: str, **more: object) -> int:
    vid, _ = vessels.register(desk, Vessel(None, name, flag, **more),  # type: ignore[arg-type]
                              despite_duplicates=True)
    return vid


def arrive(desk: Desk, vessel_id: int, when: str, last: str = "", crew_count: int = 0) -> int:
    pid, _ = port_calls.record_arrival(desk, PortCall(None, vessel_id, when, last_port=last,
                                                      crew_count=crew_count))
    return pid


def test_port_call_pages_carry_the_flag_and_sort_where_it_is_cheap(officer: Desk) -> None:
    star = register(officer, "Hai Phong Star", "VNM")
    pearl = register(officer, "Ocean Pearl", "PAN")
    arrive(officer, star, "2026-11-20T06:00", "VNSGN", 21)
    arrive(officer, pearl, "2026-11-25T14:30", "SGSIN", 18)
    arrive(officer, star, "2026-11-27T08:00", "THBKK", 22)
    newest = port_calls.page(officer, 0, 10)
    assert [p.arrival for p in newest] == ["2026-11-27T08:00", "2026-11-25T14:30",
                                           "2026-11-20T06:00"]
    assert [p.vessel_flag for p in newest] == ["VNM", "PAN", "VNM"]
    by_vessel = port_calls.page(officer, 0, 10, order="vessel", descending=False)
    assert [p.vessel_name for p in by_vessel] == ["HAI PHONG STAR", "HAI PHONG STAR",
                                                  "OCEAN PEARL"]
    assert by_vessel[0].arrival == "2026-11-27T08:00"  # ties: newest first
    oldest = port_calls.page(officer, 0, 10, descending=False)
    assert [p.arrival for p in oldest] == [p.arrival for p in reversed(newest)]
    for costly in ("last_port", "crew_count", "; DROP TABLE port_calls"):  # arrival order
        found = port_calls.page(officer, 0, 10, order=costly)
        assert [p.arrival for p in found] == [p.arrival for p in newest]
    assert port_calls.count(officer) == 3
    assert port_calls.count(officer, since="2026-11-21", until="2026-11-26") == 1
    assert port_calls.count(officer, vessel_name="pearl") == 1
    assert port_calls.SORT_KEYS == ("arrival", "vessel")


def test_vessels_filter_on_current_and_former_names(officer: Desk) -> None:
    register(officer, "Sinar Jaya", "IDN", history=(FormerIdentity("Bintang Laut", "IDN"),))
    register(officer, "Ocean Pearl", "PAN")
    register(officer, "100% Fish_1", "KHM")
    assert [v.name for v in vessels.page(officer, 0, 10)] == ["100% FISH_1", "OCEAN PEARL",
                                                              "SINAR JAYA"]
    assert [v.name for v in vessels.page(officer, 0, 10, name="bintang")] == ["SINAR JAYA"]
    assert vessels.count(officer, name="ocean") == 1
    assert vessels.count(officer, name="0%") == 1 and vessels.count(officer, name="_") == 1
    assert vessels.count(officer, name="  ") == 3


def test_crew_list_summaries_single_rows_and_persons_aboard(officer: Desk) -> None:
    pid = arrive(officer, register(officer, "Hai Phong Star", "VNM"), "2026-11-27T08:00")
    rows = tuple(CrewMember(n, f"CREW{n}", "ANH", nationality="VNM") for n in range(1, 4))
    list_id, _ = crew.save_list(officer, CrewList(None, pid, Direction.ARRIVAL, "sheet.xlsx",
                                                  rows), TODAY)
    [(header, size)] = crew.list_summaries(officer, pid)
    assert header.id == list_id and header.members == () and size == 3
    assert header.source == "sheet.xlsx" and header.direction == Direction.ARRIVAL
    second = crew.members(officer, list_id)[1]
    found, port_call_id = crew.member(officer, second.id or 0)
    assert found == second and port_call_id == pid
    aid, _ = crew.record_person_aboard(officer, PersonAboard(None, pid, "Unknown", age=14),
                                       TODAY)
    aboard = crew.person_aboard(officer, aid)
    assert aboard.port_call_id == pid and aboard.person_id is not None
    with pytest.raises(Invalid):
        crew.member(officer, 999_999)
    with pytest.raises(Invalid):
        crew.person_aboard(officer, 999_999)


def test_search_hits_show_the_text_as_written(officer: Desk) -> None:
    pid = arrive(officer, register(officer, "Hai Phong Star", "VNM"), "2026-11-27T08:00")
    crew.save_list(officer, CrewList(None, pid, Direction.ARRIVAL, "manual", (
        CrewMember(1, "Nguyễn", "Văn An", rank="Bosun", nationality="VNM",
                   document_number="C1234567"),)), TODAY)
    [hit] = search.search(officer, "an nguyen", kinds=frozenset({Kind.CREW_MEMBER}))
    assert hit.title == "NGUYỄN VĂN AN"
    assert hit.detail == "Bosun VNM C1234567 HAI PHONG STAR 2026-11-27"


def test_ports_for_completion_are_valid_locodes() -> None:
    known = places.ports()
    assert list(known)[:len(KNOWN_PORTS)] == list(KNOWN_PORTS)  # Cambodian ports first
    assert {"VNSGN", "THBKK", "SGSIN"} <= set(known)
    for code in known:
        assert validate_locode(code) == code
        assert pycountry.countries.get(alpha_2=code[:2]) is not None, code
    assert places.port_name(" khkos ") == "Sihanoukville"
    assert places.port_name("ZZZZZ") is None


def test_countries_for_completion() -> None:
    found = dict(places.countries())
    assert found["KHM"] == "Cambodia" and found["VNM"] == country_name("VNM") == "Vietnam"
    names = [name for _, name in places.countries()]
    assert names == sorted(names) and len(names) > 240
