"""The age X25519 recipient type: classic elliptic-curve keys, as the `age` command line
tool of Debian makes them (`age1...`, `AGE-SECRET-KEY-1...`). Bundles use the hybrid type;
this one is for the test kit and for exchanging files with `age` itself."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from piu_desk.core.exchange.age import bech32
from piu_desk.core.exchange.age.errors import HeaderFailure
from piu_desk.core.exchange.age.header import Stanza, b64decode, b64encode
from piu_desk.core.exchange.age.primitives import FILE_KEY_BYTES, hkdf

TYPE = "X25519"
INFO = b"age-encryption.org/v1/X25519"
RECIPIENT_HRP = "age"
IDENTITY_HRP = "AGE-SECRET-KEY-"
KEY_BYTES = 32
WRAPPED_BYTES = FILE_KEY_BYTES + 16
ZERO_NONCE = bytes(12)


class X25519Recipient:
    post_quantum = False

    def __init__(self, public: bytes) -> None:
        if len(public) != KEY_BYTES:
            raise ValueError("an X25519 recipient is 32 bytes")
        self.public = bytes(public)
        self._key = X25519PublicKey.from_public_bytes(self.public)

    def wrap(self, file_key: bytes) -> Stanza:
        ephemeral = X25519PrivateKey.generate()
        share = ephemeral.public_key().public_bytes_raw()
        shared = ephemeral.exchange(self._key)
        wrap_key = hkdf(shared, share + self.public, INFO)
        body = ChaCha20Poly1305(wrap_key).encrypt(ZERO_NONCE, file_key, None)
        return Stanza((TYPE, b64encode(share)), body)

    def encode(self) -> str:
        return bech32.encode(RECIPIENT_HRP, self.public)

    def __str__(self) -> str:
        return self.encode()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, X25519Recipient) and other.public == self.public

    def __hash__(self) -> int:
        return hash(self.public)


class X25519Identity:
    def __init__(self, secret: bytes) -> None:
        if len(secret) != KEY_BYTES:
            raise ValueError("an X25519 identity is 32 bytes")
        self._secret = bytes(secret)
        self._key = X25519PrivateKey.from_private_bytes(self._secret)

    @classmethod
    def generate(cls) -> X25519Identity:
        return cls(os.urandom(KEY_BYTES))

    def recipient(self) -> X25519Recipient:
        return X25519Recipient(self._key.public_key().public_bytes_raw())

    def encode(self) -> str:
        """The secret key as `AGE-SECRET-KEY-1...`; keep it secret."""
        return bech32.encode(IDENTITY_HRP, self._secret).upper()

    def __repr__(self) -> str:
        return f"X25519Identity({self.recipient()})"

    def unwrap(self, stanza: Stanza) -> bytes | None:
        """The file key, None when the stanza is not for this identity, HeaderFailure
        when it is an X25519 stanza that breaks the rules."""
        if stanza.type != TYPE:
            return None
        if len(stanza.args) != 2:
            raise HeaderFailure("an X25519 stanza needs exactly one argument")
        share = b64decode(stanza.args[1], "an X25519 share")
        if len(share) != KEY_BYTES:
            raise HeaderFailure("an X25519 share is not 32 bytes")
        if len(stanza.body) != WRAPPED_BYTES:
            raise HeaderFailure("an X25519 stanza body is not 32 bytes")
        try:
            shared = self._key.exchange(X25519PublicKey.from_public_bytes(share))
        except ValueError:
            raise HeaderFailure("an X25519 share is a low-order point") from None
        recipient = self._key.public_key().public_bytes_raw()
        wrap_key = hkdf(shared, share + recipient, INFO)
        return _open(wrap_key, stanza.body)


def _open(wrap_key: bytes, body: bytes) -> bytes | None:
    try:
        return ChaCha20Poly1305(wrap_key).decrypt(ZERO_NONCE, body, None)
    except InvalidTag:
        return None
