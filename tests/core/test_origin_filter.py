"""HQ's consolidated store: records of two stations arrive at HQ by the exchange, each keeps
its station, and every list, its count and the search filter by station; no filter lists
them all, and a station's own desk knows only itself."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from pathlib import Path

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.domain.watchlist import EntryKind, Origin, WatchEntry
from piu_desk.core.intel import alerts, screening, watchlist
from piu_desk.core.records import port_calls, search, stations, tipoffs, vessels
from piu_desk.core.records.common import new_uid
from piu_desk.core.records.search import Kind
from piu_desk.core.store import search as search_index
from piu_desk.core.store.connection import Connection
from tests.conftest import STATION
from tests.core.origin_support import KMT, KOS, KOS_NAME, PNH, RECORDED, hq_of_two, record
from tests.core.sync_support import HQ, make_store


@pytest.fixture(scope="module")
def hq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    desk = hq_of_two(tmp_path_factory.mktemp("hq"))
    yield desk
    desk.close()


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
    assert {(a.origin, a.station) for a in every} == {(KOS, KOS), (KMT, KMT)}
    for station in (KOS, KMT):
        raised = alerts.page(hq, 0, 50, "open", origin=station)
        mine = [a for a in every if a.station == station and a.status == "open"]
        assert raised == mine and raised  # each station's screening raised its own
        assert alerts.count(hq, origin=station) == len(mine)
    assert alerts.count(hq) == len([a for a in every if a.status == "open"])
    assert alerts.count(hq, "confirmed", origin=KOS) == 0


def test_an_alert_hq_raises_on_a_station_s_port_call_is_that_station_s(
        tmp_path: Path) -> None:
    """HQ screens what stations send against entries they may not hold: the alert is HQ's
    record, and concerns the station where the vessel was seen."""
    hq = hq_of_two(tmp_path)
    with hq:
        watchlist.add(hq, WatchEntry(None, EntryKind.VESSEL, ("OCEAN STAR",), "Sanctioned",
                                     "PIU HQ", imo=RECORDED[KOS].imo, origin=Origin.HQ))
        call = port_calls.page(hq, 0, 1, origin=KOS)[0]
        assert call.id is not None
        raised = hq.mutate(partial(screening.screen_port_call_in, port_call_id=call.id,
                                   today=date(2026, 11, 28), origin=PNH, at=hq.now(),
                                   new_uid=new_uid))
        assert len(raised) == 1
        alert = alerts.get(hq, raised[0])
        assert (alert.origin, alert.station) == (PNH, KOS)
        assert raised[0] in [a.id for a in alerts.page(hq, 0, 50, origin=KOS)]
        assert alerts.page(hq, 0, 50, origin=PNH) == []
        assert alerts.count(hq, origin=KOS) == RECORDED[KOS].arrivals + 1


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
        (KOS, KOS_NAME),
    ]


def test_a_station_s_own_desk_knows_only_itself(tmp_path: Path) -> None:
    desk = make_store(tmp_path / "kos", STATION)
    with desk:
        assert stations.stations_present(desk) == []
        record(desk, RECORDED[KOS])
        assert stations.stations_present(desk) == [(KOS, STATION.name)]
        assert port_calls.count(desk, origin=KOS) == port_calls.count(desk) == 3



def _plans(desk: Desk, read: Callable[[Desk], object]) -> list[tuple[str, str]]:
    """(statement, its query plan as SQLite gives it) of every query `read` runs."""
    statements: list[str] = []
    desk.db(lambda c: c.set_trace_callback(statements.append))
    try:
        read(desk)
    finally:
        desk.db(lambda c: c.set_trace_callback(None))

    def explain(conn: Connection) -> list[tuple[str, str]]:
        return [(sql, " | ".join(str(r[3]) for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}")))
                for sql in statements if sql.lstrip().upper().startswith(("SELECT", "WITH"))]
    return desk.db(explain)


READS: dict[str, Callable[[Desk], object]] = {
    "port calls": lambda d: (port_calls.count(d, origin=KOS),
                             port_calls.page(d, 0, 50, origin=KOS),
                             port_calls.page(d, 0, 50, since="2026-11-21", origin=KOS)),
    "vessels": lambda d: (vessels.count(d, origin=KOS), vessels.page(d, 0, 50, origin=KOS)),
    "tip-offs": lambda d: (tipoffs.count(d, origin=KOS), tipoffs.page(d, 0, 50, origin=KOS)),
    "watchlist": lambda d: (watchlist.count(d, origin=KOS), watchlist.page(d, origin=KOS)),
    "stations": stations.stations_present,
}


@pytest.mark.parametrize("what", sorted(READS))
def test_one_station_s_records_are_found_through_an_index(hq: Desk, what: str) -> None:
    """Every read by station seeks in the table's origin index (schema 12) instead of
    reading the whole table: on 100,000 port calls a count 25 times as fast."""
    plans = [(sql, plan) for sql, plan in _plans(hq, READS[what]) if "origin" in sql]
    assert plans
    for sql, plan in plans:
        assert "_origin (origin" in plan, (sql, plan)


def test_a_station_s_hits_are_looked_for_among_the_newest_of_all(
        hq: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    everywhere = search.search(hq, "star", 50)
    window = 4
    monkeypatch.setattr(search_index, "ORIGIN_WINDOW", window)
    for station in (KOS, KMT):
        found = search.search(hq, "star", 50, origin=station)
        assert found and len(found) < len([h for h in everywhere if h.origin == station])
        assert [(h.kind, h.ref) for h in found] == [
            (h.kind, h.ref) for h in everywhere[:window] if h.origin == station]
