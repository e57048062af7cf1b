"""Bundles in any order: a station exports after each of a run of changes (with or without
the peer confirming in between), and HQ applying those bundles in any order, with repeats,
ends exactly where the station is — bundle 6 then 5 equals 5 then 6."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from piu_desk.core.desk import Desk
from piu_desk.core.records import vessels
from piu_desk.core.store import exchange_payload
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.exchange_apply import apply_changes
from piu_desk.core.store.exchange_schema import families
from tests.conftest import STATION, FakeClock
from tests.core.sync_support import HQ, make_store, records_for, shared
from tests.core.test_records import a_vessel, arrive

Bundle = list[dict[str, object]]


def _delete_vessel(desk: Desk, vid: int) -> None:
    def run(conn: Connection) -> None:
        conn.execute("DELETE FROM vessel_history WHERE vessel_id = ?", (vid,))
        conn.execute("DELETE FROM vessels WHERE id = ?", (vid,))
    desk.mutate(run)


def _history(station: Desk, confirm: bool) -> list[Bundle]:
    """Seven changes, a bundle after each."""
    out: list[Bundle] = []

    def export() -> None:
        records = records_for(station, "KHPNH")
        out.append(records)
        if confirm and records:
            from piu_desk.core.exchange.sync import capture
            capture.confirm(station, "KHPNH", max(int(str(r["seq"])) for r in records))
    one, _ = vessels.register(station, a_vessel())
    export()
    call = arrive(station, one)
    export()
    vessels.update(station, a_vessel(id=one, name="Ocean Star II", flag="LBR"))
    export()
    two, _ = vessels.register(station, a_vessel(imo="9319466", name="Sea Dragon",
                                                mmsi="533123000", call_sign="9MAB2"))
    export()
    vessels.update(station, a_vessel(id=one, name="Ocean Star III", flag="LBR"))
    export()
    _delete_vessel(station, two)
    export()
    from piu_desk.core.domain.vessel import PortCall
    from piu_desk.core.records import port_calls
    port_calls.update(station, PortCall(call, one, "2026-11-27T08:30", berth="B9",
                                        last_port="VNSGN"))
    export()
    return out


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    folder, clock = tmp_path_factory.mktemp("order"), FakeClock()
    cumulative = make_store(folder / "a", STATION, clock)
    confirmed = make_store(folder / "b", STATION, clock)
    hq = make_store(folder / "hq", HQ, clock)
    yield {"bundles": {False: _history(cumulative, False), True: _history(confirmed, True)},
           "expected": {False: shared(cumulative), True: shared(confirmed)}, "hq": hq}
    for desk in (cumulative, confirmed, hq):
        desk.close()


def _applied_in_order(hq: Desk, bundles: list[Bundle]) -> dict[tuple[str, str], Any]:
    """Apply in this order inside a transaction, read the result, roll it all back."""
    def run(conn: Connection) -> dict[tuple[str, str], Any]:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for records in bundles:
                apply_changes(conn, "KHKOS", records, lambda _sha: None, "2026-11-28T08:00:00Z")
            out = {}
            for table, fam in families(conn).items():
                for (uid,) in conn.execute(f"SELECT uid FROM {table}").fetchall():
                    out[(table, uid)] = exchange_payload.read(conn, fam, uid)
            return out
        finally:
            conn.execute("ROLLBACK")
    return hq.db(run)


def test_bundle_6_then_5_equals_5_then_6(stores: dict[str, Any]) -> None:
    bundles = stores["bundles"][False]
    expected = stores["expected"][False]
    assert _applied_in_order(stores["hq"], bundles) == expected
    in_order = _applied_in_order(stores["hq"], bundles[:6])
    swapped = _applied_in_order(stores["hq"], [*bundles[:4], bundles[5], bundles[4]])
    assert swapped == in_order
    deleted = [r for r in bundles[5] if r["op"] == "delete"]
    assert deleted and all((r["table"], r["uid"]) not in swapped for r in deleted)


@settings(max_examples=40, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture])
@given(confirm=st.booleans(), order=st.permutations(range(7)),
       repeats=st.lists(st.integers(0, 6), max_size=3))
@example(confirm=True, order=[6, 5, 4, 3, 2, 1, 0], repeats=[])
@example(confirm=False, order=[6, 0, 1, 2, 3, 4, 5], repeats=[0])
def test_any_order_with_repeats_ends_where_the_station_is(
        stores: dict[str, Any], confirm: bool, order: list[int], repeats: list[int]) -> None:
    bundles = stores["bundles"][confirm]
    chosen = [bundles[i] for i in order] + [bundles[i] for i in repeats]
    assert _applied_in_order(stores["hq"], chosen) == stores["expected"][confirm]


def test_nothing_is_left_behind_after_the_rollbacks(stores: dict[str, Any]) -> None:
    assert shared(stores["hq"]) == {}
