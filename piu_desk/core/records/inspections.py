"""Inspection services: record, edit a draft, submit, approve or return, amend."""

from __future__ import annotations

import json

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.inspection import (
    Amendment,
    Inspection,
    Status,
    check_transition,
    submit_ready,
    validate_inspection,
)
from piu_desk.core.domain.vessel import clean_text
from piu_desk.core.errors import Invalid, NotAllowed
from piu_desk.core.records.common import editor, new_uid, not_found, origin, reader
from piu_desk.core.session import Changes
from piu_desk.core.store import inspections as repo
from piu_desk.core.store import port_calls as port_calls_repo
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

EDITABLE = (Status.DRAFT, Status.RETURNED)


def _invalid(field: str, text: str) -> Invalid:
    return Invalid(field, Message("Validation", text))


def record(desk: Desk, inspection: Inspection) -> tuple[int, Changes]:
    """A new inspection, as a draft."""
    session = editor(desk, QT_TRANSLATE_NOOP("Actions", "record inspection"))
    clean = validate_inspection(inspection)

    def run(conn: Connection) -> int:
        if port_calls_repo.get(conn, clean.port_call_id) is None:
            raise not_found("port call")
        iid = repo.insert(conn, clean, new_uid(), origin(conn), desk.now(), session.username)
        desk.audit_in(conn, "inspection.add", f"inspection {iid}")
        return iid
    return desk.mutate(run), Changes.of("inspections", "audit")


def _existing(conn: Connection, inspection_id: int) -> Inspection:
    found = repo.get(conn, inspection_id)
    if found is None:
        raise not_found("inspection")
    return found


def update_draft(desk: Desk, inspection: Inspection) -> Changes:
    """Edit a draft or a returned inspection. Submitted ones wait for review; approved ones
    change only by amendment."""
    editor(desk, QT_TRANSLATE_NOOP("Actions", "edit inspection"))
    clean = validate_inspection(inspection)

    def run(conn: Connection) -> None:
        current = _existing(conn, clean.id or 0)
        if current.status not in EDITABLE:
            raise _invalid("status", QT_TRANSLATE_NOOP(
                "Validation", "Only a draft or a returned inspection can be edited; an "
                "approved one is changed by an amendment."))
        repo.update(conn, clean, desk.now())
        desk.audit_in(conn, "inspection.edit", f"inspection {clean.id}")
    desk.mutate(run)
    return Changes.of("inspections", "audit")


def submit(desk: Desk, inspection_id: int) -> Changes:
    editor(desk, QT_TRANSLATE_NOOP("Actions", "submit inspection"))
    return _move(desk, inspection_id, Status.SUBMITTED, "")


def approve(desk: Desk, inspection_id: int) -> Changes:
    desk.session_or_locked(Role.SUPERVISOR,
                           action=QT_TRANSLATE_NOOP("Actions", "approve inspection"))
    return _move(desk, inspection_id, Status.APPROVED, "")


def return_for_changes(desk: Desk, inspection_id: int, comment: str) -> Changes:
    desk.session_or_locked(Role.SUPERVISOR,
                           action=QT_TRANSLATE_NOOP("Actions", "return inspection"))
    if not clean_text(comment):
        raise _invalid("comment", QT_TRANSLATE_NOOP(
            "Validation", "Say what has to change before returning the inspection."))
    return _move(desk, inspection_id, Status.RETURNED, clean_text(comment, 2000))


def _move(desk: Desk, inspection_id: int, wanted: Status, comment: str) -> Changes:
    session = desk.session_or_locked(action="")

    def run(conn: Connection) -> None:
        current = _existing(conn, inspection_id)
        check_transition(current.status, wanted)
        if wanted == Status.SUBMITTED:
            submit_ready(current)
        if wanted == Status.APPROVED and session.username in current.officers:
            raise NotAllowed(QT_TRANSLATE_NOOP("Actions", "approve your own inspection"))
        if wanted == Status.SUBMITTED:  # the review fields belong to the reviewer
            repo.set_status(conn, inspection_id, wanted, current.review_comment,
                            current.reviewed_by, current.reviewed_at, desk.now())
        else:
            repo.set_status(conn, inspection_id, wanted, comment, session.username,
                            desk.now(), desk.now())
        desk.audit_in(conn, f"inspection.{wanted.value}", f"inspection {inspection_id}")
    desk.mutate(run)
    return Changes.of("inspections", "audit")


def amend(desk: Desk, inspection: Inspection, reason: str) -> Changes:
    """Change an approved inspection: the record as it was is kept with who and why."""
    session = editor(desk, QT_TRANSLATE_NOOP("Actions", "amend inspection"))
    clean = validate_inspection(inspection)
    why = clean_text(reason, 2000)
    if not why:
        raise _invalid("reason", QT_TRANSLATE_NOOP(
            "Validation", "Say why the approved inspection is amended."))

    def run(conn: Connection) -> None:
        current = _existing(conn, clean.id or 0)
        if current.status != Status.APPROVED:
            raise _invalid("status", QT_TRANSLATE_NOOP(
                "Validation", "Only an approved inspection is amended; edit a draft directly."))
        previous = json.dumps({**current.__dict__, "officers": list(current.officers)},
                              sort_keys=True, ensure_ascii=False, default=str)
        repo.add_amendment(conn, Amendment(current.id or 0, current.amendments + 1,
                                           session.username, desk.now(), why, previous))
        repo.update(conn, clean, desk.now())
        desk.audit_in(conn, "inspection.amend", f"inspection {clean.id}")
    desk.mutate(run)
    return Changes.of("inspections", "audit")


def get(desk: Desk, inspection_id: int) -> Inspection:
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view inspections"))
    return desk.db(lambda c: _existing(c, inspection_id))


def amendments(desk: Desk, inspection_id: int) -> list[Amendment]:
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view inspections"))
    return desk.db(lambda c: repo.amendments(c, inspection_id))


def of_port_call(desk: Desk, port_call_id: int) -> list[Inspection]:
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view inspections"))
    return desk.db(lambda c: repo.of_port_call(c, port_call_id))


def approval_queue(desk: Desk) -> list[Inspection]:
    """Submitted inspections waiting for a supervisor of this desk, oldest first. At HQ a
    station's inspections arrive submitted too, but only their own station approves them."""
    desk.session_or_locked(Role.SUPERVISOR,
                           action=QT_TRANSLATE_NOOP("Actions", "approve inspection"))
    here = desk.station().locode
    return desk.db(lambda c: repo.with_status(c, Status.SUBMITTED, origin=here))
