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
from collections.abc import Callable
from dataclasses import dataclass
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
from piu_desk.core.store import releases as releases_repo
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

ACTION = QT_TRANSLATE_NOOP("Actions", "exchange")
LINES_PER_ENTRY = 5_000
"""Change records per `changes` entry (a bundle may carry several, applied in order)."""
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


@dataclass(frozen=True)
class _Plan:
    records: list[Record]
    through_seq: int
    attachments: list[str]  # SHA-256 of the bytes to carry
    left_out: int
    ack: Record
    recipient: HybridRecipient
    head: bundle.AuditHead


def _plan(desk: Desk, peer: str, include_attachments: bool) -> _Plan:
    batch = capture.scan(desk, peer, MAX_RECORDS)
    records, through = batch.records, batch.through_seq
    shas = list(dict.fromkeys(str(r["attachment"]) for r in records if r["attachment"]))
    left_out = 0
    if not include_attachments and shas:
        # Records naming bytes wait for a later bundle: confirmation stops short of them.
        waiting = [r for r in records if r["attachment"]]
        through = min(through, min(int(str(r["seq"])) for r in waiting) - 1)
        records = [r for r in records if not r["attachment"]]
        left_out, shas = len(shas), []

    def read(conn: Connection) -> tuple[Record, HybridRecipient, bundle.AuditHead]:
        seq, digest = audit.head(conn)
        return log.ack(conn, peer), _recipient(conn, peer), bundle.AuditHead(seq, digest)
    ack, recipient, head = desk.db(read)
    return _Plan(records, through, shas, left_out, ack, recipient, head)


def _lines(records: list[Record]) -> list[bytes]:
    out = []
    for i in range(0, len(records), LINES_PER_ENTRY):
        out.append(b"".join(json.dumps(r, ensure_ascii=False, separators=(",", ":"))
                            .encode() + b"\n" for r in records[i:i + LINES_PER_ENTRY]))
    return out


def _attachment(desk: Desk, sha: str) -> bundle.EntrySource:
    size = desk.db(lambda c: log.blob_size(c, "attachments", sha))
    if size is None:
        raise RuntimeError(f"the bytes of attachment {sha} are gone")

    def opened() -> BinaryIO:
        data = capture.attachment_bytes(desk, "attachments", sha)
        return io.BytesIO(data or b"")
    return bundle.EntrySource(sha, bundle.ATTACHMENT, size, opened)


def _entries(desk: Desk, plan: _Plan) -> list[bundle.EntrySource]:
    entries = [bundle.EntrySource.from_bytes(f"changes-{i + 1:04d}", bundle.CHANGES, data)
               for i, data in enumerate(_lines(plan.records))]
    entries += [_attachment(desk, sha) for sha in plan.attachments]
    ack = json.dumps(plan.ack, sort_keys=True, separators=(",", ":")).encode()
    entries.append(bundle.EntrySource.from_bytes("acks", bundle.ACKS, ack))
    return entries


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
            progress=progress, cancel=cancel)
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
                      f"bundle {manifest.bundle_id} #{sequence}: {len(plan.records)} records, "
                      f"{len(plan.attachments)} attachments, "
                      f"{plan.left_out} attachments left for later"
                      + (f"; watchlist release {release.version}" if release else ""))
    desk.mutate(record)
    return ExportResult(written.path, manifest.bundle_id, peer, sequence, len(plan.records),
                        len(plan.attachments), plan.left_out)


def bundle_peers(desk: Desk) -> list[str]:
    """The stations this desk writes bundles for: every pinned one not revoked."""
    desk.session_or_locked(Role.EXCHANGE, action=ACTION)
    return sorted({r.station for r in desk.db(lambda c: keys_repo.peers(c)) if not r.revoked})


def export_all(desk: Desk, target_dir: Path, *, include_attachments: bool = True,
               progress: Progress | None = None, cancel: Cancel | None = None
               ) -> list[ExportResult]:
    """One bundle for every pinned station not revoked (HQ), in station order; progress
    runs over all of them. A failure stops the run: the bundles written before it stay
    written and recorded as sent."""
    peers = bundle_peers(desk)
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
