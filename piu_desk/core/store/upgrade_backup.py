"""The copy of a store taken before a newer build upgrades its schema.

Before the first migration runs, the database (copied page by page under its own data key,
so the copy is as encrypted as the store) and the key-slot file go into
`<store>/backups/before-v<NNNN>-<UTC time>/`, where NNNN is the schema about to be reached.
That folder is a whole store of the older schema: an older build opens it with `--store`,
and support can put it back if an upgrade ever goes wrong. It is written under a
`.partial` name and renamed when complete, so a half-written copy never looks whole.
Nothing removes these folders; an administrator deletes them once the new build is trusted.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from piu_desk.core.store import audit, connection, database, migrations
from piu_desk.core.store.atomic import translate_os_error
from piu_desk.core.store.connection import Connection, transaction
from piu_desk.core.store.vault import FILE_NAME as SLOT_FILE

FOLDER = "backups"
PARTIAL = ".partial"


def folder_name(target_version: int, moment: datetime) -> str:
    return f"before-v{target_version:04d}-{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def take(conn: Connection, store: Path, data_key: bytes, target_version: int,
         moment: datetime) -> Path:
    """Copy the database behind `conn` and the slot file into a new backup folder of
    `store`; returns the folder. Raises the store's typed errors (a full disk: DiskFull)
    and leaves no partial folder behind."""
    backups = store / FOLDER
    name = folder_name(target_version, moment)
    final, n = backups / name, 1
    while final.exists():  # two upgrades in one second (a retry): keep both
        n += 1
        final = backups / f"{name}-{n}"
    partial = final.with_name(final.name + PARTIAL)
    try:
        backups.mkdir(exist_ok=True)
        if partial.exists():
            shutil.rmtree(partial)  # left by an earlier attempt that was cut off
        partial.mkdir()
        database.copy_to(conn, partial / connection.DB_NAME, data_key, None, None)
        shutil.copy2(store / SLOT_FILE, partial / SLOT_FILE)
        os.replace(partial, final)
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise translate_os_error(exc, backups) from exc
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return final


def upgrade(conn: Connection, store: Path, data_key: bytes, moment: datetime,
            now: str) -> None:
    """Bring an older store to the latest schema, copying it aside first, and audit it."""
    before = migrations.schema_version(conn)
    steps = migrations.pending(conn)  # refuses a store from a newer version
    if not steps:
        return
    kept = take(conn, store, data_key, steps[-1], moment)
    migrations.upgrade(conn, database.db_path(store))
    with transaction(conn, database.db_path(store)):
        audit.append(conn, now, "-", "store.upgrade", f"schema {steps[-1]}",
                     f"from schema {before}; copy kept in {FOLDER}/{kept.name}")
