"""Crew lists (entered or imported) and persons found aboard."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import (
    CrewList,
    CrewMember,
    PersonAboard,
    validate_crew_member,
    validate_person_aboard,
)
from piu_desk.core.errors import Invalid
from piu_desk.core.intel import screening
from piu_desk.core.records.common import editor, new_uid, not_found, origin, reader
from piu_desk.core.session import Changes
from piu_desk.core.store import crew as repo
from piu_desk.core.store import port_calls as port_calls_repo
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message


def save_list(desk: Desk, crew_list: CrewList, today: date) -> tuple[int, Changes]:
    """Store a crew list; every row is validated first and linked to a person."""
    session = editor(desk, QT_TRANSLATE_NOOP("Actions", "record crew list"))
    if not crew_list.members:
        raise Invalid("members", Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "A crew list needs at least one crew member.")))
    members = tuple(validate_crew_member(m, today) for m in crew_list.members)
    numbers = [m.number for m in members]
    if len(set(numbers)) != len(numbers):
        members = tuple(replace(m, number=i + 1) for i, m in enumerate(members))

    def run(conn: Connection) -> int:
        if port_calls_repo.get(conn, crew_list.port_call_id) is None:
            raise not_found("port call")
        list_id = repo.insert_list(conn, replace(crew_list, members=members), new_uid(),
                                   origin(conn), desk.now(), session.username, new_uid)
        desk.audit_in(conn, "crew_list.add", f"crew list {list_id}",
                      f"{len(members)} rows; {crew_list.source or 'manual'}")
        screening.screen_crew_list_in(conn, list_id, today, origin(conn), desk.now(), new_uid)
        return list_id
    return desk.mutate(run), Changes.of("crew", "persons", "alerts", "audit")


def record_person_aboard(desk: Desk, person: PersonAboard, today: date) -> tuple[int, Changes]:
    session = editor(desk, QT_TRANSLATE_NOOP("Actions", "record person found aboard"))
    clean = validate_person_aboard(person, today)

    def run(conn: Connection) -> int:
        if port_calls_repo.get(conn, clean.port_call_id) is None:
            raise not_found("port call")
        aid = repo.insert_aboard(conn, clean, new_uid(), origin(conn), desk.now(),
                                 session.username, new_uid())
        desk.audit_in(conn, "person_aboard.add", f"person aboard {aid}",
                      ",".join(sorted(v.value for v in clean.vulnerabilities)))
        screening.screen_person_aboard_in(conn, aid, today, origin(conn), desk.now(), new_uid)
        return aid
    return desk.mutate(run), Changes.of("persons", "alerts", "audit")


def lists_of_port_call(desk: Desk, port_call_id: int) -> list[CrewList]:
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view crew lists"))
    return desk.db(lambda c: repo.lists_of_port_call(c, port_call_id))


def list_summaries(desk: Desk, port_call_id: int) -> list[tuple[CrewList, int]]:
    """The port call's crew lists, oldest first, without their rows but with how many
    rows each has (the rows are read page by page with `members`)."""
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view crew lists"))
    return desk.db(lambda c: repo.list_headers(c, port_call_id))


def member(desk: Desk, member_id: int) -> tuple[CrewMember, int]:
    """One crew row (say, a search hit) and the port call whose list holds it."""
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view crew lists"))
    found = desk.db(lambda c: repo.member(c, member_id))
    if found is None:
        raise not_found("crew member")
    return found


def person_aboard(desk: Desk, aboard_id: int) -> PersonAboard:
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view persons"))
    found = desk.db(lambda c: repo.aboard(c, aboard_id))
    if found is None:
        raise not_found("person found aboard")
    return found


def get_list(desk: Desk, list_id: int) -> CrewList:
    """A crew list with every row (for printing; screens page through `members`)."""
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view crew lists"))
    found = desk.db(lambda c: repo.get_list(c, list_id))
    if found is None:
        raise not_found("crew list")
    return found


def members(desk: Desk, list_id: int, offset: int = 0, limit: int = 500) -> list[CrewMember]:
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view crew lists"))
    return list(desk.db(lambda c: repo.members(c, list_id, offset, limit)))


def aboard(desk: Desk, port_call_id: int) -> list[PersonAboard]:
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view persons"))
    return desk.db(lambda c: repo.aboard_of_port_call(c, port_call_id))
