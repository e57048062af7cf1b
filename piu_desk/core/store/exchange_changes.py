"""The capture log read for export, and each channel's sequence numbers and confirmations.

A peer is sent every record with a change it has not confirmed: `changes` rows after the
channel's `confirmed_seq`, one record per (table, uid), in the order of its latest change,
as it stands at export time. A change applied from a peer (`via` = that peer) is never
sent back to it. A lost bundle costs nothing: until the peer confirms, the next export
carries the same records again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from piu_desk.core.store import exchange_payload as payloads
from piu_desk.core.store import exchange_versions as versions
from piu_desk.core.store import releases
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.exchange_refs import Uids
from piu_desk.core.store.exchange_schema import Family

OPS = {"insert": "create", "update": "update", "delete": "delete"}


@dataclass(frozen=True)
class Pending:
    table: str
    uid: str
    seq: int  # the record's latest change
    created: bool  # created since the peer's last confirmation


@dataclass(frozen=True)
class Channel:
    peer: str
    next_sequence: int
    confirmed_seq: int
    last_export_at: str
    last_import_at: str


def channel(conn: Connection, peer: str) -> Channel:
    conn.execute("INSERT OR IGNORE INTO exchange_channels(peer) VALUES (?)", (peer,))
    row = conn.execute("SELECT peer, next_sequence, confirmed_seq, last_export_at, "
                       "last_import_at FROM exchange_channels WHERE peer = ?", (peer,)).fetchone()
    return Channel(str(row[0]), int(row[1]), int(row[2]), str(row[3]), str(row[4]))


def channels(conn: Connection) -> list[Channel]:
    return [Channel(str(r[0]), int(r[1]), int(r[2]), str(r[3]), str(r[4])) for r in conn.execute(
        "SELECT peer, next_sequence, confirmed_seq, last_export_at, last_import_at "
        "FROM exchange_channels ORDER BY peer")]


def last_seq(conn: Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()[0])


def pending(conn: Connection, peer: str, after_seq: int, limit: int,
            tables: Iterable[str] | None = None) -> list[Pending]:
    """Records with a change after the peer's confirmation whose latest change is after
    `after_seq` (a cursor for paging), oldest latest change first.

    One pass along the log from the cursor: a change is a record's latest when no later
    change of that record (not from the peer) follows it, which the index on (tbl, uid,
    seq) answers at once; so a page costs what it reads, however many changes wait."""
    confirmed = channel(conn, peer).confirmed_seq
    where, args = "c.seq > ? AND c.via != ?", [max(confirmed, after_seq), peer]
    if tables is not None:
        names = sorted(tables)
        where += f" AND c.tbl IN ({', '.join('?' for _ in names)})"
        args += names
    rows = conn.execute(
        f"SELECT c.tbl, c.uid, c.seq, EXISTS (SELECT 1 FROM changes e WHERE e.tbl = c.tbl "
        f"AND e.uid = c.uid AND e.seq > ? AND e.op = 'insert' AND e.via != ?) "
        f"FROM changes AS c NOT INDEXED WHERE {where} AND NOT EXISTS (SELECT 1 FROM changes d "
        f"WHERE d.tbl = c.tbl AND d.uid = c.uid AND d.seq > c.seq AND d.via != ?) "
        f"ORDER BY c.seq LIMIT ?", [confirmed, peer, *args, peer, limit])
    return [Pending(str(r[0]), str(r[1]), int(r[2]), bool(r[3])) for r in rows]


def record(conn: Connection, fam: Family, item: Pending, known: Uids | None = None
           ) -> dict[str, object]:
    """The change record of `item` as it stands now: JSON-able, see docs/bundle-format.md.
    `known`: global ids already looked up in this transaction (exchange_refs.Uids)."""
    row = conn.execute("SELECT origin, version, deleted FROM record_versions WHERE tbl = ? "
                       "AND uid = ?", (item.table, item.uid)).fetchone()
    payload = None if row is None or row[2] else payloads.read(conn, fam, item.uid, known)
    op = "delete" if payload is None else ("create" if item.created else "update")
    return {"table": item.table, "uid": item.uid, "origin": str(row[0]) if row else "",
            "op": op, "seq": item.seq,
            "version": versions.parse(str(row[1])) if row else {},
            "payload": payload, "attachment": payloads.blob_hash(fam, payload)}


def blob(conn: Connection, table: str, sha256: str) -> bytes | None:
    """The bytes an attachment record names, for its entry in a bundle."""
    column = payloads.BLOB_COLUMN.get(table)
    if column is None:
        return None
    row = conn.execute(f"SELECT {column} FROM {table} WHERE sha256 = ? LIMIT 1",
                       (sha256,)).fetchone()
    return bytes(row[0]) if row else None


def blob_size(conn: Connection, table: str, sha256: str) -> int | None:
    """The size of the bytes `blob` gives, without reading them (a bundle lists sizes
    before its entries)."""
    column = payloads.BLOB_COLUMN.get(table)
    if column is None:
        return None
    row = conn.execute(f"SELECT length({column}) FROM {table} WHERE sha256 = ? LIMIT 1",
                       (sha256,)).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def confirm(conn: Connection, peer: str, up_to_seq: int) -> int:
    """The peer holds every change up to `up_to_seq`; never goes back. The new value."""
    channel(conn, peer)
    conn.execute("UPDATE exchange_channels SET confirmed_seq = max(confirmed_seq, "
                 "min(?, (SELECT coalesce(max(seq), 0) FROM changes))) WHERE peer = ?",
                 (up_to_seq, peer))
    return channel(conn, peer).confirmed_seq


# -- bundles out ------------------------------------------------------------------------
def take_sequence(conn: Connection, peer: str) -> int:
    """The next sequence number of the channel to `peer`, consumed whatever happens."""
    number = channel(conn, peer).next_sequence
    conn.execute("UPDATE exchange_channels SET next_sequence = ? WHERE peer = ?",
                 (number + 1, peer))
    return number


def record_out(conn: Connection, peer: str, sequence: int, bundle_id: str, through_seq: int,
               at: str) -> None:
    conn.execute("INSERT INTO exchange_bundles_out(peer, sequence, bundle_id, through_seq, "
                 "state, created_at) VALUES (?, ?, ?, ?, 'writing', ?)",
                 (peer, sequence, bundle_id, through_seq, at))


def mark_out(conn: Connection, bundle_id: str, state: str, at: str) -> None:
    conn.execute("UPDATE exchange_bundles_out SET state = ? WHERE bundle_id = ?",
                 (state, bundle_id))
    if state == "sent":
        conn.execute("UPDATE exchange_channels SET last_export_at = ? WHERE peer = "
                     "(SELECT peer FROM exchange_bundles_out WHERE bundle_id = ?)",
                     (at, bundle_id))


def confirm_bundles(conn: Connection, peer: str, bundle_ids: Iterable[str]) -> int:
    """The peer applied these bundles of ours: everything they carried is confirmed."""
    ids = list(bundle_ids)
    row = conn.execute(f"SELECT max(through_seq) FROM exchange_bundles_out WHERE peer = ? AND "
                       f"state = 'sent' AND bundle_id IN ({', '.join('?' for _ in ids)})",
                       [peer, *ids]).fetchone() if ids else None
    if row is None or row[0] is None:
        return channel(conn, peer).confirmed_seq
    return confirm(conn, peer, int(row[0]))


def confirm_ack(conn: Connection, peer: str, through_sequence: int,
                bundle_ids: Iterable[str]) -> int:
    """An `ack` from `peer`: our bundles up to `through_sequence` and those named."""
    row = conn.execute("SELECT bundle_id FROM exchange_bundles_out WHERE peer = ? AND "
                       "sequence <= ? AND state = 'sent'", (peer, through_sequence))
    return confirm_bundles(conn, peer, [str(r[0]) for r in row] + list(bundle_ids))


# -- bundles in -------------------------------------------------------------------------
def was_applied(conn: Connection, bundle_id: str) -> bool:
    return conn.execute("SELECT 1 FROM exchange_bundles_in WHERE bundle_id = ?",
                        (bundle_id,)).fetchone() is not None


def record_in(conn: Connection, bundle_id: str, peer: str, sequence: int, at: str,
              records: int) -> None:
    channel(conn, peer)
    conn.execute("INSERT INTO exchange_bundles_in(bundle_id, peer, sequence, applied_at, "
                 "records) VALUES (?, ?, ?, ?, ?)", (bundle_id, peer, sequence, at, records))
    conn.execute("UPDATE exchange_channels SET last_import_at = ? WHERE peer = ?", (at, peer))


def ack(conn: Connection, peer: str) -> dict[str, object]:
    """What to confirm to `peer`: the bundles applied from it (an `ack` entry). A bundle
    whose watchlist was refused as expired is left out, so that the peer sends that
    watchlist again (store/releases.py)."""
    held = releases.unacknowledged(conn, peer)
    applied = [(int(r[0]), str(r[1])) for r in conn.execute(
        "SELECT sequence, bundle_id FROM exchange_bundles_in WHERE peer = ? ORDER BY sequence",
        (peer,)) if str(r[1]) not in held]
    through = 0
    for s, _ in applied:
        if s != through + 1:
            break
        through = s
    ids = [bundle_id for s, bundle_id in applied if s > through]
    return {"channel": peer, "through_sequence": through, "bundle_ids": ids}
