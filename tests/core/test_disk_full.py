"""A full disk: the database write is refused as DiskFull with nothing half-written, and a
backup to a full stick fails cleanly without leaving partial files."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from piu_desk.core import accounts, maintenance
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser, Role
from piu_desk.core.errors import DiskFull
from tests.conftest import ADMIN, StoreInfo
from tests.core.support import read_slots


def _page_count(desk: Desk) -> int:
    return int(desk.db(lambda c: c.execute("PRAGMA page_count").fetchone()[0]))


def test_a_full_database_refuses_the_write_and_keeps_everything_consistent(
        admin_desk: Desk, store: StoreInfo) -> None:
    pages = _page_count(admin_desk)
    admin_desk.db(lambda c: c.execute(f"PRAGMA max_page_count = {pages + 3}"))
    added: list[str] = []
    with pytest.raises(DiskFull) as exc:
        for i in range(500):
            name = f"officer{i:03d}"
            accounts.add_user(admin_desk, NewUser(name, f"Officer Number {i} " + "x" * 100,
                                                  "officer-password-1",
                                                  frozenset({Role.OFFICER})))
            added.append(name)
    assert "piu-desk.db" in str(exc.value)
    failed = f"officer{len(added):03d}"
    assert len(added) >= 1
    # Nothing half-written: the failed account is nowhere, the rest is whole.
    names = [u.username for u in admin_desk.users()]
    assert failed not in names
    assert set(added) <= set(names)
    assert admin_desk.audit_count("user.add") == 2 + 1 + len(added)  # + the creator
    verdict = admin_desk.verify_audit()
    assert verdict.ok
    who_failed = admin_desk.vault().who(failed)
    assert [s for s in admin_desk.vault().slots if s["who"] == who_failed] == []
    # Room again: the same account can be added, and the store checks clean.
    admin_desk.db(lambda c: c.execute("PRAGMA max_page_count = 1073741823"))
    accounts.add_user(admin_desk, NewUser(failed, "Officer Late", "officer-password-1",
                                          frozenset({Role.OFFICER})))
    admin_desk.unlock(failed, "officer-password-1")
    admin_desk.unlock(ADMIN[0], ADMIN[2])
    assert maintenance.check(admin_desk).ok
    assert who_failed in {s["who"] for s in read_slots(store.folder)["slots"]}


@pytest.fixture
def full_stick(tmp_path: Path) -> Iterator[Path]:
    """A 64 KiB tmpfs: a USB stick with next to no room left."""
    mount = tmp_path / "stick"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root; /dev/full cannot take a rename")
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({result.stderr.strip()}); "
                    "/dev/full cannot take a rename")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def _fill(folder: Path, leave: int) -> None:
    """Fill the file system until about `leave` bytes remain."""
    stat = os.statvfs(folder)
    free = stat.f_bavail * stat.f_frsize
    if free > leave:
        (folder / "photos.bin").write_bytes(b"\0" * (free - leave))


@pytest.mark.parametrize("room", [0, 8 * 1024, 60 * 1024])
def test_a_backup_to_a_full_stick_is_disk_full_and_leaves_nothing(
        admin_desk: Desk, full_stick: Path, room: int) -> None:
    for minutes in range(1, 40):  # a database larger than the stick
        admin_desk.set_idle_lock_minutes(1 + minutes % 59)
    _fill(full_stick, room)
    before = sorted(p.name for p in full_stick.iterdir())
    audit_before = admin_desk.audit_count("store.backup")
    with pytest.raises(DiskFull):
        maintenance.backup_to(admin_desk, full_stick / "desk.piu-backup")
    assert sorted(p.name for p in full_stick.iterdir()) == before
    assert admin_desk.audit_count("store.backup") == audit_before  # no backup recorded
    # The desk carries on.
    admin_desk.set_idle_lock_minutes(9)
    assert maintenance.check(admin_desk).ok
