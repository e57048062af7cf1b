"""An HQ store with stations around it, for the HQ screens' tests and screenshots: Koh Kong
enrolled but not answered yet; Sihanoukville pinned, its bundle read and answered; Kampot
pinned, its first bundle lost on the way and its second read, nothing sent back to it. HQ
published its watchlist once and changed it since."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from piu_desk.core.desk import Desk
from piu_desk.core.domain.station import Station
from piu_desk.core.exchange import enrolment, export, importing, releases
from piu_desk.core.exchange.sync import keys, peers
from piu_desk.core.intel import watchlist
from tests.conftest import ADMIN, STATION, FakeClock
from tests.core.exchange_support import as_exchange_officer
from tests.core.sync_support import HQ, KAMPOT, make_store
from tests.core.test_records import a_vessel, arrive
from tests.core.test_watchlist import person

KOH_KONG = ("KHKKZ", "Koh Kong PIU")
DAY = 86_400


@dataclass
class Network:
    hq: Desk
    kos: Desk
    kmt: Desk
    clock: FakeClock

    def close(self) -> None:
        for desk in (self.hq, self.kos, self.kmt):
            desk.close()


def as_admin(desk: Desk) -> Desk:
    """Logged in as the store's administrator, who is a supervisor too."""
    desk.lock()
    desk.unlock(ADMIN[0], ADMIN[2])
    return desk


def _station(folder: Path, hq: Desk, station: Station, clock: FakeClock) -> Desk:
    enrolment.enrol_station(hq, station.locode, station.name,
                            folder / f"{station.locode}.enrol")
    desk = as_exchange_officer(make_store(folder / station.locode.lower(), station, clock))
    peers.pin(hq, "station", keys.own_public(desk))
    peers.pin(desk, "hq", keys.own_public(hq))
    return desk


def _vessel(desk: Desk, imo: str, name: str, mmsi: str) -> None:
    from piu_desk.core.records import vessels
    vid, _ = vessels.register(desk, a_vessel(imo=imo, name=name, mmsi=mmsi, call_sign=""))
    arrive(desk, vid)


def build(folder: Path, clock: FakeClock | None = None) -> Network:
    clock = clock or FakeClock()
    stick = folder / "stick"
    stick.mkdir(parents=True)
    hq = as_exchange_officer(make_store(folder / "hq", HQ, clock))
    enrolment.enrol_station(hq, *KOH_KONG, folder / "khkkz.enrol")
    kos = _station(folder, hq, STATION, clock)
    kmt = _station(folder, hq, KAMPOT, clock)
    _vessel(kos, "9074729", "Ocean Pearl", "514123000")
    importing.import_bundle(hq, export.export(kos, None, stick).path)
    export.export(kmt, None, stick).path.unlink()  # the stick that never arrived
    _vessel(kmt, "9319466", "Sea Dragon", "533123000")
    clock.advance(DAY)
    importing.import_bundle(hq, export.export(kmt, None, stick).path)
    as_admin(hq)
    watchlist.add(hq, person())
    releases.publish(hq, date(2027, 2, 26), "First list for the ports")
    watchlist.add(hq, person(names=("Tran Thi Mai",), documents=("B 7654321",),
                             date_of_birth="1990"))
    as_exchange_officer(hq)
    clock.advance(DAY)
    importing.import_bundle(kos, export.export(hq, STATION.locode, stick).path)
    return Network(hq, kos, kmt, clock)
