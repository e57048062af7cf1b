"""Who may be named as a boarding officer of an inspection.

The account list itself (`Desk.users`) is for administrators and supervisors; an officer
filling in an inspection needs only the names of the colleagues who board."""

from __future__ import annotations

from piu_desk.core.desk import Desk
from piu_desk.core.records.common import editor
from piu_desk.core.store import users as users_repo
from piu_desk.core.text import QT_TRANSLATE_NOOP


def boarding_officers(desk: Desk) -> list[tuple[str, str]]:
    """(username, full name) of the enabled officers and supervisors, by full name."""
    editor(desk, QT_TRANSLATE_NOOP("Actions", "name boarding officers"))
    return desk.db(users_repo.boarding_officers)
