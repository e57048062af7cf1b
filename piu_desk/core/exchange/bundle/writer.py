"""Writing a bundle (spec 3.1): entries streamed into the age encryption in one pass, each
hashed on the way, then the manifest, the signatures and the end record; written atomically
into the target folder and read back before it counts as written.

Entries may be a list, checked against the limits before a file is created, or an iterable
that makes each entry only when it is its turn (an export builds its `changes` entries page
by page, so memory stays flat whatever the size); each is then checked as it comes, before
a byte of it is written, and a breach removes what was written.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, cast

import piu_desk
from piu_desk.core.errors import Cancelled
from piu_desk.core.exchange import age
from piu_desk.core.exchange.bundle import files, plaintext
from piu_desk.core.exchange.bundle.entries import EntrySource
from piu_desk.core.exchange.bundle.errors import (
    BundleError,
    DriveUnreadable,
    ExportFailed,
    ExportNotVerified,
    TooLarge,
)
from piu_desk.core.exchange.bundle.limits import DEFAULT_LIMITS, Limits
from piu_desk.core.exchange.bundle.manifest import (
    AuditHead,
    Manifest,
    ManifestEntry,
    timestamp,
)
from piu_desk.core.exchange.bundle.reader import verify_bundle
from piu_desk.core.exchange.bundle.signing import (
    PinnedSigner,
    SigningKeys,
    age_fingerprint,
    signed_message,
)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class BundleFields:
    """What the caller decides about a bundle; the writer adds ids, keys and hashes."""

    kind: str
    sender: str
    recipient: str
    sequence: int
    audit_head: AuditHead
    reference_expires_at: datetime | None = None
    reference_version: int | None = None
    created_at: datetime | None = None
    """Now, when not given."""


@dataclass(frozen=True)
class WrittenBundle:
    path: Path
    manifest: Manifest


def check_entries(entries: Sequence[EntrySource], limits: Limits) -> None:
    """Refuse up front what a reader would refuse: too many, too large, ids repeated."""
    if len(entries) > limits.entries:
        raise TooLarge(f"{len(entries)} entries, more than {limits.entries}")
    if len({e.id for e in entries}) != len(entries):
        raise ValueError("entry ids must be unique within a bundle")
    for entry in entries:
        if entry.size > min(limits.entry_bytes, limits.for_kind(entry.kind)):
            raise TooLarge(f"entry {entry.id!r} has {entry.size} bytes, more than a "
                           f"{entry.kind} entry may")
    if sum(e.size for e in entries) > limits.total_bytes:
        raise TooLarge(f"the entries hold more than {limits.total_bytes} bytes")


class EntryChecks:
    """The rules of `check_entries`, one entry at a time, for entries made as they are
    written: called before an entry's first byte goes out."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.ids: set[str] = set()
        self.total = 0

    def add(self, entry: EntrySource) -> None:
        if len(self.ids) == self.limits.entries:
            raise TooLarge(f"more than {self.limits.entries} entries")
        if entry.id in self.ids:
            raise ValueError("entry ids must be unique within a bundle")
        if entry.size > min(self.limits.entry_bytes, self.limits.for_kind(entry.kind)):
            raise TooLarge(f"entry {entry.id!r} has {entry.size} bytes, more than a "
                           f"{entry.kind} entry may")
        if self.total + entry.size > self.limits.total_bytes:
            raise TooLarge(f"the entries hold more than {self.limits.total_bytes} bytes")
        self.ids.add(entry.id)
        self.total += entry.size


def build_manifest(fields: BundleFields, signer: SigningKeys,
                   recipients: Sequence[age.HybridRecipient], header: age.Header,
                   entries: Sequence[ManifestEntry]) -> Manifest:
    return Manifest(
        bundle_id=os.urandom(16).hex(), kind=fields.kind, sender=fields.sender,
        recipient=fields.recipient, sender_keys=signer.public().fingerprints(),
        recipient_keys=tuple(sorted({age_fingerprint(r) for r in recipients})),
        sequence=fields.sequence,
        created_at=timestamp(fields.created_at or datetime.now(UTC)),
        reference_expires_at=(timestamp(fields.reference_expires_at)
                              if fields.reference_expires_at else None),
        reference_version=fields.reference_version,
        age_header_sha256=header.sha256.hex(), entries=tuple(entries),
        audit_head=fields.audit_head, app_version=piu_desk.__version__)


