"""The recovery key: 256 random bits printed once as grouped base32 with check characters.

Layout: key (32 bytes) + SHA-256(key)[:2] -> 55 base32 characters, padded to 56 and cut into
14 groups of 4; each group gets a fifth character that checks it and its position. A typo is
caught, and named by group, before any key derivation runs.

The check character is a weighted sum over GF(32) with distinct non-zero weights plus a
constant per position, so it changes whenever one character of the group changes, when two
neighbouring characters are swapped, and when a group is moved to another position. (A hash
cut to 5 bits would miss one such typo in 32.)
"""

from __future__ import annotations

import base64
import hashlib

from piu_desk.core.errors import RecoveryKeyInvalid

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
GROUPS = 14
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B", "9": "G"})


def _gf32_times(a: int, b: int) -> int:
    """Product in GF(2^5) modulo the primitive polynomial x^5 + x^2 + 1."""
    product = 0
    while b:
        if b & 1:
            product ^= a
        b >>= 1
        a <<= 1
        if a & 0b100000:
            a ^= 0b100101
    return product


def _check_char(index: int, group: str) -> str:
    check, weight = index + 1, 1
    for ch in group:
        weight = _gf32_times(weight, 2)
        check ^= _gf32_times(weight, ALPHABET.index(ch))
    return ALPHABET[check]


def encode(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("a recovery key is 32 bytes")
    data = key + hashlib.sha256(key).digest()[:2]
    text = base64.b32encode(data).decode("ascii").rstrip("=")
    text = text.ljust(GROUPS * 4, "A")
    groups = [text[i * 4:(i + 1) * 4] for i in range(GROUPS)]
    return "-".join(g + _check_char(i, g) for i, g in enumerate(groups))


def normalise(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum()).translate(_LOOKALIKES)


def decode(text: str) -> bytes:
    """The 32-byte key, or RecoveryKeyInvalid naming what is wrong."""
    clean = normalise(text)
    if len(clean) != GROUPS * 5:
        raise RecoveryKeyInvalid.wrong_length(len(clean), GROUPS * 5)
    bad = [i + 1 for i in range(GROUPS)
           if any(ch not in ALPHABET for ch in clean[i * 5:i * 5 + 5])
           or _check_char(i, clean[i * 5:i * 5 + 4]) != clean[i * 5 + 4]]
    if bad:
        raise RecoveryKeyInvalid.typo_in(bad)
    body = "".join(clean[i * 5:i * 5 + 4] for i in range(GROUPS))[:55]
    data = base64.b32decode(body + "=")  # 34 bytes take 55 characters and one pad
    key, check = data[:32], data[32:34]
    if hashlib.sha256(key).digest()[:2] != check:
        raise RecoveryKeyInvalid.wrong_order()
    return key
