"""The append-only, hash-chained audit trail."""

from __future__ import annotations

from collections.abc import Callable

from piu_desk.core.domain.audit import GENESIS, AuditEntry, AuditVerdict, chain_hash
from piu_desk.core.store import meta
from piu_desk.core.store.connection import Connection, like_escaped
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

_COLUMNS = "seq, at, actor, action, target, detail, prev_hash, hash"


def head(conn: Connection) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def append(conn: Connection, at: str, actor: str, action: str, target: str = "",
           detail: str = "") -> AuditEntry:
    """Append one entry; call inside the transaction of the change it records."""
    last_seq, last_hash = head(conn)
    seq = last_seq + 1
    digest = chain_hash(last_hash, seq, at, actor, action, target, detail)
    conn.execute(f"INSERT INTO audit({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (seq, at, actor, action, target, detail, last_hash, digest))
    meta.put(conn, "audit_head", digest)
    meta.put(conn, "audit_count", str(seq))
    return AuditEntry(seq, at, actor, action, target, detail, last_hash, digest)


def _filter(action_prefix: str, actor: str) -> tuple[str, list[object]]:
    """WHERE clause for an action prefix (matched literally) and an exact actor."""
    clause = "action LIKE ? ESCAPE '\\'"
    params: list[object] = [like_escaped(action_prefix) + "%"]
    if actor:
        clause += " AND actor = ?"
        params.append(actor)
    return clause, params


def count(conn: Connection, action_prefix: str = "", actor: str = "") -> int:
    where, params = _filter(action_prefix, actor)
    row = conn.execute(f"SELECT count(*) FROM audit WHERE {where}", params).fetchone()
    return int(row[0])


def page(conn: Connection, offset: int, limit: int, action_prefix: str = "",
         actor: str = "") -> list[AuditEntry]:
    """Newest first."""
    where, params = _filter(action_prefix, actor)
    rows = conn.execute(f"SELECT {_COLUMNS} FROM audit WHERE {where} "
                        "ORDER BY seq DESC LIMIT ? OFFSET ?", [*params, limit, offset])
    return [AuditEntry(int(r[0]), *(str(x) for x in r[1:])) for r in rows]


def contains_hash(conn: Connection, digest: str) -> bool:
    return conn.execute("SELECT 1 FROM audit WHERE hash = ?", (digest,)).fetchone() is not None


def broken(checked: int, head_hash: str, first_bad: int | None, text: str,
           **args: object) -> AuditVerdict:
    """A failed verdict whose reason (marked in context "Audit") translates in the UI."""
    why = Message("Audit", text, args)
    return AuditVerdict(False, checked, head_hash, first_bad, why.render(), why=why)


def verify(conn: Connection, progress: Callable[[int, int], None] | None = None,
           cancel: Callable[[], bool] | None = None) -> AuditVerdict:
    """Recompute the chain; name the first entry that does not fit."""
    total = int(conn.execute("SELECT count(*) FROM audit").fetchone()[0])
    prev, expected_seq, checked = GENESIS, 1, 0
    for row in conn.execute(f"SELECT {_COLUMNS} FROM audit ORDER BY seq"):
        e = AuditEntry(int(row[0]), *(str(x) for x in row[1:]))
        if e.seq != expected_seq:
            return broken(checked, prev, expected_seq, QT_TRANSLATE_NOOP(
                "Audit", "entry {seq} is missing"), seq=expected_seq)
        if e.prev_hash != prev:
            return broken(checked, prev, e.seq, QT_TRANSLATE_NOOP(
                "Audit", "entry {seq} does not follow entry {previous}"),
                seq=e.seq, previous=e.seq - 1)
        if chain_hash(prev, e.seq, e.at, e.actor, e.action, e.target, e.detail) != e.hash:
            return broken(checked, prev, e.seq, QT_TRANSLATE_NOOP(
                "Audit", "entry {seq} was altered after it was written"), seq=e.seq)
        prev, expected_seq, checked = e.hash, e.seq + 1, checked + 1
        if progress and checked % 200 == 0:
            progress(checked, total)
        if cancel and checked % 200 == 0 and cancel():
            return AuditVerdict(True, checked, prev, complete=False)
    recorded = meta.get(conn, "audit_head", GENESIS)
    if checked == total and recorded != prev:
        return broken(checked, prev, checked + 1, QT_TRANSLATE_NOOP(
            "Audit", "entries after {seq} were removed"), seq=checked)
    return AuditVerdict(True, checked, prev)
