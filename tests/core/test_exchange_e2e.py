"""Two stations and HQ through several rounds of real bundles on real sticks: enrolment by
key files, a lost stick, bundles applied out of order, a replay, a record changed at HQ and
at its station in the same round (settled by a supervisor, picked and merged), a key
rotation that travels on the stick and, once HQ revokes the old keys, refuses what they
signed, two releases of HQ's master watchlist (the older, arriving late, changes nothing)
and one exchange of all three through a shared folder. At the end all three agree on every
record each may hold, the audit trails verify, and nothing is left in staging or
half-written on the sticks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from piu_desk.core import accounts, maintenance
from piu_desk.core.desk import EXCHANGE_STAGING, Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.attachment import OwnerKind
from piu_desk.core.domain.crew import CrewList, Direction
from piu_desk.core.domain.grading import AdmiraltyGrade
from piu_desk.core.domain.inspection import Inspection
from piu_desk.core.domain.tipoff import Handling, Status
from piu_desk.core.domain.watchlist import EntryKind, WatchEntry
from piu_desk.core.equipment import assets
from piu_desk.core.exchange import bundle, enrolment, export, importing, releases
from piu_desk.core.exchange.folder import FolderExchange, exchange_through
from piu_desk.core.exchange.sync import conflicts, keys, peers
from piu_desk.core.intel import watchlist
from piu_desk.core.records import attachments, crew, inspections, tipoffs, vessels
from tests.conftest import ADMIN, STATION, SUPERVISOR, FakeClock
from tests.core.equipment_support import sample
from tests.core.exchange_support import snapshot
from tests.core.sync_support import EXCHANGE, HQ, KAMPOT, count, make_store, shared
from tests.core.test_records import a_vessel, arrive, member
from tests.core.test_sync_apply import PNG
from tests.core.test_tipoffs import a_tipoff

Key = tuple[str, str]
KOS, KMT, PNH = STATION.locode, KAMPOT.locode, HQ.locode


def _vessel_b(**changes: object) -> Any:
    base: dict[str, object] = dict(name="Mekong Pearl", flag="KHM", imo="9319466",
                                   mmsi="514123000", call_sign="XUAB5")
    return a_vessel(**{**base, **changes})


@dataclass
class World:
    kos: Desk
    kmt: Desk
    hq: Desk
    stick_kos: Path
    stick_kmt: Path

    def desks(self) -> tuple[Desk, Desk, Desk]:
        return self.kos, self.kmt, self.hq


def _officer(desk: Desk) -> Desk:
    """The exchange officer, who is an officer and the equipment custodian too."""
    desk.unlock(ADMIN[0], ADMIN[2])
    accounts.set_roles(desk, EXCHANGE[0], frozenset({Role.EXCHANGE, Role.OFFICER,
                                                      Role.CUSTODIAN}))
    desk.unlock(EXCHANGE[0], EXCHANGE[2])
    return desk


def _enrol(hq: Desk, station: Desk, name: str, folder: Path) -> None:
    """HQ's enrolment file, the station's key file; both fingerprints as read by phone."""
    locode = station.station().locode
    offer, answer = folder / f"{locode}.enrol", folder / f"{locode}.keys"
    hq_fp = enrolment.enrol_station(hq, locode, name, offer)
    enrolment.import_enrolment(station, offer, hq_fp.replace("-", " ").lower())
    station_fp = enrolment.export_keys(station, answer)
    enrolment.pin_station(hq, answer, station_fp)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    clock = FakeClock()
    kos = _officer(make_store(tmp_path / "kos", STATION, clock))
    kmt = _officer(make_store(tmp_path / "kmt", KAMPOT, clock))
    hq = _officer(make_store(tmp_path / "hq", HQ, clock))
    papers = tmp_path / "papers"
    papers.mkdir()
    _enrol(hq, kos, STATION.name, papers)
    _enrol(hq, kmt, KAMPOT.name, papers)
    sticks = tmp_path / "stick-kos", tmp_path / "stick-kmt"
    for stick in sticks:
        stick.mkdir()
    made = World(kos, kmt, hq, *sticks)
    yield made
    for desk in made.desks():
        desk.close()


def uid(desk: Desk, table: str, local_id: int) -> str:
    return str(desk.db(lambda c: c.execute(f"SELECT uid FROM {table} WHERE id = ?",
                                           (local_id,)).fetchone()[0]))


def local(desk: Desk, table: str, global_id: str) -> int:
    return int(desk.db(lambda c: c.execute(f"SELECT id FROM {table} WHERE uid = ?",
                                           (global_id,)).fetchone()[0]))


def _assessed(desk: Desk, handling: Handling, text: str) -> str:
    tid, _ = tipoffs.log(desk, a_tipoff(handling=handling, text=text,
                                        reporting_officer=EXCHANGE[0]))
    tipoffs.grade(desk, tid, AdmiraltyGrade("B", "2"))
    tipoffs.move(desk, tid, Status.ASSESSED)
    return uid(desk, "tipoffs", tid)


def _station_exchange(desk: Desk, stick: Path) -> FolderExchange:
    done = exchange_through(desk, stick)
    assert done.refused == [] and done.exported is not None
    return done


def _hq_exchange(w: World, station: str) -> FolderExchange:
    stick = w.stick_kos if station == KOS else w.stick_kmt
    return exchange_through(w.hq, stick, peer_station_id=station)


def _round_trip(w: World) -> None:
    """Each station to HQ and back, on its own stick."""
    for desk, stick, locode in ((w.kos, w.stick_kos, KOS), (w.kmt, w.stick_kmt, KMT)):
        _station_exchange(desk, stick)
        for refused in _hq_exchange(w, locode).refused:
            # only the old keys' bundles still on the stick, once HQ revoked them
            assert isinstance(refused.error, bundle.RevokedSigner)


def test_two_stations_and_hq_end_agreeing_on_every_record(world: World, tmp_path: Path
                                                          ) -> None:
    w = world
    kos, kmt, hq = w.desks()

    # -- round 1: records at both stations, with handling codes, an attachment, equipment
    ocean, _ = vessels.register(kos, a_vessel())
    call = arrive(kos, ocean)
    crew.save_list(kos, CrewList(None, call, Direction.ARRIVAL, "manual", (
        member(1, "NGUYEN", "VAN AN", "C1234567"), member(2, "TRAN", "VAN BINH", "C7654321"))),
        date(2026, 11, 27))
    iid, _ = inspections.record(kos, Inspection(None, call, "2026-11-27T10:00",
                                                (EXCHANGE[0],)))
    attachments.add(kos, OwnerKind.INSPECTION, iid, "deck.png", PNG)
    shared_tip = _assessed(kos, Handling.HQ, "Hotline: cigarettes in CSQU 305438 3.")
    desk_only = _assessed(kos, Handling.DESK_ONLY, "Informant's own words, stays here.")
    hq_only = _assessed(kos, Handling.HQ_ONLY, "For HQ only: partner agency lead.")
    pearl, _ = vessels.register(kmt, _vessel_b())
    arrive(kmt, pearl, "2026-11-27T11:00")
    assets.add(kmt, sample("KMT-001"))
    _round_trip(w)
    ocean_uid, pearl_uid = uid(kos, "vessels", ocean), uid(kmt, "vessels", pearl)
    assert vessels.get(hq, local(hq, "vessels", ocean_uid)).name == "OCEAN STAR"
    assert count(hq, "SELECT count(*) FROM attachments") == 1
    assert count(hq, "SELECT count(*) FROM tipoffs") == 2  # not the one that stays
    _round_trip(w)  # HQ passes each station's records on to the other
    assert vessels.get(kmt, local(kmt, "vessels", ocean_uid)).name == "OCEAN STAR"
    assert count(kmt, "SELECT count(*) FROM tipoffs") == 1  # nor the one for HQ only
    assert count(kos, "SELECT count(*) FROM assets") == 0  # waiting on the stick, as yet
    _station_exchange(kos, w.stick_kos)
    assert count(kos, "SELECT count(*) FROM assets") == 1

    # -- round 2: a lost stick costs nothing
    vessels.update(kos, a_vessel(id=ocean, name="Ocean Star II"))
    lost = export.export(kos, None, w.stick_kos)
    lost.path.unlink()
    assets.add(kos, sample("KOS-001", "Radio"))
    carried = export.export(kos, None, w.stick_kos)
    assert carried.sequence == lost.sequence + 1 and carried.records >= 2
    got = importing.import_bundle(hq, carried.path)
    assert got.applied >= 2 and vessels.get(
        hq, local(hq, "vessels", ocean_uid)).name == "OCEAN STAR II"

    # -- round 3: bundle N+1 applied before N, then N+1 replayed
    vessels.update(kmt, _vessel_b(id=pearl, name="Mekong Pearl 2"))
    first = export.export(kmt, None, w.stick_kmt)
    vessels.update(kmt, _vessel_b(id=pearl, name="Mekong Pearl 3", flag="VNM"))
    second = export.export(kmt, None, w.stick_kmt)
    assert second.sequence == first.sequence + 1
    assert importing.import_bundle(hq, second.path).applied >= 1
    older = importing.import_bundle(hq, first.path)
    assert not older.duplicate and older.applied == 0 and older.conflicts == 0
    hq_pearl = local(hq, "vessels", pearl_uid)
    assert (vessels.get(hq, hq_pearl).name, vessels.get(hq, hq_pearl).flag) == (
        "MEKONG PEARL 3", "VNM")
    before = snapshot(hq)
    replay = importing.import_bundle(hq, second.path)
    assert replay.duplicate and replay.applied == 0
    assert {**snapshot(hq), "audit": 0} == {**before, "audit": 0}
    _round_trip(w)

    # -- round 4: the same records changed at HQ and at their stations in one round
    hq_ocean = local(hq, "vessels", ocean_uid)
    vessels.update(hq, a_vessel(id=hq_ocean, name="Ocean Star II", flag="LBR"))
    vessels.update(kos, a_vessel(id=ocean, name="Ocean Star III"))
    vessels.update(hq, _vessel_b(id=hq_pearl, name="Pearl of Kampot", flag="VNM"))
    vessels.update(kmt, _vessel_b(id=pearl, name="Mekong Pearl 4", flag="VNM"))
    _station_exchange(kos, w.stick_kos)
    _station_exchange(kmt, w.stick_kmt)
    came = [r for _, r in _hq_exchange(w, KOS).imported + _hq_exchange(w, KMT).imported
            if not r.duplicate]
    assert sum(r.conflicts for r in came) == 2
    assert vessels.get(hq, hq_ocean).name == "OCEAN STAR II"  # nothing overwritten
    hq.unlock(SUPERVISOR[0], SUPERVISOR[2])
    found = {c.uid: c for c in conflicts.list_conflicts(hq)}
    assert set(found) == {ocean_uid, pearl_uid}
    merged = dict(found[ocean_uid].their_record["payload"])  # type: ignore[call-overload]
    merged["row"] = {**merged["row"], "flag": "LBR"}  # their name, HQ's flag
    conflicts.resolve(hq, found[ocean_uid].id, "merged", merged)
    conflicts.resolve(hq, found[pearl_uid].id, "local")
    assert conflicts.list_conflicts(hq) == []
    _officer(hq)
    for desk, settled in ((kos, ocean_uid), (kmt, pearl_uid)):
        # HQ's side reached the station before the supervisor settled: a conflict there too
        desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
        assert [c.uid for c in conflicts.list_conflicts(desk)] == []
        _officer(desk)
        _station_exchange(desk, w.stick_kos if desk is kos else w.stick_kmt)
        desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
        assert [c.uid for c in conflicts.list_conflicts(desk)] == [settled]
        _officer(desk)
    _round_trip(w)
    _round_trip(w)
    for desk in w.desks():
        ours = local(desk, "vessels", ocean_uid)
        assert (vessels.get(desk, ours).name, vessels.get(desk, ours).flag) == (
            "OCEAN STAR III", "LBR")
        assert vessels.get(desk, local(desk, "vessels", pearl_uid)).name == "PEARL OF KAMPOT"
        assert count(desk, "SELECT count(*) FROM conflicts WHERE resolved_at = ''") == 0
    for desk in (kos, kmt):  # closed by the settlement that came from HQ
        assert desk.db(lambda c: c.execute("SELECT resolution, resolved_by FROM conflicts")
                       .fetchall()) == [("theirs", PNH)]

    # -- round 5: a key rotation at Sihanoukville, carried to HQ on the stick
    aside = tmp_path / "drawer"
    aside.mkdir()
    assets.add(kos, sample("KOS-002", "Camera"))
    old_keys = export.export(kos, None, aside)  # signed by generation 1, never delivered
    keys.rotate(kos)
    fresh = export.export(kos, None, aside)
    with pytest.raises(bundle.UnknownSigner):
        importing.import_bundle(hq, fresh.path)  # HQ has not seen the rotation yet
    went = _station_exchange(kos, w.stick_kos)
    assert list(w.stick_kos.glob("*.piukeys"))
    back = _hq_exchange(w, KOS)
    assert [(a.station, a.generations) for a in back.rotations] == [(KOS, [2])]
    assert went.exported is not None and any(
        r.bundle_id == went.exported.bundle_id for _, r in back.imported)
    assert importing.import_bundle(hq, fresh.path).applied == 0  # signed by the new keys
    assert peers.revoke(hq, KOS, 1) == 1
    with pytest.raises(bundle.RevokedSigner):
        importing.import_bundle(hq, old_keys.path)
    assert hq.db(lambda c: c.execute("SELECT 1 FROM assets WHERE tag = 'KOS-002'")
                 .fetchone()) is not None  # what the old bundle held came with the new
    assert _hq_exchange(w, KOS).rotations == []  # the file again: nothing new to pin
    _station_exchange(kos, w.stick_kos)  # HQ's reply, to the new age key, opens

    # -- round 6: HQ publishes the master watchlist; an older release never rolls back
    watched, _ = watchlist.add(hq, WatchEntry(None, EntryKind.PERSON, ("Sergei Petrov",),
                                              "Smuggling ring", "PIU HQ",
                                              handling=Handling.HQ, date_of_birth="1971"))
    _publish(hq, "first release")
    release_one = export.export(hq, KOS, aside)  # written, then left in the drawer
    entry = watchlist.get(hq, watched)
    watchlist.update(hq, replace(entry, names=(*entry.names, "Sergey Petrov")))
    _publish(hq, "second release")
    _round_trip(w)
    _station_exchange(kos, w.stick_kos)  # HQ's bundles with the release, picked up
    _station_exchange(kmt, w.stick_kmt)
    for desk in (kos, kmt):
        assert releases.reference_status(desk).version == 2
        assert _watched(desk) == [("SERGEI PETROV", "SERGEY PETROV")]
    late = importing.import_bundle(kos, release_one.path)
    assert (late.reference, late.reference_version) == ("older", 1)
    assert releases.reference_status(kos).version == 2
    assert _watched(kos) == [("SERGEI PETROV", "SERGEY PETROV")]

    # -- round 7: all three through one shared folder; HQ writes a bundle for each station
    net = tmp_path / "network-share"
    net.mkdir()
    vessels.update(kmt, _vessel_b(id=pearl, name="Pearl of Kampot", flag="KHM"))
    assets.add(kos, sample("KOS-003", "Radio"))
    for desk in (kos, kmt):
        _station_exchange(desk, net)
    at_hq = exchange_through(hq, net)
    assert at_hq.refused == [] and sorted(e.peer for e in at_hq.exports) == [KMT, KOS]
    assert sum(r.applied for r in at_hq.applied) >= 2
    for desk in (kos, kmt):
        there = _station_exchange(desk, net)
        assert len(there.applied) == 1  # its own bundle from HQ; the other's is not for it
        assert len(there.not_for_desk) >= 2
    assert vessels.get(kos, local(kos, "vessels", pearl_uid)).flag == "KHM"

    # -- the end: every record agreed, the trails intact, nothing left behind
    _round_trip(w)
    _round_trip(w)
    for desk, peer in ((kos, PNH), (kmt, PNH), (hq, KOS), (hq, KMT)):
        assert export.export(desk, peer, tmp_path / "drawer").records == 0
    _agree(w, {("tipoffs", desk_only)}, {("tipoffs", hq_only)}, shared_tip)
    for desk in w.desks():
        desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
        report = maintenance.check(desk)
        assert report.problems == [] and report.audit.ok, desk.station().locode
        assert not any((desk.folder / EXCHANGE_STAGING).glob("**/*"))
        assert count(desk, "SELECT count(*) FROM exchange_parked") == 0
    for stick in (w.stick_kos, w.stick_kmt, aside, net):
        assert not list(stick.glob("*.partial"))


def _publish(hq: Desk, note: str) -> None:
    hq.unlock(SUPERVISOR[0], SUPERVISOR[2])
    releases.publish(hq, date.fromisoformat(hq.now()[:10]) + timedelta(days=30), note)
    _officer(hq)


def _watched(desk: Desk) -> list[tuple[str, ...]]:
    return [tuple(n.upper() for n in e.names) for e in watchlist.page(desk)]


def _agree(w: World, desk_only: set[Key], hq_only: set[Key], shared_tip: str) -> None:
    """HQ holds everything each station may share; each station holds what HQ may send
    it. What legitimately differs: the desk-only tip-off (only at Sihanoukville), the
    HQ-only one (not at Kampot), and HQ's master watchlist entries, which HQ holds as its
    own and the stations as issued by HQ."""
    kos, kmt, hq = (shared(d) for d in w.desks())
    assert desk_only <= set(kos) and not desk_only & (set(hq) | set(kmt))
    assert hq_only <= set(kos) & set(hq) and not hq_only & set(kmt)
    assert ("tipoffs", shared_tip) in set(kmt)
    # HQ's own watchlist entries are "local" at HQ and arrive as "issued by HQ"
    master = {k for k, v in hq.items() if k[0] == "watchlist_entries"}
    assert master and {hq[k]["row"]["provenance"] for k in master} == {"local"}
    assert {d[k]["row"]["provenance"] for d in (kos, kmt) for k in master} == {"hq"}
    sent = {k: ({**v, "row": {**v["row"], "provenance": "hq"}} if k in master else v)
            for k, v in hq.items()}
    assert {k: v for k, v in kos.items() if k not in desk_only} == sent
    assert {k: v for k, v in sent.items() if k not in hq_only} == kmt
    tables = {t for t, _ in hq}
    assert {"vessels", "port_calls", "crew_lists", "inspections", "attachments", "tipoffs",
            "assets"} <= tables
    for desk in w.desks():
        data = desk.db(lambda c: c.execute("SELECT data FROM attachments").fetchone()[0])
        assert bytes(data) == PNG
