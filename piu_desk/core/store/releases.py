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


def held_back(conn: Connection, peer: str, through_seq: int | None) -> int | None:
    """The earliest latest-change of a watchlist entry the peer may not have yet because it
    changed after the release covering `through_seq` (every unconfirmed one when there is
    no release); None when nothing is held back."""
    confirmed = conn.execute("SELECT coalesce(max(confirmed_seq), 0) FROM exchange_channels "
                             "WHERE peer = ?", (peer,)).fetchone()[0]
    row = conn.execute(
        "SELECT min(last) FROM (SELECT max(seq) AS last FROM changes WHERE tbl = ? AND "
        "seq > ? AND via != ? GROUP BY uid) WHERE last > ?",
        (WATCHLIST, confirmed, peer, through_seq if through_seq is not None else -1)).fetchone()
    return int(row[0]) if row and row[0] is not None else None


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
