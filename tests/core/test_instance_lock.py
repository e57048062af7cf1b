"""One app per store: a second instance is refused and told who holds the store; the OS
lets go of the lock when the holder dies."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from piu_desk.core import maintenance
from piu_desk.core.errors import StoreInUse
from tests.conftest import ADMIN, CHEAP_KDF, StoreInfo
from tests.core.support import helper, python_env


def test_a_second_desk_in_the_same_process_is_refused(store: StoreInfo) -> None:
    with store.open():
        with pytest.raises(StoreInUse) as exc:
            store.open()
        assert f"process {os.getpid()} on {socket.gethostname()}" in str(exc.value)
    store.open().close()  # released on close


def test_a_restore_into_a_held_store_is_refused(store: StoreInfo, tmp_path: Path) -> None:
    backup = tmp_path / "b.piu-backup"
    with store.open() as desk:
        desk.unlock(ADMIN[0], ADMIN[2])
        maintenance.backup_to(desk, backup)
        with pytest.raises(StoreInUse):
            maintenance.restore(backup, store.folder, ADMIN[0], ADMIN[2],
                                kdf_floor=CHEAP_KDF)


@pytest.mark.slow
def test_another_process_holding_the_store_is_named_and_released_when_killed(
        store: StoreInfo) -> None:
    proc = subprocess.Popen([sys.executable, helper("hold_store.py"), str(store.folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=python_env())
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line == f"held {proc.pid}\n", proc.stderr.read() if proc.stderr else ""
        with pytest.raises(StoreInUse) as exc:
            store.open()
        assert f"process {proc.pid} on {socket.gethostname()}" in str(exc.value)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        with store.open() as desk:  # the OS dropped the dead holder's lock
            desk.unlock(ADMIN[0], ADMIN[2])
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
