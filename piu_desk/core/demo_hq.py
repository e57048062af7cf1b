"""The HQ demo store (`piu-desk demo --hq`): PIU Headquarters, which has received real
bundles from two simulated stations.

Sihanoukville (KHKOS, the usual demo station with all its records) and a small Kampot
station (KHKMT) are made as stores of their own in a work folder inside the HQ store's
folder, enrolled by HQ through the signed files and phone fingerprints, and exchange with
HQ through export and import as desks do; then they are deleted. HQ keeps: both stations'
records (each with its origin), the stations overview (Sihanoukville up to date today, Kampot
last heard of nine days ago, with a bundle lost on the way, so a missing sequence, and HQ's
last bundle not yet confirmed),
a master watchlist with two releases and changes not yet published, an alert HQ raised, and
one record changed at both ends, open on the Conflicts screen.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from piu_desk.core import accounts, demo
from piu_desk.core.demo_exchange import (
    EXCHANGE_OFFICER,
    FIRST_RELEASE,
    HQ_STATION,
    SECOND_RELEASE,
    Params,
    carry,
    enrol,
    entry,
    hq_screens_a_port_call,
    publish_master,
    rename_operator,
    throwaway,
    work_folder,
    write,
)
from piu_desk.core.demo_people import Crewing
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser
from piu_desk.core.domain.crew import CrewList, Direction
from piu_desk.core.domain.identifiers import imo_check_digit
from piu_desk.core.domain.station import Station
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.intel import watchlist
from piu_desk.core.records import crew, port_calls, vessels
from piu_desk.core.session import Clock, utc_now
from piu_desk.core.store import keys

KAMPOT = Station(name="Kampot PIU", locode="KHKMT", unit="Port Intelligence Unit, Kampot")
SEED = 20261129


def _imo(first_six: str) -> str:
    return f"{first_six}{imo_check_digit(first_six)}"


# The small ships of Kampot: coastal cargo, cement, fishing. Made up in the real formats.
KAMPOT_FLEET = (
    (Vessel(None, "KAMPOT PRIDE", "KHM", _imo("931274"), "514002310", "XUKP3", 70, 2_150,
            "Kampot Coastal Logistics Co., Ltd."), "KHM", ("KHKOS", "VNPQC")),
    (Vessel(None, "CHAKRY CEMENT 2", "KHM", _imo("946318"), "514006420", "XUCC2", 70, 3_480,
            "Chakry Cement Shipping Co., Ltd."), "KHM", ("THSGZ", "KHKOS")),
    (Vessel(None, "BOKOR STAR", "KHM", None, "514300118", "XUBS8", 30, 96,
            "Sok Heng (private owner)"), "KHM", ("KHKMT",)),
    (Vessel(None, "HA TIEN 05", "VNM", _imo("957203"), "574008150", "3WHT5", 70, 1_640,
            "Ha Tien Transport JSC"), "VNM", ("VNHTN", "VNPQC")),
)
UNPUBLISHED = (
    (("KHUON SAMBATH",), "1981", "KHM", "Suspected of landing undeclared fuel at Kampot "
     "river jetties; Customs request."),
    (("TRAN VAN HIEU",), "1993", "VNM", "Crewed a boat used to move migrants from Ha Tien; "
     "border police notice."),
)


def _kampot_call(desk: Desk, rng: random.Random, crewing: Crewing, index: int,
                 arrival: datetime) -> None:
    """One port call at Kampot, with a crew list."""
    ship, nationality, ports = KAMPOT_FLEET[index % len(KAMPOT_FLEET)]
    [found] = vessels.page(desk, 0, 2, name=ship.name)
    call_id, _ = port_calls.record_arrival(desk, PortCall(
        None, found.id or 0, arrival.isoformat(timespec="minutes"),
        departure=(arrival + timedelta(hours=rng.randint(20, 60))).isoformat(
            timespec="minutes"),
        last_port=rng.choice(ports), next_port=rng.choice(ports), berth="Kampot New Port",
        agent="Kampot Shipping Agency", crew_count=rng.randint(7, 12)))
    size = rng.randint(6, 10)
    members = tuple(crewing.new(nationality, senior=i == 0).member(i + 1, rank)
                    for i, rank in enumerate(["Master", "Chief Officer", "Chief Engineer"]
                                             + ["Deckhand"] * (size - 3)))
    crew.save_list(desk, CrewList(None, call_id, Direction.ARRIVAL, "manual", members),
                   arrival.date())


def _seed_kampot(desk: Desk, rng: random.Random, crewing: Crewing, now: datetime) -> None:
    for ship, _, _ in KAMPOT_FLEET:
        vessels.register(desk, ship, despite_duplicates=True)
    for index in range(9):
        _kampot_call(desk, rng, crewing, index, now - timedelta(days=40 - 4 * index, hours=5))


def _add_unpublished(hq: Desk) -> None:
    today = watchlist.today_of(hq)
    for names, born, nationality, reason in UNPUBLISHED:
        watchlist.add(hq, entry(names, reason, today, born=born, nationality=nationality))


class SimulatedClock:
    """The real clock set back by some days, which the simulation moves forward to the
    present: HQ's exchanges with Kampot happen weeks ago, in order, so the audit trail
    stays in time order and the overview shows a station that has not exchanged lately."""

    def __init__(self, real: Clock, days_ago: int) -> None:
        self.real, self.behind = real, timedelta(days=days_ago)

    def __call__(self) -> datetime:
        return self.real() - self.behind

    def days_ago(self, days: float) -> None:
        self.behind = min(self.behind, timedelta(days=days))

    def naive_now(self) -> datetime:
        return self().replace(second=0, microsecond=0, tzinfo=None)


def _simulate(hq: Desk, clock: SimulatedClock, params: Params, work: Path) -> None:
    """HQ (logged in as the demo administrator) and its two stations: Kampot from two
    weeks ago, on HQ's clock; Sihanoukville today, on the real one."""
    passwords = {a.username: a.password for a in demo.DEMO_ACCOUNTS}

    def as_(username: str) -> None:
        hq.lock()
        hq.unlock(username, passwords[username])
    rng = random.Random(SEED)
    crewing = Crewing(rng, clock.naive_now().date())
    demo.create_demo(work / "khkos", clock=params.clock, kdf=params.kdf,
                     kdf_floor=params.kdf_floor, exchange=False)
    with params.open(work / "khkos") as kos, \
            throwaway(work / "khkmt", KAMPOT, replace(params, clock=clock)) as kmt:
        kos.unlock(EXCHANGE_OFFICER, passwords[EXCHANGE_OFFICER])
        publish_master(hq, FIRST_RELEASE, 60, "First master watchlist for the ports.")
        _seed_kampot(kmt, rng, crewing, clock.naive_now())
        as_(EXCHANGE_OFFICER)
        enrol(hq, kmt, work)
        enrol(hq, kos, work)
        clock.days_ago(14)
        carry(kmt, hq, work)
        carry(hq, kmt, work)  # release 1
        clock.days_ago(11)
        _kampot_call(kmt, rng, crewing, 9, clock.naive_now() - timedelta(hours=30))
        write(kmt, HQ_STATION.locode, work)  # Kampot's bundle 2: the stick is lost
        clock.days_ago(9)
        _kampot_call(kmt, rng, crewing, 10, clock.naive_now() - timedelta(hours=20))
        carry(kmt, hq, work)  # bundle 3 carries 2's records again: 2 stays missing
        clock.days_ago(0)
        carry(kos, hq, work)
        carry(hq, kos, work)  # release 1, and Kampot's records
        rename_operator(kos, "Hong Ha Maritime JSC (per the agent's declaration)")
        rename_operator(hq, "Hong Ha Shipping Co. (per Vietnam Register 2026)")
        carry(kos, hq, work)  # the vessel changed at both ends: a conflict at HQ
        as_(demo.DEMO_ADMIN.username)
        hq_screens_a_port_call(hq)
        publish_master(hq, SECOND_RELEASE, 90, "A tanker and two persons added.")
        _add_unpublished(hq)
        as_(EXCHANGE_OFFICER)
        carry(hq, kos, work)  # release 2 and the alert
        carry(kos, hq, work)  # Sihanoukville confirms them
        write(hq, KAMPOT.locode, work)  # on its way to Kampot: not yet confirmed


def create_hq_demo(folder: Path, *, clock: Clock = utc_now,
                   kdf: keys.KdfParams = keys.DEFAULT_KDF,
                   kdf_floor: keys.KdfParams = keys.MINIMUM_KDF) -> str:
    """Create the HQ demo store; returns its recovery key. The accounts are the demo
    station's (demo.DEMO_ACCOUNTS)."""
    admin = demo.DEMO_ADMIN
    params = Params(clock, kdf, kdf_floor)
    simulated = SimulatedClock(clock, days_ago=16)
    desk, recovery_text = Desk.create(
        folder, HQ_STATION, NewUser(admin.username, admin.full_name, admin.password,
                                    admin.roles),
        clock=simulated, kdf=kdf, kdf_floor=kdf_floor, demo=True)
    with desk, work_folder(folder) as work:
        for account in demo.DEMO_ACCOUNTS[1:]:
            accounts.add_user(desk, NewUser(account.username, account.full_name,
                                            account.password, account.roles))
        _simulate(desk, simulated, params, work)
    demo.clear_first_login_flags(folder, clock, kdf, kdf_floor)
    return recovery_text
