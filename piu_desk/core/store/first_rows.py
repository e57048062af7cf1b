"""What a new store holds before anyone logs in: its identity, station and counter, the first
account (administrator and supervisor) and the first audit entries, in one transaction."""

from __future__ import annotations

from pathlib import Path

from piu_desk.core.domain.accounts import Role, User
from piu_desk.core.domain.station import Station
from piu_desk.core.store import audit, meta
from piu_desk.core.store import users as users_repo
from piu_desk.core.store.connection import Connection, transaction


def write(conn: Connection, path: Path, *, db_id: str, demo: bool, now: str,
          recovery_public: bytes, station: Station, username: str, full_name: str,
          agreement_public: bytes) -> User:
    with transaction(conn, path):
        meta.put(conn, "db_id", db_id)
        meta.put(conn, "created_at", now)
        meta.put(conn, "demo", "1" if demo else "0")
        meta.put(conn, "recovery_public", recovery_public.hex())
        meta.put_station(conn, station)
        meta.bump_counter(conn)
        user = users_repo.insert(conn, username, full_name,
                                 frozenset({Role.ADMIN, Role.SUPERVISOR}), now,
                                 agreement_public)
        users_repo.set_flag(conn, user.id, "sup_key_granted", True)
        audit.append(conn, now, "-", "store.create", station.locode, station.name)
        audit.append(conn, now, "-", "user.add", username, "administrator, supervisor")
        audit.append(conn, now, username, "recovery.issue", "", "recovery key printed")
    return user
