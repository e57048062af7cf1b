"""Writing the plaintext record stream into an age payload, hashing entries on the way."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import BinaryIO, Protocol

from piu_desk.core.exchange.bundle import records
from piu_desk.core.exchange.bundle.entries import EntrySource
from piu_desk.core.exchange.bundle.errors import BadEntrySource
from piu_desk.core.exchange.bundle.manifest import ManifestEntry

BLOCK = 1024 * 1024


class Writable(Protocol):
    def write(self, data: bytes | bytearray | memoryview) -> int: ...


def read_some(source: BinaryIO, into: memoryview) -> int:
    readinto = getattr(source, "readinto", None)
    if readinto is not None:
        return int(readinto(into) or 0)
    data = source.read(len(into))
    into[:len(data)] = data
    return len(data)


class PlaintextWriter:
    """MAGIC on creation; then entries; then the closing records. A test may call the
    record methods in any order to build a malformed bundle."""

    def __init__(self, payload: Writable, magic: bytes = records.MAGIC, *,
                 known_hashes: bool = False) -> None:
        self.payload = payload
        self.known_hashes = known_hashes
        """Take an entry's known hash (`EntrySource.sha256`) without hashing its bytes:
        only for a bundle read back and verified whole before it counts."""
        self.content_bytes = 0
        self._buffer = bytearray(BLOCK)
        payload.write(magic)

    def entry(self, entry: EntrySource,
              step: Callable[[int], None] | None = None) -> ManifestEntry:
        """Stream one entry's content from its source; its manifest line."""
        self.payload.write(records.entry_prefix(entry.id, entry.size))
        known = entry.sha256 if self.known_hashes else None
        digest = None if known else hashlib.sha256()
        view = memoryview(self._buffer)
        left = entry.size
        with entry.open() as source:
            while left:
                got = read_some(source, view[:min(left, BLOCK)])
                if not got:
                    raise BadEntrySource(entry.id, f"{entry.id!r} ended {left} bytes early")
                if digest is not None:
                    digest.update(view[:got])
                self.payload.write(view[:got])
                left -= got
                self.content_bytes += got
                if step is not None:
                    step(entry.size - left)
            if read_some(source, view[:1]):
                raise BadEntrySource(entry.id, f"{entry.id!r} is longer than announced")
        return ManifestEntry(entry.id, entry.kind, entry.size,
                             digest.hexdigest() if digest is not None else str(known))

    def record(self, tag: bytes, body: bytes) -> None:
        self.payload.write(records.record_head(tag, len(body)))
        self.payload.write(body)

    def closing_records(self, manifest: bytes, signatures: bytes) -> None:
        self.record(records.MANIFEST, manifest)
        self.record(records.SIGNATURES, signatures)
        self.record(records.END, b"")


class HashingWriter:
    """Passes writes on to `sink` and hashes them: the SHA-256 of the file as written."""

    def __init__(self, sink: BinaryIO) -> None:
        self.sink = sink
        self._hash = hashlib.sha256()

    def write(self, data: bytes | bytearray | memoryview) -> int:
        written = self.sink.write(data)
        self._hash.update(memoryview(data)[:written])
        return written

    def digest(self) -> bytes:
        return self._hash.digest()
