"""Backups: encrypted copies that round-trip, refuse damage, never touch the temp folder;
a restore needs an administrator of the backup and moves the current store aside."""

from __future__ import annotations

import os
import random
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from piu_desk.core import accounts, maintenance
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser, Role
from piu_desk.core.errors import BackupInvalid, DeskError, NotAllowed, WrongPassword
from piu_desk.core.store import backup
from tests.conftest import ADMIN, CHEAP_KDF, OFFICER, SUPERVISOR, StoreInfo
from tests.core.support import all_bytes, python_env

LATE = NewUser("late", "Late Arrival", "late-password-12", frozenset({Role.OFFICER}))


def _backup(store: StoreInfo, target: Path) -> Path:
    with store.open() as desk:
        desk.unlock(ADMIN[0], ADMIN[2])
        result = maintenance.backup_to(desk, target)
    assert result.path == target and result.size == target.stat().st_size
    return target


def _restore(store: StoreInfo, source: Path, who: tuple[str, str, str] = ADMIN) -> Path | None:
    return maintenance.restore(source, store.folder, who[0], who[2], clock=store.clock,
                               kdf_floor=CHEAP_KDF)


def _usernames(store: StoreInfo, folder: Path | None = None) -> list[str]:
    with Desk.open(folder or store.folder, clock=store.clock, kdf=CHEAP_KDF,
                   kdf_floor=CHEAP_KDF) as desk:
        session = desk.unlock(ADMIN[0], ADMIN[2])
        assert session.warnings == []
        assert maintenance.check(desk).ok
        return [u.username for u in desk.users()]


@pytest.fixture
def made(store: StoreInfo, tmp_path: Path) -> Path:
    """A backup of the three-account store, on a stick."""
    (tmp_path / "stick").mkdir()
    return _backup(store, tmp_path / "stick" / "desk.piu-backup")


def test_round_trip_and_the_current_store_is_moved_aside(store: StoreInfo, made: Path) -> None:
    with store.open() as desk:  # work done after the backup
        desk.unlock(ADMIN[0], ADMIN[2])
        accounts.add_user(desk, LATE)
    before = all_bytes(store.folder)
    aside = _restore(store, made)
    assert aside is not None and aside.parent == store.folder
    assert re.fullmatch(r"replaced-\d{4}-\d\d-\d\dT\d{6}\+0000", aside.name)
    # Nothing lost: the replaced store's files, byte for byte, and it still opens.
    moved = all_bytes(aside)
    assert moved == {k: v for k, v in before.items() if k in moved}
    assert {"piu-desk.db", "keyslots.json"} <= set(moved)
    assert "late" in _usernames(store, aside)
    # The store is the backup again, with the restore in its own audit trail.
    assert _usernames(store) == ["admin", "sopheap", "vanna"]
    with store.open() as desk:
        desk.unlock(OFFICER[0], OFFICER[2])
        desk.unlock(ADMIN[0], ADMIN[2])
        entry = desk.audit_page(0, 10, action_prefix="store.restore")[0]
        assert (entry.actor, entry.target) == ("admin", made.name)
    assert not [p for p in store.folder.iterdir() if p.name.startswith(".restore-")]


def test_restoring_twice_keeps_both_replaced_stores(store: StoreInfo, made: Path) -> None:
    first = _restore(store, made)
    second = _restore(store, made)  # same second on the test clock
    assert first is not None and second is not None and first != second
    assert first.is_dir() and second.is_dir()


def test_restore_into_an_empty_folder(store: StoreInfo, made: Path, tmp_path: Path) -> None:
    folder = tmp_path / "new-laptop"
    assert maintenance.restore(made, folder, ADMIN[0], ADMIN[2], clock=store.clock,
                               kdf_floor=CHEAP_KDF) is None
    assert _usernames(store, folder) == ["admin", "sopheap", "vanna"]


@pytest.mark.parametrize("who,error", [(OFFICER, NotAllowed), (SUPERVISOR, NotAllowed),
                                       (("admin", "", "wrong-password-1"), WrongPassword)])
def test_a_restore_by_anyone_but_an_administrator_changes_nothing(
        store: StoreInfo, made: Path, who: tuple[str, str, str],
        error: type[DeskError]) -> None:
    with store.open() as desk:
        desk.unlock(ADMIN[0], ADMIN[2])
        accounts.add_user(desk, LATE)
    before = all_bytes(store.folder)
    with pytest.raises(error):
        _restore(store, made, who)
    assert all_bytes(store.folder) == before
    assert sorted(p.name for p in store.folder.iterdir()) == sorted(before)
    assert "late" in _usernames(store)


