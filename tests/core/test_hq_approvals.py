"""At HQ a station's inspections arrive as they stand, submitted ones included; only their
own station's supervisor approves them, so HQ's approval queue holds HQ's own only."""

from __future__ import annotations

from pathlib import Path

from piu_desk.core.desk import Desk
from piu_desk.core.domain.inspection import Inspection, Outcome
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.records import inspections, port_calls, vessels
from tests.conftest import STATION, SUPERVISOR, FakeClock
from tests.core.origin_support import deliver
from tests.core.sync_support import HQ, make_store


def _submitted(desk: Desk, name: str) -> int:
    vid, _ = vessels.register(desk, Vessel(None, name, "PAN"))
    pid, _ = port_calls.record_arrival(desk, PortCall(None, vid, "2026-11-27T08:30"))
    iid, _ = inspections.record(desk, Inspection(
        None, pid, "2026-11-27T10:00", ("admin",), findings="Stowaway in the chain locker.",
        outcome=Outcome.PERSONS_REMOVED))
    inspections.submit(desk, iid)
    return iid


def test_hq_approves_its_own_inspections_not_a_station_s(tmp_path: Path) -> None:
    clock = FakeClock()
    station = make_store(tmp_path / "kos", STATION, clock)
    hq = make_store(tmp_path / "hq", HQ, clock)
    at_station = _submitted(station, "OCEAN STAR")
    deliver(station, hq)
    own = _submitted(hq, "MEKONG STAR")
    for desk in (station, hq):
        desk.lock()
        desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
    assert [i.id for i in inspections.approval_queue(station)] == [at_station]
    assert [i.id for i in inspections.approval_queue(hq)] == [own]
    station.close()
    hq.close()
