"""The stick pulled out while this desk writes its bundle, at the store's level: a clear
error, no `.partial` or half bundle left where one could be, the sequence number spent,
nothing marked as sent, and the next bundle carries everything. Imports done before the
write stay applied."""

from __future__ import annotations

import errno
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.domain.attachment import OwnerKind
from piu_desk.core.domain.inspection import Inspection
from piu_desk.core.exchange import bundle, export, importing
from piu_desk.core.exchange.bundle import files
from piu_desk.core.exchange.folder import exchange_through
from piu_desk.core.records import attachments, inspections, vessels
from tests.core.bundle_support import FailingWriter
from tests.core.exchange_support import audit_details, enrolled
from tests.core.sync_support import count, shared
from tests.core.test_records import a_vessel, arrive
from tests.core.test_sync_apply import PNG

PICTURE = PNG + bytes(range(256)) * 800  # 200 KiB: the write fails inside an attachment too


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Desk, Desk, Path, int]]:
    """A station with records and an attachment, HQ, the stick, and the bundle's size."""
    port, hq = enrolled(tmp_path)
    vid, _ = vessels.register(port, a_vessel())
    call = arrive(port, vid)
    iid, _ = inspections.record(port, Inspection(None, call, "2026-11-27T10:00", ("dara",)))
    attachments.add(port, OwnerKind.INSPECTION, iid, "hold.png", PICTURE)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    size = export.export(port, None, scratch).path.stat().st_size  # spends sequence 1
    shutil.rmtree(scratch)
    stick = tmp_path / "stick"
    stick.mkdir()
    yield port, hq, stick, size
    port.close()
    hq.close()


def _failing_after(monkeypatch: pytest.MonkeyPatch, budget: int,
                   then: Any = None) -> None:
    """Writes to the stick fail after `budget` bytes (`then` runs as they fail)."""
    class Pulled(FailingWriter):
        def write(self, data: Any) -> int:
            try:
                return super().write(data)
            except OSError:
                if then is not None:
                    then()
                raise

    def opened(path: Path) -> BinaryIO:
        return Pulled(path.open("xb"), budget)  # type: ignore[return-value]
    monkeypatch.setattr(files, "open_new", opened)


def _nothing_sent(port: Desk, stick: Path, sequence: int) -> None:
    assert count(port, "SELECT count(*) FROM exchange_bundles_out") == 1  # the scratch one
    [(_, detail)] = audit_details(port, "exchange.export.failed")
    assert detail.startswith(f"#{sequence}:")
    if stick.exists():
        assert list(stick.iterdir()) == []


def _next_carries_all(port: Desk, hq: Desk, stick: Path, sequence: int) -> None:
    stick.mkdir(exist_ok=True)
    done = export.export(port, None, stick)
    assert (done.sequence, done.records, done.attachments) == (sequence + 1, 4, 1)
    got = importing.import_bundle(hq, done.path)
    assert (got.applied, got.attachments) == (4, 1)
    assert shared(hq) == shared(port)


@pytest.mark.parametrize("fraction", [0.0, 0.01, 0.3, 0.6, 0.95, 0.9999])
def test_a_stick_pulled_mid_write(pair: tuple[Desk, Desk, Path, int],
                                  monkeypatch: pytest.MonkeyPatch, fraction: float) -> None:
    port, hq, stick, size = pair
    with monkeypatch.context() as patched:
        _failing_after(patched, int(size * fraction))
        with pytest.raises(bundle.ExportFailed) as raised:
            export.export(port, None, stick)
    assert str(raised.value).startswith("The drive was removed or could not be written; "
                                        "nothing was exported.")
    _nothing_sent(port, stick, 2)
    _next_carries_all(port, hq, stick, 2)


@pytest.mark.parametrize("fraction", [0.0, 0.5])
def test_the_stick_folder_vanishes_mid_write(pair: tuple[Desk, Desk, Path, int],
                                             monkeypatch: pytest.MonkeyPatch,
                                             fraction: float) -> None:
    port, hq, stick, size = pair
    with monkeypatch.context() as patched:
        _failing_after(patched, int(size * fraction),
                       then=lambda: shutil.rmtree(stick, ignore_errors=True))
        with pytest.raises(bundle.ExportFailed):
            export.export(port, None, stick)
    assert not stick.exists()
    _nothing_sent(port, stick, 2)
    _next_carries_all(port, hq, stick, 2)


def test_a_full_stick_is_the_same(pair: tuple[Desk, Desk, Path, int],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    port, hq, stick, size = pair

    class Full(FailingWriter):
        def write(self, data: Any) -> int:
            if len(memoryview(data)) > self.budget:
                raise OSError(errno.ENOSPC, "No space left on device")
            return super().write(data)

    with monkeypatch.context() as patched:
        patched.setattr(files, "open_new", lambda path: Full(path.open("xb"), size // 2))
        with pytest.raises(bundle.ExportFailed):
            export.export(port, None, stick)
    _nothing_sent(port, stick, 2)
    _next_carries_all(port, hq, stick, 2)


def test_imports_before_a_pulled_write_stay_applied(pair: tuple[Desk, Desk, Path, int],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    port, hq, stick, _size = pair
    went = export.export(port, None, stick)  # sequence 2, delivered
    hq_done = exchange_through(hq, stick, peer_station_id="KHKOS")
    assert [r.applied for _, r in hq_done.imported] == [4]
    vessels.update(port, a_vessel(id=1, name="Ocean Star II"))
    with monkeypatch.context() as patched:
        _failing_after(patched, 6000)  # part way through a one-record bundle
        with pytest.raises(bundle.ExportFailed):
            exchange_through(port, stick)  # HQ's reply is imported, then the write fails
    assert count(port, "SELECT count(*) FROM exchange_bundles_in") == 1
    assert not list(stick.glob("*.partial"))
    assert {p.name for p in stick.glob("*.piu")} == {went.path.name} | {
        e.path.name for e in ([hq_done.exported] if hq_done.exported else [])}
    again = exchange_through(port, stick)  # the next exchange writes what is left to send
    assert again.refused == [] and again.exported is not None
    assert again.exported.records == 1  # HQ confirmed the rest
    importing.import_bundle(hq, again.exported.path)
    assert shared(hq) == shared(port)
