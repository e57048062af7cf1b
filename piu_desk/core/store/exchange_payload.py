"""A record as it travels: its row and its children's rows, as JSON, with global ids.

The payload is `{"row": {...}, "children": {"table": [{...}, ...]}}`: every column but the
local `id` and a child's owner column, references as the referenced record's `uid`
(exchange_refs.py), bytes as `{"b64": "..."}`. An attachment's bytes travel beside it (a
bundle's attachment entry), named by the SHA-256 its row carries.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable

from piu_desk.core.errors import DeskError
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.exchange_refs import Uids, id_of, soft_in, soft_out, uid_of
from piu_desk.core.store.exchange_schema import Child, Family, ForeignKey
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

Json = dict[str, object]
BLOB_COLUMN = {"attachments": "data"}
"""Columns whose bytes travel as a separate entry, not inside the payload."""

Blobs = Callable[[str], bytes | None]


class Verified:
    """Blobs whose bytes were already checked against the SHA-256 naming them (a verified
    bundle's attachment entries, checked against its signed manifest as they were read),
    so that applying does not hash them again."""

    def __init__(self, blobs: Blobs) -> None:
        self._blobs = blobs

    def __call__(self, sha256: str) -> bytes | None:
        return self._blobs(sha256)


class ChangeInvalid(DeskError):
    """A received change does not fit this desk's records; nothing of its bundle is kept."""

    def __init__(self, detail: str) -> None:
        super().__init__(Message("Exchange", QT_TRANSLATE_NOOP(
            "Exchange", "A record in the bundle does not fit this desk's records, so nothing "
            "from the bundle was applied. Ask the sender to check their version of PIU Desk. "
            "({detail})"), {"detail": detail}))
        self.detail = detail


class AwaitingBlob(Exception):
    """An attachment's row came without its bytes (they follow in a later bundle)."""


def _encode(value: object) -> object:
    if isinstance(value, bytes):
        return {"b64": base64.b64encode(value).decode("ascii")}
    return value


def _decode(value: object) -> object:
    if isinstance(value, dict):
        if set(value) != {"b64"} or not isinstance(value["b64"], str):
            raise ChangeInvalid("a value is neither text, a number nor bytes")
        return base64.b64decode(value["b64"], validate=True)
    if isinstance(value, list | bool):
        raise ChangeInvalid("a value is neither text, a number nor bytes")
    return value


def _out(conn: Connection, table: str, refs: tuple[ForeignKey, ...], values: Json,
         known: Uids | None) -> Json:
    for ref in refs:
        values[ref.column] = uid_of(conn, ref.table, values[ref.column], known)
    soft_out(conn, table, values, known)
    return {k: _encode(v) for k, v in values.items()}


def _in(conn: Connection, table: str, refs: tuple[ForeignKey, ...], columns: tuple[str, ...],
        values: object) -> Json:
    if not isinstance(values, dict) or set(values) != set(columns):
        raise ChangeInvalid(f"the columns of {table} differ")
    out = {k: _decode(v) for k, v in values.items()}
    for ref in refs:
        out[ref.column] = id_of(conn, ref.table, out[ref.column])
    soft_in(conn, table, out)
    return out


def shared_columns(fam: Family) -> tuple[str, ...]:
    blob = BLOB_COLUMN.get(fam.table)
    return tuple(c for c in fam.columns if c != blob)


def read(conn: Connection, fam: Family, uid: str, known: Uids | None = None) -> Json | None:
    """The record's payload as it stands now, or None when it no longer exists. `known`:
    the global ids looked up so far in the same transaction (exchange_refs.Uids)."""
    columns = shared_columns(fam)
    row = conn.execute(f"SELECT id, {', '.join(columns)} FROM {fam.table} WHERE uid = ?",
                       (uid,)).fetchone()
    if row is None:
        return None
    children: Json = {}
    for child in fam.children:
        rows = conn.execute(f"SELECT {', '.join(child.columns)} FROM {child.table} WHERE "
                            f"{child.owner} = ? ORDER BY {child.order_by}", (row[0],))
        children[child.table] = [_out(conn, child.table, child.refs,
                                      dict(zip(child.columns, r, strict=True)), known)
                                 for r in rows]
    return {"row": _out(conn, fam.table, fam.refs, dict(zip(columns, row[1:], strict=True)),
                        known), "children": children}


def blob_hash(fam: Family, payload: Json | None) -> str | None:
    """The SHA-256 naming the bytes that travel beside this record, if any."""
    if payload is None or fam.table not in BLOB_COLUMN:
        return None
    row = payload["row"]
    assert isinstance(row, dict)
    return str(row["sha256"])


def write(conn: Connection, fam: Family, uid: str, payload: object, blobs: Blobs) -> int:
    """Insert or replace the record `uid` and its children from `payload`; its local id.
    Unresolved (nothing written) when it refers to a record not here yet, AwaitingBlob when
    its bytes have not come."""
    if not isinstance(payload, dict) or set(payload) != {"row", "children"}:
        raise ChangeInvalid(f"a {fam.table} record is not a row with its children")
    values = _in(conn, fam.table, fam.refs, shared_columns(fam), payload["row"])
    if values.get("uid") != uid:
        raise ChangeInvalid(f"a {fam.table} row carries another record's id")
    kids = payload["children"]
    if not isinstance(kids, dict) or set(kids) != {c.table for c in fam.children}:
        raise ChangeInvalid(f"the parts of a {fam.table} record differ")
    rows = {}
    for child in fam.children:
        listed = kids[child.table]
        if not isinstance(listed, list):
            raise ChangeInvalid(f"the {child.table} of a record are not a list")
        rows[child.table] = [_in(conn, child.table, child.refs, child.columns, r)
                             for r in listed]
    blob = BLOB_COLUMN.get(fam.table)
    if blob:
        data = blobs(str(values["sha256"]))
        if data is None:
            raise AwaitingBlob(uid)
        if not isinstance(blobs, Verified) and \
                hashlib.sha256(data).hexdigest() != values["sha256"]:
            raise ChangeInvalid("an attachment's bytes do not match its hash")
        values[blob] = data
    found = conn.execute(f"SELECT id FROM {fam.table} WHERE uid = ?", (uid,)).fetchone()
    if found is None:
        cols = list(values)
        cur = conn.execute(f"INSERT INTO {fam.table}({', '.join(cols)}) VALUES "
                           f"({', '.join('?' for _ in cols)})", [values[c] for c in cols])
        row_id = int(cur.lastrowid or 0)
    else:
        row_id = int(found[0])
        changed = [c for c in values if c != "uid"]
        conn.execute(f"UPDATE {fam.table} SET {', '.join(f'{c} = ?' for c in changed)} "
                     f"WHERE id = ?", [values[c] for c in changed] + [row_id])
    for child in fam.children:
        _replace_children(conn, child, row_id, rows[child.table])
    return row_id


def _replace_children(conn: Connection, child: Child, row_id: int, rows: list[Json]) -> None:
    table, owner = child.table, child.owner
    current = [tuple(r) for r in conn.execute(
        f"SELECT * FROM {table} WHERE {owner} = ? ORDER BY {child.order_by}", (row_id,))]
    names = [str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")]
    wanted = [tuple(({owner: row_id} | r).get(n) for n in names if n != "id") for r in rows]
    have = [tuple(v for n, v in zip(names, r, strict=True) if n != "id") for r in current]
    if wanted == have:
        return  # unchanged: no change logged, and append-only children stay untouched
    conn.execute(f"DELETE FROM {table} WHERE {owner} = ?", (row_id,))
    for r in rows:
        cols = [owner, *r]
        conn.execute(f"INSERT INTO {table}({', '.join(cols)}) VALUES "
                     f"({', '.join('?' for _ in cols)})", [row_id, *r.values()])


def delete(conn: Connection, fam: Family, uid: str) -> None:
    """Remove the record `uid` and its children (a received tombstone)."""
    found = conn.execute(f"SELECT id FROM {fam.table} WHERE uid = ?", (uid,)).fetchone()
    if found is None:
        return
    for child in fam.children:
        conn.execute(f"DELETE FROM {child.table} WHERE {child.owner} = ?", (found[0],))
    conn.execute(f"DELETE FROM {fam.table} WHERE id = ?", (found[0],))
