"""Conflicts: a record changed on both sides since the last version they shared.

Both versions are kept until a supervisor picks this desk's, theirs, or a merged payload.
The record then gets a version newer than both (the two merged, plus one change of this
desk), so the choice travels to the other side and wins there too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlcipher3

from piu_desk.core.store import exchange_payload as payloads
from piu_desk.core.store import exchange_versions as versions
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.exchange_payload import ChangeInvalid, Json
from piu_desk.core.store.exchange_refs import Unresolved
from piu_desk.core.store.exchange_schema import families
from piu_desk.core.store.exchange_triggers import STATION

PICKS = ("local", "theirs", "merged")


@dataclass(frozen=True)
class Conflict:
    id: int
    table: str
    uid: str
    peer: str
    reason: str  # both_changed | clash (their record collides with another one here)
    local_version: versions.Version
    local_payload: Json | None
    their_version: versions.Version
    their_record: Json
    found_at: str
    resolved_at: str
    resolution: str
    resolved_by: str = ""


_COLUMNS = ("id, tbl, uid, peer, reason, local_version, local_payload, their_version, "
            "their_record, found_at, resolved_at, resolution, resolved_by")


def _conflict(r: tuple[object, ...]) -> Conflict:
    return Conflict(int(str(r[0])), str(r[1]), str(r[2]), str(r[3]), str(r[4]),
                    versions.parse(str(r[5])), json.loads(str(r[6])) if r[6] else None,
                    versions.parse(str(r[7])), json.loads(str(r[8])), str(r[9]), str(r[10]),
                    str(r[11]), str(r[12] or ""))


def open_conflicts(conn: Connection) -> list[Conflict]:
    return [_conflict(r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM conflicts WHERE resolved_at = '' ORDER BY id")]


def all_conflicts(conn: Connection) -> list[Conflict]:
    """Open and settled alike, oldest first: the settled ones say who picked what, when."""
    return [_conflict(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM conflicts ORDER BY id")]


def get(conn: Connection, conflict_id: int) -> Conflict | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM conflicts WHERE id = ?",
                       (conflict_id,)).fetchone()
    return _conflict(row) if row else None


def resolve(conn: Connection, c: Conflict, pick: str, merged: Json | None, by: str,
            at: str) -> None:
    """Settle `c` in the open transaction. ChangeInvalid when the chosen content does not
    fit (a merged payload of the wrong shape, a reference to a record not here)."""
    if pick not in PICKS or (pick == "merged") != (merged is not None):
        raise ValueError("pick local, theirs, or merged with a payload")
    fam = families(conn)[c.table]
    row = conn.execute("SELECT version FROM record_versions WHERE tbl = ? AND uid = ?",
                       (c.table, c.uid)).fetchone()
    ours = versions.parse(str(row[0])) if row else {}
    joined = versions.dump(versions.merged(ours, c.their_version))
    conn.execute("INSERT INTO record_versions(tbl, uid, origin, version) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT(tbl, uid) DO UPDATE SET version = excluded.version",
                 (c.table, c.uid, str(c.their_record.get("origin", "")), joined))
    content: object = merged if pick == "merged" else c.their_record.get("payload")
    try:
        if pick != "local" and content is None:
            payloads.delete(conn, fam, c.uid)
        elif pick != "local":
            payloads.write(conn, fam, c.uid, content, lambda _sha: None)
    except (Unresolved, payloads.AwaitingBlob, sqlcipher3.IntegrityError) as exc:
        raise ChangeInvalid(str(exc) or type(exc).__name__) from exc
    _touch(conn, c.table, c.uid)
    conn.execute("UPDATE conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? "
                 "WHERE id = ?", (at, by, pick, c.id))


def _touch(conn: Connection, table: str, uid: str) -> None:
    """Count one change of this desk on the record, and log it for export."""
    path = f"'$.\"' || {STATION} || '\"'"
    conn.execute(f"UPDATE record_versions SET version = json_set(version, {path}, "
                 f"coalesce(json_extract(version, {path}), 0) + 1) WHERE tbl = ? AND uid = ?",
                 (table, uid))
    deleted = conn.execute("SELECT deleted FROM record_versions WHERE tbl = ? AND uid = ?",
                           (table, uid)).fetchone()
    conn.execute("INSERT INTO changes(tbl, uid, op, at, via) VALUES (?, ?, ?, "
                 "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), '')",
                 (table, uid, "delete" if deleted and deleted[0] else "update"))
