"""Key derivation and wrapping primitives for the key-slot vault.

AES-256-GCM wraps secrets under a key-encryption key (KEK) derived with Argon2id from a
password, or with HKDF from the recovery key. Grants seal a secret to a user's X25519 public
key so an administrator can hand a new data key to users whose passwords it does not know.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. memory in KiB, iterations (t), lanes (p)."""

    memory_kib: int
    iterations: int
    lanes: int

    def as_dict(self) -> dict[str, int]:
        return {"m": self.memory_kib, "t": self.iterations, "p": self.lanes}


# SECURITY.md: about 256 MiB, t=3, p=2; never below RFC 9106's 64 MiB / t=3.
DEFAULT_KDF = KdfParams(memory_kib=256 * 1024, iterations=3, lanes=2)
MINIMUM_KDF = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=1)
# Bounds on what a slot file may ask of this machine; outside them the slot is not trusted.
MAXIMUM_KDF = KdfParams(memory_kib=4 * 1024 * 1024, iterations=64, lanes=16)


def kdf_within_bounds(params: KdfParams, floor: KdfParams = MINIMUM_KDF) -> bool:
    return (floor.memory_kib <= params.memory_kib <= MAXIMUM_KDF.memory_kib
            and floor.iterations <= params.iterations <= MAXIMUM_KDF.iterations
            and 1 <= params.lanes <= MAXIMUM_KDF.lanes
            and params.memory_kib >= 8 * params.lanes)


def random_key() -> bytes:
    return os.urandom(KEY_BYTES)


def derive_password_kek(password: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(salt=salt, length=KEY_BYTES, iterations=params.iterations,
                   lanes=params.lanes, memory_cost=params.memory_kib)
    return kdf.derive(password.encode("utf-8"))


def derive_recovery_kek(recovery_key: bytes, salt: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt,
                info=b"piu-desk recovery kek v1")
    return hkdf.derive(recovery_key)


def key_check_value(kek: bytes) -> bytes:
    """Tells a wrong password (KEK differs) from an altered slot (KEK right, tag wrong)."""
    return hmac.new(kek, b"piu-desk key check v1", hashlib.sha256).digest()[:16]


def subkey(key: bytes, purpose: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=b"piu-desk " + purpose)
    return hkdf.derive(key)


def seal(key: bytes, plaintext: bytes, ad: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(12)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, ad)


def unseal(key: bytes, nonce: bytes, ciphertext: bytes, ad: bytes) -> bytes | None:
    """The plaintext, or None when the key or any bound byte is wrong."""
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, ad)
    except (InvalidTag, ValueError):
        return None


def new_agreement_key() -> tuple[bytes, bytes]:
    """(private, public) raw X25519 keys for grants."""
    private = X25519PrivateKey.generate()
    raw_private = private.private_bytes(serialization.Encoding.Raw,
                                        serialization.PrivateFormat.Raw,
                                        serialization.NoEncryption())
    raw_public = private.public_key().public_bytes(serialization.Encoding.Raw,
                                                   serialization.PublicFormat.Raw)
    return raw_private, raw_public


def _grant_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=b"piu-desk grant v1" + ephemeral_public + recipient_public)
    return hkdf.derive(shared)


def seal_to(recipient_public: bytes, plaintext: bytes, ad: bytes) -> tuple[bytes, bytes, bytes]:
    """Seal to an X25519 public key: (ephemeral public, nonce, ciphertext)."""
    eph_private, eph_public = new_agreement_key()
    shared = X25519PrivateKey.from_private_bytes(eph_private).exchange(
        X25519PublicKey.from_public_bytes(recipient_public))
    nonce, ct = seal(_grant_key(shared, eph_public, recipient_public), plaintext, ad)
    return eph_public, nonce, ct


def open_sealed(private: bytes, ephemeral_public: bytes, nonce: bytes, ciphertext: bytes,
                ad: bytes) -> bytes | None:
    try:
        priv = X25519PrivateKey.from_private_bytes(private)
        shared = priv.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError:
        return None
    pub = priv.public_key().public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw)
    return unseal(_grant_key(shared, ephemeral_public, pub), nonce, ciphertext, ad)
