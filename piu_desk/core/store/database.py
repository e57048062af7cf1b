"""Creating, opening, re-keying, checking and copying the SQLCipher database file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from piu_desk.core.errors import Cancelled, StoreDamaged
from piu_desk.core.store import connection, migrations
from piu_desk.core.store.connection import Connection, errors_translated, open_database

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


def db_path(folder: Path) -> Path:
    return folder / connection.DB_NAME


def create(folder: Path, data_key: bytes) -> Connection:
    path = db_path(folder)
    conn = open_database(path, data_key, create=True)
    migrations.upgrade(conn, path)
    return conn


def open_with(folder: Path, candidates: list[bytes]) -> tuple[Connection, bytes]:
    """Open with the first key that works (newest first, for an interrupted rotation)."""
    last: Exception | None = None
    for key in candidates:
        try:
            return open_database(db_path(folder), key), key
        except StoreDamaged as exc:
            last = exc
    raise StoreDamaged(f"no key opens the database ({last})")


def rekey(conn: Connection, folder: Path, new_key: bytes) -> None:
    with errors_translated(db_path(folder)):
        conn.execute(connection.rekey_pragma(new_key))
        # In WAL mode the re-encrypted pages wait in the WAL; until a checkpoint the main
        # file keeps pages under the old key, and cipher_integrity_check (which reads the
        # file) reports every page as failing. The WAL stays until the copy is complete, so
        # a crash here still leaves the new key valid.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def can_open(folder: Path, key: bytes) -> bool:
    try:
        open_database(db_path(folder), key).close()
    except StoreDamaged:
        return False
    return True


def integrity_problems(conn: Connection, folder: Path) -> list[str]:
    """SQLCipher page HMACs, SQLite structure and foreign keys; empty when all is well."""
    problems: list[str] = []
    checks = (("cipher", "PRAGMA cipher_integrity_check"), ("structure", "PRAGMA integrity_check"),
              ("foreign key", "PRAGMA foreign_key_check"))
    for label, pragma in checks:
        try:
            with errors_translated(db_path(folder)):
                rows = conn.execute(pragma).fetchall()
        except (StoreDamaged, connection.DatabaseError) as exc:
            # A check that stops at a damaged page (or at a virtual table whose shadow
            # tables it cannot read) has found a problem: report it.
            problems.append(f"{label}: {exc.__cause__ or exc}")
            continue
        problems += [f"{label}: {tuple(r) if len(r) > 1 else r[0]}" for r in rows
                     if not (label == "structure" and r[0] == "ok")]
    return problems


def copy_to(conn: Connection, target: Path, data_key: bytes, progress: Progress | None,
            cancel: Cancel | None) -> None:
    """An encrypted copy under the same key, page by page (the backup API)."""
    dest = _open_scratch(target, data_key)
    state = {"cancelled": False}

    def step(status: int, remaining: int, total: int) -> None:
        if progress:
            progress(total - remaining, total)
        if cancel and cancel():
            state["cancelled"] = True
            raise Cancelled()

    try:
        with errors_translated(target):
            conn.backup(dest, pages=256, progress=step)
    except Cancelled:
        raise
    except Exception:
        if state["cancelled"]:
            raise Cancelled() from None
        raise
    finally:
        dest.close()


def _open_scratch(target: Path, data_key: bytes) -> Connection:
    """A new encrypted file to copy into, without a journal: no -wal/-shm beside it on the
    target drive, and a full drive is SQLITE_FULL (DiskFull), not a shared-memory I/O error
    that would read as a damaged store."""
    with errors_translated(target):
        conn: Connection = sqlcipher3.connect(str(target), isolation_level=None)
    try:
        with errors_translated(target):
            connection.apply_key(conn, data_key)
            conn.execute("PRAGMA journal_mode = OFF").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn
