"""Importing a bundle addressed to this desk (docs/bundle-format.md, 3.3): verified whole
before anything is used, then applied in one transaction, or not at all.

The entries are staged in a folder inside the store folder (never the system's temp
folder: it holds decrypted records), which is emptied when the desk opens and at the start
of every import, and removed when the import ends, however it ends. The transaction holds
the changes, the attachments, the acknowledgements the bundle carries, the record of the
applied bundle, the audit entry and the search and screening index rows of what changed: a
process killed at any point leaves the store either fully applied or as it was.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from piu_desk.core.desk import EXCHANGE_STAGING, Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.attachment import MAX_SIZE as MAX_ATTACHMENT
from piu_desk.core.exchange import bundle, hq_screening
from piu_desk.core.exchange.bundle.entries import ACKS, ATTACHMENT, CHANGES
from piu_desk.core.exchange.releases import parse_moment
from piu_desk.core.exchange.sync import applying, keys, peers
from piu_desk.core.intel import blocking
from piu_desk.core.store import exchange_changes as log
from piu_desk.core.store import exchange_index
from piu_desk.core.store import releases as releases_repo
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.exchange_payload import ChangeInvalid, Verified
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

ACTION = QT_TRANSLATE_NOOP("Actions", "exchange")
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
Source = Path | BinaryIO


@dataclass(frozen=True)
class ImportResult:
    bundle_id: str
    sender: str
    sequence: int
    duplicate: bool
    """Applied before: nothing changed."""
    applied: int = 0
    unchanged: int = 0
    conflicts: int = 0
    waiting: int = 0
    attachments: int = 0
    confirmed_seq: int = 0
    """How far the sender's acknowledgement confirmed this desk's changes."""
    reference: str = ""
    """HQ's watchlist in the bundle: "" (none), "applied", or not applied because its
    release is "older" than the one held or "expired" (REFERENCE_OUTCOMES)."""
    reference_version: int | None = None
    alerts: int = 0
    """At HQ: alerts raised by screening the crew lists that came in (hq_screening.py)."""


REFERENCE_OUTCOMES = {
    "applied": QT_TRANSLATE_NOOP("Exchange", "Watchlist release {version} applied."),
    "older": QT_TRANSLATE_NOOP(
        "Exchange", "Watchlist release {version} not applied: this desk holds a newer one."),
    "expired": QT_TRANSLATE_NOOP(
        "Exchange", "Watchlist release {version} not applied: it had expired. "
        "Headquarters sends it again with a new release."),
}


def reference_message(result: ImportResult) -> Message | None:
    """What became of the watchlist release the bundle carried, for the officer."""
    if not result.reference:
        return None
    return Message("Exchange", REFERENCE_OUTCOMES[result.reference],
                   {"version": result.reference_version})


def staging_dir(desk: Desk) -> Path:
    return desk.folder / EXCHANGE_STAGING


def clean_staging(folder: Path) -> None:
    """Remove whatever an interrupted import left in the store's staging folder."""
    shutil.rmtree(folder / EXCHANGE_STAGING, ignore_errors=True)


def pin_lookup(desk: Desk) -> bundle.PinLookup:
    """The reader's pins: the key pairs pinned for a station, read from the store."""
    return lambda station: desk.db(lambda c: peers.pins_in(c, station))


def _json_lines(path: Path) -> Iterator[tuple[bytes, object]]:
    """Each line that is not blank, and its record."""
    with path.open("rb") as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield line, json.loads(line)
                except (ValueError, UnicodeDecodeError):
                    raise ChangeInvalid(f"line {number} of a changes entry is not JSON") from None


class _Staged:
    """The change records of a bundle's staged `changes` entries, never all in memory.

    Iterated, they are read from the staging files in stream order; the first time, each
    line is also copied into a numbered file of its kind (family, and whether it deletes),
    so that the apply, which goes family by family, reads each kind's lines alone
    (`of`) instead of every record again for every family."""

    def __init__(self, paths: list[Path], folder: Path, leave_out: str = "") -> None:
        self.paths, self.folder, self.leave_out = paths, folder, leave_out
        self._kinds: dict[tuple[str, bool], Path] | None = None
        self._tag = os.urandom(4).hex()

    def __iter__(self) -> Iterator[object]:
        if self._kinds is not None:
            return (record for record, _ in self._read(self.paths))
        return self._sorting()

    def _read(self, paths: list[Path]) -> Iterator[tuple[object, bytes]]:
        for path in paths:
            for line, record in _json_lines(path):
                if not (self.leave_out and isinstance(record, dict) and
                        record.get("table") == self.leave_out):
                    yield record, line

    def _sorting(self) -> Iterator[object]:
        kinds: dict[tuple[str, bool], Path] = {}
        files: dict[tuple[str, bool], BinaryIO] = {}
        try:
            for record, line in self._read(self.paths):
                if isinstance(record, dict):
                    kind = (str(record.get("table")), record.get("op") == "delete")
                    if kind not in files:  # numbered: a name never comes from the bundle
                        kinds[kind] = self.folder / f"kind-{self._tag}-{len(kinds)}.lines"
                        files[kind] = kinds[kind].open("xb")
                    files[kind].write(line)
                yield record
        finally:
            for file in files.values():
                file.close()
        self._kinds = kinds

    def of(self, table: str, deleting: bool) -> Iterator[object]:
        """The records of `table` that delete (or not), in stream order."""
        if self._kinds is None:
            for _ in self:  # sorts them on the way
                pass
        assert self._kinds is not None
        path = self._kinds.get((table, deleting))
        return (record for record, _ in self._read([path] if path else []))

    def without(self, table: str) -> _Staged:
        """The same records but those of `table`."""
        return _Staged(self.paths, self.folder, table)


