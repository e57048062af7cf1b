"""Person services: a person's page, suggestions to link, and confirmed merges."""

from __future__ import annotations

from piu_desk.core.desk import Desk
from piu_desk.core.records.common import editor, not_found, reader
from piu_desk.core.session import Changes
from piu_desk.core.store import persons as repo
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.persons import Appearance, Person, Suggestion
from piu_desk.core.text import QT_TRANSLATE_NOOP

__all__ = ["Appearance", "Person", "Suggestion", "appearances", "get", "merge", "suggestions"]


def get(desk: Desk, person_id: int) -> Person:
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view persons"))
    found = desk.db(lambda c: repo.get(c, person_id))
    if found is None:
        raise not_found("person")
    return found


def appearances(desk: Desk, person_id: int) -> list[Appearance]:
    """Every vessel and port call this person was seen on, newest first."""
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view persons"))
    return desk.db(lambda c: repo.appearances(c, person_id))


def suggestions(desk: Desk, person_id: int) -> list[Suggestion]:
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view persons"))
    return desk.db(lambda c: repo.suggestions(c, person_id))


def merge(desk: Desk, keep: int, other: int) -> Changes:
    """The officer confirms two records are one person."""
    editor(desk, QT_TRANSLATE_NOOP("Actions", "link persons"))

    def run(conn: Connection) -> None:
        if repo.get(conn, keep) is None or repo.get(conn, other) is None or keep == other:
            raise not_found("person")
        repo.merge(conn, keep, other)
        desk.audit_in(conn, "person.merge", f"person {other}", f"into person {keep}")
    desk.mutate(run)
    return Changes.of("persons", "crew", "audit")
