"""Desk keys and peers: made on first use inside the store, private keys for the exchange
officer and the administrator only, peers pinned once, rotation signed by old and new keys,
revoked and unknown keys refused."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.errors import NotAllowed
from piu_desk.core.exchange.bundle.signing import SIGNATURES_BYTES
from piu_desk.core.exchange.sync import keys, peers
from piu_desk.core.exchange.sync.errors import (
    PeerAlreadyPinned,
    RevokedPeer,
    RotationInvalid,
    UnknownPeer,
)
from piu_desk.core.exchange.sync.keys import Rotation
from tests.conftest import ADMIN, SUPERVISOR, FakeClock
from tests.core.support import all_bytes
from tests.core.sync_support import EXCHANGE, HQ, KAMPOT, make_store


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Desk, Desk]]:
    clock = FakeClock()
    hq, station = make_store(tmp_path / "hq", HQ, clock), make_store(tmp_path / "kmt", KAMPOT,
                                                                       clock)
    yield hq, station
    hq.close()
    station.close()


def test_keys_are_made_once_and_kept_in_the_encrypted_store(pair: tuple[Desk, Desk],
                                                            tmp_path: Path) -> None:
    hq, _ = pair
    first = keys.own_keys(hq)
    again = keys.own_keys(hq)
    assert first.generation == again.generation == 1
    assert first.public() == again.public()
    assert first.station == "KHPNH"
    ed_seed, ml_seed = first.signing.seeds()
    message = b"piu-bundle/1 manifest\n{}"
    assert all(first.public().signer.verify(message, first.signing.sign(message)))
    hq.lock()
    on_disk = b"".join(all_bytes(tmp_path / "hq").values())
    for secret in (ed_seed, ml_seed, first.public().signer.ed25519):
        assert secret not in on_disk  # only inside SQLCipher's encrypted pages


def test_private_keys_only_for_the_exchange_officer_and_administrator(
        pair: tuple[Desk, Desk]) -> None:
    hq, _ = pair
    hq.unlock(SUPERVISOR[0], SUPERVISOR[2])
    public = keys.own_public(hq)  # everyone may read the public part
    assert set(public.readable()) == {"age", "ed25519", "ml-dsa-65"}
    assert all(len(v) == 29 for v in public.readable().values())
    with pytest.raises(NotAllowed):
        keys.own_keys(hq)
    with pytest.raises(NotAllowed):
        peers.pin(hq, "station", public)
    hq.unlock(EXCHANGE[0], EXCHANGE[2])
    assert keys.own_keys(hq).public() == public
    hq.unlock(ADMIN[0], ADMIN[2])
    assert keys.own_keys(hq).public() == public


def test_a_peer_is_pinned_once_and_found_by_any_fingerprint(pair: tuple[Desk, Desk]) -> None:
    hq, station = pair
    theirs = keys.own_public(station)
    row = peers.pin(hq, "station", theirs)
    assert (row.station, row.role, row.generation) == ("KHKMT", "station", 1)
    for fp in theirs.fingerprints().values():
        assert peers.by_fingerprint(hq, fp).station == "KHKMT"
    with pytest.raises(PeerAlreadyPinned):
        peers.pin(hq, "station", theirs)
    with pytest.raises(UnknownPeer):
        peers.by_fingerprint(hq, keys.own_public(hq).fingerprints()["ed25519"])
    assert [p.keys for p in peers.pins(hq, ["KHKMT"])["KHKMT"]] == [theirs.signer]


def test_a_revoked_peer_is_refused(pair: tuple[Desk, Desk]) -> None:
    hq, station = pair
    theirs = keys.own_public(station)
    peers.pin(hq, "station", theirs)
    assert peers.revoke(hq, "KHKMT") == 1
    with pytest.raises(RevokedPeer):
        peers.by_fingerprint(hq, theirs.fingerprints()["ml-dsa-65"])
    assert [p.revoked for p in peers.pins(hq, ["KHKMT"])["KHKMT"]] == [True]
    with pytest.raises(UnknownPeer):
        peers.revoke(hq, "KHKOS")


def test_rotation_signed_by_old_and_new_keys_is_pinned(pair: tuple[Desk, Desk]) -> None:
    hq, station = pair
    old = keys.own_public(station)
    peers.pin(hq, "station", old)
    rotation = keys.rotate(station)
    assert len(rotation.old_signatures) == len(rotation.new_signatures) == SIGNATURES_BYTES
    new = keys.own_public(station)
    assert new.generation == 2 and new.signer != old.signer
    assert len(keys.identities(station)) == 2  # the old identity still opens bundles
    row = peers.accept_rotation(hq, rotation)
    assert (row.generation, row.ed25519_fp) == (2, new.fingerprints()["ed25519"])
    assert peers.by_fingerprint(hq, new.fingerprints()["age"]).generation == 2
    assert peers.accept_rotation(hq, rotation).generation == 2  # repeat: nothing new


@pytest.mark.parametrize("forge", ["old", "new", "statement"])
def test_a_rotation_not_signed_by_both_keys_is_refused(pair: tuple[Desk, Desk],
                                                       forge: str) -> None:
    hq, station = pair
    peers.pin(hq, "station", keys.own_public(station))
    rotation = keys.rotate(station)
    if forge == "old":  # signed by the new keys twice: whoever stole nothing proves nothing
        rotation = replace(rotation, old_signatures=rotation.new_signatures)
    elif forge == "new":
        rotation = replace(rotation, new_signatures=rotation.old_signatures)
    else:
        rotation = Rotation(rotation.statement.replace(b'"new_generation":2',
                                                       b'"new_generation":3'),
                            rotation.old_signatures, rotation.new_signatures)
    with pytest.raises(RotationInvalid):
        peers.accept_rotation(hq, rotation)
    assert [p.generation for p in peers.listing(hq)] == [1]


def test_a_rotation_from_revoked_keys_is_refused(pair: tuple[Desk, Desk]) -> None:
    hq, station = pair
    peers.pin(hq, "station", keys.own_public(station))
    peers.revoke(hq, "KHKMT")
    with pytest.raises(RevokedPeer):
        peers.accept_rotation(hq, keys.rotate(station))
