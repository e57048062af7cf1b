"""The stations overview: at HQ, every station it has enrolled or pinned, with its last
exchange in each direction, the bundles of it still missing, what it has not confirmed,
its records here and what waits on it. On a station desk the one row is HQ."""

from __future__ import annotations

from dataclasses import dataclass

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.exchange.sync.keys import KEY_ROLES
from piu_desk.core.store import exchange_keys as keys_repo
from piu_desk.core.store import exchange_stations as repo
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP

ACTION = QT_TRANSLATE_NOOP("Actions", "exchange")


@dataclass(frozen=True)
class StationStatus:
    station: str
    name: str
    """As enrolled; the station id when this desk did not enrol it (HQ, at a station)."""
    expected: bool
    """Enrolled here, its keys not pinned yet."""
    pinned: bool
    revoked: bool
    """Every pinned key generation revoked."""
    last_in_at: str | None
    last_in_sequence: int | None
    missing_sequences: list[int]
    """Its bundles below the last one received that have not arrived (lost or not yet)."""
    last_out_at: str | None
    last_out_sequence: int | None
    outstanding: int
    """This desk's records with a change that station has not confirmed (0 until its keys
    are pinned). Counted from the capture log: records its handling codes keep here or that
    wait for a watchlist release are included."""
    records: int
    """Shared records here whose origin is that station."""
    conflicts: int
    parked: int


def _statuses(conn: Connection) -> list[StationStatus]:
    expected = repo.expected(conn)
    pinned: dict[str, bool] = {}  # station -> revoked (every generation)
    for row in keys_repo.peers(conn):
        pinned[row.station] = pinned.get(row.station, True) and row.revoked
    out = []
    for station in sorted(set(expected) | set(pinned)):
        f = repo.figures(conn, station, station in pinned)
        out.append(StationStatus(
            station, expected.get(station, station), station in expected and
            station not in pinned, station in pinned, pinned.get(station, False),
            f.last_in_at, f.last_in_sequence, f.missing_sequences, f.last_out_at,
            f.last_out_sequence, f.outstanding, f.records, f.conflicts, f.parked))
    return out


def station_statuses(desk: Desk) -> list[StationStatus]:
    """Every station this desk enrolled or pinned, by id."""
    desk.session_or_locked(*KEY_ROLES, Role.SUPERVISOR, action=ACTION)
    return desk.db(_statuses)
