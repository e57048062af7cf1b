"""Applying change records between two real stores: a whole demo desk arrives at HQ equal
record for record (local ids aside), again changes nothing, nothing is echoed back, records
waiting for another record or for their bytes are parked and applied when it comes, and a
malformed record leaves the store untouched."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path

import pytest

from piu_desk.core.demo import DEMO_ADMIN, create_demo
from piu_desk.core.desk import Desk
from piu_desk.core.domain.attachment import OwnerKind
from piu_desk.core.domain.inspection import Inspection
from piu_desk.core.records import attachments, inspections, vessels
from piu_desk.core.store.exchange_payload import ChangeInvalid
from tests.conftest import CHEAP_KDF, STATION, FakeClock
from tests.core.sync_support import (
    HQ,
    KAMPOT,
    count,
    deliver,
    make_store,
    records_for,
    shared,
)
from tests.core.test_records import a_vessel, arrive

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00"
       b"\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe"
       b"\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82")


@pytest.fixture(scope="module")
def demo_to_hq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Desk, Desk]]:
    folder, clock = tmp_path_factory.mktemp("sync"), FakeClock()
    create_demo(folder / "kos", clock=clock, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF,
                exchange=False)  # nothing sent yet: this HQ gets everything
    station = Desk.open(folder / "kos", clock=clock, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    station.unlock(DEMO_ADMIN.username, DEMO_ADMIN.password)
    hq = make_store(folder / "hq", HQ, clock)
    yield station, hq
    station.close()
    hq.close()


def test_a_whole_desk_arrives_equal_modulo_local_ids(demo_to_hq: tuple[Desk, Desk]) -> None:
    station, hq = demo_to_hq
    records = records_for(station, "KHPNH")
    outcome = deliver(records, station, hq)
    assert not outcome.duplicate
    assert (outcome.report.conflicts, outcome.report.parked) == (0, 0)
    assert len(outcome.report.applied) == len(records) > 1000
    ours, theirs = shared(station), shared(hq)
    sent = {(str(r["table"]), str(r["uid"])) for r in records}
    assert {k: ours[k] for k in sent} == theirs
    held_back = {t for t, _ in set(ours) - sent}
    assert held_back == {"tipoffs", "watchlist_entries", "alerts"}  # handling codes
    tables = {t for t, _ in sent}
    assert {"vessels", "port_calls", "crew_lists", "persons", "inspections", "tipoffs",
            "watchlist_entries", "alerts", "assets", "custody", "asset_events"} <= tables
    origins = hq.db(lambda c: c.execute("SELECT DISTINCT origin FROM vessels").fetchall())
    assert origins == [("KHKOS",)]  # records keep their station


def test_applying_again_changes_nothing_and_nothing_echoes(
        demo_to_hq: tuple[Desk, Desk]) -> None:
    station, hq = demo_to_hq
    records = records_for(station, "KHPNH")
    if count(hq, "SELECT count(*) FROM vessels") == 0:
        deliver(records, station, hq)
    before, log_before = shared(hq), count(hq, "SELECT count(*) FROM changes")
    again = deliver(records, station, hq, sequence=2)
    assert again.report.applied == [] and again.report.skipped == len(records)
    assert shared(hq) == before
    assert count(hq, "SELECT count(*) FROM changes") == log_before
    assert records_for(hq, "KHKOS") == []  # what came from KHKOS is not sent back
    forwarded = records_for(hq, "KHKMT")  # but HQ may pass it on to another station
    assert {r["uid"] for r in forwarded} <= {r["uid"] for r in records}
    assert len(forwarded) > 1000


def test_the_same_bundle_twice_is_a_replay(tmp_path: Path) -> None:
    station, hq = make_store(tmp_path / "a", STATION), make_store(tmp_path / "b", HQ)
    try:
        vessels.register(station, a_vessel())
        records = records_for(station, "KHPNH")
        assert not deliver(records, station, hq, 1, "ab" * 16).duplicate
        vessels.register(station, a_vessel(imo="9319466", name="Sea Dragon", mmsi="533123000",
                                           call_sign="9MAB2"))
        replay = deliver(records_for(station, "KHPNH"), station, hq, 1, "ab" * 16)
        assert replay.duplicate
        assert count(hq, "SELECT count(*) FROM vessels") == 1
    finally:
        station.close()
        hq.close()


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Desk, Desk]]:
    clock = FakeClock()
    a, b = make_store(tmp_path / "a", STATION, clock), make_store(tmp_path / "b", HQ, clock)
    yield a, b
    a.close()
    b.close()


def test_records_in_any_order_and_missing_references_wait(two: tuple[Desk, Desk]) -> None:
    a, b = two
    vid, _ = vessels.register(a, a_vessel())
    arrive(a, vid)
    vessel, call = records_for(a, "KHPNH")
    first = deliver([call], a, b)  # the vessel it refers to is not here yet
    assert first.report.parked == 1 and count(b, "SELECT count(*) FROM port_calls") == 0
    second = deliver([vessel], a, b, 2)
    assert len(second.report.applied) == 2 and second.report.parked == 0
    assert count(b, "SELECT count(*) FROM exchange_parked") == 0
    assert shared(a) == shared(b)
    c_clock = FakeClock()
    c = make_store(b.folder.parent / "c", KAMPOT, c_clock)
    try:
        reversed_ = deliver([call, vessel], a, c)  # within one bundle: resolved in place
        assert (len(reversed_.report.applied), reversed_.report.parked) == (2, 0)
        assert shared(c) == shared(a)
    finally:
        c.close()


def test_an_attachment_travels_with_its_bytes_or_waits_for_them(
        two: tuple[Desk, Desk]) -> None:
    a, b = two
    vid, _ = vessels.register(a, a_vessel())
    iid, _ = inspections.record(a, Inspection(None, arrive(a, vid), "2026-11-27T10:00",
                                              ("admin",)))
    attachments.add(a, OwnerKind.INSPECTION, iid, "deck.png", PNG)
    records = records_for(a, "KHPNH")
    [att] = [r for r in records if r["table"] == "attachments"]
    assert att["attachment"] and "data" not in att["payload"]["row"]  # type: ignore[index]
    from piu_desk.core.exchange.sync import applying
    waiting = applying.apply_bundle(b, "KHKOS", "01" * 16, 1, records, lambda _sha: None)
    assert waiting.report.parked == 1 and count(b, "SELECT count(*) FROM attachments") == 0
    later = deliver([], a, b, 2)  # the bytes follow in a later bundle
    assert later.report.applied == [("attachments", att["uid"], 1)]
    data = b.db(lambda c: c.execute("SELECT data FROM attachments").fetchone()[0])
    assert data == PNG and shared(a) == shared(b)


def test_a_malformed_record_leaves_the_store_untouched(two: tuple[Desk, Desk]) -> None:
    a, b = two
    vid, _ = vessels.register(a, a_vessel())
    arrive(a, vid)
    good = records_for(a, "KHPNH")
    bad = copy.deepcopy(good)
    bad[1]["payload"]["row"]["surprise"] = 1  # type: ignore[index]
    for broken in (bad, [good[0], {"table": "sources", **{k: v for k, v in good[1].items()
                                                          if k != "table"}}],
                   [good[0], dict(good[1], version={"KHKOS": -1})]):
        before = shared(b), count(b, "SELECT count(*) FROM changes")
        with pytest.raises(ChangeInvalid):
            deliver(broken, a, b)
        assert (shared(b), count(b, "SELECT count(*) FROM changes")) == before
        assert count(b, "SELECT count(*) FROM exchange_bundles_in") == 0
