"""Applying received change records, inside the caller's transaction.

A record is applied only when its version is newer than this desk's (exchange_versions.py):
a repeat or an older copy changes nothing, so bundles may arrive twice and in any order.
When both sides changed a record since the last version they shared, the local record
stays as it is and both versions are kept in `conflicts` for a supervisor; a version that
includes both (the conflict settled at the peer) closes it here. A record that
refers to one not here yet is retried after the others, and parked (`exchange_parked`) if
still waiting at the end; parked records are retried on every later apply.

The caller opens the transaction and writes the bundle's record in it, so a bundle is
applied completely or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

import sqlcipher3

from piu_desk.core.store import exchange_payload as payloads
from piu_desk.core.store import exchange_versions as versions
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.exchange_payload import AwaitingBlob, Blobs, ChangeInvalid
from piu_desk.core.store.exchange_refs import Unresolved
from piu_desk.core.store.exchange_schema import Family, dependency_order, families
from piu_desk.core.store.exchange_versions import Order

OPS = frozenset({"create", "update", "delete"})
KEYS = frozenset({"table", "uid", "origin", "op", "seq", "version", "payload", "attachment"})


@dataclass(frozen=True)
class Incoming:
    peer: str
    record: dict[str, object]

    @property
    def table(self) -> str:
        return str(self.record["table"])

    @property
    def uid(self) -> str:
        return str(self.record["uid"])

    @property
    def version(self) -> versions.Version:
        v = self.record["version"]
        assert isinstance(v, dict)
        return {str(k): int(n) for k, n in v.items()}


@dataclass
class _Run:
    """What one apply keeps between records: the peer `exchange_applying` names now, and
    whether any conflict is open (most applies have none, so no record looks for its
    own)."""

    applying: str
    open_conflicts: bool


@dataclass
class ApplyReport:
    applied: list[tuple[str, str, int | None]] = field(default_factory=list)
    """(table, uid, local id or None when deleted), for refreshing derived indexes."""
    skipped: int = 0
    conflicts: int = 0
    parked: int = 0


def check(record: object, fams: dict[str, Family]) -> dict[str, object]:
    """The record if it has the shape of a change record; ChangeInvalid otherwise."""
    if not isinstance(record, dict) or set(record) != KEYS:
        raise ChangeInvalid("a change record does not have the expected fields")
    if record["table"] not in fams:
        raise ChangeInvalid(f"records of kind {record['table']!r} are not exchanged")
    if not isinstance(record["uid"], str) or not 1 <= len(record["uid"]) <= 64:
        raise ChangeInvalid("a change record has no valid global id")
    if record["op"] not in OPS or not versions.is_version(record["version"]):
        raise ChangeInvalid("a change record has no valid operation or version")
    if not isinstance(record["origin"], str) or (record["op"] == "delete") != (
            record["payload"] is None):
        raise ChangeInvalid("a change record's operation and content disagree")
    return record


def apply_changes(conn: Connection, peer: str, records: Iterable[object], blobs: Blobs,
                  at: str) -> ApplyReport:
    """Apply `records` received from `peer` (and any parked before) in the open
    transaction. ChangeInvalid, with nothing written, when a record is malformed.

    `records` is gone over more than once, never held whole: every record is checked
    first, then they are applied a family at a time in dependency order. A collection, or
    an iterable that reads them again each time it is iterated (a bundle's staged
    entries); a one-pass iterator is kept in a list."""
    if not conn.in_transaction:
        raise RuntimeError("apply_changes runs inside the caller's transaction")
    fams = families(conn)
    if iter(records) is records:
        records = list(records)
    rank = {t: i for i, t in enumerate(dependency_order(fams))}
    groups = {_group(rank, check(r, fams)) for r in records}
    parked = [Incoming(str(p), check(json.loads(r), fams)) for p, r in conn.execute(
        "SELECT peer, record FROM exchange_parked ORDER BY id").fetchall()]
    conn.execute("DELETE FROM exchange_parked")
    report = ApplyReport()
    conn.execute("DELETE FROM exchange_applying")
    conn.execute("INSERT INTO exchange_applying(peer) VALUES (?)", (peer,))
    run = _Run(peer, conn.execute("SELECT EXISTS (SELECT 1 FROM conflicts WHERE "
                                  "resolved_at = '')").fetchone()[0] == 1)
    try:
        queue = _ordered(fams, rank, groups, peer, records, parked)
        waiting = _apply_rounds(conn, fams, queue, blobs, at, report, run)
    finally:
        conn.execute("DELETE FROM exchange_applying")
    waiting = list({_identity(i): (i, reason) for i, reason in waiting}.values())
    for item, reason in waiting:
        conn.execute("INSERT INTO exchange_parked(peer, tbl, uid, record, reason, parked_at) "
                     "VALUES (?, ?, ?, ?, ?, ?)", (item.peer, item.table, item.uid,
                                                   json.dumps(item.record), reason, at))
    report.parked = len(waiting)
    return report


def _identity(i: Incoming) -> tuple[str, str, str, str]:
    return i.peer, i.table, i.uid, versions.dump(i.version)


def _group(rank: dict[str, int], record: dict[str, object]) -> tuple[int, int]:
    """Referenced families first, deletes last and in reverse."""
    table = str(record["table"])
    return (1, -rank[table]) if record["op"] == "delete" else (0, rank[table])


@runtime_checkable
class ByKind(Protocol):
    """Records that can give those of one family and operation alone, in order."""

    def of(self, table: str, deleting: bool) -> Iterable[object]: ...


def _ordered(fams: dict[str, Family], rank: dict[str, int], groups: set[tuple[int, int]],
             peer: str, records: Iterable[object], parked: list[Incoming]
             ) -> Iterator[Incoming]:
    """Group by group (`_group`: one family, deleting or not); within one in the order
    received, then the parked records not received again. One pass over `records` per
    group present (or over the group's own, `ByKind`), so that they are never all in
    memory."""
    tables = {i: t for t, i in rank.items()}
    for group in sorted(groups | {_group(rank, i.record) for i in parked}):
        waiting = {_identity(i): i for i in parked if _group(rank, i.record) == group}
        chosen = records.of(tables[abs(group[1])], group[0] == 1) \
            if isinstance(records, ByKind) else records
        for r in chosen:
            record = check(r, fams)  # read again, so checked again
            if _group(rank, record) == group:
                item = Incoming(peer, record)
                waiting.pop(_identity(item), None)
                yield item
        yield from waiting.values()


def _apply_rounds(conn: Connection, fams: dict[str, Family], queue: Iterable[Incoming],
                  blobs: Blobs, at: str, report: ApplyReport, run: _Run
                  ) -> list[tuple[Incoming, str]]:
    """Every record once, then those waiting for another again while that helps."""
    waiting: list[tuple[Incoming, str]] = []
    tried = 0
    for item in queue:
        tried += 1
        reason = _apply_one(conn, fams[item.table], item, blobs, at, report, run)
        if reason:
            waiting.append((item, reason))
    if len(waiting) == tried:
        return waiting
    while waiting:
        still = []
        for item, _ in waiting:
            reason = _apply_one(conn, fams[item.table], item, blobs, at, report, run)
            if reason:
                still.append((item, reason))
        if len(still) == len(waiting):
            return still
        waiting = still
    return []


def _apply_one(conn: Connection, fam: Family, item: Incoming, blobs: Blobs, at: str,
               report: ApplyReport, run: _Run) -> str:
    """'' when done (applied, skipped or kept as a conflict), else why it waits."""
    row = conn.execute("SELECT version FROM record_versions WHERE tbl = ? AND uid = ?",
                       (item.table, item.uid)).fetchone()
    ours = versions.parse(str(row[0])) if row else {}
    order = versions.compare(item.version, ours) if row else Order.NEWER
    if order in (Order.EQUAL, Order.OLDER):
        report.skipped += 1
        return ""
    if order is Order.CONCURRENT:
        _keep_conflict(conn, fam, item, ours, "both_changed", at)
        run.open_conflicts = True
        report.conflicts += 1
        return ""
    if item.peer != run.applying:
        conn.execute("UPDATE exchange_applying SET peer = ?", (item.peer,))
        run.applying = item.peer
    conn.execute("SAVEPOINT apply_record")
    try:
        local_id = _write(conn, fam, item, blobs)
    except (Unresolved, AwaitingBlob, sqlcipher3.IntegrityError) as exc:
        conn.execute("ROLLBACK TO apply_record")
        conn.execute("RELEASE apply_record")
        if isinstance(exc, sqlcipher3.IntegrityError) and item.record["op"] != "delete":
            _keep_conflict(conn, fam, item, ours, "clash", at)
            run.open_conflicts = True
            report.conflicts += 1
            return ""
        return f"waiting for {exc}" if not isinstance(exc, AwaitingBlob) else "attachment"
    conn.execute("RELEASE apply_record")
    if run.open_conflicts:
        _close_settled(conn, item, at)
    report.applied.append((item.table, item.uid, local_id))
    return ""


def _close_settled(conn: Connection, item: Incoming, at: str) -> None:
    """An open conflict on the record is over when a version arrives that includes both
    sides' (a supervisor settled it at the peer): that settlement now stands here too."""
    row = conn.execute("SELECT id, their_version FROM conflicts WHERE tbl = ? AND uid = ? "
                       "AND resolved_at = ''", (item.table, item.uid)).fetchone()
    if row is not None and versions.compare(item.version, versions.parse(str(row[1]))) in (
            Order.NEWER, Order.EQUAL):
        conn.execute("UPDATE conflicts SET resolved_at = ?, resolved_by = ?, "
                     "resolution = 'theirs' WHERE id = ?", (at, item.peer, row[0]))


def _write(conn: Connection, fam: Family, item: Incoming, blobs: Blobs) -> int | None:
    deleting = item.record["op"] == "delete"
    local_id = None
    if deleting:
        payloads.delete(conn, fam, item.uid)
    else:
        local_id = payloads.write(conn, fam, item.uid, item.record["payload"], blobs)
    conn.execute(
        "INSERT INTO record_versions(tbl, uid, origin, version, deleted) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(tbl, uid) DO UPDATE SET version = excluded.version, "
        "deleted = excluded.deleted, origin = excluded.origin",
        (item.table, item.uid, item.record["origin"], versions.dump(item.version),
         int(deleting)))
    return local_id


def _keep_conflict(conn: Connection, fam: Family, item: Incoming, ours: versions.Version,
                   reason: str, at: str) -> None:
    """Both versions, one open conflict per record; a newer version of theirs replaces an
    older one in it. The local record is not touched."""
    open_ = conn.execute("SELECT id, their_version FROM conflicts WHERE tbl = ? AND uid = ? "
                         "AND resolved_at = ''", (item.table, item.uid)).fetchone()
    local = json.dumps(payloads.read(conn, fam, item.uid), ensure_ascii=False)
    theirs = json.dumps(item.record, ensure_ascii=False)
    if open_ is None:
        conn.execute("INSERT INTO conflicts(tbl, uid, peer, reason, local_version, "
                     "local_payload, their_version, their_record, found_at) VALUES "
                     "(?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (item.table, item.uid, item.peer, reason, versions.dump(ours), local,
                      versions.dump(item.version), theirs, at))
    elif versions.compare(item.version, versions.parse(str(open_[1]))) is Order.NEWER:
        conn.execute("UPDATE conflicts SET peer = ?, reason = ?, local_version = ?, "
                     "local_payload = ?, their_version = ?, their_record = ? WHERE id = ?",
                     (item.peer, reason, versions.dump(ours), local,
                      versions.dump(item.version), theirs, open_[0]))
