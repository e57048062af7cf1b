"""Helpers for the exchange service tests: a station and HQ that have pinned each other's
keys, both logged in as their exchange officer, and a look at everything a store holds that
an import could change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from piu_desk.core import accounts
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.station import Station
from piu_desk.core.exchange.sync import keys, peers
from tests.conftest import STATION, FakeClock
from tests.core.sync_support import EXCHANGE, HQ, count, make_store, shared

BOOKKEEPING = ("exchange_bundles_in", "exchange_bundles_out", "exchange_parked", "conflicts",
               "record_versions", "audit", "search_index", "watchlist_keys")


def as_exchange_officer(desk: Desk) -> Desk:
    """Logged in as the store's exchange officer, who is an officer too (records to send)."""
    if desk.session is not None and desk.session.user.username == EXCHANGE[0]:
        return desk
    accounts.set_roles(desk, EXCHANGE[0], frozenset({Role.EXCHANGE, Role.OFFICER}))
    desk.lock()
    desk.unlock(EXCHANGE[0], EXCHANGE[2])
    return desk


def enrolled(folder: Path, clock: FakeClock | None = None,
             station: Station = STATION) -> tuple[Desk, Desk]:
    """A station and HQ, each with the other's keys pinned, as exchange officers."""
    clock = clock or FakeClock()
    port = as_exchange_officer(make_store(folder / station.locode.lower(), station, clock))
    hq = as_exchange_officer(make_store(folder / "hq", HQ, clock))
    peers.pin(hq, "station", keys.own_public(port))
    peers.pin(port, "hq", keys.own_public(hq))
    return port, hq


def snapshot(desk: Desk) -> dict[str, Any]:
    """The shared records and the size of every table an import writes."""
    return {"records": shared(desk),
            **{t: count(desk, f"SELECT count(*) FROM {t}") for t in BOOKKEEPING}}


def audit_details(desk: Desk, action: str) -> list[tuple[str, str]]:
    """(target, detail) of the audit entries of `action`, oldest first."""
    return desk.db(lambda c: [(str(r[0]), str(r[1])) for r in c.execute(
        "SELECT target, detail FROM audit WHERE action = ? ORDER BY seq", (action,))])
