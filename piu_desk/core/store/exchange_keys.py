"""This desk's exchange keys and the keys pinned for its peers, with rotation statements.

Private keys are kept as 32-byte seeds (Ed25519, ML-DSA-65, mlkem768x25519) in the
encrypted database; one row per key generation, the newest the one in use. A peer has one
row per key generation too; a revoked row stays, so its bundles are refused by name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from piu_desk.core.store.connection import Connection


@dataclass(frozen=True)
class OwnKeyRow:
    generation: int
    ed25519_seed: bytes
    mldsa65_seed: bytes
    age_seed: bytes
    ed25519_public: bytes
    mldsa65_public: bytes
    age_public: bytes
    created_at: str
    retired_at: str


@dataclass(frozen=True)
class PeerRow:
    id: int
    station: str
    role: str  # hq | station
    generation: int
    ed25519_public: bytes
    mldsa65_public: bytes
    age_public: bytes
    ed25519_fp: str
    mldsa65_fp: str
    age_fp: str
    pinned_at: str
    pinned_by: str
    revoked_at: str
    revoked_by: str

    @property
    def revoked(self) -> bool:
        return bool(self.revoked_at)


_OWN = ("generation, ed25519_seed, mldsa65_seed, age_seed, ed25519_public, mldsa65_public, "
        "age_public, created_at, retired_at")
_PEER = ("id, station, role, generation, ed25519_public, mldsa65_public, age_public, "
         "ed25519_fp, mldsa65_fp, age_fp, pinned_at, pinned_by, revoked_at, revoked_by")


def _own(r: tuple[Any, ...]) -> OwnKeyRow:
    return OwnKeyRow(int(r[0]), bytes(r[1]), bytes(r[2]), bytes(r[3]), bytes(r[4]),
                     bytes(r[5]), bytes(r[6]), str(r[7]), str(r[8]))


def _peer(r: tuple[Any, ...]) -> PeerRow:
    return PeerRow(int(r[0]), str(r[1]), str(r[2]), int(r[3]), bytes(r[4]), bytes(r[5]),
                   bytes(r[6]), str(r[7]), str(r[8]), str(r[9]), str(r[10]), str(r[11]),
                   str(r[12]), str(r[13]))


def current_own(conn: Connection) -> OwnKeyRow | None:
    row = conn.execute(f"SELECT {_OWN} FROM exchange_own_keys WHERE retired_at = '' "
                       "ORDER BY generation DESC LIMIT 1").fetchone()
    return _own(row) if row else None


def all_own(conn: Connection) -> list[OwnKeyRow]:
    """Every generation, newest first: older age identities still open bundles in flight."""
    return [_own(r) for r in conn.execute(
        f"SELECT {_OWN} FROM exchange_own_keys ORDER BY generation DESC")]


def insert_own(conn: Connection, row: OwnKeyRow) -> None:
    conn.execute(f"INSERT INTO exchange_own_keys({_OWN}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (row.generation, row.ed25519_seed, row.mldsa65_seed, row.age_seed,
                  row.ed25519_public, row.mldsa65_public, row.age_public, row.created_at,
                  row.retired_at))


def retire_own(conn: Connection, generation: int, at: str) -> None:
    conn.execute("UPDATE exchange_own_keys SET retired_at = ? WHERE generation = ?",
                 (at, generation))


# -- peers --------------------------------------------------------------------------------
def insert_peer(conn: Connection, row: PeerRow) -> int:
    cur = conn.execute(
        f"INSERT INTO exchange_peers({_PEER.removeprefix('id, ')}) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (row.station, row.role, row.generation, row.ed25519_public, row.mldsa65_public,
         row.age_public, row.ed25519_fp, row.mldsa65_fp, row.age_fp, row.pinned_at,
         row.pinned_by, row.revoked_at, row.revoked_by))
    return int(cur.lastrowid or 0)


def peers(conn: Connection, station: str | None = None) -> list[PeerRow]:
    """Pinned key generations (revoked included), by station then newest first."""
    where, args = ("WHERE station = ?", (station,)) if station else ("", ())
    return [_peer(r) for r in conn.execute(
        f"SELECT {_PEER} FROM exchange_peers {where} ORDER BY station, generation DESC", args)]


def peer_by_fingerprint(conn: Connection, fp: str) -> PeerRow | None:
    row = conn.execute(f"SELECT {_PEER} FROM exchange_peers WHERE ed25519_fp = ? OR "
                       "mldsa65_fp = ? OR age_fp = ? LIMIT 1", (fp, fp, fp)).fetchone()
    return _peer(row) if row else None


def revoke_peer(conn: Connection, station: str, generation: int | None, at: str,
                by: str) -> int:
    """Revoke one generation of a peer's keys, or all of them; how many rows changed."""
    sql = ("UPDATE exchange_peers SET revoked_at = ?, revoked_by = ? WHERE station = ? "
           "AND revoked_at = ''")
    args: tuple[object, ...] = (at, by, station)
    if generation is not None:
        sql, args = sql + " AND generation = ?", (*args, generation)
    return int(conn.execute(sql, args).rowcount)


def insert_rotation(conn: Connection, station: str, old: int, new: int, statement: bytes,
                    old_signatures: bytes, new_signatures: bytes, at: str) -> None:
    conn.execute("INSERT INTO exchange_rotations(station, old_generation, new_generation, "
                 "statement, old_signatures, new_signatures, recorded_at) VALUES "
                 "(?, ?, ?, ?, ?, ?, ?)", (station, old, new, statement, old_signatures,
                                           new_signatures, at))


def rotation(conn: Connection, station: str, new: int) -> tuple[bytes, bytes, bytes] | None:
    """The statement and both signatures that made generation `new` of `station`."""
    row = conn.execute("SELECT statement, old_signatures, new_signatures FROM "
                       "exchange_rotations WHERE station = ? AND new_generation = ?",
                       (station, new)).fetchone()
    return (bytes(row[0]), bytes(row[1]), bytes(row[2])) if row else None


def rotations_of(conn: Connection, station: str) -> list[tuple[bytes, bytes, bytes]]:
    """Every rotation recorded for `station`, oldest first: statement and both signatures."""
    return [(bytes(r[0]), bytes(r[1]), bytes(r[2])) for r in conn.execute(
        "SELECT statement, old_signatures, new_signatures FROM exchange_rotations "
        "WHERE station = ? ORDER BY new_generation", (station,))]
