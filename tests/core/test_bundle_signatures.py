"""Both signatures must verify against keys pinned for the sender, and neither pair may be
revoked: an unknown signer, a revoked pair, or one valid signature beside an invalid one
is refused, and staging stays empty."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from piu_desk.core.exchange import bundle as b
from piu_desk.core.exchange.bundle.signing import ED25519_SIGNATURE_BYTES
from tests.core.bundle_support import KEYS, Crafted, craft, staged_files

STRANGER = b.SigningKeys.generate()
BUNDLE = craft(Crafted())


def _read(data: bytes, staging: Path, pinned: list[b.PinnedSigner]) -> b.VerifiedBundle:
    asked: list[str] = []

    def pins(station: str) -> list[b.PinnedSigner]:
        asked.append(station)
        return pinned

    try:
        return b.read_bundle(io.BytesIO(data), [KEYS.hq], pins, staging, station="HQ")
    finally:
        assert asked in ([], ["KHKOS"])


def test_the_pinned_pair_verifies(tmp_path: Path) -> None:
    with _read(BUNDLE, tmp_path, [b.PinnedSigner(KEYS.signer.public())]) as bundle:
        assert bundle.manifest.sender == "KHKOS"


def test_a_rotated_station_is_read_under_whichever_pair_signed(tmp_path: Path) -> None:
    pinned = [b.PinnedSigner(STRANGER.public()), b.PinnedSigner(KEYS.signer.public())]
    with _read(BUNDLE, tmp_path, pinned) as bundle:
        assert len(bundle.entries) == 4


@pytest.mark.parametrize("pinned", [[], [b.PinnedSigner(STRANGER.public())]],
                         ids=["nothing pinned", "other keys pinned"])
def test_an_unknown_signer_is_refused(tmp_path: Path, pinned: list[b.PinnedSigner]) -> None:
    with pytest.raises(b.UnknownSigner, match="KHKOS"):
        _read(BUNDLE, tmp_path, pinned)
    assert staged_files(tmp_path) == []


def test_a_revoked_pair_is_refused(tmp_path: Path) -> None:
    with pytest.raises(b.RevokedSigner, match="revoked"):
        _read(BUNDLE, tmp_path, [b.PinnedSigner(KEYS.signer.public(), revoked=True)])
    assert staged_files(tmp_path) == []


def test_one_pinned_key_of_the_pair_is_not_enough(tmp_path: Path) -> None:
    """Ed25519 pinned, ML-DSA-65 someone else's: the manifest's pair is not pinned."""
    half = b.SignerKeys(KEYS.signer.public().ed25519, STRANGER.public().mldsa65)
    with pytest.raises(b.UnknownSigner):
        _read(BUNDLE, tmp_path, [b.PinnedSigner(half)])


def _mixed(ed_from: b.SigningKeys, ml_from: b.SigningKeys) -> Crafted:
    def sign(message: bytes) -> bytes:
        return (ed_from.sign(message)[:ED25519_SIGNATURE_BYTES]
                + ml_from.sign(message)[ED25519_SIGNATURE_BYTES:])
    return Crafted(sign=sign)


@pytest.mark.parametrize(("ed_from", "ml_from", "failed"), [
    (KEYS.signer, STRANGER, "ML-DSA-65"),
    (STRANGER, KEYS.signer, "Ed25519"),
    (STRANGER, STRANGER, "Ed25519 and ML-DSA-65"),
], ids=["only Ed25519 valid", "only ML-DSA-65 valid", "neither valid"])
def test_one_valid_signature_is_not_enough(tmp_path: Path, ed_from: b.SigningKeys,
                                           ml_from: b.SigningKeys, failed: str) -> None:
    data = craft(_mixed(ed_from, ml_from))
    with pytest.raises(b.BadSignature) as raised:
        _read(data, tmp_path, [b.PinnedSigner(KEYS.signer.public())])
    assert raised.value.detail == f"the {failed} signature does not verify"
    assert staged_files(tmp_path) == []


def test_a_signature_over_another_manifest_is_refused(tmp_path: Path) -> None:
    def sign(message: bytes) -> bytes:
        return KEYS.signer.sign(message.replace(b'"sequence":7', b'"sequence":8'))
    with pytest.raises(b.BadSignature):
        _read(craft(Crafted(sign=sign)), tmp_path, [b.PinnedSigner(KEYS.signer.public())])


def test_a_signature_without_the_domain_prefix_is_refused(tmp_path: Path) -> None:
    def sign(message: bytes) -> bytes:
        return KEYS.signer.sign(message.removeprefix(b"piu-bundle/1 manifest\n"))
    with pytest.raises(b.BadSignature):
        _read(craft(Crafted(sign=sign)), tmp_path, [b.PinnedSigner(KEYS.signer.public())])


def test_a_station_cannot_sign_as_hq(tmp_path: Path) -> None:
    """The manifest names HQ as sender, the station's own keys sign: HQ's pins decide."""
    def as_hq(value: dict[str, Any]) -> None:
        value["sender"] = "HQ"
    hq_keys = b.SigningKeys.generate()

    def pins(station: str) -> list[b.PinnedSigner]:
        return [b.PinnedSigner(hq_keys.public() if station == "HQ"
                               else KEYS.signer.public())]
    with pytest.raises(b.UnknownSigner, match="HQ"):
        b.read_bundle(io.BytesIO(craft(Crafted(edit=as_hq))), [KEYS.hq], pins, tmp_path)
