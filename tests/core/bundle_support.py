"""Keys, honest bundles and a test-only writer that builds dishonest ones (a lying manifest
signed with valid keys, records out of order, absurd lengths), plus drives that fail."""

from __future__ import annotations

import errno
import io
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from piu_desk.core.exchange import age
from piu_desk.core.exchange import bundle as b
from piu_desk.core.exchange.bundle import manifest as manifests
from piu_desk.core.exchange.bundle import records
from piu_desk.core.exchange.bundle.plaintext import PlaintextWriter
from piu_desk.core.exchange.bundle.signing import signed_message
from piu_desk.core.exchange.bundle.writer import build_manifest


@dataclass
class Keys:
    """A station writing to HQ, keeping a copy for its own archive."""

    signer: b.SigningKeys = field(default_factory=b.SigningKeys.generate)
    hq: age.HybridIdentity = field(default_factory=age.HybridIdentity.generate)
    archive: age.HybridIdentity = field(default_factory=age.HybridIdentity.generate)

    @property
    def recipients(self) -> list[age.HybridRecipient]:
        return [self.hq.recipient(), self.archive.recipient()]

    def pins(self, station: str) -> list[b.PinnedSigner]:
        return [b.PinnedSigner(self.signer.public())] if station == "KHKOS" else []


KEYS = Keys()
FIELDS = b.BundleFields(b.STATION_TO_HQ, "KHKOS", "HQ", 7, b.AuditHead(42, "a1" * 32))
CHANGES = b"".join(b'{"op":"update","uid":"v-%04d","fields":{"name":"MV %04d"}}\n' % (i, i)
                   for i in range(300))
PICTURE = random.Random(3).randbytes(150_000)


def entries() -> list[b.EntrySource]:
    return [b.EntrySource.from_bytes("changes-0001", b.CHANGES, CHANGES),
            b.EntrySource.from_bytes("att-7f3e9b2c", b.ATTACHMENT, PICTURE),
            b.EntrySource.from_bytes("empty.note", b.ATTACHMENT, b""),
            b.EntrySource.from_bytes("acks", b.ACKS, b'{"through_sequence":3}')]


def write(target: Path, keys: Keys = KEYS, items: Sequence[b.EntrySource] | None = None,
          fields: b.BundleFields = FIELDS) -> b.WrittenBundle:
    return b.write_bundle(target, entries() if items is None else items, fields,
                          keys.signer, keys.recipients, keys.archive)


def read(source: Path | BinaryIO, staging: Path, keys: Keys = KEYS,
         **options: Any) -> b.VerifiedBundle:
    return b.read_bundle(source, [keys.hq], keys.pins, staging, station="HQ", **options)


@dataclass
class Crafted:
    """How the dishonest writer deviates; each hook gets what an honest writer would use."""

    magic: bytes = records.MAGIC
    edit: Callable[[dict[str, Any]], None] | None = None
    """Changes the manifest's JSON value before it is encoded."""
    encode: Callable[[dict[str, Any]], bytes] = manifests.canonical
    sign: Callable[[bytes], bytes] | None = None
    """Signatures over the signed message; the real signer's by default."""
    after_entries: Callable[[PlaintextWriter], object] | None = None
    closing: Callable[[PlaintextWriter, bytes, bytes], object] | None = None
    """Writes the closing records from manifest bytes and signatures."""
    listed: Callable[[list[b.ManifestEntry]], list[b.ManifestEntry]] | None = None
    """Changes the manifest's entry list (for entries missing, extra, wrong hash)."""


def craft(crafted: Crafted, items: Sequence[b.EntrySource] | None = None,
          keys: Keys = KEYS, recipients: Sequence[age.Recipient] | None = None) -> bytes:
    """A bundle as the honest writer would make it, but for the deviations asked."""
    sink = io.BytesIO()
    header, payload = age.encrypting(sink, recipients or keys.recipients)
    with payload:
        out = PlaintextWriter(payload, crafted.magic)
        written = [out.entry(e) for e in (entries() if items is None else items)]
        if crafted.after_entries:
            crafted.after_entries(out)
        listed = crafted.listed(written) if crafted.listed else written
        honest = build_manifest(FIELDS, keys.signer, keys.recipients, header, listed)
        value = honest.to_json()
        if crafted.edit:
            crafted.edit(value)
        data = crafted.encode(value)
        message = signed_message(data)
        signatures = crafted.sign(message) if crafted.sign else keys.signer.sign(message)
        if crafted.closing:
            crafted.closing(out, data, signatures)
        else:
            out.closing_records(data, signatures)
    return sink.getvalue()


def staged_files(staging: Path) -> list[Path]:
    return sorted(p for p in staging.rglob("*") if p.is_file()) if staging.exists() else []


class FailingReader(io.RawIOBase):
    """A drive pulled out after `budget` bytes were read: every read then fails."""

    def __init__(self, data: bytes, budget: int) -> None:
        self._data = io.BytesIO(data)
        self.budget = budget

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self.budget <= 0:
            raise OSError(errno.EIO, "Input/output error")
        view = memoryview(buffer)[:self.budget]
        got = self._data.readinto(view)
        self.budget -= got
        return got


class FailingWriter(io.RawIOBase):
    """A file on a drive pulled out after `budget` bytes were written."""

    def __init__(self, file: BinaryIO, budget: int) -> None:
        self._file = file
        self.budget = budget

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        view = memoryview(data)
        if len(view) > self.budget:
            self._file.write(view[:self.budget])
            self.budget = 0
            raise OSError(errno.EIO, "Input/output error")
        self.budget -= len(view)
        return self._file.write(view)

    def fileno(self) -> int:
        return self._file.fileno()

    def flush(self) -> None:
        self._file.flush()

    def close(self) -> None:
        if not self.closed:
            super().close()
            self._file.close()


class Generated(io.RawIOBase):
    """`size` bytes of a repeating pattern, produced as they are read (an attachment far
    larger than anything the test holds in memory)."""

    def __init__(self, size: int) -> None:
        self.left = size
        self.pattern = bytes(range(256)) * 1025

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer)
        take = min(len(view), self.left, 256 * 1024)
        start = self.left % 256
        view[:take] = self.pattern[start:start + take]
        self.left -= take
        return take
