"""Helpers for the sync tests: stores of other stations, moving change records from one
real store to another as a bundle would, and every shared record of a store read in the
exchange's own terms (global ids, no local ids), so two stores can be compared."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from piu_desk.core import accounts
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser, Role
from piu_desk.core.domain.station import Station
from piu_desk.core.exchange.sync import applying, capture
from piu_desk.core.exchange.sync.applying import Outcome
from piu_desk.core.store import exchange_payload
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.exchange_schema import families
from tests.conftest import ADMIN, CHEAP_KDF, SUPERVISOR, FakeClock

HQ = Station(name="PIU Headquarters", locode="KHPNH", unit="PIU HQ", is_hq=True)
KAMPOT = Station(name="Kampot PIU", locode="KHKMT", unit="Port Intelligence Unit")
EXCHANGE = ("dara", "Lim Dara", "exchange-password-1")


def make_store(folder: Path, station: Station, clock: FakeClock | None = None) -> Desk:
    """A store of `station` with an administrator-supervisor and an exchange officer,
    unlocked as the administrator."""
    desk, _ = Desk.create(folder, station, NewUser(ADMIN[0], ADMIN[1], ADMIN[2], frozenset()),
                          clock=clock or FakeClock(), kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    accounts.add_user(desk, NewUser(*EXCHANGE, frozenset({Role.EXCHANGE})))
    accounts.add_user(desk, NewUser(*SUPERVISOR, frozenset({Role.SUPERVISOR})))
    return desk


def shared(desk: Desk) -> dict[tuple[str, str], Any]:
    """Every shared record with its children, by (table, uid), in global terms."""
    def run(conn: Connection) -> dict[tuple[str, str], Any]:
        out = {}
        for table, fam in families(conn).items():
            for (uid,) in conn.execute(f"SELECT uid FROM {table}").fetchall():
                out[(table, uid)] = exchange_payload.read(conn, fam, uid)
        return out
    return desk.db(run)


def count(desk: Desk, sql: str, *args: object) -> int:
    return int(desk.db(lambda c: c.execute(sql, args).fetchone()[0]))


def blobs_of(desk: Desk) -> exchange_payload.Blobs:
    return lambda sha: capture.attachment_bytes(desk, "attachments", sha)


def records_for(sender: Desk, peer: str) -> list[dict[str, object]]:
    """What a bundle to `peer` would carry, through JSON as in a bundle."""
    records: list[dict[str, object]] = json.loads(json.dumps(list(
        capture.changes_for(sender, peer))))
    return records


def deliver(records: list[dict[str, object]], sender: Desk, receiver: Desk,
            sequence: int = 1, bundle_id: str | None = None) -> Outcome:
    return applying.apply_bundle(receiver, sender.station().locode,
                                 bundle_id or uuid.uuid4().hex, sequence, records,
                                 blobs_of(sender))


def send(sender: Desk, receiver: Desk, sequence: int = 1) -> Outcome:
    return deliver(records_for(sender, receiver.station().locode), sender, receiver, sequence)
