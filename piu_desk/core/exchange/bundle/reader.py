"""Reading a bundle (spec 3.3, steps 1-7): strictly, within hard limits, in one pass, with
entries streamed into staging files and hashed on the way. Nothing is handed out before
the whole bundle has been verified; on any failure the staging files are removed.

    with read_bundle(path, [identity], pins, staging_dir, station="KHKOS") as bundle:
        ... bundle.manifest, bundle.entries[i].path ...        # then apply
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Self, cast

from piu_desk.core.errors import Cancelled
from piu_desk.core.exchange import age
from piu_desk.core.exchange.bundle import checks, records
from piu_desk.core.exchange.bundle.checks import PinLookup, ReadEntry
from piu_desk.core.exchange.bundle.entries import entry_id_problem
from piu_desk.core.exchange.bundle.errors import (
    BundleInvalid,
    DriveUnreadable,
    StagingFailed,
    TooLarge,
)
from piu_desk.core.exchange.bundle.files import Staging
from piu_desk.core.exchange.bundle.limits import DEFAULT_LIMITS, Limits
from piu_desk.core.exchange.bundle.manifest import Manifest
from piu_desk.core.exchange.bundle.signing import SIGNATURES_BYTES, age_fingerprint

BLOCK = 1024 * 1024
ONLY_TYPES = frozenset({"mlkem768x25519"})
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
SinkFor = Callable[[int], BinaryIO]


@dataclass(frozen=True)
class StagedEntry:
    id: str
    kind: str
    size: int
    sha256: str
    path: Path
    """The staged content: a numbered file in the staging folder."""


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle verified completely; its entries wait in `folder` until `remove()`."""

    manifest: Manifest
    entries: tuple[StagedEntry, ...]
    folder: Path

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.remove()


class _Guarded(io.RawIOBase):
    """The bundle's file: a failing drive becomes DriveUnreadable, so that it is told apart
    from this desk's own disk failing under the staging files."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        try:
            return int(self._raw.readinto(buffer) or 0)  # type: ignore[attr-defined]
        except OSError as exc:
            raise DriveUnreadable(exc.strerror or str(exc) or type(exc).__name__) from exc


@contextlib.contextmanager
def _opened(source: Path | BinaryIO) -> Iterator[BinaryIO]:
    if isinstance(source, Path):
        try:
            raw = cast(BinaryIO, source.open("rb", buffering=0))
        except OSError as exc:
            raise DriveUnreadable(exc.strerror or str(exc)) from exc
        with raw:
            yield cast(BinaryIO, io.BufferedReader(_Guarded(raw), BLOCK))
    else:
        yield cast(BinaryIO, io.BufferedReader(_Guarded(source), BLOCK))


def _check_cancel(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled()


class _Records:
    """One pass over the plaintext: MAGIC, entries, manifest, signatures, end, final chunk."""

    def __init__(self, payload: age.PayloadReader, limits: Limits, sink_for: SinkFor | None,
                 progress: Progress | None, cancel: Cancel | None, total: int) -> None:
        self.payload, self.limits, self.sink_for = payload, limits, sink_for
        self.progress, self.cancel, self.total = progress, cancel, total
        self.entries: list[ReadEntry] = []
        self.content = 0
        self._seen: set[str] = set()
        self._buffer = bytearray(BLOCK)

    def read(self) -> tuple[bytes, bytes]:
        """The manifest's bytes and the signatures; entries end up in `self.entries`."""
        records.read_magic(self.payload)
        tag, length = records.read_head(self.payload)
        while tag == records.ENTRY:
            self._entry(length)
            tag, length = records.read_head(self.payload)
        if tag != records.MANIFEST:
            raise BundleInvalid(f"a {records.TAGS[tag]} record where the manifest belongs")
        if length > self.limits.manifest_bytes:
            raise TooLarge(f"a manifest of {length} bytes")
        manifest = records.read_exactly(self.payload, length, "manifest")
        tag, length = records.read_head(self.payload)
        if tag != records.SIGNATURES or length != SIGNATURES_BYTES:
            raise BundleInvalid("the signature record does not follow the manifest")
        signatures = records.read_exactly(self.payload, length, "signatures")
        tag, length = records.read_head(self.payload)
        if tag != records.END or length != 0:
            raise BundleInvalid("the end record does not follow the signatures")
        if self.payload.read(1) or not self.payload.finished:
            raise BundleInvalid("data follows the end record")
        return manifest, signatures

    def _entry(self, length: int) -> None:
        if len(self.entries) == self.limits.entries:
            raise TooLarge(f"more than {self.limits.entries} entries")
        id_size = records.read_exactly(self.payload, 1, "an entry id")[0] if length else 0
        if not 1 <= id_size < length:
            raise BundleInvalid("an entry record's id length does not fit it")
        raw_id = records.read_exactly(self.payload, id_size, "an entry id")
        entry_id = raw_id.decode("latin-1")
        problem = entry_id_problem(entry_id)
        if problem is not None:
            raise BundleInvalid(problem)
        if entry_id in self._seen:
            raise BundleInvalid(f"entry {entry_id!r} appears twice")
        self._seen.add(entry_id)
        size = length - 1 - id_size
        if size > self.limits.entry_bytes:
            raise TooLarge(f"entry {entry_id!r} of {size} bytes")
        if self.content + size > self.limits.total_bytes:
            raise TooLarge(f"entries of more than {self.limits.total_bytes} bytes")
        digest = self._copy(size)
        self.entries.append(ReadEntry(entry_id, size, digest))

    def _copy(self, size: int) -> str:
        digest = hashlib.sha256()
        view = memoryview(self._buffer)
        sink = self._sink()
        try:
            left = size
            while left:
                got = self.payload.readinto(view[:min(left, BLOCK)])
                if not got:
                    raise BundleInvalid("the plaintext ends inside an entry")
                digest.update(view[:got])
                if sink is not None:
                    self._write(sink, view[:got])
                left -= got
                self.content += got
                if self.progress is not None:
                    self.progress(self.content, self.total)
                _check_cancel(self.cancel)
        finally:
            if sink is not None:
                sink.close()
        return digest.hexdigest()

    def _sink(self) -> BinaryIO | None:
        if self.sink_for is None:
            return None
        try:
            return self.sink_for(len(self.entries))
        except OSError as exc:
            raise StagingFailed(exc.strerror or str(exc)) from exc

    @staticmethod
    def _write(sink: BinaryIO, data: memoryview) -> None:
        try:
            sink.write(data)
        except OSError as exc:
            raise StagingFailed(exc.strerror or str(exc)) from exc


