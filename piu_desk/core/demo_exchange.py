"""The demo station's exchange with HQ: a simulated HQ really enrols the demo station and
exchanges bundles with it, through the same services a desk uses (signed enrolment and key
files checked by their phone fingerprints, export, import).

The simulated HQ is a store of its own, made in a work folder inside the demo store's folder
(never the system's temp folder: it holds keys) and deleted when the demo is made. What the
station keeps: HQ pinned, three bundles sent (two confirmed by HQ, the last one waiting on
the stick), two received, the master watchlist from HQ in its second release, an alert HQ
raised on one of the station's port calls, and one record changed at both ends, open on the
Conflicts screen.

The simulation helpers here (throw-away peers, enrolment, carrying a bundle) serve the HQ
demo too (demo_hq).
"""

from __future__ import annotations

import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from piu_desk.core import accounts
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser, Role
from piu_desk.core.domain.handling import Handling
from piu_desk.core.domain.station import Station
from piu_desk.core.domain.vessel import Vessel
from piu_desk.core.domain.watchlist import EntryKind, Origin, WatchEntry
from piu_desk.core.exchange import enrolment, export, importing, releases
from piu_desk.core.exchange.importing import ImportResult
from piu_desk.core.intel import alerts, watchlist
from piu_desk.core.records import vessels
from piu_desk.core.session import Clock
from piu_desk.core.store import keys

HQ_STATION = Station(name="PIU Headquarters", locode="KHPNH",
                     unit="Port Intelligence Unit, Headquarters", is_hq=True)
WORK_FOLDER = "demo-exchange-work"
"""Inside the store's folder; removed once the demo is made."""
PEER_USER = "peer"
ISSUER = "PIU Headquarters, Phnom Penh"
EXCHANGE_OFFICER = "rithy"  # the demo station's exchange officer (demo.DEMO_ACCOUNTS)


@dataclass(frozen=True)
class Params:
    """How the demo stores are made: its clock and key-derivation parameters."""

    clock: Clock
    kdf: keys.KdfParams
    kdf_floor: keys.KdfParams

    def open(self, folder: Path) -> Desk:
        return Desk.open(folder, clock=self.clock, kdf=self.kdf, kdf_floor=self.kdf_floor)


@contextmanager
def work_folder(store: Path) -> Iterator[Path]:
    """A scratch folder inside the store's folder, removed however the block ends; after a
    success its removal must succeed (it holds a simulated peer's keys)."""
    work = store / WORK_FOLDER
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        yield work
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    shutil.rmtree(work)


def throwaway(folder: Path, station: Station, params: Params) -> Desk:
    """A simulated peer's store, logged in as its one account, which holds every role the
    simulation needs (administrator, supervisor, officer, exchange officer)."""
    password = secrets.token_urlsafe(18)
    desk, _ = Desk.create(folder, station, NewUser(PEER_USER, "Demo peer", password,
                                                   frozenset()),
                          clock=params.clock, kdf=params.kdf, kdf_floor=params.kdf_floor)
    try:
        accounts.set_roles(desk, PEER_USER, frozenset(
            {Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.EXCHANGE}))
        desk.lock()
        desk.unlock(PEER_USER, password)
    except BaseException:
        desk.close()
        raise
    return desk


def enrol(hq: Desk, station: Desk, work: Path) -> None:
    """HQ enrols the station and pins its keys, the station pins HQ: by the signed files
    and the phone fingerprints, as two officers would."""
    here = station.station()
    enrolment_file = work / f"enrolment-{here.locode}.json"
    hq_fingerprint = enrolment.enrol_station(hq, here.locode, here.name, enrolment_file)
    enrolment.import_enrolment(station, enrolment_file, hq_fingerprint)
    key_file = work / f"keys-{here.locode}.json"
    station_fingerprint = enrolment.export_keys(station, key_file)
    enrolment.pin_station(hq, key_file, station_fingerprint)


def write(sender: Desk, receiver: str, work: Path) -> Path:
    """The sender's next bundle for `receiver`, on a stick of its own."""
    stick = work / f"stick-{sum(1 for _ in work.glob('stick-*')) + 1}"
    stick.mkdir()
    return export.export(sender, receiver, stick).path


def carry(sender: Desk, receiver: Desk, work: Path) -> ImportResult:
    """The sender's next bundle, written and imported at the receiver."""
    return importing.import_bundle(receiver, write(sender, receiver.station().locode, work))


