"""Applying a verified bundle's change records: once, completely, or not at all.

`apply_in` is for the import service, which writes the bundle's other effects (its
acknowledgements) in the same transaction; `apply_bundle` opens the transaction itself.
A bundle id already applied changes nothing (a replay). What was applied is returned so
the caller can refresh the derived indexes (search, watchlist screening keys).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from piu_desk.core.desk import Desk
from piu_desk.core.exchange.sync.keys import KEY_ROLES
from piu_desk.core.store import exchange_changes as log
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.exchange_apply import ApplyReport, apply_changes
from piu_desk.core.store.exchange_payload import Blobs
from piu_desk.core.text import QT_TRANSLATE_NOOP

ACTION = QT_TRANSLATE_NOOP("Actions", "exchange")


@dataclass(frozen=True)
class Outcome:
    duplicate: bool
    report: ApplyReport


def apply_in(conn: Connection, peer: str, bundle_id: str, sequence: int,
             records: Iterable[object], blobs: Blobs, at: str) -> Outcome:
    """Inside the caller's transaction: the records and the bundle's record, or nothing
    for a bundle applied before."""
    if log.was_applied(conn, bundle_id):
        return Outcome(True, ApplyReport())
    report = apply_changes(conn, peer, records, blobs, at)
    log.record_in(conn, bundle_id, peer, sequence, at, len(report.applied))
    return Outcome(False, report)


def apply_bundle(desk: Desk, peer: str, bundle_id: str, sequence: int,
                 records: Iterable[object], blobs: Blobs = lambda _sha: None) -> Outcome:
    desk.session_or_locked(*KEY_ROLES, action=ACTION)

    def run(conn: Connection) -> Outcome:
        outcome = apply_in(conn, peer, bundle_id, sequence, records, blobs, desk.now())
        r = outcome.report
        desk.audit_in(conn, "exchange.apply", peer,
                      f"bundle {bundle_id} #{sequence}: duplicate" if outcome.duplicate else
                      f"bundle {bundle_id} #{sequence}: {len(r.applied)} applied, "
                      f"{r.skipped} unchanged, {r.conflicts} conflicts, {r.parked} waiting")
        return outcome
    return desk.mutate(run)
