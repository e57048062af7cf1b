"""The age v1 file format (C2SP age, age-encryption.org/v1), the outer layer of
`piu-bundle/1`: X25519 and mlkem768x25519 recipients, strict header, STREAM payload.
Scrypt (passphrase) recipients and ASCII armor are deliberately not implemented."""

from piu_desk.core.exchange.age.errors import (
    AgeError,
    HeaderFailure,
    HmacFailure,
    InvalidKey,
    NoMatch,
    PayloadFailure,
)
from piu_desk.core.exchange.age.file import (
    Opened,
    decrypt,
    decrypting,
    encrypt,
    encrypting,
    unwrap_file_key,
)
from piu_desk.core.exchange.age.header import Header, Stanza
from piu_desk.core.exchange.age.hybrid import HybridIdentity, HybridRecipient
from piu_desk.core.exchange.age.keys import (
    Identity,
    Recipient,
    parse_identity,
    parse_identity_file,
    parse_recipient,
)
from piu_desk.core.exchange.age.stream import CHUNK, PayloadReader, PayloadWriter
from piu_desk.core.exchange.age.x25519 import X25519Identity, X25519Recipient

__all__ = [
    "CHUNK",
    "AgeError",
    "Header",
    "HeaderFailure",
    "HmacFailure",
    "HybridIdentity",
    "HybridRecipient",
    "Identity",
    "InvalidKey",
    "NoMatch",
    "Opened",
    "PayloadFailure",
    "PayloadReader",
    "PayloadWriter",
    "Recipient",
    "Stanza",
    "X25519Identity",
    "X25519Recipient",
    "decrypt",
    "decrypting",
    "encrypt",
    "encrypting",
    "parse_identity",
    "parse_identity_file",
    "parse_recipient",
    "unwrap_file_key",
]
