"""The record stream inside the age payload (docs/bundle-format.md, 2.1):

    MAGIC || entry-record* || manifest-record || signature-record || end-record
    record = tag (1 byte) || length (8 bytes, big endian) || body

A reader gets a record's tag and length before its body, so every length is checked against
its limit before a byte of the body is read or any memory is set aside for it.
"""

from __future__ import annotations

import struct
from typing import Protocol

from piu_desk.core.exchange.bundle.errors import BundleInvalid, UnsupportedVersion

MAGIC = b"piu-bundle/1\n"
MAGIC_PREFIX = b"piu-bundle/"
FORMAT = "piu-bundle/1"
ENTRY = b"E"
MANIFEST = b"M"
SIGNATURES = b"S"
END = b"Z"
TAGS = {ENTRY: "entry", MANIFEST: "manifest", SIGNATURES: "signatures", END: "end"}
HEAD = struct.Struct(">cQ")
HEAD_BYTES = HEAD.size  # 9


class Readable(Protocol):
    def readinto(self, buffer: bytearray | memoryview) -> int: ...


def record_head(tag: bytes, length: int) -> bytes:
    return HEAD.pack(tag, length)


def entry_prefix(entry_id: str, size: int) -> bytes:
    """Record head and id of an entry whose content (`size` bytes) follows."""
    name = entry_id.encode("ascii")
    return record_head(ENTRY, 1 + len(name) + size) + bytes([len(name)]) + name


def read_exactly(source: Readable, size: int, what: str) -> bytes:
    """`size` bytes (a size already checked against its limit) or BundleInvalid."""
    buffer = bytearray(size)
    view = memoryview(buffer)
    done = 0
    while done < size:
        got = source.readinto(view[done:])
        if not got:
            raise BundleInvalid(f"the plaintext ends inside the {what}")
        done += got
    return bytes(buffer)


def read_magic(source: Readable) -> None:
    """The MAGIC line, or the version found named in the error."""
    buffer = bytearray(len(MAGIC))
    view = memoryview(buffer)
    done = 0
    while done < len(MAGIC):
        got = source.readinto(view[done:])
        if not got:
            break
        done += got
    found = bytes(buffer[:done])
    if found == MAGIC:
        return
    if found.startswith(MAGIC_PREFIX):
        version = found.split(b"\n", 1)[0].decode("ascii", "replace")
        raise UnsupportedVersion(version)
    raise BundleInvalid("the plaintext does not start with the piu-bundle MAGIC")


def read_head(source: Readable) -> tuple[bytes, int]:
    """The next record's tag and body length; BundleInvalid for an unknown tag."""
    tag, length = HEAD.unpack(read_exactly(source, HEAD_BYTES, "a record head"))
    if tag not in TAGS:
        raise BundleInvalid(f"unknown record tag {tag!r}")
    return tag, int(length)
