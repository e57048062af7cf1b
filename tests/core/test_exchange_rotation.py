"""Key rotations on the stick: a station's rotations reach HQ as a file beside its bundles,
are pinned before the bundles signed with the new keys are read, and mean nothing twice; a
changed file, one signed by keys HQ does not know or has revoked, pins nothing."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.exchange import bundle, importing, rotation
from piu_desk.core.exchange.bundle.manifest import canonical
from piu_desk.core.exchange.folder import exchange_through
from piu_desk.core.exchange.sync import keys, peers
from piu_desk.core.exchange.sync.errors import RevokedPeer, RotationInvalid, UnknownPeer
from piu_desk.core.records import vessels
from piu_desk.core.store import exchange_keys as keys_repo
from tests.conftest import STATION
from tests.core.exchange_support import audit_details, enrolled
from tests.core.sync_support import KAMPOT, shared
from tests.core.test_records import a_vessel


def _generations(hq: Desk, station: str = STATION.locode) -> list[tuple[int, bool]]:
    return hq.db(lambda c: [(r.generation, r.revoked) for r in keys_repo.peers(c, station)])


def test_no_rotation_no_file(pair: tuple[Desk, Desk, Path]) -> None:
    port, _hq, stick = pair
    assert rotation.write_rotations(port, stick) is None
    exchange_through(port, stick)
    assert list(stick.glob("*" + rotation.SUFFIX)) == []


def test_rotations_reach_hq_before_the_bundles_they_sign(pair: tuple[Desk, Desk, Path]
                                                         ) -> None:
    port, hq, stick = pair
    keys.rotate(port)
    keys.rotate(port)  # twice between two exchanges: both travel, in order
    vessels.register(port, a_vessel())
    went = exchange_through(port, stick)
    [file] = stick.glob("*" + rotation.SUFFIX)
    assert STATION.locode.lower() not in file.name.lower() and len(file.stem) == 26
    assert rotation.write_rotations(port, stick) == file  # the same content, the same file
    came = exchange_through(hq, stick, peer_station_id=STATION.locode)
    assert came.refused == [] and [(a.station, a.generations) for a in came.rotations] == [
        (STATION.locode, [2, 3])]
    assert went.exported is not None and [r.bundle_id for _, r in came.imported
                                          if not r.duplicate] == [went.exported.bundle_id]
    assert shared(hq) == shared(port)
    assert _generations(hq) == [(3, False), (2, False), (1, False)]
    assert [d for _, d in audit_details(hq, "exchange.rotation")] == [
        "generation 2", "generation 3"]
    # the old generations revoked, the file read again: nothing refused, nothing new
    peers.revoke(hq, STATION.locode, 1)
    peers.revoke(hq, STATION.locode, 2)
    assert rotation.accept_file(hq, file).generations == []
    again = exchange_through(hq, stick, peer_station_id=STATION.locode)
    assert again.rotations == [] and again.refused == []
    # HQ writes to the newest age key, which the station opens
    back = exchange_through(port, stick)
    assert back.refused == [] and back.rotations == []


def test_a_changed_file_pins_nothing(pair: tuple[Desk, Desk, Path]) -> None:
    port, hq, stick = pair
    keys.rotate(port)
    path = rotation.write_rotations(port, stick)
    assert path is not None
    doc = json.loads(path.read_bytes())
    statement = json.loads(base64.b64decode(doc["rotations"][0]["statement"]))
    statement["new_generation"] = 7
    changed = json.dumps(statement, sort_keys=True, separators=(",", ":")).encode()
    doc["rotations"][0]["statement"] = base64.b64encode(changed).decode()
    path.write_bytes(canonical(doc))
    with pytest.raises(RotationInvalid):
        rotation.accept_file(hq, path)
    for broken in (b"{}", b"not json", canonical(doc) + b" ", b"x" * 300_000):
        path.write_bytes(broken)
        with pytest.raises(RotationInvalid):
            rotation.accept_file(hq, path)
    assert _generations(hq) == [(1, False)]
    came = exchange_through(hq, stick, peer_station_id=STATION.locode)
    assert [r.name for r in came.refused] == [path.name] and came.rotations == []


def test_old_keys_revoked_before_the_rotation_arrived_refuse_it(
        pair: tuple[Desk, Desk, Path]) -> None:
    port, hq, stick = pair
    keys.rotate(port)
    path = rotation.write_rotations(port, stick)
    assert path is not None
    peers.revoke(hq, STATION.locode)
    with pytest.raises(RevokedPeer):
        rotation.accept_file(hq, path)
    assert _generations(hq) == [(1, True)]
    vessels.register(port, a_vessel())
    went = exchange_through(port, stick).exported
    assert went is not None
    with pytest.raises(bundle.UnknownSigner):  # signed by the keys never pinned
        importing.import_bundle(hq, went.path)
    with pytest.raises(RevokedPeer):  # and nothing more is written for the station
        exchange_through(hq, stick, peer_station_id=STATION.locode)
    assert _generations(hq) == [(1, True)] and shared(hq) == {}


def test_a_station_hq_never_pinned_cannot_rotate_its_way_in(
        pair: tuple[Desk, Desk, Path], tmp_path: Path) -> None:
    _port, hq, stick = pair
    stranger, its_hq = enrolled(tmp_path / "other", station=KAMPOT)
    its_hq.close()
    try:
        keys.rotate(stranger)
        path = rotation.write_rotations(stranger, stick)
        assert path is not None
        with pytest.raises(UnknownPeer):
            rotation.accept_file(hq, path)
        assert _generations(hq, KAMPOT.locode) == []
        # on a shared folder it is another station's file: passed over, not an error
        came = exchange_through(hq, stick, peer_station_id=STATION.locode)
        assert came.refused == [] and came.not_for_desk == [path.name]
    finally:
        stranger.close()


def test_hqs_own_rotation_reaches_the_station_the_same_way(pair: tuple[Desk, Desk, Path]
                                                           ) -> None:
    port, hq, stick = pair
    vessels.register(port, a_vessel())
    exchange_through(port, stick)
    keys.rotate(hq)
    at_hq = exchange_through(hq, stick, peer_station_id=STATION.locode)
    assert [r.applied for r in at_hq.applied] == [1] and at_hq.rotations == []
    back = exchange_through(port, stick)
    assert [(a.station, a.generations) for a in back.rotations] == [("KHPNH", [2])]
    assert back.refused == [] and [r.confirmed_seq > 0 for r in back.applied] == [True]
    assert _generations(port, "KHPNH") == [(2, False), (1, False)]


def test_a_stick_that_fails_under_the_rotation_file_is_a_clear_error(
        pair: tuple[Desk, Desk, Path], tmp_path: Path) -> None:
    port, _hq, stick = pair
    keys.rotate(port)
    with pytest.raises(bundle.ExportFailed):
        rotation.write_rotations(port, tmp_path / "pulled")  # the stick is gone
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    made = rotation.write_rotations(port, scratch)
    assert made is not None
    (stick / (made.name + ".partial")).mkdir()  # the drive will not take the file
    with pytest.raises(bundle.ExportFailed):
        rotation.write_rotations(port, stick)
    assert list(stick.glob("*" + rotation.SUFFIX)) == []
