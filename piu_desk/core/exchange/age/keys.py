"""Recipients (public keys) and identities (secret keys) of the two implemented types, and
their text forms, exchangeable with the `age` tools:

    age1...               X25519 recipient         AGE-SECRET-KEY-1...     its identity
    age1pq1...            mlkem768x25519 recipient AGE-SECRET-KEY-PQ-1...  its identity
"""

from __future__ import annotations

from typing import Protocol

from piu_desk.core.exchange.age import bech32, hybrid, x25519
from piu_desk.core.exchange.age.errors import InvalidKey
from piu_desk.core.exchange.age.header import Stanza
from piu_desk.core.exchange.age.hybrid import HybridIdentity, HybridRecipient
from piu_desk.core.exchange.age.x25519 import X25519Identity, X25519Recipient


class Recipient(Protocol):
    """Wraps a file key into one stanza. `post_quantum` recipients may not be mixed with
    classic ones in one file (the file would be only as strong as the weakest)."""

    @property
    def post_quantum(self) -> bool: ...

    def wrap(self, file_key: bytes) -> Stanza: ...

    def encode(self) -> str: ...


class Identity(Protocol):
    """Unwraps a file key from a stanza: the key, None when the stanza is not addressed
    to it, HeaderFailure when it is of its type but malformed."""

    def unwrap(self, stanza: Stanza) -> bytes | None: ...


def _decode(text: str, what: str) -> tuple[str, bytes]:
    try:
        return bech32.decode(text.strip())
    except ValueError as exc:
        raise InvalidKey(f"{what}: {exc}") from None


def parse_recipient(text: str) -> X25519Recipient | HybridRecipient:
    """An `age1...` or `age1pq1...` recipient, or InvalidKey."""
    hrp, data = _decode(text, "recipient")
    try:
        if hrp == x25519.RECIPIENT_HRP:
            return X25519Recipient(data)
        if hrp == hybrid.RECIPIENT_HRP:
            return HybridRecipient(data)
    except ValueError as exc:
        raise InvalidKey(f"recipient: {exc}") from None
    raise InvalidKey(f"recipient: unknown type {hrp!r}")


def parse_identity(text: str) -> X25519Identity | HybridIdentity:
    """An `AGE-SECRET-KEY-1...` or `AGE-SECRET-KEY-PQ-1...` identity, or InvalidKey."""
    hrp, data = _decode(text, "identity")
    try:
        if hrp == x25519.IDENTITY_HRP:
            return X25519Identity(data)
        if hrp == hybrid.IDENTITY_HRP:
            return HybridIdentity(data)
    except ValueError as exc:
        raise InvalidKey(f"identity: {exc}") from None
    raise InvalidKey("identity: unknown type")


def parse_identity_file(text: str) -> list[X25519Identity | HybridIdentity]:
    """The identities of an `age-keygen` style file: one a line, `#` comments and blank
    lines ignored."""
    return [parse_identity(line) for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]
