"""Master watchlist releases (HQ) and the reference state a station holds from HQ.

A release is a numbered, dated promise: "the master watchlist as of change-capture sequence
`through_seq`, good until `expires_at`". A station keeps the newest release it has applied
(`watchlist_reference`, one row, never going down) and the bundles whose watchlist it
refused (`exchange_reference_refused`).
"""

from __future__ import annotations

from dataclasses import dataclass

from piu_desk.core.store.connection import Connection

WATCHLIST = "watchlist_entries"


@dataclass(frozen=True)
class ReleaseRow:
    version: int
    published_at: str
    published_by: str
    expires_at: str
    through_seq: int
    entries: int
    note: str


@dataclass(frozen=True)
class ReferenceRow:
    version: int
    expires_at: str
    received_at: str
    bundle_id: str


_RELEASE = "version, published_at, published_by, expires_at, through_seq, entries, note"


def _release(r: tuple[object, ...]) -> ReleaseRow:
    return ReleaseRow(int(str(r[0])), str(r[1]), str(r[2]), str(r[3]), int(str(r[4])),
                      int(str(r[5])), str(r[6]))


def releases(conn: Connection) -> list[ReleaseRow]:
    """Every release, newest first."""
    return [_release(tuple(r)) for r in conn.execute(
        f"SELECT {_RELEASE} FROM watchlist_releases ORDER BY version DESC")]


def latest(conn: Connection) -> ReleaseRow | None:
    row = conn.execute(f"SELECT {_RELEASE} FROM watchlist_releases ORDER BY version DESC "
                       f"LIMIT 1").fetchone()
    return _release(tuple(row)) if row else None


def changed_entries(conn: Connection, after_seq: int, through_seq: int | None = None) -> int:
    """Watchlist entries with a change after `after_seq` (up to `through_seq`)."""
    if through_seq is None:
        through_seq = 2**63 - 1
    return int(conn.execute(
        "SELECT count(DISTINCT uid) FROM changes WHERE tbl = ? AND seq > ? AND seq <= ?",
        (WATCHLIST, after_seq, through_seq)).fetchone()[0])


def add(conn: Connection, published_at: str, published_by: str, expires_at: str,
        through_seq: int, entries: int, note: str) -> ReleaseRow:
    before = latest(conn)
    version = before.version + 1 if before else 1
    conn.execute(f"INSERT INTO watchlist_releases({_RELEASE}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (version, published_at, published_by, expires_at, through_seq, entries,
                  note))
    return ReleaseRow(version, published_at, published_by, expires_at, through_seq, entries,
                      note)


def recapture(conn: Connection, after_seq: int, at: str) -> int:
    """Log once more every watchlist entry whose latest change is after `after_seq` (the
    previous release), as of now: those changes were held back from every bundle since,
    and a peer may have confirmed past them; logged again, they are unconfirmed for every
    peer and covered by the release being published. The version is not counted up (the
    entry did not change) and the row keeps the change's `via`, so an entry is still never
    sent back to the station it came from. How many entries."""
    rows = conn.execute(
        "SELECT c.uid, c.via, (SELECT max(op = 'insert') FROM changes i WHERE i.tbl = c.tbl "
        "AND i.uid = c.uid AND i.seq > ?), coalesce(v.deleted, 0) FROM changes c LEFT JOIN "
        "record_versions v ON v.tbl = c.tbl AND v.uid = c.uid WHERE c.tbl = ? AND c.seq = "
        "(SELECT max(seq) FROM changes l WHERE l.tbl = c.tbl AND l.uid = c.uid) AND "
        "c.seq > ? ORDER BY c.seq", (after_seq, WATCHLIST, after_seq)).fetchall()
    for uid, via, created, deleted in rows:
        op = "delete" if deleted else "insert" if created else "update"
        conn.execute("INSERT INTO changes(tbl, uid, op, at, via) VALUES (?, ?, ?, ?, ?)",
                     (WATCHLIST, uid, op, at, via))
    return len(rows)


# -- a station's side --------------------------------------------------------------------
def reference(conn: Connection) -> ReferenceRow | None:
    row = conn.execute("SELECT version, expires_at, received_at, bundle_id FROM "
                       "watchlist_reference WHERE id = 1").fetchone()
    return ReferenceRow(int(row[0]), str(row[1]), str(row[2]), str(row[3])) if row else None


def set_reference(conn: Connection, version: int, expires_at: str, received_at: str,
                  bundle_id: str) -> None:
    """The station now holds `version`; never moves down."""
    conn.execute("INSERT INTO watchlist_reference(id, version, expires_at, received_at, "
                 "bundle_id) VALUES (1, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                 "version = excluded.version, expires_at = excluded.expires_at, "
                 "received_at = excluded.received_at, bundle_id = excluded.bundle_id "
                 "WHERE excluded.version >= watchlist_reference.version",
                 (version, expires_at, received_at, bundle_id))


def refuse(conn: Connection, bundle_id: str, peer: str, version: int, reason: str,
           at: str) -> None:
    conn.execute("INSERT OR IGNORE INTO exchange_reference_refused(bundle_id, peer, version, "
                 "reason, refused_at) VALUES (?, ?, ?, ?, ?)",
                 (bundle_id, peer, version, reason, at))


def unacknowledged(conn: Connection, peer: str) -> set[str]:
    """Bundles from `peer` whose watchlist was refused as expired and not yet overtaken by a
    newer release applied since: left unacknowledged, so the peer carries their watchlist
    again."""
    return {str(r[0]) for r in conn.execute(
        "SELECT bundle_id FROM exchange_reference_refused WHERE peer = ? AND "
        "reason = 'expired' AND version >= coalesce((SELECT version FROM "
        "watchlist_reference WHERE id = 1), -1)", (peer,))}
