"""Whole age v1 files: header and payload, in both directions, streamed.

    header = write_header(sink, recipients)             # then
    with PayloadWriter(sink, header_key) as payload: ...

is what `encrypting()` does; `decrypting()` reads and checks the header (stanzas, file key,
MAC, nonce) before handing back a reader of the plaintext.
"""

from __future__ import annotations

import hmac
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from piu_desk.core.exchange.age.errors import HeaderFailure, HmacFailure, NoMatch
from piu_desk.core.exchange.age.header import (
    Header,
    Stanza,
    header_with_mac,
    mac_input_of,
    read_header,
)
from piu_desk.core.exchange.age.keys import Identity, Recipient
from piu_desk.core.exchange.age.primitives import (
    FILE_KEY_BYTES,
    NONCE_BYTES,
    header_mac,
    new_file_key,
    new_payload_nonce,
    payload_key,
)
from piu_desk.core.exchange.age.stream import PayloadReader, PayloadWriter, read_full, write_all


@dataclass(frozen=True)
class Opened:
    """What a file's header told: the header itself and the payload's reader."""

    header: Header
    payload: PayloadReader


def _stanzas_for(recipients: Sequence[Recipient], file_key: bytes) -> tuple[Stanza, ...]:
    if not recipients:
        raise ValueError("an age file needs at least one recipient")
    if len({r.post_quantum for r in recipients}) > 1:
        raise ValueError("post-quantum recipients cannot be mixed with classic ones")
    return tuple(r.wrap(file_key) for r in recipients)


def encrypting(sink: BinaryIO, recipients: Sequence[Recipient]) -> tuple[Header,
                                                                           PayloadWriter]:
    """Write the header and the payload nonce to `sink`; the writer encrypts the rest.
    Close the writer (or use it as a context manager) to seal the final chunk."""
    file_key = new_file_key()
    stanzas = _stanzas_for(recipients, file_key)
    mac_input = mac_input_of(stanzas)
    header = header_with_mac(stanzas, mac_input, header_mac(file_key, mac_input))
    nonce = new_payload_nonce()
    write_all(sink, memoryview(header.raw + nonce))
    return header, PayloadWriter(sink, payload_key(file_key, nonce))


def encrypt(source: BinaryIO, sink: BinaryIO, recipients: Sequence[Recipient]) -> Header:
    """Encrypt all of `source` into `sink` as one age file."""
    header, payload = encrypting(sink, recipients)
    payload.fill_from(source)
    payload.close()
    return header


def unwrap_file_key(stanzas: Sequence[Stanza], identities: Sequence[Identity]) -> bytes:
    """The file key from the first identity that opens a stanza, trying identities in
    order and each against every stanza; a malformed stanza of a known type stops it."""
    for identity in identities:
        for stanza in stanzas:
            file_key = identity.unwrap(stanza)
            if file_key is None:
                continue
            if len(file_key) != FILE_KEY_BYTES:
                raise HeaderFailure("the unwrapped file key is not 16 bytes")
            return file_key
    raise NoMatch()


def decrypting(source: BinaryIO, identities: Sequence[Identity],
               only_types: Collection[str] | None = None) -> Opened:
    """Read and verify the header of the age file at `source`; its payload then reads
    from `Opened.payload`. NoMatch, HeaderFailure or HmacFailure before any plaintext.
    With `only_types`, a stanza of any other type is a header failure before any key is
    tried (bundles accept mlkem768x25519 stanzas only)."""
    header = read_header(source)
    if only_types is not None:
        for stanza in header.stanzas:
            if stanza.type not in only_types:
                raise HeaderFailure(f"a stanza of type {stanza.type!r} is not allowed here")
    file_key = unwrap_file_key(header.stanzas, identities)
    if not hmac.compare_digest(header_mac(file_key, header.mac_input), header.mac):
        raise HmacFailure()
    nonce = bytearray(NONCE_BYTES)
    if read_full(source, memoryview(nonce)) != NONCE_BYTES:
        raise HeaderFailure("the file ends before the payload nonce")
    return Opened(header, PayloadReader(source, payload_key(file_key, bytes(nonce))))


def decrypt(source: BinaryIO, sink: BinaryIO, identities: Sequence[Identity],
            only_types: Collection[str] | None = None) -> Header:
    """Decrypt the age file at `source` into `sink`. On PayloadFailure part of the
    plaintext may already be in `sink` and must be thrown away."""
    opened = decrypting(source, identities, only_types)
    opened.payload.copy_to(sink)
    return opened.header
