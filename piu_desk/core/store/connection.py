"""Opening the SQLCipher database with a raw data key, its pragmas, and error mapping."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from piu_desk.core.errors import DeskError, DiskFull, FileProblem, StoreDamaged, StoreInUse

DB_NAME = "piu-desk.db"
PAGE_HMAC = "HMAC_SHA256"
if TYPE_CHECKING:  # sqlcipher3 ships no types; its Connection has sqlite3's interface
    from sqlite3 import Connection as Connection
else:
    Connection = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError


def key_pragma(data_key: bytes) -> str:
    # A raw key in x'..' form: never a passphrase (sqlcipher3's set_key(bytes) would
    # treat the bytes as one and run PBKDF2 on every open).
    if len(data_key) != 32:
        raise ValueError("the data key is 32 bytes")
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def apply_key(conn: Connection, data_key: bytes) -> None:
    """Key a fresh connection: silence SQLCipher's own log (a wrong key must leave stderr
    empty), the raw key, and the page MAC. Page MACs are HMAC-SHA256 (SQLCipher 4's default
    is SHA-512): the same 256-bit integrity and about a fifth less work on every page
    written. This is part of the file format, so every connection sets it before reading."""
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(key_pragma(data_key))
    conn.execute(f"PRAGMA cipher_hmac_algorithm = {PAGE_HMAC}")


def like_escaped(text: str) -> str:
    """`text` matched literally by `LIKE ? ESCAPE '\\'`: its \\, % and _ escaped."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def rekey_pragma(data_key: bytes) -> str:
    return key_pragma(data_key).replace("PRAGMA key", "PRAGMA rekey")


def translate(exc: Exception, path: Path) -> DeskError | None:
    """A typed error for a fault of the environment, or None for a bug."""
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull(str(path))
    if "database is locked" in text or "database is busy" in text:
        return StoreInUse("the database file is locked by another program")
    if "unable to open database file" in text:
        return FileProblem(str(path), "the folder is missing or cannot be written")
    if "readonly database" in text:  # read-only media, or SQLCipher after a damaged page
        return FileProblem(str(path), "the database cannot be written")
    if ("not a database" in text or "malformed" in text or "disk i/o error" in text
            or "hmac check failed" in text):
        return StoreDamaged(str(exc))
    return None


@contextlib.contextmanager
def errors_translated(path: Path) -> Iterator[None]:
    try:
        yield
    except (sqlcipher3.DatabaseError, sqlcipher3.OperationalError) as exc:
        typed = translate(exc, path)
        if typed is None:
            raise
        raise typed from exc


def open_database(path: Path, data_key: bytes, *, create: bool = False) -> Connection:
    """Open (or create) the store's database. Raises StoreDamaged when the key does not open
    it or the file is not a database."""
    if not create and not path.exists():
        raise StoreDamaged(f"database file {path.name} is missing")
    with errors_translated(path):
        conn: Connection = sqlcipher3.connect(str(path), isolation_level=None, timeout=0.5)
    try:
        with errors_translated(path):
            apply_key(conn, data_key)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA secure_delete = ON")
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def transaction(conn: Connection, path: Path) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error."""
    with errors_translated(path):
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            # SQLite may already have rolled back (SQLITE_FULL); a failed COMMIT has not.
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
