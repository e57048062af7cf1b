"""Backup files: the encrypted database and its key-slot file, together, in one file.

Layout (`piu-backup/1`): the magic line `PIU-DESK-BACKUP/1\\n`, a 4-byte big-endian header
length, a JSON header (format, created, database id, counter, audit head, schema version,
database size and SHA-256, the key-slot file), then the database bytes — still encrypted
under the data key. Nothing in the file is readable without a password or the recovery key.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from piu_desk.core.errors import BackupInvalid, Cancelled
from piu_desk.core.store.atomic import fsync_dir, translate_os_error

MAGIC = b"PIU-DESK-BACKUP/1\n"
FORMAT = "piu-backup/1"
MAX_HEADER = 4 * 1024 * 1024
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class BackupHeader:
    created_at: str
    db_id: str
    counter: int
    audit_head: str
    schema: int
    db_size: int
    db_sha256: str
    keyslots: dict[str, Any]


def write(target: Path, header: BackupHeader, db_file: Path,
          progress: Callable[[int, int], None] | None = None,
          cancel: Callable[[], bool] | None = None) -> None:
    """Write atomically beside `target`, then read it back and check the hash."""
    head = json.dumps({"format": FORMAT, **header.__dict__}, sort_keys=True).encode()
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.partial")
    try:
        with open(tmp, "wb") as out, open(db_file, "rb") as src:
            out.write(MAGIC + struct.pack(">I", len(head)) + head)
            done = 0
            while chunk := src.read(CHUNK):
                out.write(chunk)
                done += len(chunk)
                if progress:
                    progress(done, header.db_size)
                if cancel and cancel():
                    raise Cancelled()
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        raise translate_os_error(exc, target) from exc
    finally:
        tmp.unlink(missing_ok=True)
    read_header(target, verify=True)


def _read_head(fh: IO[bytes]) -> tuple[BackupHeader, int]:
    if fh.read(len(MAGIC)) != MAGIC:
        raise BackupInvalid("it is not a PIU Desk backup")
    raw_len = fh.read(4)
    if len(raw_len) != 4:
        raise BackupInvalid("it is cut short")
    (length,) = struct.unpack(">I", raw_len)
    if length > MAX_HEADER:
        raise BackupInvalid("its header is too large")
    try:
        obj = json.loads(fh.read(length))
        if obj.pop("format") != FORMAT:
            raise ValueError("unknown format")
        header = BackupHeader(**obj)
    except (ValueError, TypeError, KeyError) as exc:
        raise BackupInvalid("its header is damaged") from exc
    return header, len(MAGIC) + 4 + length


def read_header(path: Path, verify: bool = True) -> BackupHeader:
    try:
        with open(path, "rb") as fh:
            header, _ = _read_head(fh)
            if verify:
                digest, size = hashlib.sha256(), 0
                while chunk := fh.read(CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                if size != header.db_size or digest.hexdigest() != header.db_sha256:
                    raise BackupInvalid("its database part is damaged or cut short")
    except OSError as exc:
        raise translate_os_error(exc, path) from exc
    return header


def extract_db(path: Path, target: Path) -> BackupHeader:
    """Copy the database part to `target`, checking its hash on the way."""
    try:
        with open(path, "rb") as fh:
            header, _ = _read_head(fh)
            digest = hashlib.sha256()
            with open(target, "wb") as out:
                while chunk := fh.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise translate_os_error(exc, path) from exc
    if digest.hexdigest() != header.db_sha256:
        target.unlink(missing_ok=True)
        raise BackupInvalid("its database part is damaged or cut short")
    return header


def file_sha256(path: Path) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def move_aside(folder: Path, names: list[str], stamp: str) -> Path | None:
    """Move the current store files into `replaced-<stamp>/` so a restore loses nothing."""
    present = [n for n in names if (folder / n).exists()]
    if not present:
        return None
    aside, n = folder / f"replaced-{stamp}", 1
    while aside.exists():  # a second restore within the second, or a clock set back
        aside, n = folder / f"replaced-{stamp}-{n}", n + 1
    aside.mkdir()
    for name in present:
        shutil.move(str(folder / name), str(aside / name))
    return aside
