"""The source register's rows: the code in the clear, the identity, contact and notes only
as (nonce, ciphertext) pairs sealed by records/sources.py. Nothing here sees a plaintext."""

from __future__ import annotations

from piu_desk.core.domain.source import Source
from piu_desk.core.store.connection import Connection

FIELDS = ("identity", "contact", "notes")
Sealed = dict[str, tuple[bytes, bytes]]  # field → (nonce, ciphertext)


def _source(row: tuple[object, ...]) -> Source:
    return Source(id=int(str(row[0])), code=str(row[1]), active=bool(row[2]),
                  created_at=str(row[3]))


def all_sources(conn: Connection, active_only: bool = False) -> list[Source]:
    where = "active = 1" if active_only else "1"
    return [_source(r) for r in conn.execute(
        f"SELECT id, code, active, created_at FROM sources WHERE {where} ORDER BY code")]


def by_code(conn: Connection, code: str) -> Source | None:
    row = conn.execute("SELECT id, code, active, created_at FROM sources WHERE code = ?",
                       (code,)).fetchone()
    return _source(row) if row else None


def insert(conn: Connection, code: str, uid: str, at: str, by: str) -> int:
    """A row for the code; its sealed fields follow once the id (bound into them) exists."""
    cur = conn.execute("INSERT INTO sources(uid, code, created_at, created_by, updated_at) "
                       "VALUES (?, ?, ?, ?, ?)", (uid, code, at, by, at))
    return int(cur.lastrowid or 0)


def put_sealed(conn: Connection, source_id: int, sealed: Sealed, at: str) -> None:
    conn.execute("UPDATE sources SET identity_nonce = ?, identity_sealed = ?, "
                 "contact_nonce = ?, contact_sealed = ?, notes_nonce = ?, notes_sealed = ?, "
                 "updated_at = ? WHERE id = ?",
                 (*sealed["identity"], *sealed["contact"], *sealed["notes"], at, source_id))


def sealed(conn: Connection, source_id: int) -> Sealed | None:
    row = conn.execute("SELECT identity_nonce, identity_sealed, contact_nonce, contact_sealed, "
                       "notes_nonce, notes_sealed FROM sources WHERE id = ?",
                       (source_id,)).fetchone()
    if row is None or row[0] is None:
        return None
    return {name: (bytes(row[2 * i]), bytes(row[2 * i + 1])) for i, name in enumerate(FIELDS)}


def set_active(conn: Connection, source_id: int, active: bool, at: str) -> None:
    conn.execute("UPDATE sources SET active = ?, updated_at = ? WHERE id = ?",
                 (int(active), at, source_id))
