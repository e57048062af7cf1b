"""The demo stores' exchange: the demo station has really enrolled and exchanged with a
simulated HQ (HQ pinned, bundles both ways with their sequences and confirmations, HQ's
watchlist in its second release, an alert from HQ, one open conflict), and the HQ demo has
received real bundles from two simulated stations. Both audit trails verify, and no
simulated peer's store is left behind, even when the simulation fails."""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from piu_desk import cli
from piu_desk.core import demo_exchange
from piu_desk.core.demo import DEMO_ACCOUNTS, DEMO_ADMIN, create_demo
from piu_desk.core.demo_exchange import HQ_STATION, Params, throwaway, work_folder
from piu_desk.core.desk import Desk
from piu_desk.core.domain.watchlist import Origin
from piu_desk.core.exchange import overview, releases, stations
from piu_desk.core.exchange.releases import parse_moment
from piu_desk.core.exchange.sync import conflicts
from piu_desk.core.intel import alerts, watchlist
from piu_desk.core.records import vessels
from piu_desk.core.session import Clock, utc_now
from tests.conftest import CHEAP_KDF, FakeClock

STORE_FILES = {"piu-desk.db", "keyslots.json", "desk.lock"}


def _open(folder: Path, clock: Clock) -> Desk:
    desk = Desk.open(folder, clock=clock, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    desk.unlock(DEMO_ADMIN.username, DEMO_ADMIN.password)
    return desk


def _rows(desk: Desk, sql: str) -> list[tuple[object, ...]]:
    return desk.db(lambda c: [tuple(r) for r in c.execute(sql).fetchall()])


def _only_one_store(folder: Path) -> None:
    """The store's own files, and nothing of a simulated peer anywhere below it."""
    assert not (folder / demo_exchange.WORK_FOLDER).exists()
    assert [p.name for p in folder.rglob("*.db")] == ["piu-desk.db"]
    assert [p.name for p in folder.rglob("keyslots.json")] == ["keyslots.json"]
    assert not list(folder.rglob("*.piu")) and not list(folder.rglob("*.json.partial"))
    assert {p.name for p in folder.iterdir() if p.is_file()} <= STORE_FILES


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    folder, clock = tmp_path_factory.mktemp("demo") / "store", FakeClock()
    create_demo(folder, clock=clock, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    _only_one_store(folder)
    desk = _open(folder, clock)
    yield desk
    desk.close()


@pytest.fixture(scope="module")
def hq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """Made by `piu-desk demo --hq`, as `make run-hq` makes it."""
    folder = tmp_path_factory.mktemp("demo-hq") / "hq"
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(["demo", "--hq", "--store", str(folder), "--json"], kdf=CHEAP_KDF,
                        kdf_floor=CHEAP_KDF)
    assert code == 0
    printed = json.loads(out.getvalue())
    assert printed["store"] == str(folder) and printed["recovery_key"]
    assert [a["user"] for a in printed["accounts"]] == [a.username for a in DEMO_ACCOUNTS]
    _only_one_store(folder)
    desk = _open(folder, utc_now)  # the command line made it on the real clock
    yield desk
    desk.close()


# -- the demo station ----------------------------------------------------------------------
def test_the_station_has_pinned_hq_by_enrolment(station: Desk) -> None:
    [peer] = overview.peer_statuses(station)
    assert (peer.station, peer.role, peer.revoked) == ("KHPNH", "hq", False)
    assert peer.last_export_at and peer.last_import_at
    actions = [a for (a,) in _rows(station, "SELECT action FROM audit WHERE action LIKE "
                                            "'exchange.%' ORDER BY seq")]
    assert actions[:2] == ["exchange.enrol.import", "exchange.keys.export"]
    assert actions.count("exchange.import") == 2 and actions.count("exchange.export") == 3


def test_bundles_went_both_ways_and_hq_confirmed_all_but_the_last(station: Desk) -> None:
    sent = _rows(station, "SELECT sequence, through_seq FROM exchange_bundles_out "
                          "WHERE peer = 'KHPNH' ORDER BY sequence")
    received = _rows(station, "SELECT sequence, records FROM exchange_bundles_in "
                              "WHERE peer = 'KHPNH' ORDER BY sequence")
    assert [s for s, _ in sent] == [1, 2, 3] and [s for s, _ in received] == [1, 2]
    assert all(int(str(n)) > 0 for _, n in received)
    [(confirmed,)] = _rows(station, "SELECT confirmed_seq FROM exchange_channels "
                                    "WHERE peer = 'KHPNH'")
    assert confirmed == sent[1][1]  # HQ's second bundle confirmed the station's second
    [hq_row] = stations.station_statuses(station)
    assert (hq_row.station, hq_row.pinned, hq_row.missing_sequences) == ("KHPNH", True, [])
    assert (hq_row.last_in_sequence, hq_row.last_out_sequence) == (2, 3)
    assert hq_row.outstanding >= 1 and hq_row.parked == 0  # bundle 3 is on its way


def test_the_station_holds_hqs_second_release(station: Desk) -> None:
    status = releases.reference_status(station)
    assert (status.version, status.expired, status.days_left) == (2, False, 90)
    from_hq = [e for e in watchlist.page(station) if e.issuer == demo_exchange.ISSUER]
    assert len(from_hq) == len(demo_exchange.FIRST_RELEASE + demo_exchange.SECOND_RELEASE) + 1
    assert all(e.origin is Origin.HQ for e in from_hq)
    [(count,)] = _rows(station, "SELECT count(*) FROM watchlist_entries WHERE origin = 'KHPNH'")
    assert count == len(from_hq)


def test_an_alert_raised_at_hq_reached_the_station(station: Desk) -> None:
    [alert] = [a for a in alerts.page(station, 0, 500) if a.origin == "KHPNH"]
    assert alert.subject_kind == "port_call" and alert.status == "open"
    tanker = vessels.page(station, 0, 5, name=demo_exchange.ALERT_VESSEL)[0]
    calls = {c.id for c in vessels.port_calls(station, tanker.id or 0)}
    assert alert.port_call_id in calls


def test_one_record_changed_at_both_ends_waits_on_the_conflicts_screen(station: Desk) -> None:
    [c] = conflicts.list_conflicts(station)
    assert (c.table, c.peer, c.reason) == ("vessels", "KHPNH", "both_changed")
    local: dict[str, str] = c.local_payload["row"]  # type: ignore[index,assignment]
    theirs: dict[str, str] = c.their_record["payload"]["row"]  # type: ignore[index]
    assert local["name"] == theirs["name"] == demo_exchange.CONFLICT_VESSEL
    assert "agent" in local["owner_operator"] and "Register" in theirs["owner_operator"]
    ship = vessels.page(station, 0, 5, name=demo_exchange.CONFLICT_VESSEL)[0]
    assert ship.owner_operator == local["owner_operator"]  # the station's stays meanwhile


def test_the_station_audit_trail_verifies(station: Desk) -> None:
    verdict = station.verify_audit()
    assert verdict.ok and verdict.complete, verdict.reason


# -- the HQ demo ---------------------------------------------------------------------------
def test_hq_is_a_demo_headquarters_with_the_demo_accounts(hq: Desk) -> None:
    assert hq.station() == HQ_STATION and hq.is_demo
    assert {u.username for u in hq.users()} == {a.username for a in DEMO_ACCOUNTS}


def test_hq_holds_records_of_both_stations(hq: Desk) -> None:
    def origins(table: str) -> set[str]:
        return {str(o) for (o,) in _rows(hq, f"SELECT DISTINCT origin FROM {table}")}
    for table in ("vessels", "port_calls", "crew_lists"):
        assert origins(table) == {"KHKOS", "KHKMT"}, table
    assert {"KHKOS", "KHPNH"} <= origins("watchlist_entries")
    assert origins("inspections") == {"KHKOS"}


def test_the_stations_overview_has_two_histories(hq: Desk) -> None:
    rows = {s.station: s for s in stations.station_statuses(hq)}
    assert set(rows) == {"KHKOS", "KHKMT"}
    kos, kmt = rows["KHKOS"], rows["KHKMT"]
    assert kos.name == "Sihanoukville Autonomous Port PIU" and kmt.name == "Kampot PIU"
    assert all(s.pinned and not s.expected and not s.revoked for s in rows.values())
    assert (kos.last_in_sequence, kos.missing_sequences, kos.conflicts) == (3, [], 1)
    assert (kmt.last_in_sequence, kmt.missing_sequences) == (3, [2])  # a lost stick
    assert kmt.outstanding > kos.outstanding  # HQ's last bundle to Kampot not yet there
    assert kmt.last_in_at and kos.last_in_at and kmt.last_out_at
    quiet = parse_moment(kos.last_in_at) - parse_moment(kmt.last_in_at)
    assert timedelta(days=8) < quiet < timedelta(days=10)  # Kampot: not heard of lately
    assert parse_moment(kmt.last_out_at) >= parse_moment(kos.last_in_at)
    assert kos.records > 1000 and 50 < kmt.records < 200


def test_hq_master_watchlist_has_two_releases_and_unpublished_changes(hq: Desk) -> None:
    assert [r.version for r in releases.releases(hq)] == [2, 1]
    assert releases.unpublished_changes(hq) == 2


def test_hq_has_one_open_conflict(hq: Desk) -> None:
    [c] = conflicts.list_conflicts(hq)
    assert (c.table, c.peer) == ("vessels", "KHKOS")


def test_the_hq_audit_trail_verifies_and_keeps_time_order(hq: Desk) -> None:
    verdict = hq.verify_audit()
    assert verdict.ok and verdict.complete, verdict.reason
    times = [parse_moment(str(at)) for (at,) in _rows(hq, "SELECT at FROM audit ORDER BY seq")]
    assert times == sorted(times) and times[-1] - times[0] > timedelta(days=14)


# -- the simulation's scratch folder ---------------------------------------------------------
def test_a_failed_simulation_leaves_no_store_behind(tmp_path: Path) -> None:
    params = Params(FakeClock(), CHEAP_KDF, CHEAP_KDF)
    with pytest.raises(RuntimeError), work_folder(tmp_path) as work, \
            throwaway(work / "hq", HQ_STATION, params) as peer:
        assert peer.station().is_hq and (work / "hq" / "piu-desk.db").exists()
        raise RuntimeError("stick pulled")
    assert list(tmp_path.iterdir()) == []