def _damaged_copies(made: Path, tmp_path: Path) -> dict[str, bytes]:
    data = made.read_bytes()
    (header_len,) = struct.unpack(">I", data[len(backup.MAGIC):len(backup.MAGIC) + 4])
    body = len(backup.MAGIC) + 4 + header_len
    rng = random.Random(7)
    out = {f"cut at {n}": data[:n] for n in (0, 5, len(backup.MAGIC) + 2, body - 10, body,
                                             body + 4096, len(data) - 1)}
    out["appended"] = data + b"\0"
    for n in sorted(rng.sample(range(body, len(data)), 12)):
        flipped = bytearray(data)
        flipped[n] ^= 1 << rng.randrange(8)
        out[f"bit flipped at {n}"] = bytes(flipped)
    out["magic changed"] = b"X" + data[1:]
    out["header length absurd"] = data[:len(backup.MAGIC)] + b"\xff\xff\xff\xff" + data[
        len(backup.MAGIC) + 4:]
    return out


def test_a_truncated_or_bit_flipped_backup_is_refused(store: StoreInfo, made: Path,
                                                      tmp_path: Path) -> None:
    before = all_bytes(store.folder)
    for label, content in _damaged_copies(made, tmp_path).items():
        bad = tmp_path / "bad.piu-backup"
        bad.write_bytes(content)
        with pytest.raises(BackupInvalid):
            backup.read_header(bad, verify=True)
        with pytest.raises(BackupInvalid):
            _restore(store, bad)
        assert all_bytes(store.folder) == before, label
    assert [p.name for p in store.folder.iterdir() if p.name.startswith(("replaced-",
                                                                          ".restore-"))] == []


def test_a_flip_in_the_header_is_refused_or_harmless(store: StoreInfo, made: Path,
                                                     tmp_path: Path) -> None:
    data = made.read_bytes()
    (header_len,) = struct.unpack(">I", data[len(backup.MAGIC):len(backup.MAGIC) + 4])
    start = len(backup.MAGIC) + 4
    rng = random.Random(11)
    for n in sorted(rng.sample(range(start, start + header_len), 16)):
        flipped = bytearray(data)
        flipped[n] ^= 1 << rng.randrange(7)
        bad = tmp_path / f"flip{n}.piu-backup"
        bad.write_bytes(bytes(flipped))
        target = tmp_path / f"restored{n}"
        try:
            maintenance.restore(bad, target, ADMIN[0], ADMIN[2], clock=store.clock,
                                kdf_floor=CHEAP_KDF)
        except DeskError:
            assert not (target / "piu-desk.db").exists()
            continue
        # Accepted: then it is the same store, checked clean.
        assert _usernames(store, target) == ["admin", "sopheap", "vanna"]


def test_a_backup_writes_nothing_to_the_temp_folder(store: StoreInfo, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    for var in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(var, str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    stick = tmp_path / "stick"
    stick.mkdir()
    _backup(store, stick / "desk.piu-backup")
    assert list(temp.iterdir()) == []
    assert [p.name for p in stick.iterdir()] == ["desk.piu-backup"]


BACKUP_SCRIPT = """
import sys
from pathlib import Path
from piu_desk.core import maintenance
from piu_desk.core.desk import Desk
from piu_desk.core.store.keys import KdfParams
cheap = KdfParams(8 * 1024, 1, 1)
with Desk.open(Path(sys.argv[1]), kdf=cheap, kdf_floor=cheap) as desk:
    desk.unlock("admin", "admin-password-1")
    maintenance.backup_to(desk, Path(sys.argv[2]))
print("done")
"""


@pytest.mark.slow
def test_a_backup_creates_files_only_in_the_store_and_the_target(store: StoreInfo,
                                                                 tmp_path: Path) -> None:
    """Traced at the system-call level, SQLite's own temp files included (which are
    unlinked as soon as they are opened, so a folder listing would never see them)."""
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed")
    temp, stick = tmp_path / "temp", tmp_path / "stick"
    temp.mkdir()
    stick.mkdir()
    log = tmp_path / "trace.log"
    env = python_env(TMPDIR=str(temp), SQLITE_TMPDIR=str(temp), PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=open,openat,creat,mkdir,mkdirat,rename,renameat,"
         "renameat2", "-o", str(log), sys.executable, "-c", BACKUP_SCRIPT, str(store.folder),
         str(stick / "desk.piu-backup")], capture_output=True, text=True, env=env, check=False)
    if "ptrace" in result.stderr or (result.returncode != 0 and not log.exists()):
        pytest.skip(f"strace cannot run here: {result.stderr.strip()[:200]}")
    assert result.returncode == 0 and result.stdout == "done\n", result.stderr
    created = []
    for line in log.read_text().splitlines():
        match = re.search(r'(?:open|openat|creat|mkdir|mkdirat|rename\w*)\((?:[^"]*)"([^"]+)"'
                          r'(.*)', line)
        if not match:
            continue
        path, rest = match.groups()
        writes = ("O_CREAT" in rest or "O_WRONLY" in rest or "O_RDWR" in rest
                  or "mkdir" in line or "rename" in line)
        if writes and not path.startswith("/dev/"):
            created.append(os.path.realpath(path))
    allowed = (os.path.realpath(store.folder), os.path.realpath(stick))
    assert created, "the trace saw no writes at all"
    assert [p for p in created if not p.startswith(allowed)] == []
    assert list(temp.iterdir()) == []
