"""Schema versions: numbered steps that upgrade an empty database to the latest, and a
store from a newer version refused rather than touched."""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import pkgutil
import re
from pathlib import Path

import pytest

from piu_desk.core import maintenance
from piu_desk.core.errors import StoreTooNew
from piu_desk.core.store import backup, connection, migrations
from tests.conftest import ADMIN, CHEAP_KDF, StoreInfo
from tests.core.support import all_bytes, data_key, raw_open


def test_every_migration_module_is_a_numbered_step() -> None:
    names = sorted(m.name for m in pkgutil.iter_modules(migrations.__path__))
    numbers = [int(re.fullmatch(r"m(\d{4})_\w+", n).group(1)) for n in names]  # type: ignore[union-attr]
    # 1, 2, 3, ... with none missing: a store upgrades through every step in order
    assert numbers == list(range(1, len(numbers) + 1))
    for name, number in zip(names, numbers, strict=True):
        module = importlib.import_module(f"{migrations.__name__}.{name}")
        assert number == module.VERSION
    assert [v for v, _ in migrations.STEPS] == numbers
    assert numbers[-1] == migrations.LATEST


def test_an_empty_database_upgrades_step_by_step(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    conn = connection.open_database(path, os.urandom(32), create=True)
    try:
        assert migrations.schema_version(conn) == 0
        assert migrations.pending(conn) == [v for v, _ in migrations.STEPS]
        assert migrations.upgrade(conn, path) == [v for v, _ in migrations.STEPS]
        assert migrations.schema_version(conn) == migrations.LATEST
        assert migrations.upgrade(conn, path) == []
        assert migrations.pending(conn) == []
    finally:
        conn.close()


def _set_version(store: StoreInfo, version: int) -> None:
    with store.open() as desk:
        desk.unlock(ADMIN[0], ADMIN[2])
        key = data_key(desk)
    conn = raw_open(store.folder, key)
    try:
        conn.execute(f"PRAGMA user_version = {version}")
    finally:
        conn.close()


def test_a_store_from_a_newer_version_is_refused(store: StoreInfo) -> None:
    _set_version(store, migrations.LATEST + 1)
    before = all_bytes(store.folder)
    with store.open() as desk:
        with pytest.raises(StoreTooNew) as exc:
            desk.unlock(ADMIN[0], ADMIN[2])
        assert f"schema {migrations.LATEST + 1}" in str(exc.value)
        assert not desk.is_unlocked
        with pytest.raises(StoreTooNew):
            desk.unlock_with_recovery(store.recovery_key)
    after = all_bytes(store.folder)
    assert after["piu-desk.db"] == before["piu-desk.db"]


def test_a_backup_from_a_newer_version_is_not_restored(store: StoreInfo,
                                                       tmp_path: Path) -> None:
    _set_version(store, migrations.LATEST + 5)
    source = _backup_of(store, tmp_path)
    target = tmp_path / "elsewhere"
    with pytest.raises(StoreTooNew):
        maintenance.restore(source, target, ADMIN[0], ADMIN[2], clock=store.clock,
                            kdf_floor=CHEAP_KDF)
    assert sorted(p.name for p in target.iterdir()) == ["desk.lock"]


def _backup_of(store: StoreInfo, tmp_path: Path) -> Path:
    """A backup file of the closed store as it is on disk, as a newer version made it."""
    db = (store.folder / "piu-desk.db").read_bytes()
    slots = json.loads((store.folder / "keyslots.json").read_text())
    header = backup.BackupHeader(
        created_at="2027-01-01T00:00:00+00:00", db_id=slots["db_id"], counter=0,
        audit_head="", schema=migrations.LATEST + 5, db_size=len(db),
        db_sha256=hashlib.sha256(db).hexdigest(), keyslots=slots)
    scratch = tmp_path / "db-copy"
    scratch.write_bytes(db)
    target = tmp_path / "new.piu-backup"
    backup.write(target, header, scratch)
    return target
