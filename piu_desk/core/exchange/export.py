"""Writing this desk's next bundle for a peer (docs/bundle-format.md, 3.1).

The bundle carries every change the peer has not confirmed (a lost stick costs nothing: the
next bundle carries the same records again), the bytes of the attachments those changes
name, and the acknowledgement of what this desk has applied from the peer. It is encrypted
to the peer's pinned age key and to this desk's own archive key, so the read-back after
writing decrypts and verifies it completely.

The channel's sequence number is taken in a transaction of its own, so a failed export
still consumes it; the bundle is recorded as sent only once it has been written and read
back, and nothing is confirmed until the peer acknowledges it.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.errors import DeskError
from piu_desk.core.exchange import bundle
from piu_desk.core.exchange.age import HybridRecipient
from piu_desk.core.exchange.releases import parse_moment
from piu_desk.core.exchange.sync import capture, keys
from piu_desk.core.exchange.sync.errors import RevokedPeer, UnknownPeer
from piu_desk.core.store import audit
from piu_desk.core.store import exchange_changes as log
from piu_desk.core.store import exchange_keys as keys_repo
from piu_desk.core.store import exchange_outgoing as outgoing
from piu_desk.core.store import releases as releases_repo
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

ACTION = QT_TRANSLATE_NOOP("Actions", "exchange")
LINES_PER_ENTRY = 5_000
"""Change records per `changes` entry at most (a bundle may carry several, applied in
order)."""
ENTRY_BYTES = 8 * 1024 * 1024
"""A `changes` entry ends at the first line that takes it to this size (crew lists are
large records): what an export holds in memory at a time."""
LINE_GUESS = 600
"""Bytes of a change record's line, for the progress before the lines are made."""
MAX_RECORDS = 1_000_000
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
Record = dict[str, object]


class NoPeer(DeskError):
    def __init__(self) -> None:
        super().__init__(Message("Exchange", QT_TRANSLATE_NOOP(
            "Exchange", "Name the station to write the bundle for: this desk exchanges with "
            "more than one, or has not enrolled any yet.")))


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    peer: str
    sequence: int
    records: int
    attachments: int
    attachments_left: int
    """Attachments left out at the user's wish: they follow in a later bundle."""


def default_peer(desk: Desk) -> str:
    """The one peer this desk exchanges with (a station's HQ); NoPeer otherwise."""
    desk.session_or_locked(action=ACTION)
    stations = sorted({r.station for r in desk.db(lambda c: keys_repo.peers(c))
                       if not r.revoked})
    if len(stations) != 1:
        raise NoPeer()
    return stations[0]


def _recipient(conn: Connection, peer: str) -> HybridRecipient:
    rows = keys_repo.peers(conn, peer)
    if not rows:
        raise UnknownPeer(peer)
    live = [r for r in rows if not r.revoked]
    if not live:
        raise RevokedPeer(peer)
    return HybridRecipient(live[0].age_public)  # newest generation first


@dataclass
class _Plan:
    """What the bundle carries; the counts and the confirmation are filled in while its
    entries are made (page by page, as they are written)."""

    peer: str
    include_attachments: bool
    ack: Record
    recipient: HybridRecipient
    head: bundle.AuditHead
    expected_bytes: int
    records: int = 0
    through_seq: int = 0
    shas: dict[str, None] = field(default_factory=dict)
    """SHA-256 of the bytes to carry, in the order the records name them."""
    attachments: int = 0
    left_out: int = 0
    waiting_from: int | None = None
    """The first change of a record left out with its attachment."""


def _plan(desk: Desk, peer: str, include_attachments: bool) -> _Plan:
    def read(conn: Connection) -> _Plan:
        seq, digest = audit.head(conn)
        guess = outgoing.estimate(conn, peer)
        expected = guess.records * LINE_GUESS + \
            (guess.attachment_bytes if include_attachments else 0)
        return _Plan(peer, include_attachments, log.ack(conn, peer), _recipient(conn, peer),
                     bundle.AuditHead(seq, digest), expected)
    return desk.db(read)


def _records(desk: Desk, plan: _Plan) -> Iterator[Record]:
    """The records the peer has not confirmed, a page at a time (capture order), without
    those naming bytes when the attachments stay behind; the confirmation stops short of
    what was left out."""
    cursor = 0
    while plan.records < MAX_RECORDS:
        limit = min(capture.PAGE, MAX_RECORDS - plan.records)
        batch = capture.scan(desk, plan.peer, limit, after_seq=cursor)
        plan.through_seq = batch.through_seq
        for record in batch.records:
            sha = record["attachment"]
            if sha and not plan.include_attachments:
                seq = int(str(record["seq"]))
                plan.waiting_from = min(plan.waiting_from or seq, seq)
                plan.shas[str(sha)] = None
                continue
            if sha:
                plan.shas[str(sha)] = None
            plan.records += 1
            yield record
        if len(batch.records) < limit:
            break
        cursor = int(str(batch.records[-1]["seq"]))
    if plan.waiting_from is not None:
        plan.through_seq = min(plan.through_seq, plan.waiting_from - 1)
    if not plan.include_attachments:
        plan.left_out, plan.shas = len(plan.shas), {}


_line = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _changes(desk: Desk, plan: _Plan) -> Iterator[bundle.EntrySource]:
    """`changes` entries of at most LINES_PER_ENTRY lines and about ENTRY_BYTES, each made
    when the writer comes to it: one entry's lines in memory at a time."""
    lines: list[bytes] = []
    size = number = 0
    for record in _records(desk, plan):
        line = _line(record).encode() + b"\n"
        lines.append(line)
        size += len(line)
        if len(lines) == LINES_PER_ENTRY or size >= ENTRY_BYTES:
            data, number = b"".join(lines), number + 1
            lines.clear()
            size = 0
            yield bundle.EntrySource.from_bytes(f"changes-{number:04d}", bundle.CHANGES, data)
    if lines:
        yield bundle.EntrySource.from_bytes(f"changes-{number + 1:04d}", bundle.CHANGES,
                                            b"".join(lines))


def _attachment(desk: Desk, sha: str) -> bundle.EntrySource:
    """One attachment's entry; its bytes (at most the 20 MB a desk takes in) are read
    when the writer comes to it, one attachment at a time."""
    size = desk.db(lambda c: log.blob_size(c, "attachments", sha))
    if size is None:
        raise RuntimeError(f"the bytes of attachment {sha} are gone")

    def opened() -> BinaryIO:
        data = capture.attachment_bytes(desk, "attachments", sha)
        return io.BytesIO(data or b"")
    return bundle.EntrySource(sha, bundle.ATTACHMENT, size, opened, sha256=sha)


def _entries(desk: Desk, plan: _Plan) -> Iterator[bundle.EntrySource]:
    """The bundle's entries, each made only when the writer comes to it."""
    yield from _changes(desk, plan)
    for sha in plan.shas:
        plan.attachments += 1
        yield _attachment(desk, sha)
    ack = json.dumps(plan.ack, sort_keys=True, separators=(",", ":")).encode()
    yield bundle.EntrySource.from_bytes("acks", bundle.ACKS, ack)


def export(desk: Desk, peer_station_id: str | None, target_dir: Path, *,
           include_attachments: bool = True, progress: Progress | None = None,
           cancel: Cancel | None = None) -> ExportResult:
    """Write this desk's next bundle for `peer_station_id` (its only peer when None) into
    `target_dir`, read it back, and record it as sent."""
    desk.session_or_locked(Role.EXCHANGE, action=ACTION)
    peer = peer_station_id or default_peer(desk)
    own = keys.own_keys(desk)
    station = desk.station()
    # read before the changes: a release published meanwhile goes out with the next bundle
    release = desk.db(releases_repo.latest) if station.is_hq else None
    plan = _plan(desk, peer, include_attachments)
    sequence = desk.mutate(lambda c: log.take_sequence(c, peer))
    fields = bundle.BundleFields(
        bundle.HQ_TO_STATION if station.is_hq else bundle.STATION_TO_HQ,
        sender=station.locode, recipient=peer, sequence=sequence, audit_head=plan.head,
        reference_expires_at=parse_moment(release.expires_at) if release else None,
        reference_version=release.version if release else None)
    try:
        written = bundle.write_bundle(
            Path(target_dir), _entries(desk, plan), fields, own.signing,
            [plan.recipient, own.identity.recipient()], own.identity,
            progress=progress, cancel=cancel, expected_bytes=plan.expected_bytes)
    except BaseException as exc:
        failed = exc.detail if isinstance(exc, bundle.BundleError) else type(exc).__name__
        desk.mutate(lambda c: desk.audit_in(c, "exchange.export.failed", peer,
                                            f"#{sequence}: {failed}"))
        raise
    manifest = written.manifest

    def record(conn: Connection) -> None:
        at = desk.now()
        log.record_out(conn, peer, sequence, manifest.bundle_id, plan.through_seq, at)
        log.mark_out(conn, manifest.bundle_id, "sent", at)
        desk.audit_in(conn, "exchange.export", peer,
                      f"bundle {manifest.bundle_id} #{sequence}: {plan.records} records, "
                      f"{plan.attachments} attachments, "
                      f"{plan.left_out} attachments left for later"
                      + (f"; watchlist release {release.version}" if release else ""))
    desk.mutate(record)
    return ExportResult(written.path, manifest.bundle_id, peer, sequence, plan.records,
                        plan.attachments, plan.left_out)


def bundle_peers(desk: Desk) -> list[str]:
    """The stations this desk writes bundles for: every pinned one not revoked."""
    desk.session_or_locked(Role.EXCHANGE, action=ACTION)
    return sorted({r.station for r in desk.db(lambda c: keys_repo.peers(c)) if not r.revoked})


def export_all(desk: Desk, target_dir: Path, *, include_attachments: bool = True,
               progress: Progress | None = None, cancel: Cancel | None = None
               ) -> list[ExportResult]:
    """One bundle for every pinned station not revoked (HQ), in station order; progress
    runs over all of them. A failure stops the run: the bundles written before it stay
    written and recorded as sent. NoPeer when no station is pinned."""
    peers = bundle_peers(desk)
    if not peers:
        raise NoPeer()
    out: list[ExportResult] = []
    for i, peer in enumerate(peers):
        if cancel is not None and cancel():
            break

        def step(done: int, total: int, base: int = i) -> None:
            if progress is not None:
                progress(base * 100 + (done * 100 // total if total else 0), len(peers) * 100)
        out.append(export(desk, peer, target_dir, include_attachments=include_attachments,
                          progress=step, cancel=cancel))
    return out
