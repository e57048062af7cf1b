"""Rotating the data key: everyone keeps access, and a process killed at any point of the
rotation leaves a store that opens for every user, checks clean and has lost nothing."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from piu_desk.core import accounts, maintenance
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser, Role
from piu_desk.core.errors import AccountDisabled, WrongPassword
from piu_desk.core.store import database
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.vault import Vault
from tests.conftest import ADMIN, CHEAP_KDF, OFFICER, SUPERVISOR, StoreInfo, create_store
from tests.core.support import copy_store, data_key, helper, python_env, raw_open

CANARY = NewUser("canary", "Canary Officer", "canary-password-1", frozenset({Role.OFFICER}))


def _prepare(info: StoreInfo, filler_bytes: int = 0) -> None:
    with info.open() as desk:
        desk.unlock(ADMIN[0], ADMIN[2])
        desk.set_idle_lock_minutes(17)
        accounts.add_user(desk, CANARY)
        if filler_bytes:  # pages for the re-key to chew on, so a random kill can land in it
            def fill(conn: Connection) -> None:
                conn.execute("CREATE TABLE filler(b BLOB)")
                conn.executemany("INSERT INTO filler VALUES (randomblob(4000))",
                                 [()] * (filler_bytes // 4000))
            desk.db(fill)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> StoreInfo:
    info = create_store(tmp_path_factory.mktemp("rotation") / "store")
    _prepare(info)
    return info


def _open(info: StoreInfo, folder: Path) -> Desk:
    return Desk.open(folder, clock=info.clock, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)


def _assert_intact(info: StoreInfo, folder: Path, *, officer_first: bool,
                   being_disabled: str | None = None, everyone: bool = True) -> None:
    """The users (all of them, or the officer and the administrator) and the recovery key
    open the store, it checks clean, and what was there before the rotation is still there.
    An account that was being disabled may be shut out already."""
    users = [OFFICER, SUPERVISOR, ADMIN] if everyone else [OFFICER, ADMIN]
    with _open(info, folder) as desk:
        for name, _full, password in users if officer_first else users[::-1]:
            if name == being_disabled:
                with contextlib.suppress(AccountDisabled, WrongPassword):
                    assert desk.unlock(name, password).warnings == []
                continue
            assert desk.unlock(name, password).warnings == [], name
        if everyone:
            desk.unlock(CANARY.username, CANARY.password)
        assert desk.unlock_with_recovery(info.recovery_key).via_recovery
        desk.unlock(ADMIN[0], ADMIN[2])
        report = maintenance.check(desk)
        assert report.ok, report
        assert desk.idle_lock_minutes() == 17
        assert {u.username for u in desk.users()} == {"admin", "canary", "sopheap", "vanna"}
        assert [e.action for e in desk.audit_page(0, 1, action_prefix="store.check")] == \
            ["store.check"]


def test_a_rotation_keeps_everyone_in_and_retires_the_old_key(template: StoreInfo,
                                                             tmp_path: Path) -> None:
    folder = copy_store(template.folder, tmp_path / "store")
    with _open(template, folder) as desk:
        desk.unlock(ADMIN[0], ADMIN[2])
        old = data_key(desk)
        accounts.rotate_data_key(desk, "routine")
        new = data_key(desk)
        assert new != old
        assert desk.secrets().generation == 2
        assert desk.audit_page(0, 5, action_prefix="key.rotate")[0].target == "generation 2"
    assert not database.can_open(folder, old)
    raw_open(folder, new).close()
    _assert_intact(template, folder, officer_first=True)
    # Once everyone has logged in, only generation-2 slots are left.
    assert {s["gen"] for s in Vault.load(folder).slots} == {2}


# -- killed at every step ---------------------------------------------------------------
def _run_victim(folder: Path, mode: str, die_at: int, markers: Path | None = None
                ) -> subprocess.CompletedProcess[str]:
    env = python_env(PIU_TEST_DIE_AT=str(die_at))
    if markers is not None:
        env["PIU_TEST_MARKERS"] = str(markers)
    return subprocess.run([sys.executable, helper("rotate_victim.py"), str(folder), mode],
                          capture_output=True, text=True, env=env, timeout=60, check=False)


def _points(template: StoreInfo, tmp_path: Path, mode: str) -> list[str]:
    folder = copy_store(template.folder, tmp_path / f"count-{mode}")
    markers = tmp_path / f"count-{mode}.txt"
    result = _run_victim(folder, mode, 0, markers)
    assert result.returncode == 0, result.stderr
    labels = [line.split()[0] for line in markers.read_text().splitlines()]
    assert int(result.stdout) == len(labels)
    return labels[:labels.index("rotated") + 1]


@pytest.mark.slow
def test_killed_at_every_step_of_a_rotation(template: StoreInfo, tmp_path: Path) -> None:
    """Disabling an account, which rotates the key: every step point of the rotation is
    passed through here (a plain rotation has the same points, less the disabling)."""
    labels = _points(template, tmp_path, "disable")
    assert labels.count("before-rekey") == 1
    folders = {n: copy_store(template.folder, tmp_path / f"kill-{n}")
               for n in range(1, len(labels) + 1)}
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = dict(zip(folders, pool.map(
            lambda n: _run_victim(folders[n], "disable", n), folders), strict=True))
    old_key = Vault.load(template.folder).unlock_user(OFFICER[0], OFFICER[2],
                                                      CHEAP_KDF)[0].data_key
    rekey_at = labels.index("after-rekey")
    print(f"\n{len(labels)} kill points, {rekey_at} before the re-key, "
          f"{len(labels) - rekey_at} after it")
    for n, result in results.items():
        assert result.returncode == 137, (labels[n - 1], result.stderr)
        folder = folders[n]
        _assert_intact(template, folder, officer_first=n % 2 == 0, being_disabled=OFFICER[0])
        # An account shown as disabled never still holds a key that opens the store.
        disabled = _is_disabled(template, folder, OFFICER[0])
        assert not (disabled and database.can_open(folder, old_key)), labels[n - 1]
        # Disabling again finishes the job.
        with _open(template, folder) as desk:
            desk.unlock(ADMIN[0], ADMIN[2])
            accounts.disable_user(desk, OFFICER[0])
            with pytest.raises(WrongPassword):
                desk.unlock(OFFICER[0], OFFICER[2])
        assert _is_disabled(template, folder, OFFICER[0])
        assert not database.can_open(folder, old_key)


def _is_disabled(info: StoreInfo, folder: Path, username: str) -> bool:
    with _open(info, folder) as desk:
        desk.unlock(ADMIN[0], ADMIN[2])
        return any(u.disabled for u in desk.users() if u.username == username)


@pytest.mark.slow
def test_killed_at_random_moments_of_a_rotation(tmp_path_factory: pytest.TempPathFactory,
                                                tmp_path: Path) -> None:
    info = create_store(tmp_path_factory.mktemp("big") / "store")
    _prepare(info, filler_bytes=3 * 1024 * 1024)
    timeline = tmp_path / "timeline.txt"
    result = _run_victim(copy_store(info.folder, tmp_path / "timed"), "rotate", 0, timeline)
    assert result.returncode == 0, result.stderr
    times = {k: float(v) - float(timeline.read_text().split()[1]) for k, v in (
        line.split() for line in timeline.read_text().splitlines())}
    span = times["rotated"]
    rng = random.Random(20261128)
    # Two kills in three aimed at the re-key as timed above, the rest anywhere.
    delays = [rng.uniform(times["before-rekey"], times["after-rekey"]) if run % 3 else
              rng.uniform(0, span * 1.1) for run in range(12)]
    folders = [copy_store(info.folder, tmp_path / f"run{run}") for run in range(len(delays))]
    with ThreadPoolExecutor(max_workers=2) as pool:
        seen = list(pool.map(_kill_after, folders, delays))
    old_key = Vault.load(info.folder).unlock_user(ADMIN[0], ADMIN[2], CHEAP_KDF)[0].data_key
    landed: Counter[str] = Counter()
    for run, markers in enumerate(seen):
        landed["old key kept" if database.can_open(folders[run], old_key) else "new key"] += 1
        if "after-rekey" in markers:
            landed["after the re-key" if "rotated" not in markers else "after the rotation"] += 1
        elif "before-rekey" in markers:
            landed["during the re-key"] += 1
        else:
            landed["before the re-key"] += 1
        _assert_intact(info, folders[run], officer_first=run % 2 == 0, everyone=False)
    print(f"\nrandom kills of a rotation ({span * 1000:.0f} ms long): {dict(landed)}")
    assert landed["during the re-key"] >= 1


def _kill_after(folder: Path, delay: float) -> str:
    """Start a rotation, SIGKILL it `delay` seconds after it is ready; the points it passed."""
    markers = folder.parent / f"{folder.name}.markers"
    proc = subprocess.Popen([sys.executable, helper("rotate_victim.py"), str(folder), "rotate"],
                            env=python_env(PIU_TEST_MARKERS=str(markers)),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not (markers.exists() and "ready" in markers.read_text()):
            assert proc.poll() is None, "the rotation helper died before it was ready"
            time.sleep(0.001)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    return markers.read_text()
