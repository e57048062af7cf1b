"""A damaged or rolled-back database: reported as damage or a warning, never a crash."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest

from piu_desk.core import accounts, maintenance
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser, Role
from piu_desk.core.errors import DeskError, StoreDamaged
from tests.conftest import ADMIN, CHEAP_KDF, OFFICER, StoreInfo, create_store
from tests.core.support import PAGE, copy_store, db_file, flip_byte


@pytest.fixture(scope="module")
def busy_store(tmp_path_factory: pytest.TempPathFactory) -> StoreInfo:
    """A closed store with a few hundred audit entries, so it spans many pages."""
    info = create_store(tmp_path_factory.mktemp("busy") / "store")
    with info.open() as desk:
        desk.unlock(ADMIN[0], ADMIN[2])
        for i in range(250):
            desk.set_idle_lock_minutes(1 + i % 60)
    return info


def _open_and_check(info: StoreInfo, folder: Path, page: int) -> str:
    """'open' when the log-in reports the damage, 'check' when the integrity check does.
    Anything else fails the test: a flip nobody reports, or an exception that is not a
    DeskError. The store must be let go of either way."""
    desk = Desk.open(folder, clock=info.clock, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    try:
        try:
            desk.unlock(ADMIN[0], ADMIN[2])
        except StoreDamaged:
            assert not desk.is_unlocked
            return "open"
        report = maintenance.check(desk)
        assert not report.ok
        assert f"cipher: HMAC verification failed for page {page}" in report.problems
        return "check"
    finally:
        with contextlib.suppress(DeskError):  # the lock's audit entry may be refused
            desk.close()
        Desk.open(folder, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF).close()


def test_a_flipped_byte_in_a_middle_page_is_reported(busy_store: StoreInfo,
                                                      tmp_path: Path) -> None:
    folder = copy_store(busy_store.folder, tmp_path / "copy")
    pages = db_file(folder).stat().st_size // PAGE
    assert pages >= 10
    flip_byte(db_file(folder), (pages // 2) * PAGE + 1500)
    _open_and_check(busy_store, folder, pages // 2 + 1)


def test_every_page_flipped_is_reported_never_a_crash(busy_store: StoreInfo,
                                                      tmp_path: Path) -> None:
    pages = db_file(busy_store.folder).stat().st_size // PAGE
    outcomes = {}
    for page in range(1, pages + 1):
        folder = copy_store(busy_store.folder, tmp_path / f"page{page}")
        flip_byte(db_file(folder), (page - 1) * PAGE + 2000)
        outcomes[page] = _open_and_check(busy_store, folder, page)
        shutil.rmtree(folder)
    assert outcomes[1] == "open"  # the first page is read when the key is tried
    # Both paths are exercised: pages read at log-in, and pages only the check reads.
    assert set(outcomes.values()) == {"open", "check"}, outcomes


def test_an_untouched_store_checks_clean(busy_store: StoreInfo, tmp_path: Path) -> None:
    folder = copy_store(busy_store.folder, tmp_path / "copy")
    with Desk.open(folder, clock=busy_store.clock, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF) as desk:
        desk.unlock(ADMIN[0], ADMIN[2])
        report = maintenance.check(desk)
        assert (report.ok, report.problems, report.warnings) == (True, [], [])


def test_an_older_copy_of_the_database_put_back_is_noticed(store: StoreInfo,
                                                           tmp_path: Path) -> None:
    old = tmp_path / "old"
    old.mkdir()
    db = db_file(store.folder)
    for part in ("", "-wal"):
        if Path(f"{db}{part}").exists():
            shutil.copy2(f"{db}{part}", old / f"{db.name}{part}")
    for session in range(3):  # later sessions move on
        with store.open() as desk:
            desk.unlock(ADMIN[0], ADMIN[2])
            accounts.add_user(desk, NewUser(f"later{session}", "Later Officer",
                                            "later-password-1", frozenset({Role.OFFICER})))
    for part in ("", "-wal", "-shm"):
        Path(f"{db}{part}").unlink(missing_ok=True)
    for copied in old.iterdir():
        shutil.copy2(copied, store.folder / copied.name)
    with store.open() as desk:
        session_ = desk.unlock(ADMIN[0], ADMIN[2])
        assert session_.warnings == ["older-database"]
        assert "later0" not in [u.username for u in desk.users()]
        entry = desk.audit_page(0, 5, action_prefix="store.warning")[0]
        assert (entry.actor, entry.detail) == ("admin", "older-database")
        report = maintenance.check(desk)
        assert report.warnings == ["older-database"]
        assert report.problems == []


def test_an_older_copy_is_noticed_by_any_user(store: StoreInfo, tmp_path: Path) -> None:
    db = db_file(store.folder)
    saved = db.read_bytes()
    with store.open() as desk:
        desk.unlock(ADMIN[0], ADMIN[2])
        desk.set_idle_lock_minutes(7)
    db.write_bytes(saved)
    with store.open() as desk:
        assert desk.unlock(OFFICER[0], OFFICER[2]).warnings == ["older-database"]
        assert desk.idle_lock_minutes() == 5
