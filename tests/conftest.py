"""Shared fixtures: real SQLCipher stores in a temporary folder.

Key derivation is made cheap by passing explicit parameters (`CHEAP_KDF`) to the core, as
SECURITY.md allows; production code paths never see them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

# Widgets under test are real but never on a screen, however pytest is started.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from piu_desk.core import accounts
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser, Role
from piu_desk.core.domain.station import Station
from piu_desk.core.store.keys import KdfParams

CHEAP_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
STATION = Station(name="Sihanoukville PIU", locode="KHKOS", unit="Port Intelligence Unit")
ADMIN = ("admin", "Sok Dara", "admin-password-1")
OFFICER = ("vanna", "Chan Vanna", "officer-password-1")
SUPERVISOR = ("sopheap", "Keo Sopheap", "supervisor-pass-1")


class FakeClock:
    """A clock the test moves by hand (for backoff and idle times)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@dataclass
class StoreInfo:
    folder: Path
    recovery_key: str
    clock: FakeClock

    def open(self) -> Desk:
        return Desk.open(self.folder, clock=self.clock, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)


def create_store(folder: Path, clock: FakeClock | None = None) -> StoreInfo:
    """A store with an administrator (also supervisor), an officer and a supervisor;
    closed again, so tests open it as they need."""
    clock = clock or FakeClock()
    desk, recovery_text = Desk.create(folder, STATION, NewUser(ADMIN[0], ADMIN[1], ADMIN[2],
                                                               frozenset()),
                                      clock=clock, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    with desk:
        accounts.add_user(desk, NewUser(*OFFICER, frozenset({Role.OFFICER})))
        accounts.add_user(desk, NewUser(*SUPERVISOR, frozenset({Role.SUPERVISOR})))
    return StoreInfo(folder, recovery_text, clock)


@pytest.fixture
def store(tmp_path: Path) -> StoreInfo:
    return create_store(tmp_path / "store")


@pytest.fixture
def desk_factory(store: StoreInfo) -> Iterator[Callable[[], Desk]]:
    opened: list[Desk] = []

    def make() -> Desk:
        desk = store.open()
        opened.append(desk)
        return desk
    yield make
    for desk in opened:
        desk.close()


@pytest.fixture
def admin_desk(desk_factory: Callable[[], Desk]) -> Desk:
    desk = desk_factory()
    desk.unlock(ADMIN[0], ADMIN[2])
    return desk
