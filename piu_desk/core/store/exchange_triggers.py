"""Change capture: SQLite triggers generated from the schema (exchange_schema.py).

Every insert, update and delete of a family's row or of one of its children appends a row
to `changes` in the same transaction as the change itself, so a rolled-back change leaves
no trace and a committed one is never missed. A delete is logged as a tombstone.

Each record also has a **version vector** in `record_versions` (`{"KHKOS": 3, "HQ": 1}`):
a change made on this desk adds one to this station's counter. While the exchange applies
changes from a peer, `exchange_applying` holds that peer's station id for the duration of
the transaction: the triggers then log the change with `via` = the peer (so it is never
echoed back to it, but can be passed on by HQ to other stations) and leave the version to
the applier, which writes the sender's version.

A migration that adds a shareable table calls `create_for` for it in the same step.
"""

from __future__ import annotations

from piu_desk.core.store.connection import Connection
from piu_desk.core.store.exchange_schema import Child, Family, families

STATION = "(SELECT json_extract(value, '$.locode') FROM meta WHERE key = 'station')"
NOW = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
VIA = "coalesce((SELECT peer FROM exchange_applying), '')"
_PATH = f"'$.\"' || {STATION} || '\"'"


def _log(table: str, uid: str, op: str, origin: str, deleted: int) -> str:
    return f"""
    INSERT INTO changes(tbl, uid, op, at, via)
        SELECT '{table}', {uid}, '{op}', {NOW}, {VIA} WHERE {uid} IS NOT NULL;
    INSERT INTO record_versions(tbl, uid, origin, version, deleted)
        SELECT '{table}', {uid}, {origin}, json_object({STATION}, 1), {deleted}
        WHERE {uid} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM exchange_applying)
        ON CONFLICT(tbl, uid) DO UPDATE SET
            version = json_set(version, {_PATH},
                               coalesce(json_extract(version, {_PATH}), 0) + 1),
            deleted = excluded.deleted;"""


def _family_triggers(fam: Family) -> list[str]:
    t = fam.table
    out = []
    for event, row, op, deleted in (("INSERT", "NEW", "insert", 0), ("UPDATE", "NEW", "update", 0),
                                    ("DELETE", "OLD", "delete", 1)):
        origin = f"{row}.origin" if fam.has_origin else STATION
        out.append(f"CREATE TRIGGER xc_{t}_{op} AFTER {event} ON {t} BEGIN"
                   f"{_log(t, f'{row}.uid', op, origin, deleted)}\nEND")
    return out


def _child_log(table: str, uid: str, origin: str) -> str:
    """A child's change as an update of its record. A record keeps one update row, the
    latest, however many children change (a crew list and its 30 members): the row of a
    later change always has a higher sequence number than any a peer confirmed, so
    nothing is lost, and the record's insert and delete rows stay as they were."""
    return f"""
    DELETE FROM changes WHERE tbl = '{table}' AND uid = {uid} AND op = 'update'
        AND via = {VIA};
    INSERT INTO changes(tbl, uid, op, at, via)
        SELECT '{table}', {uid}, 'update', {NOW}, {VIA} WHERE {uid} IS NOT NULL;
    INSERT INTO record_versions(tbl, uid, origin, version, deleted)
        SELECT '{table}', {uid}, {origin}, json_object({STATION}, 1), 0
        WHERE {uid} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM exchange_applying)
        ON CONFLICT(tbl, uid) DO UPDATE SET
            version = json_set(version, {_PATH},
                               coalesce(json_extract(version, {_PATH}), 0) + 1);"""


def _child_triggers(fam: Family, child: Child) -> list[str]:
    out = []
    for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",))):
        body = ""
        for row in rows:
            uid = f"(SELECT uid FROM {fam.table} WHERE id = {row}.{child.owner})"
            owner_origin = (f"(SELECT origin FROM {fam.table} WHERE id = {row}.{child.owner})"
                            if fam.has_origin else STATION)
            body += _child_log(fam.table, uid, owner_origin)
        out.append(f"CREATE TRIGGER xc_{child.table}_{event.lower()} AFTER {event} ON "
                   f"{child.table} BEGIN{body}\nEND")
    return out


def trigger_sql(fam: Family) -> list[str]:
    out = _family_triggers(fam)
    for child in fam.children:
        out += _child_triggers(fam, child)
    return out


def create_for(conn: Connection, fam: Family) -> None:
    """Capture for one family, and every existing row logged once as created."""
    for statement in trigger_sql(fam):
        conn.execute(statement)
    origin = "origin" if fam.has_origin else STATION
    conn.execute(f"INSERT INTO changes(tbl, uid, op, at, via) "
                 f"SELECT '{fam.table}', uid, 'insert', {NOW}, '' FROM {fam.table} ORDER BY id")
    conn.execute(f"INSERT INTO record_versions(tbl, uid, origin, version, deleted) "
                 f"SELECT '{fam.table}', uid, {origin}, json_object({STATION}, 1), 0 "
                 f"FROM {fam.table}")


def create_all(conn: Connection) -> None:
    for fam in families(conn).values():
        create_for(conn, fam)
