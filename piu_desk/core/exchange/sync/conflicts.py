"""The conflicts a supervisor settles: keep this desk's version, take theirs, or merge."""

from __future__ import annotations

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.exchange.sync.errors import ConflictSettled
from piu_desk.core.store import exchange_conflicts as repo
from piu_desk.core.store import exchange_payload as payloads
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.exchange_payload import Json
from piu_desk.core.store.exchange_schema import families
from piu_desk.core.text import QT_TRANSLATE_NOOP

ACTION = QT_TRANSLATE_NOOP("Actions", "exchange conflicts")


def list_conflicts(desk: Desk, include_settled: bool = False) -> list[repo.Conflict]:
    desk.session_or_locked(Role.SUPERVISOR, action=ACTION)
    return desk.db(repo.all_conflicts if include_settled else repo.open_conflicts)


def shared_row(desk: Desk, table: str, uid: str) -> dict[str, object] | None:
    """The row of a record as the exchange shares it (references as uids), or None: what a
    conflict's reference (a port call's vessel) is shown by."""
    desk.session_or_locked(Role.SUPERVISOR, action=ACTION)

    def run(conn: Connection) -> dict[str, object] | None:
        fam = families(conn).get(table)
        found = payloads.read(conn, fam, uid) if fam is not None else None
        row = found.get("row") if isinstance(found, dict) else None
        return row if isinstance(row, dict) else None
    return desk.db(run)


def resolve(desk: Desk, conflict_id: int, pick: str, merged: Json | None = None) -> None:
    """`pick` is "local", "theirs" or "merged" (with the merged payload)."""
    session = desk.session_or_locked(Role.SUPERVISOR, action=ACTION)

    def run(conn: Connection) -> None:
        found = repo.get(conn, conflict_id)
        if found is None or found.resolved_at:
            raise ConflictSettled()
        repo.resolve(conn, found, pick, merged, session.username, desk.now())
        desk.audit_in(conn, "exchange.conflict", f"{found.table} {found.uid}", pick)
    desk.mutate(run)
