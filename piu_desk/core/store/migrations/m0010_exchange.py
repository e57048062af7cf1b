"""Schema 10: the store side of the exchange with headquarters.

* `exchange_own_keys`: this desk's signing keys (Ed25519 and ML-DSA-65 seeds) and age
  identity (mlkem768x25519 seed), one row per key generation; the private halves are
  protected by the database's own encryption (SECURITY.md, "Trust").
* `exchange_peers`: the public keys pinned for other stations and HQ, one row per key
  generation, with fingerprints for lookup; `exchange_rotations` keeps every rotation
  statement with the signatures of the old and the new keys.
* `changes`: the capture log, filled by triggers (exchange_triggers.py) in the same
  transaction as each change; `record_versions`: each record's version vector and
  tombstone flag; `exchange_applying`: set only while changes from a peer are applied.
* `conflicts`: both versions of a record changed on both sides, until a supervisor picks;
  `exchange_parked`: received changes waiting for a record or attachment they refer to.
* `exchange_channels`, `exchange_bundles_out`, `exchange_bundles_in`: per peer, the next
  outgoing sequence number, what the peer confirmed, and the bundles applied from it.
"""

from __future__ import annotations

from piu_desk.core.store.connection import Connection
from piu_desk.core.store.exchange_triggers import create_all

VERSION = 10

SQL = """
CREATE TABLE exchange_own_keys (
    generation     INTEGER PRIMARY KEY,
    ed25519_seed   BLOB NOT NULL,
    mldsa65_seed   BLOB NOT NULL,
    age_seed       BLOB NOT NULL,
    ed25519_public BLOB NOT NULL,
    mldsa65_public BLOB NOT NULL,
    age_public     BLOB NOT NULL,
    created_at     TEXT NOT NULL,
    retired_at     TEXT NOT NULL DEFAULT ''
);
CREATE TABLE exchange_peers (
    id             INTEGER PRIMARY KEY,
    station        TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('hq', 'station')),
    generation     INTEGER NOT NULL,
    ed25519_public BLOB NOT NULL,
    mldsa65_public BLOB NOT NULL,
    age_public     BLOB NOT NULL,
    ed25519_fp     TEXT NOT NULL,
    mldsa65_fp     TEXT NOT NULL,
    age_fp         TEXT NOT NULL,
    pinned_at      TEXT NOT NULL,
    pinned_by      TEXT NOT NULL,
    revoked_at     TEXT NOT NULL DEFAULT '',
    revoked_by     TEXT NOT NULL DEFAULT '',
    UNIQUE (station, generation)
);
CREATE INDEX exchange_peers_ed25519 ON exchange_peers(ed25519_fp);
CREATE INDEX exchange_peers_mldsa65 ON exchange_peers(mldsa65_fp);
CREATE INDEX exchange_peers_age ON exchange_peers(age_fp);
CREATE TABLE exchange_rotations (
    id             INTEGER PRIMARY KEY,
    station        TEXT NOT NULL,
    old_generation INTEGER NOT NULL,
    new_generation INTEGER NOT NULL,
    statement      BLOB NOT NULL,
    old_signatures BLOB NOT NULL,
    new_signatures BLOB NOT NULL,
    recorded_at    TEXT NOT NULL,
    UNIQUE (station, new_generation)
);
CREATE TABLE changes (
    seq  INTEGER PRIMARY KEY AUTOINCREMENT,
    tbl  TEXT NOT NULL,
    uid  TEXT NOT NULL,
    op   TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    at   TEXT NOT NULL,
    via  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX changes_record ON changes(tbl, uid, seq);
CREATE TABLE record_versions (
    tbl     TEXT NOT NULL,
    uid     TEXT NOT NULL,
    origin  TEXT NOT NULL,
    version TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (tbl, uid)
) WITHOUT ROWID;
CREATE TABLE exchange_applying (
    peer TEXT NOT NULL
);
CREATE TABLE conflicts (
    id            INTEGER PRIMARY KEY,
    tbl           TEXT NOT NULL,
    uid           TEXT NOT NULL,
    peer          TEXT NOT NULL,
    reason        TEXT NOT NULL CHECK (reason IN ('both_changed', 'clash')),
    local_version TEXT NOT NULL,
    local_payload TEXT,
    their_version TEXT NOT NULL,
    their_record  TEXT NOT NULL,
    found_at      TEXT NOT NULL,
    resolved_at   TEXT NOT NULL DEFAULT '',
    resolved_by   TEXT NOT NULL DEFAULT '',
    resolution    TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX conflicts_open ON conflicts(tbl, uid) WHERE resolved_at = '';
CREATE TABLE exchange_parked (
    id        INTEGER PRIMARY KEY,
    peer      TEXT NOT NULL,
    tbl       TEXT NOT NULL,
    uid       TEXT NOT NULL,
    record    TEXT NOT NULL,
    reason    TEXT NOT NULL,
    parked_at TEXT NOT NULL
);
CREATE TABLE exchange_channels (
    peer            TEXT PRIMARY KEY,
    next_sequence   INTEGER NOT NULL DEFAULT 1,
    confirmed_seq   INTEGER NOT NULL DEFAULT 0,
    last_export_at  TEXT NOT NULL DEFAULT '',
    last_import_at  TEXT NOT NULL DEFAULT ''
);
CREATE TABLE exchange_bundles_out (
    peer          TEXT NOT NULL,
    sequence      INTEGER NOT NULL,
    bundle_id     TEXT NOT NULL UNIQUE,
    through_seq   INTEGER NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('writing', 'sent', 'failed')),
    created_at    TEXT NOT NULL,
    PRIMARY KEY (peer, sequence)
);
CREATE TABLE exchange_bundles_in (
    bundle_id   TEXT PRIMARY KEY,
    peer        TEXT NOT NULL,
    sequence    INTEGER NOT NULL,
    applied_at  TEXT NOT NULL,
    records     INTEGER NOT NULL
);
CREATE INDEX exchange_bundles_in_peer ON exchange_bundles_in(peer, sequence)
"""


def apply(conn: Connection) -> None:
    for statement in SQL.split(";\n"):
        if statement.strip():
            conn.execute(statement)
    create_all(conn)
