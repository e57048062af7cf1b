"""Tip-off services: log, edit, grade, move through new → assessed → actioned → closed,
link the inspections that followed up; and the station's grading scheme.

Officers and supervisors do all of it; every change is audited by the tip-off's number
(never its content or its source's identity) in the same transaction.
"""

from __future__ import annotations

from dataclasses import replace

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.grading import DEFAULT_SCHEME, Grade, Scheme, validate_grade
from piu_desk.core.domain.tipoff import (
    Channel,
    Confirmation,
    Status,
    SubjectKind,
    TipOff,
    check_transition,
    validate_tipoff,
)
from piu_desk.core.errors import Invalid
from piu_desk.core.records.common import editor, new_uid, not_found, origin, reader
from piu_desk.core.session import Changes
from piu_desk.core.store import inspections as inspections_repo
from piu_desk.core.store import meta, persons, port_calls, vessels
from piu_desk.core.store import sources as sources_repo
from piu_desk.core.store import tipoffs as repo
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

SCHEME_SETTING = "grading_scheme"
CHANGED = Changes.of("tipoffs", "audit")


def _invalid(field: str, text: str) -> Invalid:
    return Invalid(field, Message("Validation", text))


def _target(tipoff_id: int) -> str:
    return f"tip-off {tipoff_id}"


def _existing(conn: Connection, tipoff_id: int) -> TipOff:
    found = repo.get(conn, tipoff_id)
    if found is None:
        raise not_found("tip-off")
    return found


def _check_links(conn: Connection, t: TipOff, check_source: bool = True) -> None:
    """Linked records exist; a human source's code is in the register and in use."""
    lookups = {SubjectKind.VESSEL: vessels.get, SubjectKind.PERSON: persons.get,
               SubjectKind.PORT_CALL: port_calls.get}
    for s in t.subjects:
        if s.kind in lookups and lookups[s.kind](conn, s.ref or 0) is None:
            raise not_found(s.kind.value.replace("_", " "))
    if t.channel == Channel.HUMAN_SOURCE and check_source:
        source = sources_repo.by_code(conn, t.source_code)
        if source is None or not source.active:
            raise _invalid("source_code", QT_TRANSLATE_NOOP(
                "Validation", "Choose a source code that is in the register and in use."))


def log(desk: Desk, tipoff: TipOff) -> tuple[int, Changes]:
    """A new tip-off, status new; it may be graded already."""
    session = editor(desk, QT_TRANSLATE_NOOP("Actions", "log tip-off"))
    clean = validate_tipoff(replace(tipoff, status=Status.NEW, moves=(), inspection_ids=()))

    def run(conn: Connection) -> int:
        _check_links(conn, clean)
        tid = repo.insert(conn, clean, new_uid(), origin(conn), desk.now(), session.username)
        desk.audit_in(conn, "tipoff.add", _target(tid))
        return tid
    return desk.mutate(run), CHANGED


def update(desk: Desk, tipoff: TipOff) -> Changes:
    """Edit a tip-off that is not closed; once assessed it keeps a grade."""
    editor(desk, QT_TRANSLATE_NOOP("Actions", "edit tip-off"))

    def run(conn: Connection) -> None:
        current = _existing(conn, tipoff.id or 0)
        _editable(current)
        clean = validate_tipoff(replace(tipoff, status=current.status))
        # a source retired since the tip-off was logged may stay on it
        _check_links(conn, clean, check_source=clean.source_code != current.source_code)
        repo.update(conn, clean, desk.now())
        desk.audit_in(conn, "tipoff.edit", _target(current.id or 0))
    desk.mutate(run)
    return CHANGED


def _editable(t: TipOff) -> None:
    if t.status == Status.CLOSED:
        raise _invalid("status", QT_TRANSLATE_NOOP(
            "Validation", "A closed tip-off is not changed any more."))


def grade(desk: Desk, tipoff_id: int, new_grade: Grade) -> Changes:
    """Grade (or regrade) a tip-off in the scheme the grade is written in."""
    editor(desk, QT_TRANSLATE_NOOP("Actions", "grade tip-off"))
    clean = validate_grade(new_grade)

    def run(conn: Connection) -> None:
        current = _existing(conn, tipoff_id)
        _editable(current)
        repo.update(conn, replace(current, grade=clean), desk.now())
        desk.audit_in(conn, "tipoff.grade", _target(tipoff_id),
                      f"{clean.scheme.value} {clean.code}")
    desk.mutate(run)
    return CHANGED


