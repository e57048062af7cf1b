"""The symmetric primitives of age v1: HKDF-SHA-256 and the header MAC."""

from __future__ import annotations

import hmac
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FILE_KEY_BYTES = 16
NONCE_BYTES = 16


def hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    """HKDF-SHA-256 with 32 bytes of output, as everywhere in age."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def header_mac(file_key: bytes, mac_input: bytes) -> bytes:
    key = hkdf(file_key, b"", b"header")
    return hmac.new(key, mac_input, "sha256").digest()


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    return hkdf(file_key, nonce, b"payload")


def new_file_key() -> bytes:
    return os.urandom(FILE_KEY_BYTES)


def new_payload_nonce() -> bytes:
    return os.urandom(NONCE_BYTES)
