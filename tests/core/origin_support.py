"""HQ's consolidated store for the station-filter tests and screenshots: Sihanoukville
(enrolled by name) and Kampot (not) each record watched vessels' arrivals (so alerts) and
a tip-off, and send them to HQ as a bundle would; HQ has a watchlist entry of its own."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from piu_desk.core.desk import Desk
from piu_desk.core.domain.grading import AdmiraltyGrade
from piu_desk.core.domain.handling import Handling
from piu_desk.core.domain.tipoff import Channel, Status, TipOff
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.domain.watchlist import EntryKind, Origin, WatchEntry
from piu_desk.core.exchange import enrolment
from piu_desk.core.intel import blocking, watchlist
from piu_desk.core.records import port_calls, tipoffs, vessels
from piu_desk.core.store import exchange_index
from tests.conftest import ADMIN, STATION, FakeClock
from tests.core.sync_support import HQ, KAMPOT, make_store, send

KOS, KMT, PNH = STATION.locode, KAMPOT.locode, HQ.locode
KOS_NAME = "Sihanoukville PIU"  # as HQ enrolled it; Kampot it never enrolled


@dataclass(frozen=True)
class Recorded:
    """What one station records: a watched vessel's arrivals (so alerts), a tip-off; and
    for a fuller list, arrivals of vessels nobody watches."""

    vessel: str
    imo: str
    arrivals: int
    others: tuple[str, ...] = ()


RECORDED = {KOS: Recorded("OCEAN STAR", "9074729", 3),
            KMT: Recorded("MEKONG STAR", "9176187", 2)}


def record(desk: Desk, what: Recorded, last_port: str = "VNSGN") -> None:
    watchlist.add(desk, WatchEntry(None, EntryKind.VESSEL, (what.vessel,), "Fuel smuggling",
                                   desk.station().unit, imo=what.imo, flag="PAN",
                                   handling=Handling.HQ))
    vid, _ = vessels.register(desk, Vessel(None, what.vessel, "PAN", imo=what.imo))
    for day in range(what.arrivals):
        port_calls.record_arrival(desk, PortCall(None, vid, f"2026-11-2{day}T08:30",
                                                 last_port=last_port))
    for n, name in enumerate(what.others):
        other, _ = vessels.register(desk, Vessel(None, name, "KHM"), despite_duplicates=True)
        port_calls.record_arrival(desk, PortCall(None, other, f"2026-11-{10 + n:02d}T14:00",
                                                 last_port=last_port, berth=f"B{1 + n % 4}",
                                                 crew_count=8 + n))
    tid, _ = tipoffs.log(desk, TipOff(None, "2026-11-27T09:00", Channel.PARTNER_AGENCY,
                                      ADMIN[0], f"{what.vessel} takes fuel offshore at night.",
                                      grade=AdmiraltyGrade("B", "2"), handling=Handling.HQ))
    tipoffs.move(desk, tid, Status.ASSESSED)  # graded and assessed: it may go to HQ


def hq_of_two(folder: Path, clock: FakeClock | None = None,
              recorded: dict[str, Recorded] | None = None) -> Desk:
    """HQ's store, unlocked as its administrator, holding both stations' records."""
    clock = clock or FakeClock()
    desks = {KOS: make_store(folder / "kos", STATION, clock),
             KMT: make_store(folder / "kmt", KAMPOT, clock)}
    hq = make_store(folder / "hq", HQ, clock)
    enrolment.enrol_station(hq, KOS, KOS_NAME, folder / "kos.enrol")
    watchlist.add(hq, WatchEntry(None, EntryKind.PERSON, ("TRAN THI HOA",), "Wanted", "PIU HQ",
                                 origin=Origin.HQ, handling=Handling.HQ))
    for sid, desk in desks.items():
        record(desk, (recorded or RECORDED)[sid], "VNSGN" if sid == KOS else "THBKK")
        deliver(desk, hq)
        desk.close()
    return hq


def deliver(station: Desk, hq: Desk) -> None:
    """What `station` has for HQ applied there, with the search rows a bundle's import
    writes in the same transaction."""
    outcome = send(station, hq)
    assert (outcome.report.conflicts, outcome.report.parked) == (0, 0)
    hq.mutate(partial(exchange_index.refresh, applied=outcome.report.applied,
                      keys_of=blocking.entry_keys))
