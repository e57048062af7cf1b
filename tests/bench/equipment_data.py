"""An equipment register the size of ten years of a donor programme, for the benchmarks.

20,000 assets handed over in batches since the end of 2016, and 200,000 events on their
timelines (received, issued and accepted, returned, transferred, maintenance, verification,
repairs, damage, loss, theft, recovery, disposal) spread over the ten years; each event keeps
the tables it touches in step as the services would (custody, incidents, repairs, maintenance
done), and each item ends in the status, condition and location its last event left. Rows go
in through `piu_desk.core.store.bulk` in one transaction.

Built once and cached under .bench-cache/equipment-v{VERSION}/ (git-ignored) with
`info.json` (counts, build time, the tags and holders the benchmarks ask for). Bump VERSION
whenever the generator or the schema changes.
`python -m tests.bench.equipment_data [--scale 0.1]` builds it by hand.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser
from piu_desk.core.domain.asset import (
    Asset,
    AssetEvent,
    AssetStatus,
    Condition,
    EventKind,
    next_status,
)
from piu_desk.core.store import bulk, database
from piu_desk.core.store.asset_care import Repair, Schedule
from piu_desk.core.store.assets import Incident
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.custody import Custody
from tests.bench.scale_data import ADMIN, ORIGIN, STATION, cached, open_as_admin
from tests.conftest import CHEAP_KDF

VERSION = 1
ASSETS, EVENTS = 20_000, 200_000
START, END = date(2016, 12, 1), date(2026, 11, 27)
AT, BY = "2026-11-28T08:00:00+00:00", "chenda"
S, K = AssetStatus, EventKind
CATEGORIES = {  # category: (weight, code, makes/models, value in USD, schedule months)
    "Laptop": (30, "LAP", ("Dell Latitude 5440", "Lenovo ThinkPad T14", "Panasonic "
                           "Toughbook 40"), 1400, 12),
    "Desktop computer": (8, "PC", ("HP EliteDesk 800", "Dell OptiPlex 7010"), 900, 0),
    "Camera": (10, "CAM", ("Nikon D7500", "Canon EOS 90D", "Olympus TG-6"), 1100, 0),
    "Handheld radio": (18, "RAD", ("Motorola DP4400e", "Hytera PD785"), 650, 12),
    "Base radio": (3, "BRD", ("Motorola DM4600e",), 1200, 24),
    "Document scanner": (5, "DSC", ("Regula 7017", "Fujitsu fi-8170"), 2500, 12),
    "MRZ reader": (6, "MRZ", ("Access IS ATOM", "Regula 70X4M"), 800, 0),
    "Binoculars": (6, "BIN", ("Steiner Commander 7x50", "Fujinon Mariner 7x50"), 700, 0),
    "GPS unit": (4, "GPS", ("Garmin GPSMAP 67",), 450, 0),
    "Mobile phone": (6, "PHN", ("Samsung Galaxy XCover 6", "Nokia XR21"), 500, 0),
    "Vehicle": (2, "VEH", ("Toyota Hilux", "Toyota Land Cruiser 79"), 42000, 6),
    "Boat": (1, "BOA", ("Zodiac Pro 7 RIB", "Yamaha 25-ft patrol"), 65000, 3),
    "Outboard engine": (1, "OBE", ("Yamaha F150", "Suzuki DF140"), 14000, 6),
}
LOCATIONS = ("PIU office Sihanoukville", "PIU store room", "Container terminal gate",
             "Old jetty post", "Oil terminal post", "Koh Kong PIU", "Kampot PIU",
             "Phnom Penh port office", "Patrol boat base Ream", "Vehicle pool",
             "Training room", "Server room", "Cham Yeam border post", "Stung Hav post")
DONORS = (("Maritime Security Programme", "MSP", "LoA-MSP-"),
          ("Port Integrity Facility", "PIF", "PIF-AGR-"),
          ("Regional Border Management Fund", "RBM", "RBMF-"))
OFFICERS = tuple(f"officer{n:03d}" for n in range(1, 241))
PLACES = ("Container terminal gate", "Old jetty post", "Oil terminal post", "Koh Kong PIU",
          "Kampot PIU", "Patrol boat base Ream", "Cham Yeam border post")
VENDORS = ("Sihanoukville Tech Repair", "Motorola service centre Phnom Penh",
           "Toyota Cambodia service", "Marine Engines Co.")
_NEXT = {  # status: weighted events that may come next (the table in domain.asset rules)
    S.IN_STORE: ((K.ISSUED, 40), (K.VERIFIED, 20), (K.MAINTAINED, 14), (K.REPAIR_SENT, 6),
                 (K.DAMAGED, 3), (K.LOST, 1), (K.STOLEN, 1)),
    S.ISSUED: ((K.RETURNED, 28), (K.TRANSFERRED, 16), (K.VERIFIED, 26), (K.MAINTAINED, 12),
               (K.REPAIR_SENT, 5), (K.DAMAGED, 3), (K.LOST, 1), (K.STOLEN, 1)),
    S.UNDER_REPAIR: ((K.REPAIR_RETURNED, 1),),
    S.LOST: ((K.RECOVERED, 1),),
    S.STOLEN: ((K.RECOVERED, 1),),
}
_ENDS = {K.RETURNED: "returned", K.TRANSFERRED: "transferred", K.REPAIR_SENT: "repair_sent",
         K.LOST: "lost", K.STOLEN: "stolen", K.DISPOSED: "disposed"}


@dataclass
class Rows:
    assets: list[Asset] = field(default_factory=list)
    events: list[AssetEvent] = field(default_factory=list)
    custody: list[Custody] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    schedules: list[Schedule] = field(default_factory=list)
    done: list[tuple[int, int, str, str, str]] = field(default_factory=list)


class Generator:
    def __init__(self, scale: float) -> None:
        self.rng = random.Random(6)
        self.assets, self.events = max(200, int(ASSETS * scale)), max(2000, int(EVENTS * scale))
        self.rows = Rows()
        self.schedule_of: dict[str, int] = {}
        for n, (cat, spec) in enumerate(c for c in CATEGORIES.items() if c[1][4]):
            self.rows.schedules.append(Schedule(n + 1, None, cat, f"{cat} service", spec[4],
                                                "", START.isoformat()))
            self.schedule_of[cat] = n + 1

    def _dates(self, since: date, count: int) -> list[str]:
        span = (END - since).days
        return [(since + timedelta(days=d)).isoformat()
                for d in sorted(self.rng.randint(1, span) for _ in range(count))]

    def asset(self, aid: int, received: date) -> Asset:
        cats = list(CATEGORIES)
        cat = self.rng.choices(cats, [CATEGORIES[c][0] for c in cats])[0]
        _, code, models, usd, _ = CATEGORIES[cat]
        donor, prefix, agreement = DONORS[aid % len(DONORS)]
        make, _, model = self.rng.choice(models).partition(" ")
        cents = int(usd * self.rng.uniform(0.8, 1.2)) * 100
        return Asset(aid, f"{prefix}-{code}-{aid:05d}", cat, f"{make} {model} {cat.lower()}",
                     make, model, f"{code[:2]}{self.rng.randrange(16 ** 8):08X}", donor,
                     f"{agreement}{received.year}", f"G{received.year % 100:02d}-{code}",
                     received.isoformat(), f"HO-{received.year}-{received.month:02d}",
                     cents * 41, cents, self.rng.choice(LOCATIONS), Condition.NEW,
                     S.IN_STORE, None, f"bench-asset-{aid}")

    def _pick(self, status: AssetStatus, last: bool, category: str, old: bool) -> EventKind:
        gone = status in (S.LOST, S.STOLEN) or (old and status == S.IN_STORE)
        if last and gone and self.rng.random() < (0.6 if status != S.IN_STORE else 0.04):
            return K.DISPOSED
        while True:
            options = _NEXT[status]
            kind = self.rng.choices([k for k, _ in options], [w for _, w in options])[0]
            if kind != K.MAINTAINED or category in self.schedule_of:
                return kind

    def _custody(self, a: Asset, on: str) -> Custody:
        place = self.rng.random() < 0.15
        holder = self.rng.choice(PLACES if place else OFFICERS)
        accepted = f"{on}T09:00:00+00:00" if self.rng.random() < 0.93 else ""
        return Custody(len(self.rows.custody) + 1, a.id or 0, "place" if place else "officer",
                       holder, on, "", accepted, holder if accepted else "", issued_by=BY)

    def _incident(self, a: Asset, kind: EventKind, on: str, place: str, holder: str) -> None:
        stolen, disposed = kind == K.STOLEN, kind == K.DISPOSED
        self.rows.incidents.append(Incident(
            len(self.rows.incidents) + 1, a.id or 0, kind.value, on, place,
            "Reported to the custodian", holder, f"POL-{on[:4]}-{a.id}" if stolen else "",
            "Head of unit" if disposed else "", f"WO-{on[:4]}-{a.id}" if disposed else "",
            BY, f"{on}T10:00:00+00:00"))

    def life(self, a: Asset, count: int) -> Asset:
        """The item's timeline of `count` events, the first its receipt."""
        assert a.id is not None
        r, rng = self.rows, self.rng
        status, condition, location = S.IN_STORE, Condition.NEW, a.location
        held = -1  # index in rows.custody of the open custody
        to_accept = False
        old = a.handover_date < "2020"
        days = [a.handover_date, *self._dates(date.fromisoformat(a.handover_date), count - 1)]
        for n, on in enumerate(days):
            last = n == count - 1
            if n == 0:
                kind = K.RECEIVED
            elif to_accept and status == S.ISSUED:
                kind, on = K.ACCEPTED, days[n - 1]  # signed for on the day it was issued
            else:
                kind = self._pick(status, last, a.category, old)
            to_accept = False
            after = status if kind == K.RECEIVED else next_status(status, kind)
            was = r.custody[held].holder if held >= 0 else ""
            holder = was if kind in (K.ACCEPTED, K.RETURNED, K.DAMAGED, K.LOST, K.STOLEN) else ""
            detail = was if kind == K.TRANSFERRED else ""
            if held >= 0 and kind in _ENDS:
                r.custody[held] = replace(r.custody[held], ended_on=on, end_kind=_ENDS[kind],
                                          return_condition=condition.value
                                          if kind == K.RETURNED else "")
                held = -1
            if kind in (K.ISSUED, K.TRANSFERRED):
                r.custody.append(self._custody(a, on))
                held, holder = len(r.custody) - 1, r.custody[-1].holder
                to_accept = bool(r.custody[-1].accepted_at)
                if kind == K.ISSUED and r.custody[-1].holder_kind == "place":
                    location = holder
            elif kind == K.REPAIR_SENT:
                holder = rng.choice(VENDORS)
                r.repairs.append(Repair(len(r.repairs) + 1, a.id, on, holder, "Fault reported"))
            elif kind == K.REPAIR_RETURNED:
                r.repairs[-1] = replace(r.repairs[-1], returned_on=on, outcome="Repaired",
                                        cost_usd_cents=rng.randint(20, 400) * 100)
                condition = rng.choice((Condition.GOOD, Condition.FAIR))
            elif kind == K.MAINTAINED:
                r.done.append((self.schedule_of[a.category], a.id, on, "Serviced", BY))
            elif kind == K.VERIFIED:
                detail = f"Annual verification {on[:4]}"
                location = rng.choice(LOCATIONS) if rng.random() < 0.05 else location
            elif kind == K.RECOVERED:
                condition = Condition.FAIR
            elif kind in (K.DAMAGED, K.LOST, K.STOLEN, K.DISPOSED):
                condition = Condition.POOR if kind == K.DAMAGED else condition
                self._incident(a, kind, on, location, holder)
            if n % 7 == 6 and condition in (Condition.NEW, Condition.GOOD):
                condition = Condition.GOOD if condition == Condition.NEW else Condition.FAIR
            r.events.append(AssetEvent(len(r.events) + 1, a.id, kind, on, after, holder, detail,
                                       BY, f"{on}T10:00:00+00:00"))
            status = after
        return replace(a, status=status, condition=condition, location=location)

    def build(self) -> Rows:
        rng = self.rng
        received = sorted(START + timedelta(days=30 * rng.randrange(120) + rng.randrange(3))
                          for _ in range(self.assets))
        ages = [((END - d).days + 30) * rng.lognormvariate(0, 0.6) for d in received]
        total = sum(ages)
        quotas = [max(1, round(self.events * age / total)) for age in ages]
        quotas[-1] = max(1, quotas[-1] + self.events - sum(quotas))
        for aid, (day, quota) in enumerate(zip(received, quotas, strict=True), start=1):
            self.rows.assets.append(self.life(self.asset(aid, day), quota))
        return self.rows


