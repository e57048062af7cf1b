"""Vessel services: register, edit, find duplicates, list, and a vessel's port calls."""

from __future__ import annotations

from piu_desk.core.desk import Desk
from piu_desk.core.domain.vessel import PortCall, Vessel, validate_vessel
from piu_desk.core.errors import Invalid
from piu_desk.core.records.common import editor, new_uid, not_found, origin, reader
from piu_desk.core.session import Changes
from piu_desk.core.store import port_calls as port_calls_repo
from piu_desk.core.store import vessels as repo
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

REASONS = {
    "imo": QT_TRANSLATE_NOOP("Records", "same IMO number"),
    "mmsi": QT_TRANSLATE_NOOP("Records", "same MMSI"),
    "call_sign": QT_TRANSLATE_NOOP("Records", "same call sign"),
    "name_flag": QT_TRANSLATE_NOOP("Records", "same name (now or formerly) and flag"),
}


def possible_duplicates(desk: Desk, vessel: Vessel) -> list[tuple[Vessel, str]]:
    """Existing vessels that may be this one, with the reason key (see REASONS)."""
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view vessels"))
    clean = validate_vessel(vessel)
    return desk.db(lambda c: repo.candidates(c, clean))


def register(desk: Desk, vessel: Vessel, *, despite_duplicates: bool = False
             ) -> tuple[int, Changes]:
    """A new vessel. Refused while a vessel with the same IMO exists; other possible
    duplicates must be seen first (`despite_duplicates` once the officer has)."""
    session = editor(desk, QT_TRANSLATE_NOOP("Actions", "register vessel"))
    clean = validate_vessel(vessel)

    def run(conn: Connection) -> int:
        found = repo.candidates(conn, clean)
        if any(reason == "imo" for _, reason in found):
            raise Invalid("imo", Message("Validation", QT_TRANSLATE_NOOP(
                "Validation", "A vessel with IMO number {imo} is already registered; open it "
                "instead (the IMO number never changes)."), {"imo": clean.imo}))
        if found and not despite_duplicates:
            raise PossibleDuplicates(found)
        vid = repo.insert(conn, clean, new_uid(), origin(conn), desk.now(), session.username)
        desk.audit_in(conn, "vessel.add", f"vessel {vid}")
        return vid
    return desk.mutate(run), Changes.of("vessels", "audit")


class PossibleDuplicates(Invalid):
    """The vessel may already exist: the UI offers `found` instead of a new record."""

    def __init__(self, found: list[tuple[Vessel, str]]) -> None:
        self.found = found
        super().__init__("name", Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "This vessel may already be registered ({count} possible). Open the "
            "existing one, or confirm that it is a different vessel."), {"count": len(found)}))


def update(desk: Desk, vessel: Vessel) -> Changes:
    """Correct a vessel's particulars. A changed name or flag goes into its history."""
    editor(desk, QT_TRANSLATE_NOOP("Actions", "edit vessel"))
    clean = validate_vessel(vessel)
    if clean.id is None:
        raise not_found("vessel")

    def run(conn: Connection) -> None:
        before = repo.get(conn, clean.id or 0)
        if before is None:
            raise not_found("vessel")
        if before.imo and clean.imo != before.imo:
            raise Invalid("imo", Message("Validation", QT_TRANSLATE_NOOP(
                "Validation", "The IMO number of a vessel never changes; register the other "
                "vessel separately.")))
        repo.update(conn, clean, desk.now())
        desk.audit_in(conn, "vessel.edit", f"vessel {clean.id}")
    desk.mutate(run)
    return Changes.of("vessels", "audit")


def get(desk: Desk, vessel_id: int) -> Vessel:
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view vessels"))
    found = desk.db(lambda c: repo.get(c, vessel_id))
    if found is None:
        raise not_found("vessel")
    return found


def page(desk: Desk, offset: int, limit: int, *, name: str = "",
         origin: str = "") -> list[Vessel]:
    """Vessels by name; `name` keeps those whose name, now or formerly, contains it;
    `origin` those of one station."""
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view vessels"))
    return desk.db(lambda c: repo.page(c, offset, limit, name, origin))


def count(desk: Desk, *, name: str = "", origin: str = "") -> int:
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view vessels"))
    return desk.db(lambda c: repo.count(c, name, origin))


def port_calls(desk: Desk, vessel_id: int) -> list[PortCall]:
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view port calls"))
    return desk.db(lambda c: port_calls_repo.of_vessel(c, vessel_id))