def _own_keys(identities: Sequence[age.HybridIdentity]) -> list[str]:
    return [age_fingerprint(i.recipient()) for i in identities]


def _size(source: Path | BinaryIO) -> int:
    with contextlib.suppress(OSError, AttributeError, ValueError):
        if isinstance(source, Path):
            return source.stat().st_size
        return os.fstat(source.fileno()).st_size
    return 0


def _read(source: Path | BinaryIO, identities: Sequence[age.HybridIdentity],
          pins: PinLookup, limits: Limits, station: str | None, sink_for: SinkFor | None,
          progress: Progress | None, cancel: Cancel | None) -> tuple[Manifest,
                                                                    list[ReadEntry]]:
    total = _size(source)
    with _opened(source) as stream:
        opened = age.decrypting(stream, identities, only_types=ONLY_TYPES)
        reading = _Records(opened.payload, limits, sink_for, progress, cancel, total)
        manifest_bytes, signatures = reading.read()
    manifest = checks.verify(manifest_bytes, signatures, opened.header.sha256,
                             reading.entries, pins, _own_keys(identities), station, limits)
    return manifest, reading.entries


def verify_bundle(source: Path | BinaryIO, identities: Sequence[age.HybridIdentity],
                  pins: PinLookup, *, station: str | None = None,
                  limits: Limits = DEFAULT_LIMITS, progress: Progress | None = None,
                  cancel: Cancel | None = None) -> Manifest:
    """Read and verify a whole bundle without keeping its entries (for a read-back or
    `exchange verify`); its manifest, or the error of the first rule broken."""
    return _read(source, identities, pins, limits, station, None, progress, cancel)[0]


def read_bundle(source: Path | BinaryIO, identities: Sequence[age.HybridIdentity],
                pins: PinLookup, staging_dir: Path, *, station: str | None = None,
                limits: Limits = DEFAULT_LIMITS, progress: Progress | None = None,
                cancel: Cancel | None = None) -> VerifiedBundle:
    """Read, stage and verify a bundle addressed to this desk (`identities`; `station`,
    when given, must be the manifest's recipient). The entries are in a fresh folder
    inside `staging_dir`, removed on any failure and by `VerifiedBundle.remove()`."""
    try:
        staging = Staging(staging_dir)
    except OSError as exc:
        raise StagingFailed(exc.strerror or str(exc)) from exc
    try:
        manifest, read = _read(source, identities, pins, limits, station, staging.open,
                               progress, cancel)
    except BaseException:
        staging.remove()
        raise
    staged = tuple(StagedEntry(e.id, m.kind, e.size, e.sha256, staging.path_for(i))
                   for i, (e, m) in enumerate(zip(read, manifest.entries, strict=True)))
    return VerifiedBundle(manifest, staged, staging.folder)
