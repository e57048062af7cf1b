"""The age mlkem768x25519 recipient type (C2SP age, "The MLKEM768-X25519 hybrid
post-quantum recipient type"): HPKE base mode with the MLKEM768-X25519 KEM (X-Wing),
HKDF-SHA256 and ChaCha20Poly1305, info "age-encryption.org/mlkem768x25519", empty aad.
Every bundle is encrypted to recipients of this type only, so a stick copied today stays
closed to a future quantum computer.

An identity is a 32-byte seed. It is expanded as filippo.io/hpke-pq specifies:
SHAKE256(seed, 96) gives the 64-byte ML-KEM-768 seed (d || z) and the X25519 secret.
"""

from __future__ import annotations

import hashlib
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519

from piu_desk.core.exchange.age import bech32
from piu_desk.core.exchange.age.errors import HeaderFailure
from piu_desk.core.exchange.age.header import Stanza, b64decode, b64encode
from piu_desk.core.exchange.age.primitives import FILE_KEY_BYTES

TYPE = "mlkem768x25519"
LABEL = b"age-encryption.org/mlkem768x25519"
RECIPIENT_HRP = "age1pq"
IDENTITY_HRP = "AGE-SECRET-KEY-PQ-"
SEED_BYTES = 32
MLKEM_PUBLIC_BYTES = 1184
MLKEM_CIPHERTEXT_BYTES = 1088
X25519_BYTES = 32
PUBLIC_BYTES = MLKEM_PUBLIC_BYTES + X25519_BYTES  # 1216
ENC_BYTES = MLKEM_CIPHERTEXT_BYTES + X25519_BYTES  # 1120
WRAPPED_BYTES = FILE_KEY_BYTES + 16

_SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256,
                    hpke.AEAD.CHACHA20_POLY1305)


class HybridRecipient:
    post_quantum = True

    def __init__(self, public: bytes) -> None:
        if len(public) != PUBLIC_BYTES:
            raise ValueError("an MLKEM768-X25519 recipient is 1216 bytes")
        self.public = bytes(public)
        self._key = hpke.MLKEM768X25519PublicKey(
            mlkem.MLKEM768PublicKey.from_public_bytes(self.public[:MLKEM_PUBLIC_BYTES]),
            x25519.X25519PublicKey.from_public_bytes(self.public[MLKEM_PUBLIC_BYTES:]))

    def wrap(self, file_key: bytes) -> Stanza:
        sealed = _SUITE.encrypt(file_key, self._key, info=LABEL)
        return Stanza((TYPE, b64encode(sealed[:ENC_BYTES])), sealed[ENC_BYTES:])

    def encode(self) -> str:
        return bech32.encode(RECIPIENT_HRP, self.public)

    def __str__(self) -> str:
        return self.encode()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, HybridRecipient) and other.public == self.public

    def __hash__(self) -> int:
        return hash(self.public)


class HybridIdentity:
    def __init__(self, seed: bytes) -> None:
        if len(seed) != SEED_BYTES:
            raise ValueError("an MLKEM768-X25519 identity is a 32-byte seed")
        self._seed = bytes(seed)
        expanded = hashlib.shake_256(self._seed).digest(64 + X25519_BYTES)
        self._mlkem = mlkem.MLKEM768PrivateKey.from_seed_bytes(expanded[:64])
        self._x25519 = x25519.X25519PrivateKey.from_private_bytes(expanded[64:])
        self._key = hpke.MLKEM768X25519PrivateKey(self._mlkem, self._x25519)

    @classmethod
    def generate(cls) -> HybridIdentity:
        return cls(os.urandom(SEED_BYTES))

    def recipient(self) -> HybridRecipient:
        return HybridRecipient(self._mlkem.public_key().public_bytes_raw()
                               + self._x25519.public_key().public_bytes_raw())

    def encode(self) -> str:
        """The secret seed as `AGE-SECRET-KEY-PQ-1...`; keep it secret."""
        return bech32.encode(IDENTITY_HRP, self._seed).upper()

    def __repr__(self) -> str:
        return f"HybridIdentity({self.recipient().encode()[:20]}...)"

    def unwrap(self, stanza: Stanza) -> bytes | None:
        """The file key, None when the stanza is not for this identity, HeaderFailure
        when it is a mlkem768x25519 stanza that breaks the rules."""
        if stanza.type != TYPE:
            return None
        if len(stanza.args) != 2:
            raise HeaderFailure("a mlkem768x25519 stanza needs exactly one argument")
        enc = b64decode(stanza.args[1], "a mlkem768x25519 enc")
        if len(enc) != ENC_BYTES:
            raise HeaderFailure("a mlkem768x25519 enc is not 1120 bytes")
        if len(stanza.body) != WRAPPED_BYTES:
            raise HeaderFailure("a mlkem768x25519 stanza body is not 32 bytes")
        self._refuse_low_order(enc[MLKEM_CIPHERTEXT_BYTES:])
        try:
            return _SUITE.decrypt(enc + stanza.body, self._key, info=LABEL)
        except InvalidTag:
            return None

    def _refuse_low_order(self, share: bytes) -> None:
        """An X25519 part whose shared secret is all zeros is refused outright, as the
        reference implementation does (its X25519 rejects it); the KEM itself would only
        fail to open, reported as "no match"."""
        try:
            self._x25519.exchange(x25519.X25519PublicKey.from_public_bytes(share))
        except ValueError:
            raise HeaderFailure("the X25519 part of a mlkem768x25519 enc is a low-order "
                                "point") from None