def entry(names: tuple[str, ...], reason: str, issued: date, *, kind: EntryKind =
          EntryKind.PERSON, born: str = "", nationality: str = "", imo: str = "",
          handling: Handling = Handling.HQ) -> WatchEntry:
    """A master-watchlist entry as HQ issues it."""
    return WatchEntry(None, kind, names, reason, ISSUER, issued=issued.isoformat(),
                      handling=handling, origin=Origin.HQ, date_of_birth=born,
                      nationality=nationality, imo=imo)


FIRST_RELEASE = (
    (("SOM VANNAK",), "1983", "KHM", "Broker of Cambodian fishermen for Thai longliners; "
     "Anti-Human Trafficking police request."),
    (("NGUYEN THANH PHONG", "NGUYEN PHONG"), "1977", "VNM",
     "Master of a fishing vessel seized for illegal fishing; absconded on bail."),
    (("WIRAT SAENGTHONG",), "1986", "THA", "Recruits crew with forged seafarer's books; "
     "Thai police notice via HQ."),
    (("ZAW MIN HTET",), "1990", "MMR", "Escaped from a fishing vessel; possible victim of "
     "trafficking. Treat as a victim; inform HQ."),
    (("LIU GUOQIANG",), "1972", "CHN", "Interpol diffusion: money laundering for online-scam "
     "compounds."),
)
SECOND_RELEASE = (
    (("PRAK SOKHA", "PRAK SOKHAR"), "1988", "KHM", "Arrest warrant, Kampot provincial court "
     "(smuggling of fuel)."),
    (("ARIEF BUDIMAN",), "1984", "IDN", "Deserted in Sihanoukville in 2025; overstayed."),
)
ALERT_VESSEL = "SIAM PETRO 3"
CONFLICT_VESSEL = "HONG HA 27"


def publish_master(hq: Desk, items: tuple[tuple[tuple[str, ...], str, str, str], ...],
                   days: int, note: str) -> releases.Release:
    """HQ adds master-watchlist entries and publishes a release valid for `days`."""
    today = watchlist.today_of(hq)
    for n, (names, born, nationality, reason) in enumerate(items):
        watchlist.add(hq, entry(names, reason, today - timedelta(days=3 + 11 * n), born=born,
                                nationality=nationality))
    return releases.publish(hq, today + timedelta(days=days), note)


def _vessel_at(desk: Desk, name: str) -> Vessel:
    [found] = vessels.page(desk, 0, 5, name=name)
    return found


def hq_screens_a_port_call(hq: Desk) -> None:
    """HQ lists a tanker the station reported and screens its latest call there: an alert
    HQ raises, which travels to the station with the release."""
    ship = _vessel_at(hq, ALERT_VESSEL)
    watchlist.add(hq, entry((ship.name,), "Reported for transfers of fuel at sea with AIS "
                            "switched off, Gulf of Thailand; board and inspect.",
                            watchlist.today_of(hq), kind=EntryKind.VESSEL, imo=ship.imo or ""))
    calls = vessels.port_calls(hq, ship.id or 0)
    latest = max(calls, key=lambda c: c.arrival)
    alerts.screen_port_call(hq, latest.id or 0)


def rename_operator(desk: Desk, operator: str) -> None:
    ship = _vessel_at(desk, CONFLICT_VESSEL)
    vessels.update(desk, replace(ship, owner_operator=operator))


def exchange_with_hq(folder: Path, params: Params) -> None:
    """Run the simulated HQ's exchange with the demo station at `folder` (already seeded
    and closed); afterwards no trace of the simulated HQ's store is left."""
    with work_folder(folder) as work, params.open(folder) as station:
        from piu_desk.core.demo import DEMO_ACCOUNTS  # demo imports this module

        officer = next(a for a in DEMO_ACCOUNTS if a.username == EXCHANGE_OFFICER)
        station.unlock(officer.username, officer.password)
        with throwaway(work / "hq", HQ_STATION, params) as hq:
            enrol(hq, station, work)
            carry(station, hq, work)  # the station's first bundle: everything it holds
            publish_master(hq, FIRST_RELEASE, 60, "First master watchlist for the ports.")
            carry(hq, station, work)  # release 1, and HQ confirms the station's bundle 1
            carry(station, hq, work)  # bundle 2 confirms HQ's
            hq_screens_a_port_call(hq)
            publish_master(hq, SECOND_RELEASE, 90, "A tanker and two persons added.")
            rename_operator(hq, "Hong Ha Shipping Co. (per Vietnam Register 2026)")
            rename_operator(station, "Hong Ha Maritime JSC (per the agent's declaration)")
            carry(hq, station, work)  # release 2, the alert and HQ's version of the vessel
            write(station, HQ_STATION.locode, work)  # bundle 3, not yet at HQ
