"""Helpers for the core tests: the store's files seen from outside, as a thief or an
attacker with a copy of the folder would see them, and counting spies.

Nothing here replaces a component: spies count calls and pass them on.
"""

from __future__ import annotations

import base64
import functools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.store import connection, database
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.vault import FILE_NAME as SLOT_FILE
from piu_desk.core.store.vault import Vault

REPO = Path(__file__).resolve().parents[2]
HELPERS = Path(__file__).resolve().parent / "helpers"
PAGE = 4096  # SQLCipher 4 page size


class Spy:
    """Counts calls of a function and passes them on unchanged."""

    def __init__(self) -> None:
        self.calls = 0


def spy(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> Spy:
    """Wrap `owner.name` (a module function or a method) with a call counter."""
    counter, original = Spy(), getattr(owner, name)

    @functools.wraps(original)
    def counting(*args: Any, **kwargs: Any) -> Any:
        counter.calls += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counting)
    return counter


# -- the slot file ------------------------------------------------------------------------
def slot_path(folder: Path) -> Path:
    return folder / SLOT_FILE


def read_slots(folder: Path) -> dict[str, Any]:
    obj: dict[str, Any] = json.loads(slot_path(folder).read_bytes())
    return obj


def write_slots(folder: Path, obj: dict[str, Any]) -> None:
    slot_path(folder).write_text(json.dumps(obj, indent=1, sort_keys=True))


def who(folder: Path, username: str) -> str:
    return Vault.load(folder).who(username)


def slots_for(obj: dict[str, Any], who_: str) -> list[dict[str, Any]]:
    return [s for s in obj["slots"] if s.get("who") == who_]


def only_slot(obj: dict[str, Any], who_: str) -> dict[str, Any]:
    found = slots_for(obj, who_)
    assert len(found) == 1, found
    return found[0]


def flip_b64(text: str, index: int | None = None) -> str:
    """The same base64 field with one byte of its content changed."""
    raw = bytearray(base64.b64decode(text))
    i = len(raw) // 2 if index is None else index
    raw[i] ^= 0x01
    return base64.b64encode(bytes(raw)).decode("ascii")


def flip_hex(text: str, index: int = 10) -> str:
    ch = text[index]
    return text[:index] + ("1" if ch != "1" else "2") + text[index + 1:]


# -- the database file --------------------------------------------------------------------
def db_file(folder: Path) -> Path:
    return database.db_path(folder)


def flip_byte(path: Path, offset: int, mask: int = 0x01) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        (byte,) = fh.read(1)
        fh.seek(offset)
        fh.write(bytes([byte ^ mask]))


def raw_open(folder: Path, key: bytes) -> Connection:
    """The database opened directly with the data key, outside any desk."""
    return connection.open_database(db_file(folder), key)


def data_key(desk: Desk) -> bytes:
    return desk.secrets().data_key


def copy_store(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("desk.lock"))
    return target


def all_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# -- subprocesses -------------------------------------------------------------------------
def python_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def run_python(args: list[str], *, env: dict[str, str] | None = None,
               timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True,
                          env=env or python_env(), cwd=REPO, timeout=timeout, check=False)


def helper(name: str) -> str:
    return str(HELPERS / name)
