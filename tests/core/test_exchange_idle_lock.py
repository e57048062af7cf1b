"""The desk locks (idle time, the screen lock) while a bundle is being imported: the import
is either refused with nothing applied, when the lock comes before its transaction, or
completes, when the lock waits behind it on the database thread. Either way the store is
consistent afterwards and the same bundle imports once unlocked."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from piu_desk.core import maintenance
from piu_desk.core.desk import EXCHANGE_STAGING, Desk
from piu_desk.core.errors import Locked
from piu_desk.core.exchange import export, importing
from piu_desk.core.exchange.sync import applying
from piu_desk.core.records import vessels
from tests.conftest import SUPERVISOR
from tests.core.exchange_support import enrolled, snapshot
from tests.core.sync_support import EXCHANGE, shared
from tests.core.test_records import a_vessel, arrive


@pytest.fixture
def sent(tmp_path: Path) -> Iterator[tuple[Desk, Desk, Path]]:
    port, hq = enrolled(tmp_path)
    for n, imo in enumerate(("9074729", "9319466", "9166778")):
        vid, _ = vessels.register(port, a_vessel(imo=imo, name=f"Ship {n}",
                                                 mmsi=f"35712300{n}", call_sign=f"3EAB{n}"))
        arrive(port, vid)
    stick = tmp_path / "stick"
    stick.mkdir()
    path = export.export(port, None, stick).path
    yield port, hq, path
    port.close()
    hq.close()


def _consistent(hq: Desk) -> None:
    hq.unlock(SUPERVISOR[0], SUPERVISOR[2])
    report = maintenance.check(hq)
    assert report.problems == [] and report.audit.ok
    assert not any((hq.folder / EXCHANGE_STAGING).glob("**/*"))
    hq.unlock(EXCHANGE[0], EXCHANGE[2])


def _without_audit(state: dict[str, object]) -> dict[str, object]:
    return {**state, "audit": 0}


def _refused_then_imported(port: Desk, hq: Desk, path: Path, before: dict[str, object],
                           **kw: Any) -> None:
    with pytest.raises(Locked):
        importing.import_bundle(hq, path, **kw)
    _imported_once_unlocked(port, hq, path, before)


def _imported_once_unlocked(port: Desk, hq: Desk, path: Path, before: dict[str, object]
                            ) -> None:
    assert not hq.is_unlocked
    hq.unlock(EXCHANGE[0], EXCHANGE[2])
    assert _without_audit(snapshot(hq)) == _without_audit(before)  # nothing applied
    _consistent(hq)
    got = importing.import_bundle(hq, path)
    assert (got.duplicate, got.applied) == (False, 6)
    assert shared(hq) == shared(port)


@pytest.mark.parametrize("call", [1, 2])
def test_a_lock_while_the_bundle_is_read_refuses_the_import_with_nothing_applied(
        sent: tuple[Desk, Desk, Path], call: int) -> None:
    port, hq, path = sent
    before = snapshot(hq)
    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == call:
            hq.lock()  # the idle timer, between two steps of the reading
    _refused_then_imported(port, hq, path, before, progress=progress)
    assert len(calls) >= call


def test_a_lock_after_the_checks_before_the_transaction_applies_nothing(
        sent: tuple[Desk, Desk, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    port, hq, path = sent
    before = snapshot(hq)
    apply = importing._apply

    def locked_first(desk: Desk, verified: Any) -> importing.ImportResult:
        desk.lock()
        return apply(desk, verified)
    with monkeypatch.context() as patched, pytest.raises(Locked):
        patched.setattr(importing, "_apply", locked_first)
        importing.import_bundle(hq, path)
    _imported_once_unlocked(port, hq, path, before)


def test_a_lock_asked_for_during_the_transaction_waits_for_it(
        sent: tuple[Desk, Desk, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    port, hq, path = sent
    asked = threading.Event()

    def idle() -> None:
        asked.set()
        hq.lock()
    locker = threading.Thread(target=idle)
    apply_in = applying.apply_in

    def applying_then_idle(*args: Any) -> applying.Outcome:
        """Inside the import's transaction, on the database thread: the idle timer fires
        on the GUI thread and asks for the lock."""
        outcome = apply_in(*args)
        locker.start()
        asked.wait(5)
        time.sleep(0.1)  # the lock is queued behind this transaction by now
        return outcome
    monkeypatch.setattr(applying, "apply_in", applying_then_idle)
    got = importing.import_bundle(hq, path)
    locker.join(5)
    assert (got.duplicate, got.applied) == (False, 6)
    assert not hq.is_unlocked  # locked once the import had committed
    hq.unlock(EXCHANGE[0], EXCHANGE[2])
    assert shared(hq) == shared(port)
    _consistent(hq)
    monkeypatch.undo()
    assert importing.import_bundle(hq, path).duplicate
