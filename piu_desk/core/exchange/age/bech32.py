"""Bech32 (BIP 173) without its 90-character limit, as the age specification uses it for
keys: a hybrid recipient is 1,216 bytes. Strings are all lower or all upper case; the
checksum is always computed over the lower-case form."""

from __future__ import annotations

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_VALUES = {c: i for i, c in enumerate(CHARSET)}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: list[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i, gen in enumerate(_GENERATOR):
            if (top >> i) & 1:
                check ^= gen
    return check


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _regroup(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    acc, bits, out = 0, 0, []
    mask = (1 << to_bits) - 1
    for value in data:
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & mask)
    if pad and bits:
        out.append((acc << (to_bits - bits)) & mask)
    elif not pad and (bits >= from_bits or (acc << (to_bits - bits)) & mask):
        raise ValueError("bech32: non-zero or excess padding bits")
    return out


def encode(hrp: str, data: bytes) -> str:
    """The lower-case Bech32 string of `data` under the human-readable part `hrp`."""
    hrp = hrp.lower()
    words = _regroup(data, 8, 5, pad=True)
    check = _polymod([*_hrp_expand(hrp), *words, 0, 0, 0, 0, 0, 0]) ^ 1
    words += [(check >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[w] for w in words)


def decode(text: str) -> tuple[str, bytes]:
    """(human-readable part as written, data); ValueError for anything malformed."""
    if text.lower() != text and text.upper() != text:
        raise ValueError("bech32: mixed case")
    if any(not 33 <= ord(c) <= 126 for c in text):
        raise ValueError("bech32: character out of range")
    split = text.rfind("1")
    if split < 1 or split + 7 > len(text):
        raise ValueError("bech32: separator misplaced")
    hrp, lower = text[:split], text.lower()
    try:
        words = [_VALUES[c] for c in lower[split + 1:]]
    except KeyError:
        raise ValueError("bech32: character not in the alphabet") from None
    if _polymod([*_hrp_expand(lower[:split]), *words]) != 1:
        raise ValueError("bech32: checksum mismatch")
    return hrp, bytes(_regroup(words[:-6], 5, 8, pad=False))