def write_stream(sink: BinaryIO, entries: Iterable[EntrySource], fields: BundleFields,
                 signer: SigningKeys, recipients: Sequence[age.HybridRecipient],
                 progress: Progress | None = None, cancel: Cancel | None = None, *,
                 limits: Limits = DEFAULT_LIMITS, expected_bytes: int = 0,
                 known_hashes: bool = False) -> Manifest:
    """The whole bundle into `sink` (which stays open), in one pass. Progress runs over
    the entries' sizes: their sum for a list, else `expected_bytes` (an estimate). With
    `known_hashes` (the caller verifies the whole bundle afterwards), an entry's known
    hash is taken instead of hashing its bytes."""
    if not recipients or not all(isinstance(r, age.HybridRecipient) for r in recipients):
        raise ValueError("bundles are encrypted to mlkem768x25519 recipients only")
    total = sum(e.size for e in entries) if isinstance(entries, Sequence) else expected_bytes
    checks = EntryChecks(limits)
    header, payload = age.encrypting(sink, recipients)
    with payload:
        out = plaintext.PlaintextWriter(payload, known_hashes=known_hashes)
        done: list[ManifestEntry] = []
        for entry in entries:
            if cancel is not None and cancel():
                raise Cancelled()
            checks.add(entry)
            done.append(out.entry(entry, _step(progress, out.content_bytes, total)))
        manifest = build_manifest(fields, signer, recipients, header, done)
        encoded = manifest.encode()
        out.closing_records(encoded, signer.sign(signed_message(encoded)))
    return manifest


def _step(progress: Progress | None, before: int, total: int) -> Callable[[int], None] | None:
    if progress is None:
        return None
    report = progress
    return lambda written: report(before + written, max(total, before + written))


def write_bundle(target_dir: Path, entries: Iterable[EntrySource], fields: BundleFields,
                 signer: SigningKeys, recipients: Sequence[age.HybridRecipient],
                 archive: age.HybridIdentity | None = None, *,
                 limits: Limits = DEFAULT_LIMITS, progress: Progress | None = None,
                 cancel: Cancel | None = None, expected_bytes: int = 0) -> WrittenBundle:
    """Write a bundle into `target_dir` atomically and read it back.

    With `archive` (this desk's own identity, one of `recipients`) the read-back decrypts
    and verifies the bundle completely, as a recipient would; without it, it checks that
    the file on the drive hashes to what was written. Any failure removes what was
    written and raises a `DeskError` (ExportFailed when the drive failed). `entries` made
    on the way (not a list) are checked one by one as they come; `expected_bytes` is then
    their estimated size, for the progress."""
    if isinstance(entries, Sequence):
        check_entries(entries, limits)
    name = files.random_name()
    partial = target_dir / (name + files.PARTIAL_SUFFIX)
    final = target_dir / (name + files.BUNDLE_SUFFIX)
    try:
        with files.open_new(partial) as raw:
            hashing = plaintext.HashingWriter(raw) if archive is None else None
            manifest = write_stream(cast(BinaryIO, hashing or raw), entries, fields,
                                    signer, recipients, progress, cancel, limits=limits,
                                    expected_bytes=expected_bytes,
                                    known_hashes=archive is not None)
            files.flush_to_device(raw)
        os.replace(partial, final)
        files.flush_folder(target_dir)
    except OSError as exc:
        files.remove_quietly(partial)
        raise ExportFailed(_reason(exc)) from exc
    except BaseException:
        files.remove_quietly(partial)
        raise
    try:
        _read_back(final, manifest, hashing, signer, archive, limits)
    except BaseException:
        files.remove_quietly(final)
        raise
    return WrittenBundle(final, manifest)


def _read_back(path: Path, manifest: Manifest, hashing: plaintext.HashingWriter | None,
               signer: SigningKeys, archive: age.HybridIdentity | None,
               limits: Limits) -> None:
    """The file as it now stands on the drive is the bundle just written."""
    files.forget_cached(path)
    try:
        if archive is not None:
            read = verify_bundle(path, [archive], lambda _: [PinnedSigner(signer.public())],
                                 limits=limits)
            if read != manifest:
                raise ExportNotVerified("the manifest read back differs")
        elif hashing is not None and _file_sha256(path) != hashing.digest():
            raise ExportNotVerified("the file read back differs from what was written")
    except (OSError, DriveUnreadable) as exc:
        raise ExportFailed(exc.detail if isinstance(exc, DriveUnreadable)
                           else _reason(exc)) from exc
    except (BundleError, age.AgeError) as exc:
        if isinstance(exc, ExportNotVerified):
            raise
        raise ExportNotVerified(exc.detail) from exc


def _file_sha256(path: Path) -> bytes:
    digest = hashlib.sha256()
    buffer = bytearray(plaintext.BLOCK)
    view = memoryview(buffer)
    with path.open("rb", buffering=0) as f:
        while got := f.readinto(view):
            digest.update(view[:got])
    return digest.digest()


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__