def build(folder: Path, scale: float = 1.0) -> dict[str, object]:
    """Create the store in `folder` (which must not exist); returns its info."""
    started = time.perf_counter()
    rows = Generator(scale).build()
    desk, _ = Desk.create(folder, STATION, NewUser(*ADMIN, frozenset()), kdf=CHEAP_KDF,
                          kdf_floor=CHEAP_KDF)
    path = database.db_path(folder)
    with desk:
        def fill(conn: Connection) -> None:
            with bulk.loading(conn, path):
                bulk.assets(conn, rows.assets, ORIGIN, AT, BY)
                bulk.asset_events(conn, rows.events, ORIGIN)
                bulk.custody(conn, rows.custody, ORIGIN)
                bulk.incidents(conn, rows.incidents, ORIGIN)
                bulk.repairs(conn, rows.repairs, ORIGIN)
                bulk.maintenance(conn, rows.schedules, rows.done, ORIGIN)
            bulk.finish(conn)
        desk.db(fill)
    per_asset: dict[int, int] = {}
    for e in rows.events:
        per_asset[e.asset_id] = per_asset.get(e.asset_id, 0) + 1
    busiest = max(per_asset, key=lambda k: per_asset[k])
    typical = sorted(per_asset, key=lambda k: per_asset[k])[len(per_asset) // 2]
    holders: dict[str, int] = {}
    for c in rows.custody:
        if not c.ended_on:
            holders[c.holder] = holders.get(c.holder, 0) + 1
    info: dict[str, object] = {
        "version": VERSION, "scale": scale,
        "counts": {"assets": len(rows.assets), "events": len(rows.events),
                   "custody": len(rows.custody), "incidents": len(rows.incidents),
                   "repairs": len(rows.repairs), "maintenance_done": len(rows.done)},
        "build_seconds": round(time.perf_counter() - started, 1),
        "busiest": [busiest, per_asset[busiest]], "typical": [typical, per_asset[typical]],
        "holder": max(holders, key=lambda h: holders[h] if h.startswith("officer") else 0),
        "tags": [a.tag for a in rows.assets],
        "search": [rows.assets[len(rows.assets) // 3].serial_number[:6], "toughbook"]}
    (folder / "info.json").write_text(json.dumps(info, indent=1))
    return info


@dataclass(frozen=True)
class EquipmentStore:
    folder: Path
    info: dict[str, object]

    def open(self) -> Desk:
        return open_as_admin(self.folder)


def equipment_store(scale: float = 1.0) -> EquipmentStore:
    """The cached store, built on first use."""
    name = f"equipment-v{VERSION}" + ("" if scale == 1.0 else f"-{scale:g}")
    folder = cached(name, "info.json", lambda partial: build(partial, scale))
    return EquipmentStore(folder, json.loads((folder / "info.json").read_text()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    store = equipment_store(parser.parse_args().scale)
    print(json.dumps({k: v for k, v in store.info.items() if k != "tags"}, indent=1))


if __name__ == "__main__":
    main()