def _changes(verified: bundle.VerifiedBundle) -> _Staged:
    return _Staged([e.path for e in verified.entries if e.kind == CHANGES], verified.folder)


def _blobs(verified: bundle.VerifiedBundle) -> dict[str, Path]:
    out = {}
    for e in verified.entries:
        if e.kind == ATTACHMENT:
            if e.id != e.sha256:
                raise bundle.BundleInvalid(f"attachment entry {e.id!r} is not named by the "
                                           f"hash of its bytes")
            if e.size > MAX_ATTACHMENT:
                raise bundle.TooLarge(f"attachment entry {e.id!r} has {e.size} bytes, more "
                                      f"than the {MAX_ATTACHMENT} a desk takes in")
            out[e.sha256] = e.path
    return out


def _ack(verified: bundle.VerifiedBundle, station: str) -> tuple[int, list[str]] | None:
    found = [e for e in verified.entries if e.kind == ACKS]
    if not found:
        return None
    try:
        body = json.loads(found[-1].path.read_bytes())
    except (ValueError, UnicodeDecodeError):
        raise bundle.BundleInvalid("the acknowledgement is not JSON") from None
    ids = body.get("bundle_ids") if isinstance(body, dict) else None
    through = body.get("through_sequence") if isinstance(body, dict) else None
    if type(through) is not int or through < 0 or not isinstance(ids, list) or \
            not all(isinstance(i, str) for i in ids) or body.get("channel") != station:
        raise bundle.BundleInvalid("the acknowledgement is not of the expected form")
    return through, ids


def _reference(conn: Connection, m: bundle.Manifest, at: str) -> str:
    """What becomes of the watchlist an HQ bundle carries (docs/bundle-format.md, 3.3
    step 8): never back in version, never past its expiry."""
    if m.kind != bundle.HQ_TO_STATION or m.reference_version is None:
        return ""
    held = releases_repo.reference(conn)
    if held is not None and m.reference_version < held.version:
        return "older"
    if m.reference_expires_at is not None and \
            parse_moment(m.reference_expires_at) < parse_moment(at):
        return "expired"
    return "applied"


def _reference_in(conn: Connection, m: bundle.Manifest, outcome: str, at: str) -> str:
    """Record the outcome; the audit detail's words for it."""
    if not outcome:
        return ""
    version = int(m.reference_version or 0)
    if outcome == "applied":
        releases_repo.set_reference(conn, version, str(m.reference_expires_at), at,
                                    m.bundle_id)
    else:
        releases_repo.refuse(conn, m.bundle_id, m.sender, version, outcome, at)
    return f"; watchlist release {version} {outcome}"


def _apply(desk: Desk, verified: bundle.VerifiedBundle) -> ImportResult:
    m, station, is_hq = verified.manifest, desk.station().locode, desk.station().is_hq
    records, blobs, ack = _changes(verified), _blobs(verified), _ack(verified, station)

    def read_blob(sha: str) -> bytes | None:
        path = blobs.get(sha)
        return path.read_bytes() if path is not None else None
    blob = Verified(read_blob)  # the reader checked each entry against the manifest

    def run(conn: Connection) -> ImportResult:
        at = desk.now()
        reference = _reference(conn, m, at)
        kept = records if reference in ("", "applied") else \
            records.without(releases_repo.WATCHLIST)
        outcome = applying.apply_in(conn, m.sender, m.bundle_id, m.sequence, kept, blob, at)
        r = outcome.report
        if outcome.duplicate:
            desk.audit_in(conn, "exchange.import", m.sender,
                          f"bundle {m.bundle_id} #{m.sequence}: already applied")
            return ImportResult(m.bundle_id, m.sender, m.sequence, True)
        confirmed = log.confirm_ack(conn, m.sender, *ack) if ack else 0
        exchange_index.refresh(conn, r.applied, blocking.entry_keys)
        said = _reference_in(conn, m, reference, at)
        raised = hq_screening.screen_in(conn, r.applied, station, at) if is_hq else 0
        said += f"; {raised} alerts raised" if is_hq else ""
        desk.audit_in(conn, "exchange.import", m.sender,
                      f"bundle {m.bundle_id} #{m.sequence}: {len(r.applied)} applied, "
                      f"{r.skipped} unchanged, {r.conflicts} conflicts, {r.parked} waiting, "
                      f"{len(blobs)} attachments{said}")
        return ImportResult(m.bundle_id, m.sender, m.sequence, False, len(r.applied),
                            r.skipped, r.conflicts, r.parked, len(blobs), confirmed,
                            reference, m.reference_version if reference else None, raised)
    return desk.mutate(run)


def import_bundle(desk: Desk, source: Source, *, progress: Progress | None = None,
                  cancel: Cancel | None = None) -> ImportResult:
    """Verify the bundle at `source` completely, then apply it in one transaction. A
    `DeskError` (with nothing applied and nothing left in staging) when it may not be."""
    desk.session_or_locked(Role.EXCHANGE, action=ACTION)
    identities = keys.identities(desk)
    clean_staging(desk.folder)
    with bundle.read_bundle(source, identities, pin_lookup(desk), staging_dir(desk),
                            station=desk.station().locode, progress=progress,
                            cancel=cancel) as verified:
        return _apply(desk, verified)
