"""The textual age v1 header: version line, recipient stanzas, MAC line.

Parsing is strict (C2SP age, "Header"): exact LF line ends, arguments of printable ASCII,
bodies of canonical unpadded base64 wrapped at 64 columns and ended by a shorter line, and
hard limits on the header's size, the number of stanzas and the length of a line, so a
hostile file costs at most a few hundred kilobytes to reject.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from typing import BinaryIO

from piu_desk.core.exchange.age.errors import HeaderFailure

VERSION_LINE = b"age-encryption.org/v1\n"
VERSION_PREFIX = b"age-encryption.org/"
STANZA_PREFIX = b"-> "
MAC_PREFIX = b"---"
MAC_BYTES = 32
BODY_COLUMNS = 64

MAX_HEADER_BYTES = 256 * 1024
"""Whole header, version line to MAC line; a bundle's two hybrid stanzas take about 4 KiB."""
MAX_STANZAS = 64
MAX_LINE_BYTES = 8 * 1024
"""One line, its LF aside; a hybrid stanza's argument line is 1,510 bytes."""

_B64_ALPHABET = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza: its arguments (the first names its type) and its body."""

    args: tuple[str, ...]
    body: bytes

    @property
    def type(self) -> str:
        return self.args[0]


@dataclass(frozen=True)
class Header:
    """A parsed (or written) header. `mac_input` is what the MAC covers: everything up to
    and including the `---`; `raw` is the whole header as it stands in the file."""

    stanzas: tuple[Stanza, ...]
    mac: bytes
    mac_input: bytes
    raw: bytes

    @property
    def sha256(self) -> bytes:
        """SHA-256 of the header as written, MAC line included (the bundle manifest signs
        it, so a bundle cannot be re-encrypted and forwarded unnoticed)."""
        return hashlib.sha256(self.raw).digest()


def b64encode(data: bytes) -> str:
    return base64.b64encode(data).rstrip(b"=").decode("ascii")


def b64decode(text: str | bytes, what: str) -> bytes:
    """Canonical unpadded base64 (RFC 4648 3.5) or HeaderFailure naming `what`."""
    raw = text.encode("ascii", "replace") if isinstance(text, str) else bytes(text)
    if not _B64_ALPHABET.issuperset(raw) or len(raw) % 4 == 1:
        raise HeaderFailure(f"{what} is not unpadded base64")
    try:
        data = base64.b64decode(raw + b"=" * (-len(raw) % 4), validate=True)
    except binascii.Error:
        raise HeaderFailure(f"{what} is not unpadded base64") from None
    if b64encode(data).encode("ascii") != raw:
        raise HeaderFailure(f"{what} is not canonical base64")
    return data


def _is_argument(arg: bytes) -> bool:
    return bool(arg) and all(0x21 <= c <= 0x7E for c in arg)


class _Lines:
    """Reads LF-terminated lines from `source`, within the header's limits."""

    def __init__(self, source: BinaryIO) -> None:
        self.source = source
        self.taken = bytearray()

    def next(self) -> bytes:
        line = self.source.readline(MAX_LINE_BYTES + 1)
        if not line:
            raise HeaderFailure("the header ends before its MAC line")
        if not line.endswith(b"\n"):
            raise HeaderFailure("a header line is too long or the header is cut short")
        self.taken += line
        if len(self.taken) > MAX_HEADER_BYTES:
            raise HeaderFailure(f"the header is larger than {MAX_HEADER_BYTES} bytes")
        return line[:-1]


def _read_stanza(lines: _Lines, arg_line: bytes) -> Stanza:
    args = arg_line[len(STANZA_PREFIX):].split(b" ")
    if not all(_is_argument(a) for a in args):
        raise HeaderFailure("a stanza argument is empty or not printable ASCII")
    body = bytearray()
    while True:
        line = lines.next()
        if len(line) > BODY_COLUMNS:
            raise HeaderFailure("a stanza body line is longer than 64 columns")
        body += line
        if len(line) < BODY_COLUMNS:
            break
    data = b64decode(bytes(body), "a stanza body")
    return Stanza(tuple(a.decode("ascii") for a in args), data)


def read_header(source: BinaryIO) -> Header:
    """Read exactly the header from `source`, leaving it at the payload's first byte."""
    lines = _Lines(source)
    version = lines.next() + b"\n"
    if version != VERSION_LINE:
        if version.startswith(VERSION_PREFIX):
            raise HeaderFailure("unsupported age format version")
        raise HeaderFailure("not an age file (no version line)")
    stanzas: list[Stanza] = []
    while True:
        line = lines.next()
        if line.startswith(STANZA_PREFIX):
            if len(stanzas) == MAX_STANZAS:
                raise HeaderFailure(f"more than {MAX_STANZAS} recipient stanzas")
            stanzas.append(_read_stanza(lines, line))
        elif line.startswith(MAC_PREFIX):
            break
        else:
            raise HeaderFailure("a header line is neither a stanza nor the MAC line")
    if not stanzas:
        raise HeaderFailure("the header has no recipient stanza")
    if not line.startswith(MAC_PREFIX + b" "):
        raise HeaderFailure("the MAC line has no space after ---")
    mac = b64decode(line[len(MAC_PREFIX) + 1:], "the header MAC")
    if len(mac) != MAC_BYTES:
        raise HeaderFailure("the header MAC is not 32 bytes")
    raw = bytes(lines.taken)
    mac_input = raw[:len(raw) - len(line) - 1 + len(MAC_PREFIX)]
    return Header(tuple(stanzas), mac, mac_input, raw)


def stanza_text(stanza: Stanza) -> bytes:
    """The stanza as it is written: argument line, then the body at 64 columns, always
    ended by a line shorter than 64 (empty when the body fills its last line)."""
    if not stanza.args or not all(_is_argument(a.encode("utf-8")) for a in stanza.args):
        raise ValueError(f"invalid stanza arguments {stanza.args!r}")
    body = b64encode(stanza.body).encode("ascii")
    lines = [body[i:i + BODY_COLUMNS] for i in range(0, len(body), BODY_COLUMNS)]
    if not lines or len(lines[-1]) == BODY_COLUMNS:
        lines.append(b"")
    arg_line = STANZA_PREFIX + " ".join(stanza.args).encode("ascii")
    return b"\n".join([arg_line, *lines]) + b"\n"


def mac_input_of(stanzas: tuple[Stanza, ...]) -> bytes:
    return VERSION_LINE + b"".join(stanza_text(s) for s in stanzas) + MAC_PREFIX


def header_with_mac(stanzas: tuple[Stanza, ...], mac_input: bytes, mac: bytes) -> Header:
    raw = mac_input + b" " + b64encode(mac).encode("ascii") + b"\n"
    return Header(stanzas, mac, mac_input, raw)
