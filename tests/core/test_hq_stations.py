"""HQ with two enrolled stations and one expected: one exchange through a shared folder
takes in what the stations left there and writes one bundle for each pinned station; the
overview shows each station's last exchange, its missing bundles, what it has not
confirmed, its records, and what is waiting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.exchange import enrolment, export, importing
from piu_desk.core.exchange.folder import exchange_through
from piu_desk.core.exchange.stations import StationStatus, station_statuses
from piu_desk.core.exchange.sync import peers
from piu_desk.core.records import vessels
from tests.conftest import STATION, FakeClock
from tests.core.exchange_support import as_exchange_officer
from tests.core.sync_support import HQ, KAMPOT, count, make_store
from tests.core.test_records import a_vessel

KOS, KMT, PNH = STATION.locode, KAMPOT.locode, HQ.locode


def _enrol(hq: Desk, station: Desk, name: str, papers: Path) -> None:
    locode = station.station().locode
    offer, answer = papers / f"{locode}.enrol", papers / f"{locode}.keys"
    enrolment.import_enrolment(station, offer, enrolment.enrol_station(hq, locode, name, offer))
    enrolment.pin_station(hq, answer, enrolment.export_keys(station, answer))


class World:
    def __init__(self, folder: Path) -> None:
        clock = FakeClock()
        self.hq = as_exchange_officer(make_store(folder / "hq", HQ, clock))
        self.kos = as_exchange_officer(make_store(folder / "kos", STATION, clock))
        self.kmt = as_exchange_officer(make_store(folder / "kmt", KAMPOT, clock))
        papers, self.shared, self.lost = folder / "papers", folder / "shared", folder / "lost"
        for made in (papers, self.shared, self.lost):
            made.mkdir()
        _enrol(self.hq, self.kos, STATION.name, papers)
        _enrol(self.hq, self.kmt, KAMPOT.name, papers)
        enrolment.enrol_station(self.hq, "KHKEP", "Kep PIU", papers / "kep.enrol")

    def close(self) -> None:
        for desk in (self.hq, self.kos, self.kmt):
            desk.close()


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    made = World(tmp_path)
    yield made
    made.close()


def _by_id(desk: Desk) -> dict[str, StationStatus]:
    return {s.station: s for s in station_statuses(desk)}


def test_one_exchange_at_hq_writes_a_bundle_per_station_and_the_overview_follows(
        world: World) -> None:
    w = world
    fresh = _by_id(w.hq)
    assert list(fresh) == ["KHKEP", KMT, KOS]
    kep = fresh["KHKEP"]
    assert (kep.name, kep.expected, kep.pinned, kep.revoked) == ("Kep PIU", True, False, False)
    assert (kep.last_in_at, kep.last_out_at, kep.missing_sequences) == (None, None, [])
    assert (fresh[KOS].name, fresh[KOS].expected, fresh[KOS].pinned) == (STATION.name,
                                                                          False, True)

    vessels.register(w.kos, a_vessel(name="SEA PEARL", imo="9074729"))
    export.export(w.kos, None, w.shared)                     # #1
    vessels.register(w.kos, a_vessel(name="BLUE PEARL", imo="9319466", mmsi="514123000",
                                     call_sign="XUAB5"), despite_duplicates=True)
    export.export(w.kos, None, w.lost)                       # #2, on a stick never brought
    export.export(w.kos, None, w.shared)                     # #3
    vessels.register(w.hq, a_vessel(name="HQ STAR", imo="9176187", mmsi="563123000",
                                    call_sign="XUHQ1"), despite_duplicates=True)

    done = exchange_through(w.hq, w.shared)
    assert [r.sequence for _, r in done.imported] == [1, 3] and done.refused == []
    assert sorted(e.peer for e in done.exports) == [KMT, KOS] and done.exported is None
    assert all(e.sequence == 1 and e.records >= 1 for e in done.exports)

    after = _by_id(w.hq)
    kos = after[KOS]
    assert (kos.last_in_sequence, kos.missing_sequences, kos.last_out_sequence) == (3, [2], 1)
    assert kos.last_in_at and kos.last_out_at
    assert kos.records == count(w.hq, "SELECT count(*) FROM record_versions WHERE origin = ?",
                                KOS) > 0
    assert (kos.conflicts, kos.parked) == (0, 0)
    assert after[KMT].last_in_sequence is None and after[KMT].records == 0
    # HQ's vessel and Sihanoukville's, not yet confirmed by Kampot; only HQ's for KOS
    assert after[KMT].outstanding == 3 and kos.outstanding == 1
    assert after["KHKEP"].outstanding == 0  # counted once its keys are pinned

    # each station takes its bundle and answers; the answers confirm HQ's
    for station in (w.kos, w.kmt):
        assert exchange_through(station, w.shared).exported is not None
    exchange_through(w.hq, w.shared)
    settled = _by_id(w.hq)
    assert settled[KOS].outstanding == settled[KMT].outstanding == 0
    assert settled[KMT].last_in_sequence == 1 and settled[KOS].last_in_sequence == 4
    assert settled[KOS].missing_sequences == [2]
    lost = importing.import_bundle(w.hq, next(w.lost.glob("*.piu")))
    assert lost.sequence == 2 and _by_id(w.hq)[KOS].missing_sequences == []

    at_station = station_statuses(w.kos)
    assert [(s.station, s.pinned, s.last_out_sequence) for s in at_station] == [(PNH, True, 4)]


def test_revoked_stations_get_no_bundle_and_show_as_revoked(world: World) -> None:
    w = world
    peers.revoke(w.hq, KMT)
    results = export.export_all(w.hq, w.shared)
    assert [r.peer for r in results] == [KOS]
    status = _by_id(w.hq)
    assert status[KMT].revoked and status[KMT].pinned and not status[KOS].revoked
    peers.revoke(w.hq, KOS)
    with pytest.raises(export.NoPeer):
        exchange_through(w.hq, w.shared)
