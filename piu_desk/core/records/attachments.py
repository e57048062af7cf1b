"""Attachment services: add, list, read, remove, and save a copy where the user asks.

Photos and scanned documents live only inside the encrypted store: they are read into
memory and written into the database, never to a temporary file. Adding and removing is
for records still being written (an inspection in draft or returned for changes); an
approved record keeps what it was approved with. A copy on disk is written only where the
user chooses, and the export is audited.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from piu_desk.core.desk import Desk
from piu_desk.core.domain.attachment import (
    Attachment,
    OwnerKind,
    check_file,
    check_thumbnail,
    clean_file_name,
)
from piu_desk.core.domain.inspection import Status
from piu_desk.core.errors import Invalid
from piu_desk.core.records.common import editor, new_uid, not_found, reader
from piu_desk.core.session import Changes
from piu_desk.core.store import attachments as repo
from piu_desk.core.store import inspections as inspections_repo
from piu_desk.core.store.atomic import write_atomic
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

OPEN_FOR_CHANGES = (Status.DRAFT, Status.RETURNED)
CHANGED = Changes.of("attachments", "audit")


def _owner_status(conn: Connection, kind: OwnerKind, owner_id: int) -> Status:
    if kind == OwnerKind.INSPECTION:
        found = inspections_repo.get(conn, owner_id)
        if found is None:
            raise not_found("inspection")
        return found.status
    raise not_found(kind.value)  # pragma: no cover - every kind is handled above


def _require_open(conn: Connection, kind: OwnerKind, owner_id: int) -> None:
    if _owner_status(conn, kind, owner_id) not in OPEN_FOR_CHANGES:
        raise Invalid("status", Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "Photos and documents are added or removed only while the "
            "inspection is a draft or returned for changes.")))


def _existing(conn: Connection, attachment_id: int) -> Attachment:
    found = repo.get(conn, attachment_id)
    if found is None:
        raise not_found("attachment")
    return found


def add(desk: Desk, kind: OwnerKind, owner_id: int, file_name: str, data: bytes,
        thumbnail: bytes | None = None) -> tuple[int, Changes]:
    """Keep `data` (a JPEG, PNG, TIFF or PDF of at most 20 MB) with the record."""
    session = editor(desk, QT_TRANSLATE_NOOP("Actions", "add attachment"))
    mime = check_file(file_name, data)
    thumb = check_thumbnail(thumbnail)
    item = Attachment(id=None, owner_kind=kind, owner_id=owner_id,
                      file_name=clean_file_name(file_name), mime_type=mime, size=len(data),
                      sha256=hashlib.sha256(data).hexdigest(), thumbnail=thumb,
                      added_by=session.username, added_at=desk.now(), uid=new_uid())

    def run(conn: Connection) -> int:
        _require_open(conn, kind, owner_id)
        aid = repo.insert(conn, item, data)
        desk.audit_in(conn, "attachment.add", f"{kind.value} {owner_id}",
                      f"attachment {aid}; {mime}; {len(data)} bytes")
        return aid
    return desk.mutate(run), CHANGED


def of_owner(desk: Desk, kind: OwnerKind, owner_id: int) -> list[Attachment]:
    """The record's attachments with their thumbnails, without their content."""
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view attachments"))
    return desk.db(lambda c: repo.of_owner(c, kind, owner_id))


def content(desk: Desk, attachment_id: int) -> bytes:
    """The file's bytes, in memory."""
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view attachments"))

    def run(conn: Connection) -> bytes:
        data = repo.content(conn, attachment_id)
        if data is None:
            raise not_found("attachment")
        return data
    return desk.db(run)


def remove(desk: Desk, attachment_id: int) -> Changes:
    editor(desk, QT_TRANSLATE_NOOP("Actions", "remove attachment"))

    def run(conn: Connection) -> None:
        item = _existing(conn, attachment_id)
        _require_open(conn, item.owner_kind, item.owner_id)
        repo.delete(conn, attachment_id)
        desk.audit_in(conn, "attachment.remove", f"{item.owner_kind.value} {item.owner_id}",
                      f"attachment {attachment_id}")
    desk.mutate(run)
    return CHANGED


def save_copy(desk: Desk, attachment_id: int, target: Path) -> Changes:
    """Write the file, unencrypted, where the user asked (atomically), and audit it."""
    reader(desk, QT_TRANSLATE_NOOP("Actions", "save a copy of an attachment"))

    def run(conn: Connection) -> None:
        item = _existing(conn, attachment_id)
        data = repo.content(conn, attachment_id) or b""
        write_atomic(Path(target), data)
        desk.audit_in(conn, "attachment.export", f"{item.owner_kind.value} {item.owner_id}",
                      f"attachment {attachment_id}")
    desk.mutate(run)
    return Changes.of("audit")
