"""HQ's consolidated store: records of two stations arrive at HQ by the exchange, each keeps
its station, and every list, its count and the search filter by station; no filter lists
them all, and a station's own desk knows only itself."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.domain.grading import AdmiraltyGrade
from piu_desk.core.domain.handling import Handling
from piu_desk.core.domain.tipoff import Channel, Status, TipOff
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.domain.watchlist import EntryKind, Origin, WatchEntry
from piu_desk.core.exchange import enrolment
from piu_desk.core.intel import alerts, blocking, watchlist
from piu_desk.core.records import port_calls, search, stations, tipoffs, vessels
from piu_desk.core.records.search import Kind
from piu_desk.core.store import exchange_index
from tests.conftest import ADMIN, STATION, FakeClock
from tests.core.sync_support import HQ, KAMPOT, make_store, send

KOS, KMT, PNH = STATION.locode, KAMPOT.locode, HQ.locode


@dataclass(frozen=True)
class Station:
    """What one station records: a watched vessel's arrivals (so alerts), a tip-off."""

    vessel: str
    imo: str
    arrivals: int


RECORDED = {KOS: Station("OCEAN STAR", "9074729", 3), KMT: Station("MEKONG STAR", "9176187", 2)}


def _record(desk: Desk, what: Station) -> None:
    watchlist.add(desk, WatchEntry(None, EntryKind.VESSEL, (what.vessel,), "Fuel smuggling",
                                   desk.station().unit, imo=what.imo, flag="PAN",
                                   handling=Handling.HQ))
    vid, _ = vessels.register(desk, Vessel(None, what.vessel, "PAN", imo=what.imo))
    for day in range(what.arrivals):
        port_calls.record_arrival(desk, PortCall(None, vid, f"2026-11-2{day}T08:30",
                                                 last_port="VNSGN"))
    tid, _ = tipoffs.log(desk, TipOff(None, "2026-11-27T09:00", Channel.PARTNER_AGENCY,
                                      ADMIN[0], f"{what.vessel} takes fuel offshore at night.",
                                      grade=AdmiraltyGrade("B", "2"), handling=Handling.HQ))
    tipoffs.move(desk, tid, Status.ASSESSED)  # graded and assessed: it may go to HQ


@pytest.fixture(scope="module")
def hq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """HQ holding the records of Sihanoukville (enrolled by name) and Kampot (not), and a
    watchlist entry of its own."""
    folder, clock = tmp_path_factory.mktemp("hq"), FakeClock()
    desks = {KOS: make_store(folder / "kos", STATION, clock),
             KMT: make_store(folder / "kmt", KAMPOT, clock)}
    head = make_store(folder / "hq", HQ, clock)
    enrolment.enrol_station(head, KOS, "Sihanoukville PIU", folder / "kos.enrol")
    watchlist.add(head, WatchEntry(None, EntryKind.PERSON, ("TRAN THI HOA",), "Wanted", "PIU HQ",
                                   origin=Origin.HQ, handling=Handling.HQ))
    for sid, desk in desks.items():
        _record(desk, RECORDED[sid])
        outcome = send(desk, head)
        assert (outcome.report.conflicts, outcome.report.parked) == (0, 0)
        # the search rows of what came, as a bundle's import writes them
        head.mutate(partial(exchange_index.refresh, applied=outcome.report.applied,
                            keys_of=blocking.entry_keys))
        desk.close()
    yield head
    head.close()


@pytest.mark.parametrize("station", [KOS, KMT])
def test_port_calls_and_their_count_filter_by_station(hq: Desk, station: str) -> None:
    listed = port_calls.page(hq, 0, 50, origin=station)
    assert {pc.origin for pc in listed} == {station}
    assert {pc.vessel_name for pc in listed} == {RECORDED[station].vessel}
    assert len(listed) == RECORDED[station].arrivals == port_calls.count(hq, origin=station)
    in_window = port_calls.page(hq, 0, 50, since="2026-11-21", until="2026-11-22",
                                origin=station)
    assert [pc.arrival for pc in in_window] == ["2026-11-21T08:30"]
    assert port_calls.count(hq, vessel_name="STAR", origin=station) == len(listed)
    by_vessel = port_calls.page(hq, 0, 50, order="vessel", origin=station)
    assert [pc.id for pc in by_vessel] == [pc.id for pc in listed]


