"""Bundles an import must refuse, with nothing applied and nothing left in staging: a file
altered anywhere, a bundle signed by keys not pinned for its sender, one for another
station, a stick pulled while it is read, and a bundle whose records do not fit."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.errors import DeskError
from piu_desk.core.exchange import age, bundle, export, importing, verify
from piu_desk.core.exchange.sync import keys
from piu_desk.core.records import vessels
from piu_desk.core.store.exchange_payload import ChangeInvalid
from tests.conftest import FakeClock
from tests.core.exchange_support import as_exchange_officer, enrolled, snapshot
from tests.core.sync_support import KAMPOT, make_store
from tests.core.test_records import a_vessel, arrive


@pytest.fixture
def sent(tmp_path: Path) -> Iterator[tuple[Desk, Desk, Path]]:
    port, hq = enrolled(tmp_path)
    vid, _ = vessels.register(port, a_vessel())
    arrive(port, vid)
    stick = tmp_path / "stick"
    stick.mkdir()
    path = export.export(port, None, stick).path
    yield port, hq, path
    port.close()
    hq.close()


def _staging_empty(desk: Desk) -> bool:
    folder = desk.folder / "exchange-staging"
    return not folder.exists() or not any(folder.iterdir())


def _refused(hq: Desk, source: Path | io.RawIOBase, error: type[DeskError]) -> None:
    before = snapshot(hq)
    with pytest.raises(error):
        importing.import_bundle(hq, source)  # type: ignore[arg-type]
    assert snapshot(hq) == before
    assert _staging_empty(hq)


@pytest.mark.parametrize("where", [0.0, 0.01, 0.3, 0.5, 0.9, 0.999])
def test_a_flipped_bit_anywhere_is_refused_with_nothing_applied(
        sent: tuple[Desk, Desk, Path], where: float) -> None:
    _port, hq, path = sent
    data = bytearray(path.read_bytes())
    data[int(where * (len(data) - 1))] ^= 0x04
    path.write_bytes(bytes(data))
    _refused(hq, path, DeskError)
    assert not verify.verify(hq, path).ok


def test_a_cut_or_extended_file_is_refused(sent: tuple[Desk, Desk, Path]) -> None:
    _port, hq, path = sent
    data = path.read_bytes()
    path.write_bytes(data[:-1])
    _refused(hq, path, age.PayloadFailure)
    path.write_bytes(data + b"\x00")
    _refused(hq, path, age.PayloadFailure)


def test_a_bundle_from_unpinned_keys_is_refused(sent: tuple[Desk, Desk, Path]) -> None:
    port, hq, path = sent
    keys.rotate(port)  # new keys HQ has not pinned: the next bundle is an unknown signer
    forged = export.export(port, None, path.parent).path
    _refused(hq, forged, bundle.UnknownSigner)
    assert verify.verify(hq, forged).status == "UnknownSigner"


def test_a_bundle_for_another_station_is_refused(sent: tuple[Desk, Desk, Path],
                                                 tmp_path: Path) -> None:
    _port, _hq, path = sent
    other = as_exchange_officer(make_store(tmp_path / "kmt", KAMPOT, FakeClock()))
    try:
        before = snapshot(other)
        with pytest.raises(age.NoMatch):
            importing.import_bundle(other, path)
        assert snapshot(other) == before and _staging_empty(other)
    finally:
        other.close()


class _PulledStick(io.RawIOBase):
    """The bundle's bytes until `after`, then the drive is gone."""

    def __init__(self, data: bytes, after: int) -> None:
        self._data, self._after, self._at = data, after, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._at >= self._after:
            raise OSError(5, "Input/output error")
        n = min(len(buffer), self._after - self._at)
        buffer[:n] = self._data[self._at:self._at + n]
        self._at += n
        return n


@pytest.mark.parametrize("fraction", [0.0, 0.2, 0.6, 0.99])
def test_a_stick_pulled_mid_read_leaves_nothing(sent: tuple[Desk, Desk, Path],
                                                fraction: float) -> None:
    _port, hq, path = sent
    data = path.read_bytes()
    _refused(hq, _PulledStick(data, int(len(data) * fraction)), bundle.DriveUnreadable)
    assert importing.import_bundle(hq, path).applied == 2  # the whole file still imports


def test_records_that_do_not_fit_leave_the_store_untouched(
        sent: tuple[Desk, Desk, Path], tmp_path: Path) -> None:
    port, hq, _path = sent
    own = keys.own_keys(port)
    hq_key = age.HybridRecipient(hq.db(lambda c: c.execute(
        "SELECT age_public FROM exchange_own_keys").fetchone()[0]))
    bad = b'{"table": "vessels", "uid": "x"}\n'
    fields = bundle.BundleFields(bundle.STATION_TO_HQ, "KHKOS", "KHPNH", 9,
                                 bundle.AuditHead(0, "0" * 64))
    written = bundle.write_bundle(tmp_path, [bundle.EntrySource.from_bytes(
        "changes-0001", bundle.CHANGES, bad)], fields, own.signing,
        [hq_key, own.identity.recipient()], own.identity)
    _refused(hq, written.path, ChangeInvalid)
