"""A store the size of ten years at a busy port, for the benchmarks.

About 50,000 port calls of some 4,000 vessels (a few liners call every week, most ships a
handful of times), one crew list each with 18 to 42 rows (1.5 million crew rows) of about
300,000 seafarers who come back call after call and move between ships, 8,000 inspections,
and the search index over all of it. Rows go in through `piu_desk.core.store.bulk`.

The store is built once and cached under .bench-cache/scale-v{VERSION}/ (git-ignored) with
`info.json` (counts, build time) and `queries.json` (the realistic search queries drawn
from the data). Bump VERSION whenever the generator or the schema changes.
`python -m tests.bench.scale_data [--scale 0.1]` builds it by hand.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from piu_desk.core.demo_people import NATIONS, ascii_name
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser
from piu_desk.core.domain.crew import CrewList, CrewMember, Direction
from piu_desk.core.domain.identifiers import imo_check_digit
from piu_desk.core.domain.inspection import Inspection, InspectionType, Outcome, Risk, Status
from piu_desk.core.domain.station import Station
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.store import bulk, database
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.persons import Person
from tests.conftest import CHEAP_KDF

VERSION = 3  # 3: page MACs are HMAC-SHA256
REPO = Path(__file__).resolve().parents[2]
CACHE = REPO / ".bench-cache"
ADMIN = ("admin", "Bench Admin", "bench-admin-pass-1")
STATION = Station("Sihanoukville PIU", "KHKOS", "Port Intelligence Unit")
END = datetime(2026, 11, 30, 12, 0)
YEARS = 10
CALLS, VESSELS, INSPECTIONS = 50_000, 4_000, 8_000
AT, BY, ORIGIN = "2026-11-30T12:00:00+00:00", "bench", "KHKOS"

FLAGS = {  # flag: (weight, MIDs, call-sign prefixes, crew nationalities)
    "VNM": (14, (574,), ("3W", "XV"), ("VNM",)),
    "THA": (8, (567,), ("HS",), ("THA", "MMR", "KHM")),
    "IDN": (6, (525,), ("YB", "PN"), ("IDN",)),
    "MYS": (6, (533,), ("9M", "9W"), ("MYS", "IDN", "MMR")),
    "CHN": (12, (412, 413), ("BO", "BP"), ("CHN",)),
    "PAN": (16, (351, 352, 353, 354, 355, 356, 357, 370, 371, 372, 373), ("3E", "H3", "HO"),
            ("PHL", "MMR", "UKR", "IDN", "VNM")),
    "LBR": (10, (636, 637), ("A8", "D5"), ("PHL", "RUS", "IND", "MMR")),
    "MHL": (8, (538,), ("V7",), ("PHL", "UKR", "IND")),
    "SGP": (8, (563, 564, 565, 566), ("9V", "S6"), ("PHL", "IND", "MMR", "CHN")),
    "KHM": (12, (514, 515), ("XU",), ("KHM", "VNM", "CHN")),
}
FIRST = ("OCEAN", "SEA", "GOLDEN", "PACIFIC", "HAI", "XIN", "SIAM", "MEKONG", "ASIA", "STAR",
         "NORDIC", "CAPE", "KOTA", "BINTANG", "PETRO", "CORAL", "JADE", "ROYAL", "GREAT",
         "SOUTHERN", "ANGKOR", "LUCKY", "GRAND", "SILVER", "MING", "VINH", "SONG", "BLUE")
SECOND = ("STAR", "PEARL", "GLORY", "PIONEER", "SPIRIT", "TRADER", "HARMONY", "EXPRESS",
          "PRINCESS", "VOYAGER", "FORTUNE", "BREEZE", "DRAGON", "LOTUS", "ORCHID", "HARVEST",
          "WIND", "LIGHT", "WAY", "BRIDGE", "EAGLE", "PHOENIX", "JAYA", "MAKMUR", "FENG")
PORTS = ("VNSGN", "VNCMT", "VNHPH", "THLCH", "THBKK", "SGSIN", "MYPKG", "MYTPP", "IDJKT",
         "CNSHK", "CNNSA", "HKHKG", "KHPNH", "KHKKZ", "PHMNL")
BERTHS = ("CT-1", "CT-2", "MPT Berth 3", "MPT Berth 4", "Oil Terminal OT-1", "Old Jetty 2")
AGENTS = ("Kampuchea Shipping Agency & Brokers", "Sihanoukville Maritime Services",
          "Angkor Ocean Logistics", "Mekong Star Shipping Agency", "Golden Bay Shipping")
RANKS = ("Master", "Chief Officer", "Chief Engineer", "2nd Officer", "2nd Engineer",
         "3rd Officer", "3rd Engineer", "Electrician", "Bosun", "Pumpman", "Fitter",
         "Chief Cook", *("AB",) * 10, *("OS",) * 6, *("Oiler",) * 6, *("Wiper",) * 4,
         "Messman", "Steward", "Deck Cadet", "Engine Cadet")
VN_MIDDLE = ("VAN", "VAN", "VAN", "DUC", "MINH", "QUOC", "HUU", "THANH", "CONG", "XUAN", "NGOC")
FINDINGS = ("Crew list checked against passports; all crew sighted. Nothing found.",
            "Undeclared cigarettes found in the engine-room store; referred to Customs.",
            "One seafarer not aboard, went ashore without a shore pass; referred to "
            "Immigration.", "Stowaway found in the bosun's store and handed to Immigration.")


@dataclass
class Seafarer:
    person: Person
    member: CrewMember  # the fields a crew row repeats (number, rank and ids set per row)


class Generator:
    def __init__(self, scale: float) -> None:
        self.rng = random.Random(20261130 + VERSION)
        self.scale = scale
        self.used: set[str] = set()
        self.names: dict[str, list[str]] = {}  # samples for the queries
        self.person_id = self.member_id = 0
        self.ashore: list[Seafarer] = []
        self.new_people: list[Person] = []
        self.last_crew: list[CrewMember] = []  # a real crew, for the import benchmark

    def unique(self, make: str) -> str:
        while True:
            value = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "L" else
                            str(self.rng.randrange(10)) if c == "9" else c for c in make)
            if value not in self.used:
                self.used.add(value)
                return value

    # -- vessels and port calls -------------------------------------------------------------
    def vessels(self) -> list[tuple[Vessel, tuple[str, ...]]]:
        flags = list(FLAGS)
        out = []
        for vid in range(1, int(VESSELS * self.scale) + 1):
            flag = self.rng.choices(flags, weights=[FLAGS[f][0] for f in flags])[0]
            _, mids, prefixes, crew = FLAGS[flag]
            imo6 = "9" + self.unique("I99999")[1:]
            name = f"{self.rng.choice(FIRST)} {self.rng.choice(SECOND)}"
            if self.rng.random() < 0.6:
                name += f" {self.rng.randint(1, 99)}"
            vessel = Vessel(vid, name, flag, imo=f"{imo6}{imo_check_digit(imo6)}",
                            mmsi=f"{self.rng.choice(mids)}{self.unique('M999999')[1:]}",
                            call_sign=self.rng.choice(prefixes) + self.unique("CLL9")[1:],
                            ship_type=self.rng.choice((70, 70, 71, 80, 30, 60)),
                            gross_tonnage=float(self.rng.randint(300, 60_000)),
                            owner_operator=f"{name.split()[0].title()} Shipping Co., Ltd.",
                            uid=f"v{vid:09d}", origin=ORIGIN)
            out.append((vessel, crew))
        return out

    def port_calls(self, fleet: list[tuple[Vessel, tuple[str, ...]]]) -> list[PortCall]:
        weights = [1 / (i + 1) ** 0.9 for i in range(len(fleet))]
        start = END - timedelta(days=365 * YEARS)
        span = (END - start).total_seconds()
        moments = sorted(start + timedelta(seconds=self.rng.random() * span)
                         for _ in range(int(CALLS * self.scale)))
        picks = self.rng.choices(range(len(fleet)), weights=weights, k=len(moments))
        out = []
        for pid, (moment, pick) in enumerate(zip(moments, picks, strict=True), start=1):
            vessel = fleet[pick][0]
            out.append(PortCall(
                pid, vessel.id or 0, moment.isoformat(timespec="minutes"),
                (moment + timedelta(hours=self.rng.randint(12, 96))).isoformat(
                    timespec="minutes"), self.rng.choice(PORTS), self.rng.choice(PORTS),
                self.rng.choice(BERTHS), self.rng.choice(AGENTS),
                f"V.{self.rng.randint(100, 999)}", self.rng.randint(18, 42), None,
                f"p{pid:09d}", ORIGIN,
                vessel_name=vessel.name))
        return out

    # -- seafarers ----------------------------------------------------------------------------
    def seafarer(self, code: str, senior: bool) -> Seafarer:
        nation = NATIONS[code]
        family = ascii_name(self.rng.choice(nation.families)).upper()
        if code == "VNM":
            given = f"{self.rng.choice(VN_MIDDLE)} " \
                    f"{ascii_name(self.rng.choice(nation.givens)).split()[-1].upper()}"
        elif code == "MMR":
            family, given = f"{family} {ascii_name(self.rng.choice(nation.givens)).upper()}", ""
        else:
            given = ascii_name(self.rng.choice(nation.givens)).upper()
            if self.rng.random() < 0.4:
                given += " " + ascii_name(self.rng.choice(nation.givens)).split()[0].upper()
        age = self.rng.randint(35, 62) if senior else self.rng.randint(19, 55)
        born = (END.date() - timedelta(days=age * 365 + self.rng.randrange(365))).isoformat()
        document = self.unique(nation.passport)
        self.person_id += 1
        person = Person(self.person_id, family, given, code, born, "M", f"s{self.person_id:09d}",
                        ((document, code),))
        self.new_people.append(person)
        self.names.setdefault("names", []).append(f"{family} {given}".strip())
        self.names.setdefault("documents", []).append(document)
        member = CrewMember(0, family, given, "", code, born,
                            self.rng.choice(nation.places), "M", "Passport", document, code,
                            (END.date() + timedelta(days=self.rng.randint(-400, 3000))
                             ).isoformat(), person_id=person.id)
        return Seafarer(person, member)

    def hire(self, codes: tuple[str, ...], senior: bool) -> Seafarer:
        if self.ashore and self.rng.random() < 0.5:
            return self.ashore.pop(self.rng.randrange(len(self.ashore)))
        return self.seafarer(self.rng.choice(codes), senior)

    def crew_lists(self, fleet: list[tuple[Vessel, tuple[str, ...]]], calls: list[PortCall]
                   ) -> Iterator[tuple[list[Person], list[tuple[CrewList, str]]]]:
        """Chunks of (new persons, crew lists), persons first for the foreign keys."""
        rosters: dict[int, list[Seafarer]] = {}
        chunk: list[tuple[CrewList, str]] = []
        for call in calls:
            codes = fleet[call.vessel_id - 1][1]
            roster = rosters.get(call.vessel_id)
            if roster is None:
                roster = [self.hire(codes, i < 7) for i in range(self.rng.randint(18, 42))]
            else:
                for _ in range(min(len(roster) - 1, int(self.rng.expovariate(1 / 3)))):
                    i = self.rng.randrange(1, len(roster))
                    self.ashore.append(roster[i])
                    roster[i] = self.hire(codes, False)
            rosters[call.vessel_id] = roster
            members = []
            for number, s in enumerate(roster, start=1):
                self.member_id += 1
                rank = RANKS[number - 1] if number <= len(RANKS) else "AB"
                members.append(CrewMember(
                    number, s.member.family_name, s.member.given_names, rank,
                    s.member.nationality, s.member.date_of_birth, s.member.place_of_birth,
                    "M", "Passport", s.member.document_number, s.member.document_issuer,
                    s.member.document_expiry, id=self.member_id, person_id=s.person.id))
            cid = call.id or 0
            self.last_crew = (members + self.last_crew)[:40]
            chunk.append((CrewList(cid, cid, Direction.ARRIVAL, "CrewList.xlsx", tuple(members),
                                   f"c{cid:09d}"), f"{call.vessel_name} {call.arrival[:10]}"))
            if len(chunk) >= 1000:
                yield self.new_people, chunk
                self.new_people, chunk = [], []
        yield self.new_people, chunk

    def inspections(self, calls: list[PortCall]) -> list[tuple[Inspection, str]]:
        out = []
        for iid, call in enumerate(self.rng.sample(calls, int(INSPECTIONS * self.scale)), 1):
            text = self.rng.choice(FINDINGS)
            outcome = Outcome.CLEARED if text.endswith("found.") else Outcome.REFERRED
            out.append((Inspection(iid, call.id or 0, call.arrival, ("vanna",),
                                   InspectionType.ROUTINE, text, Risk.LOW, outcome,
                                   Status.APPROVED, reviewed_by="sopheap",
                                   reviewed_at=call.arrival, uid=f"i{iid:09d}"),
                        call.vessel_name))
        return out

    def queries(self, fleet: list[tuple[Vessel, tuple[str, ...]]]) -> list[str]:
        """About 200 queries an officer would type: names in any order and in part, IMO
        numbers, MMSIs, call signs, document numbers, vessel names, and a few misses."""
        rng, names, docs = self.rng, self.names["names"], self.names["documents"]
        vessels = [v for v, _ in fleet]
        out: list[str] = []
        for name in rng.sample(names, 50):
            words = name.split()
            rng.shuffle(words)
            out.append(" ".join(words).lower() if rng.random() < 0.5 else " ".join(words))
        for name in rng.sample(names, 30):
            out.append(" ".join(w[:rng.randint(3, 5)] for w in name.split()[:2]).lower())
        out += [str(v.imo) for v in rng.sample(vessels, 25)]
        out += [str(v.mmsi) for v in rng.sample(vessels, 20)]
        out += [str(v.call_sign) for v in rng.sample(vessels, 10)]
        out += rng.sample(docs, 30)
        out += [d[:6] for d in rng.sample(docs, 10)]
        for v in rng.sample(vessels, 20):
            words = v.name.split()
            out.append(v.name.lower() if rng.random() < 0.5 else
                       f"{words[0].lower()} {words[1][:3].lower()}")
        out += ["zzqx", "qwertyuiop", "xavier o'neill", "9999999", "no such vessel"]
        return out


def build(folder: Path, scale: float = 1.0) -> dict[str, object]:
    """Create the store in `folder` (which must not exist); returns its info."""
    started = time.perf_counter()
    gen = Generator(scale)
    desk, _ = Desk.create(folder, STATION, NewUser(*ADMIN, frozenset()), kdf=CHEAP_KDF,
                          kdf_floor=CHEAP_KDF)
    path = database.db_path(folder)
    counts = {"vessels": 0, "port_calls": 0, "crew_rows": 0, "persons": 0,
              "inspections": 0}
    with desk:
        fleet = gen.vessels()
        calls = gen.port_calls(fleet)

        def fill(conn: Connection) -> None:
            with bulk.loading(conn, path):
                bulk.vessels(conn, [v for v, _ in fleet], AT, BY)
                bulk.port_calls(conn, calls, AT, BY)
                for people, lists in gen.crew_lists(fleet, calls):
                    bulk.persons(conn, people, ORIGIN, AT)
                    bulk.crew_lists(conn, lists, ORIGIN, AT, BY)
                    counts["persons"] += len(people)
                    counts["crew_rows"] += sum(len(cl.members) for cl, _ in lists)
                bulk.inspections(conn, gen.inspections(calls), ORIGIN, AT, BY)
            bulk.finish(conn)
        desk.db(fill)
    counts.update(vessels=len(fleet), port_calls=len(calls),
                  inspections=int(INSPECTIONS * scale))
    info: dict[str, object] = {"version": VERSION, "scale": scale, "counts": counts,
                               "build_seconds": round(time.perf_counter() - started, 1)}
    (folder / "info.json").write_text(json.dumps(info, indent=1))
    (folder / "crew.json").write_text(json.dumps([m.__dict__ for m in gen.last_crew]))
    (folder / "queries.json").write_text(json.dumps(gen.queries(fleet), ensure_ascii=False))
    return info


@dataclass(frozen=True)
class ScaleStore:
    folder: Path
    info: dict[str, object]
    queries: list[str]

    def crew(self) -> list[CrewMember]:
        """40 seafarers of the latest crew lists (who would come back on the next sheet)."""
        return [CrewMember(**m) for m in json.loads((self.folder / "crew.json").read_text())]

    @property
    def port_calls(self) -> int:
        counts = self.info["counts"]
        assert isinstance(counts, dict)
        return int(counts["port_calls"])

    def open(self) -> Desk:
        return open_as_admin(self.folder)


def open_as_admin(folder: Path) -> Desk:
    desk = Desk.open(folder, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    desk.unlock(ADMIN[0], ADMIN[2])
    return desk


def cached(name: str, last_file: str, build_into: Callable[[Path], object]) -> Path:
    """CACHE/NAME, built on first use into NAME.partial and renamed once `last_file` is
    written (a half-built one is thrown away)."""
    folder = CACHE / name
    if not (folder / last_file).exists():
        partial = CACHE / f"{name}.partial"
        shutil.rmtree(partial, ignore_errors=True)
        partial.parent.mkdir(parents=True, exist_ok=True)
        build_into(partial)
        shutil.rmtree(folder, ignore_errors=True)
        partial.rename(folder)
    return folder


def scale_store(scale: float = 1.0) -> ScaleStore:
    """The cached store, built on first use."""
    name = f"scale-v{VERSION}" + ("" if scale == 1.0 else f"-{scale:g}")
    folder = cached(name, "queries.json", lambda partial: build(partial, scale))
    return ScaleStore(folder, json.loads((folder / "info.json").read_text()),
                      json.loads((folder / "queries.json").read_text()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    store = scale_store(parser.parse_args().scale)
    print(json.dumps(store.info, indent=1))


if __name__ == "__main__":
    main()
