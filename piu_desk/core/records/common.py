"""What every record service shares: roles, new global ids, the station as origin."""

from __future__ import annotations

import uuid

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.errors import Invalid
from piu_desk.core.session import Session
from piu_desk.core.store import meta
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

READERS = (Role.OFFICER, Role.SUPERVISOR, Role.EXCHANGE)
EDITORS = (Role.OFFICER, Role.SUPERVISOR)


def new_uid() -> str:
    return uuid.uuid4().hex


def origin(conn: Connection) -> str:
    return meta.station(conn).locode


def reader(desk: Desk, action: str) -> Session:
    return desk.session_or_locked(*READERS, action=action)


def editor(desk: Desk, action: str) -> Session:
    return desk.session_or_locked(*EDITORS, action=action)


def not_found(what: str) -> Invalid:
    return Invalid("id", Message("Validation", QT_TRANSLATE_NOOP(
        "Validation", "That record no longer exists ({what})."), {"what": what}))
