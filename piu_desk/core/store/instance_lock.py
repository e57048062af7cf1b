"""One running app per store: an OS lock on `desk.lock` in the store folder.

POSIX uses fcntl.flock, Windows msvcrt.locking; both are released by the OS when the process
dies, so a crash never leaves the store locked. The file holds the holder's process id and
host name, so a second instance can say who holds it.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import IO

from piu_desk.core.errors import StoreInUse

LOCK_NAME = "desk.lock"

if os.name == "nt":  # pragma: no cover - exercised on Windows desks
    import msvcrt

    def _try_lock(fh: IO[bytes]) -> bool:
        try:
            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            return True
        except OSError:
            return False

    def _unlock(fh: IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
else:
    import fcntl

    def _try_lock(fh: IO[bytes]) -> bool:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


class InstanceLock:
    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._fh: IO[bytes] | None = None

    def acquire(self) -> None:
        fh = open(self.path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        if not _try_lock(fh):
            fh.seek(0)
            holder = fh.read(200).decode("utf-8", "replace").strip() or "another process"
            fh.close()
            raise StoreInUse(holder)
        # Windows locks byte 0, so the holder's text starts after it.
        fh.seek(0)
        fh.truncate()
        fh.write(f" process {os.getpid()} on {socket.gethostname()}".encode())
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            try:
                _unlock(self._fh)
            finally:
                self._fh.close()
                self._fh = None

    @property
    def held(self) -> bool:
        return self._fh is not None
