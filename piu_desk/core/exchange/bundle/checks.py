"""What a bundle must satisfy once its plaintext has been read whole (spec 3.3, steps 4-7):
canonical manifest, both signatures against the sender's pinned keys, addressed to this
desk under this very age header, and exactly the entries it lists."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from piu_desk.core.exchange.bundle import manifest as manifests
from piu_desk.core.exchange.bundle.errors import (
    BadSignature,
    BundleInvalid,
    NotForThisDesk,
    RevokedSigner,
    TooLarge,
    UnknownSigner,
)
from piu_desk.core.exchange.bundle.limits import Limits
from piu_desk.core.exchange.bundle.manifest import Manifest
from piu_desk.core.exchange.bundle.signing import PinnedSigner, signed_message

PinLookup = Callable[[str], Iterable[PinnedSigner]]
"""The key pairs pinned for a sender station (revoked ones included), by station id."""


@dataclass(frozen=True)
class ReadEntry:
    """An entry as it came out of the stream: id, content size and SHA-256 (hex)."""

    id: str
    size: int
    sha256: str


def check_signatures(manifest: Manifest, manifest_bytes: bytes, signatures: bytes,
                     pins: PinLookup) -> None:
    pinned = [p for p in pins(manifest.sender)
              if p.keys.fingerprints() == manifest.sender_keys]
    if not pinned:
        raise UnknownSigner(manifest.sender)
    if any(p.revoked for p in pinned):
        raise RevokedSigner(manifest.sender)
    ed_ok, ml_ok = pinned[0].keys.verify(signed_message(manifest_bytes), signatures)
    if not (ed_ok and ml_ok):
        failed = [name for name, ok in (("Ed25519", ed_ok), ("ML-DSA-65", ml_ok)) if not ok]
        raise BadSignature(f"the {' and '.join(failed)} signature does not verify")


def check_addressed(manifest: Manifest, header_sha256: bytes, own_keys: Sequence[str],
                    station: str | None) -> None:
    if manifest.age_header_sha256 != header_sha256.hex():
        raise NotForThisDesk("the age header is not the one the sender signed (the "
                             "bundle was re-encrypted)")
    if not set(own_keys) & set(manifest.recipient_keys):
        raise NotForThisDesk("none of this desk's age keys is among the recipient keys")
    if station is not None and manifest.recipient != station:
        raise NotForThisDesk(f"the bundle is addressed to {manifest.recipient!r}")


def check_entries(manifest: Manifest, read: Sequence[ReadEntry], limits: Limits) -> None:
    listed = manifest.entries
    if len(read) != len(listed):
        raise BundleInvalid(f"{len(read)} entries in the bundle, {len(listed)} listed")
    for got, want in zip(read, listed, strict=True):
        if got.id != want.id:
            raise BundleInvalid(f"entry {got.id!r} where {want.id!r} is listed")
        if got.size != want.size or got.sha256 != want.sha256:
            raise BundleInvalid(f"entry {got.id!r} differs from its manifest line")
        if want.size > limits.for_kind(want.kind):
            raise TooLarge(f"{want.kind} entry {want.id!r} has {want.size} bytes")


def verify(manifest_bytes: bytes, signatures: bytes, header_sha256: bytes,
           read: Sequence[ReadEntry], pins: PinLookup, own_keys: Sequence[str],
           station: str | None, limits: Limits) -> Manifest:
    """Steps 4 to 7 in order; the manifest, or the first rule broken."""
    manifest = manifests.decode(manifest_bytes)
    check_signatures(manifest, manifest_bytes, signatures, pins)
    check_addressed(manifest, header_sha256, own_keys, station)
    check_entries(manifest, read, limits)
    return manifest