def test_port_calls_unfiltered_are_every_station_s(hq: Desk) -> None:
    everything = port_calls.page(hq, 0, 50)
    assert len(everything) == port_calls.count(hq) == 5
    assert {pc.origin for pc in everything} == {KOS, KMT}
    assert port_calls.page(hq, 0, 50, origin="KHSHV") == []
    assert port_calls.count(hq, origin="KHSHV") == 0


def test_vessels_filter_by_station(hq: Desk) -> None:
    for station, what in RECORDED.items():
        listed = vessels.page(hq, 0, 50, origin=station)
        assert [(v.name, v.origin) for v in listed] == [(what.vessel, station)]
        assert vessels.count(hq, origin=station) == 1
        assert vessels.count(hq, name="STAR", origin=station) == 1
        assert vessels.count(hq, name="PEARL", origin=station) == 0
    assert [v.name for v in vessels.page(hq, 0, 50)] == ["MEKONG STAR", "OCEAN STAR"]


def test_tipoffs_filter_by_station_and_say_where_they_come_from(hq: Desk) -> None:
    for station, what in RECORDED.items():
        listed = tipoffs.page(hq, 0, 50, origin=station)
        assert [(t.origin, t.text.startswith(what.vessel)) for t in listed] == [
            (station, True)]
        assert tipoffs.count(hq, origin=station) == 1
        assert tipoffs.get(hq, listed[0].id or 0).origin == station
    assert {t.origin for t in tipoffs.page(hq, 0, 50)} == {KOS, KMT}
    assert tipoffs.count(hq) == 2


def test_alerts_and_the_open_count_filter_by_station(hq: Desk) -> None:
    every = alerts.page(hq, 0, 50)
    assert {a.origin for a in every} == {KOS, KMT}
    for station in (KOS, KMT):
        raised = alerts.page(hq, 0, 50, "open", origin=station)
        mine = [a for a in every if a.origin == station and a.status == "open"]
        assert raised == mine and raised  # each station's screening raised its own
        assert alerts.count(hq, origin=station) == len(mine)
    assert alerts.count(hq) == len([a for a in every if a.status == "open"])
    assert alerts.count(hq, "confirmed", origin=KOS) == 0


def test_watchlist_filters_by_the_station_that_entered_an_entry(hq: Desk) -> None:
    for station, what in RECORDED.items():
        listed = watchlist.page(hq, origin=station)
        assert [(e.name, e.station) for e in listed] == [(what.vessel, station)]
        assert watchlist.count(hq, origin=station) == 1
        assert watchlist.count(hq, "vessel", text="STAR", origin=station) == 1
        assert watchlist.count(hq, "person", origin=station) == 0
    own = watchlist.page(hq, origin=PNH)
    assert [(e.name, e.station, e.origin) for e in own] == [("TRAN THI HOA", PNH, Origin.HQ)]
    assert watchlist.count(hq) == 3


def test_search_keeps_the_hits_of_one_station_and_says_each_hit_s_station(hq: Desk) -> None:
    everywhere = search.search(hq, "star", 50)
    assert {(h.kind, h.origin) for h in everywhere} >= {
        (Kind.VESSEL, KOS), (Kind.VESSEL, KMT), (Kind.PORT_CALL, KOS), (Kind.PORT_CALL, KMT),
        (Kind.TIPOFF, KOS), (Kind.TIPOFF, KMT)}
    for station, what in RECORDED.items():
        found = search.search(hq, "star", 50, origin=station)
        assert found and {h.origin for h in found} == {station}
        assert [(h.kind, h.ref) for h in found] == [
            (h.kind, h.ref) for h in everywhere if h.origin == station]  # same order
        assert {h.title for h in found if h.kind == Kind.VESSEL} == {what.vessel}
        calls = search.search(hq, "star", 50, frozenset({Kind.PORT_CALL}), origin=station)
        assert len(calls) == what.arrivals
    assert search.search(hq, "mekong", 50, origin=KOS) == []


def test_the_stations_present_are_named_as_this_desk_knows_them(hq: Desk) -> None:
    assert stations.stations_present(hq) == [
        (KMT, KMT),  # its records came, but HQ never enrolled it by name
        (PNH, HQ.name),  # HQ's own watchlist entry
        (KOS, "Sihanoukville PIU"),
    ]


def test_a_station_s_own_desk_knows_only_itself(tmp_path: Path) -> None:
    desk = make_store(tmp_path / "kos", STATION)
    with desk:
        assert stations.stations_present(desk) == []
        _record(desk, RECORDED[KOS])
        assert stations.stations_present(desk) == [(KOS, STATION.name)]
        assert port_calls.count(desk, origin=KOS) == port_calls.count(desk) == 3
