"""Attachments: the file's bytes and its thumbnail as BLOBs inside the encrypted database."""

from __future__ import annotations

from piu_desk.core.domain.attachment import Attachment, OwnerKind
from piu_desk.core.store.connection import Connection

_COLUMNS = ("id, owner_kind, owner_id, file_name, mime_type, size, sha256, thumbnail, "
            "added_by, added_at, uid")


def _attachment(row: tuple[object, ...]) -> Attachment:
    thumb = row[7]
    return Attachment(id=int(str(row[0])), owner_kind=OwnerKind(str(row[1])),
                      owner_id=int(str(row[2])), file_name=str(row[3]), mime_type=str(row[4]),
                      size=int(str(row[5])), sha256=str(row[6]),
                      thumbnail=bytes(thumb) if isinstance(thumb, bytes | memoryview) else None,
                      added_by=str(row[8]), added_at=str(row[9]), uid=str(row[10]))


def insert(conn: Connection, a: Attachment, data: bytes) -> int:
    cur = conn.execute(
        "INSERT INTO attachments(uid, owner_kind, owner_id, file_name, mime_type, size, "
        "sha256, data, thumbnail, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (a.uid, a.owner_kind.value, a.owner_id, a.file_name, a.mime_type, a.size, a.sha256,
         data, a.thumbnail, a.added_by, a.added_at))
    return int(cur.lastrowid or 0)


def get(conn: Connection, attachment_id: int) -> Attachment | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM attachments WHERE id = ?",
                       (attachment_id,)).fetchone()
    return _attachment(row) if row else None


def of_owner(conn: Connection, kind: OwnerKind, owner_id: int) -> list[Attachment]:
    """In the order they were added."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM attachments WHERE owner_kind = ? "
                        "AND owner_id = ? ORDER BY added_at, id", (kind.value, owner_id))
    return [_attachment(r) for r in rows]


def content(conn: Connection, attachment_id: int) -> bytes | None:
    row = conn.execute("SELECT data FROM attachments WHERE id = ?",
                       (attachment_id,)).fetchone()
    return bytes(row[0]) if row else None


def delete(conn: Connection, attachment_id: int) -> None:
    conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))


def count(conn: Connection, kind: OwnerKind, owner_id: int) -> int:
    row = conn.execute("SELECT count(*) FROM attachments WHERE owner_kind = ? AND owner_id = ?",
                       (kind.value, owner_id)).fetchone()
    return int(row[0])
