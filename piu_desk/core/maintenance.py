"""Integrity check, backup and restore of a store."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from pathlib import Path

from piu_desk.core.desk import Cancel, CheckReport, Desk, Progress
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.audit import GENESIS
from piu_desk.core.errors import (
    AccountDisabled,
    BackupInvalid,
    DeskError,
    NotAllowed,
    StoreDamaged,
)
from piu_desk.core.session import Clock, iso, utc_now
from piu_desk.core.store import audit, backup, database, keyring, keys, meta, migrations
from piu_desk.core.store import users as users_repo
from piu_desk.core.store.atomic import translate_os_error
from piu_desk.core.store.connection import DB_NAME, Connection, errors_translated, transaction
from piu_desk.core.store.instance_lock import InstanceLock
from piu_desk.core.store.vault import FILE_NAME as SLOT_FILE
from piu_desk.core.store.vault import Secrets, Vault
from piu_desk.core.text import QT_TRANSLATE_NOOP


def check(desk: Desk, progress: Progress | None = None,
          cancel: Cancel | None = None) -> CheckReport:
    """SQLCipher page HMACs, SQLite structure, foreign keys and the audit chain."""
    session = desk.session_or_locked(Role.ADMIN, Role.SUPERVISOR,
        action=QT_TRANSLATE_NOOP("Actions", "integrity check"))

    def run(conn: Connection) -> CheckReport:
        if progress:
            progress(0, 2)
        problems = database.integrity_problems(conn, desk.folder)
        if progress:
            progress(1, 2)
        try:
            with errors_translated(database.db_path(desk.folder)):
                verdict = audit.verify(conn, None, cancel)
        except StoreDamaged as exc:  # a damaged page under the audit table
            verdict = audit.broken(0, GENESIS, None, QT_TRANSLATE_NOOP(
                "Audit", "the audit trail cannot be read: {detail}"),
                detail=exc.__cause__ or exc)
        if progress:
            progress(2, 2)
        try:
            with transaction(conn, database.db_path(desk.folder)):
                desk.audit_in(conn, "store.check", "",
                              "ok" if not problems and verdict.ok else "problems found")
        except DeskError:
            if not problems and verdict.ok:
                raise
            # SQLCipher refuses writes after a damaged page: the report still matters more.
        return CheckReport(problems, verdict, list(session.warnings))
    return desk.db(run)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    created_at: str


def backup_to(desk: Desk, target: Path, progress: Progress | None = None,
              cancel: Cancel | None = None) -> BackupResult:
    """An encrypted copy of the database with its slot file, written atomically and
    read back. The copy stays encrypted throughout; nothing goes to the temp folder."""
    desk.session_or_locked(Role.ADMIN, Role.SUPERVISOR,
        action=QT_TRANSLATE_NOOP("Actions", "backup"))
    target = Path(target)
    scratch = target.with_name(f".{target.name}.{secrets.token_hex(6)}.partial-db")

    def run(conn: Connection) -> BackupResult:
        now = desk.now()
        data_key = desk.secrets().data_key
        keyring.seal_state(conn, desk.vault(), data_key)
        try:
            database.copy_to(conn, scratch, data_key, progress, cancel)
            size, digest = backup.file_sha256(scratch)
            vault = json.loads(desk.vault().path.read_bytes())
            header = backup.BackupHeader(
                created_at=now, db_id=desk.vault().db_id, counter=meta.get_int(conn, "counter"),
                audit_head=audit.head(conn)[1], schema=migrations.schema_version(conn),
                db_size=size, db_sha256=digest, keyslots=vault)
            backup.write(target, header, scratch, None, cancel)
        except OSError as exc:
            raise translate_os_error(exc, target) from exc
        finally:
            for leftover in (scratch, scratch.with_name(scratch.name + "-wal"),
                             scratch.with_name(scratch.name + "-shm")):
                leftover.unlink(missing_ok=True)
        with transaction(conn, database.db_path(desk.folder)):  # only once it exists
            desk.audit_in(conn, "store.backup", target.name, f"{header.db_size} bytes")
        keyring.seal_state(conn, desk.vault(), data_key)
        return BackupResult(target, target.stat().st_size, now)
    return desk.db(run)


def restore(source: Path, folder: Path, username: str, password: str, *,
            clock: Clock = utc_now, kdf_floor: keys.KdfParams = keys.MINIMUM_KDF) -> Path | None:
    """Put a backup in place of the store in `folder`, as an administrator of the backup.

    The current store (if any) is moved to `replaced-<time>/` beside it, never deleted.
    Returns that folder, or None when there was no store."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    name = username.strip().lower()
    header = backup.read_header(source, verify=True)
    try:
        staged_vault = Vault.from_dict(folder / SLOT_FILE, header.keyslots)
    except StoreDamaged as exc:
        raise BackupInvalid("its key slots are damaged") from exc
    opened = staged_vault.unlock_user(name, password, kdf_floor)  # before anything moves
    lock = InstanceLock(folder)
    lock.acquire()
    staging = folder / f".restore-{secrets.token_hex(6)}"
    try:
        staging.mkdir()
        staged_vault.path = staging / SLOT_FILE
        backup.extract_db(source, staging / DB_NAME)
        _admit_and_record(staging, staged_vault, name, opened, source, header, clock)
        aside = backup.move_aside(folder, [DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm",
                                           SLOT_FILE], iso(clock()).replace(":", ""))
        for part in (DB_NAME, SLOT_FILE):
            (staging / part).replace(folder / part)
        return aside
    except OSError as exc:
        raise translate_os_error(exc, folder) from exc
    finally:
        if staging.exists():
            for leftover in staging.iterdir():
                leftover.unlink(missing_ok=True)
            staging.rmdir()
        lock.release()


def _admit_and_record(staging: Path, vault: Vault, name: str, opened: list[Secrets],
                      source: Path, header: backup.BackupHeader, clock: Clock) -> None:
    """The restoring user must be an enabled administrator in the backup; the restore is
    recorded in the restored store's own audit trail."""
    opened_store = keyring.open_store(staging, vault, vault.who(name), opened)
    conn = opened_store.conn
    try:
        user = users_repo.by_name(conn, name)
        if user is None or user.disabled:
            raise AccountDisabled(name)
        if not user.has(Role.ADMIN):
            raise NotAllowed(QT_TRANSLATE_NOOP("Actions", "restore"))
        migrations.pending(conn)
        with transaction(conn, database.db_path(staging)):
            audit.append(conn, iso(clock()), user.username, "store.restore", source.name,
                         f"backup made {header.created_at}")
            meta.bump_counter(conn)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        keyring.seal_state(conn, vault, opened_store.secrets.data_key)
    finally:
        conn.close()
