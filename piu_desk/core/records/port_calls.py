"""Port-call services."""

from __future__ import annotations

from datetime import date

from piu_desk.core.desk import Desk
from piu_desk.core.domain.vessel import PortCall, validate_port_call
from piu_desk.core.intel import screening
from piu_desk.core.records.common import editor, new_uid, not_found, origin, reader
from piu_desk.core.session import Changes
from piu_desk.core.store import port_calls as repo
from piu_desk.core.store import vessels as vessels_repo
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP

SORT_KEYS = tuple(repo.SORT_KEYS)


def record_arrival(desk: Desk, port_call: PortCall) -> tuple[int, Changes]:
    session = editor(desk, QT_TRANSLATE_NOOP("Actions", "record port call"))
    clean = validate_port_call(port_call)

    def run(conn: Connection) -> int:
        if vessels_repo.get(conn, clean.vessel_id) is None:
            raise not_found("vessel")
        pid = repo.insert(conn, clean, new_uid(), origin(conn), desk.now(), session.username)
        desk.audit_in(conn, "port_call.add", f"port call {pid}", f"vessel {clean.vessel_id}")
        screening.screen_port_call_in(conn, pid, date.fromisoformat(desk.now()[:10]),
                                      origin(conn), desk.now(), new_uid)
        return pid
    return desk.mutate(run), Changes.of("port_calls", "alerts", "audit")


def update(desk: Desk, port_call: PortCall) -> Changes:
    editor(desk, QT_TRANSLATE_NOOP("Actions", "edit port call"))
    clean = validate_port_call(port_call)

    def run(conn: Connection) -> None:
        if clean.id is None or repo.get(conn, clean.id) is None:
            raise not_found("port call")
        repo.update(conn, clean)
        desk.audit_in(conn, "port_call.edit", f"port call {clean.id}")
    desk.mutate(run)
    return Changes.of("port_calls", "audit")


def get(desk: Desk, port_call_id: int) -> PortCall:
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view port calls"))
    found = desk.db(lambda c: repo.get(c, port_call_id))
    if found is None:
        raise not_found("port call")
    return found


def page(desk: Desk, offset: int, limit: int, *, since: str = "", until: str = "",
         vessel_name: str = "", order: str = "arrival", descending: bool = True,
         origin: str = "") -> list[PortCall]:
    """Port calls with their vessel's name and flag; `order` is one of SORT_KEYS;
    `origin` keeps one station's (HQ's consolidated store holds many)."""
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view port calls"))
    return desk.db(lambda c: repo.page(c, offset, limit, since, until, vessel_name, order,
                                       descending, origin))


def count(desk: Desk, *, since: str = "", until: str = "", vessel_name: str = "",
          origin: str = "") -> int:
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view port calls"))
    return desk.db(lambda c: repo.count(c, since, until, vessel_name, origin))