def move(desk: Desk, tipoff_id: int, wanted: Status) -> Changes:
    """The next status, recorded with who and when; assessing needs a grade."""
    session = editor(desk, QT_TRANSLATE_NOOP("Actions", "change tip-off status"))

    def run(conn: Connection) -> None:
        current = _existing(conn, tipoff_id)
        check_transition(current, Status(wanted))
        repo.set_status(conn, tipoff_id, Status(wanted), session.username, desk.now())
        desk.audit_in(conn, f"tipoff.{Status(wanted).value}", _target(tipoff_id))
    desk.mutate(run)
    return CHANGED


def set_confirmation(desk: Desk, tipoff_id: int, confirmation: Confirmation) -> Changes:
    """Whether what the tip-off said turned out true (the source's reliability history)."""
    editor(desk, QT_TRANSLATE_NOOP("Actions", "edit tip-off"))

    def run(conn: Connection) -> None:
        current = _existing(conn, tipoff_id)
        repo.update(conn, replace(current, confirmation=Confirmation(confirmation)),
                    desk.now())
        desk.audit_in(conn, "tipoff.confirmation", _target(tipoff_id),
                      Confirmation(confirmation).value)
    desk.mutate(run)
    return CHANGED


def link_inspection(desk: Desk, tipoff_id: int, inspection_id: int) -> Changes:
    """An inspection that followed the tip-off up."""
    editor(desk, QT_TRANSLATE_NOOP("Actions", "edit tip-off"))

    def run(conn: Connection) -> None:
        _existing(conn, tipoff_id)
        if inspections_repo.get(conn, inspection_id) is None:
            raise not_found("inspection")
        repo.link_inspection(conn, tipoff_id, inspection_id)
        desk.audit_in(conn, "tipoff.link", _target(tipoff_id), f"inspection {inspection_id}")
    desk.mutate(run)
    return CHANGED


def unlink_inspection(desk: Desk, tipoff_id: int, inspection_id: int) -> Changes:
    editor(desk, QT_TRANSLATE_NOOP("Actions", "edit tip-off"))

    def run(conn: Connection) -> None:
        _existing(conn, tipoff_id)
        repo.unlink_inspection(conn, tipoff_id, inspection_id)
        desk.audit_in(conn, "tipoff.unlink", _target(tipoff_id),
                      f"inspection {inspection_id}")
    desk.mutate(run)
    return CHANGED


def get(desk: Desk, tipoff_id: int) -> TipOff:
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view tip-offs"))
    return desk.db(lambda c: _existing(c, tipoff_id))


def page(desk: Desk, offset: int, limit: int, status: Status | None = None, *,
         origin: str = "") -> list[TipOff]:
    """Newest received first; `origin` keeps one station's."""
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view tip-offs"))
    return desk.db(lambda c: repo.page(c, offset, limit, status, origin))


def count(desk: Desk, status: Status | None = None, *, origin: str = "") -> int:
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view tip-offs"))
    return desk.db(lambda c: repo.count(c, status, origin))


def about(desk: Desk, kind: SubjectKind, ref: int) -> list[TipOff]:
    """The tip-offs about one vessel, person or port call."""
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view tip-offs"))
    return desk.db(lambda c: repo.about(c, kind, ref))


def of_inspection(desk: Desk, inspection_id: int) -> list[TipOff]:
    """The tip-offs an inspection followed up."""
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view tip-offs"))
    return desk.db(lambda c: [_existing(c, t) for t in repo.of_inspection(c, inspection_id)])


# -- the station's grading scheme ------------------------------------------------------------
def grading_scheme(desk: Desk) -> Scheme:
    """The scheme new tip-offs are graded in; grades already given keep theirs."""
    desk.session_or_locked(action="")
    return desk.db(lambda c: Scheme(meta.setting(c, SCHEME_SETTING, DEFAULT_SCHEME.value)))


def set_grading_scheme(desk: Desk, scheme: Scheme) -> Changes:
    desk.session_or_locked(Role.ADMIN, action=QT_TRANSLATE_NOOP("Actions", "settings"))
    chosen = Scheme(scheme)

    def run(conn: Connection) -> None:
        meta.put_setting(conn, SCHEME_SETTING, chosen.value)
        desk.audit_in(conn, "settings.change", SCHEME_SETTING, chosen.value)
    desk.mutate(run)
    return Changes.of("settings", "audit")
