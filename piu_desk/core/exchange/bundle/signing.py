"""A desk's signing keys: Ed25519 (RFC 8032) and ML-DSA-65 (FIPS 204), which both sign every
bundle manifest, and key fingerprints.

A fingerprint is the hex SHA-256 of a raw public key. People compare it by phone in its
short form: the first 15 bytes in base32, six groups of four (`K7QX-3MDA-...`).
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519, mldsa

from piu_desk.core.exchange.age import HybridRecipient

ED25519 = "ed25519"
MLDSA65 = "mldsa65"
SEED_BYTES = 32
ED25519_PUBLIC_BYTES = 32
MLDSA65_PUBLIC_BYTES = 1952
ED25519_SIGNATURE_BYTES = 64
MLDSA65_SIGNATURE_BYTES = 3309
SIGNATURES_BYTES = ED25519_SIGNATURE_BYTES + MLDSA65_SIGNATURE_BYTES  # 3373
SIGNED_PREFIX = b"piu-bundle/1 manifest\n"
"""Put before the manifest bytes in the signed message, so a bundle signature can never
be taken for a signature over anything else."""


def fingerprint(public: bytes) -> str:
    return hashlib.sha256(public).hexdigest()


def age_fingerprint(recipient: HybridRecipient) -> str:
    """The fingerprint of an age recipient: over its 1216 raw bytes."""
    return fingerprint(recipient.public)


def readable_fingerprint(fp: str) -> str:
    """`fp` (hex SHA-256) as six groups of four base32 characters, for reading by phone."""
    text = base64.b32encode(bytes.fromhex(fp)[:15]).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def signed_message(manifest_bytes: bytes) -> bytes:
    return SIGNED_PREFIX + manifest_bytes


@dataclass(frozen=True)
class SignerKeys:
    """The public half: what is pinned for a sender and checked on every bundle."""

    ed25519: bytes
    mldsa65: bytes

    def __post_init__(self) -> None:
        if len(self.ed25519) != ED25519_PUBLIC_BYTES:
            raise ValueError("an Ed25519 public key is 32 bytes")
        if len(self.mldsa65) != MLDSA65_PUBLIC_BYTES:
            raise ValueError("an ML-DSA-65 public key is 1952 bytes")

    def fingerprints(self) -> dict[str, str]:
        return {ED25519: fingerprint(self.ed25519), MLDSA65: fingerprint(self.mldsa65)}

    def verify(self, message: bytes, signatures: bytes) -> tuple[bool, bool]:
        """Whether the Ed25519 and the ML-DSA-65 signature each verify (both must)."""
        if len(signatures) != SIGNATURES_BYTES:
            return False, False
        ed_sig = signatures[:ED25519_SIGNATURE_BYTES]
        ml_sig = signatures[ED25519_SIGNATURE_BYTES:]
        ed_ok = ml_ok = True
        try:
            ed25519.Ed25519PublicKey.from_public_bytes(self.ed25519).verify(ed_sig, message)
        except InvalidSignature:
            ed_ok = False
        try:
            mldsa.MLDSA65PublicKey.from_public_bytes(self.mldsa65).verify(ml_sig, message)
        except InvalidSignature:
            ml_ok = False
        return ed_ok, ml_ok


@dataclass(frozen=True)
class PinnedSigner:
    """A key pair pinned for a sender (at enrolment or by a signed rotation); a revoked
    pair stays listed so that its bundles are refused by name, not as unknown."""

    keys: SignerKeys
    revoked: bool = False


class SigningKeys:
    """The private half, from two 32-byte seeds (the form kept in the store)."""

    def __init__(self, ed25519_seed: bytes, mldsa65_seed: bytes) -> None:
        if len(ed25519_seed) != SEED_BYTES or len(mldsa65_seed) != SEED_BYTES:
            raise ValueError("signing key seeds are 32 bytes each")
        self._ed = ed25519.Ed25519PrivateKey.from_private_bytes(ed25519_seed)
        self._ml = mldsa.MLDSA65PrivateKey.from_seed_bytes(mldsa65_seed)

    @classmethod
    def generate(cls) -> SigningKeys:
        return cls(os.urandom(SEED_BYTES), os.urandom(SEED_BYTES))

    def seeds(self) -> tuple[bytes, bytes]:
        """The Ed25519 and ML-DSA-65 seeds; keep them secret (in the encrypted store)."""
        return self._ed.private_bytes_raw(), self._ml.private_bytes_raw()

    def public(self) -> SignerKeys:
        return SignerKeys(self._ed.public_key().public_bytes_raw(),
                          self._ml.public_key().public_bytes_raw())

    def sign(self, message: bytes) -> bytes:
        """Ed25519 signature || ML-DSA-65 signature (pure, empty context): 3373 bytes."""
        return self._ed.sign(message) + self._ml.sign(message)

    def __repr__(self) -> str:
        return f"SigningKeys({readable_fingerprint(fingerprint(self.public().ed25519))})"
