"""Tip-offs (information reports): how and when they came, about what, graded, handled.

A tip-off is graded before it is assessed (PRODUCT.md): the grade keeps its scheme
(grading.py). Its handling code (handling.py, the watchlist's codes, re-exported here) says
who may receive it; `may_leave_desk` is the rule the exchange asks before a report goes
anywhere. A human source is named by its code only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from piu_desk.core.domain.containers import validate_container_number
from piu_desk.core.domain.grading import Grade, validate_grade
from piu_desk.core.domain.handling import HANDLING_LABELS as HANDLING_LABELS
from piu_desk.core.domain.handling import Handling as Handling
from piu_desk.core.domain.inspection import clean_text_block
from piu_desk.core.domain.source import validate_code
from piu_desk.core.domain.vessel import clean_text, parse_moment
from piu_desk.core.errors import Invalid
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message


class Channel(StrEnum):
    HUMAN_SOURCE = "human_source"
    PARTNER_AGENCY = "partner_agency"
    HOTLINE = "hotline"
    OPEN_SOURCE = "open_source"
    OWN_OBSERVATION = "own_observation"


class Destination(StrEnum):
    HQ = "hq"  # headquarters of the PIUs
    BEYOND_HQ = "beyond_hq"  # onwards from headquarters (other agencies, partners)


class Status(StrEnum):
    NEW = "new"
    ASSESSED = "assessed"
    ACTIONED = "actioned"
    CLOSED = "closed"


class Confirmation(StrEnum):
    """What came of the report, for the source's reliability history."""

    OPEN = "open"
    CONFIRMED = "confirmed"
    NOT_CONFIRMED = "not_confirmed"


class SubjectKind(StrEnum):
    VESSEL = "vessel"  # linked records: ref is the record's id
    PERSON = "person"
    PORT_CALL = "port_call"
    COMPANY = "company"  # free subjects: text only
    CONTAINER = "container"


LINKED = frozenset({SubjectKind.VESSEL, SubjectKind.PERSON, SubjectKind.PORT_CALL})

CHANNEL_LABELS = {
    Channel.HUMAN_SOURCE: QT_TRANSLATE_NOOP("Intel", "Human source"),
    Channel.PARTNER_AGENCY: QT_TRANSLATE_NOOP("Intel", "Partner agency"),
    Channel.HOTLINE: QT_TRANSLATE_NOOP("Intel", "Hotline"),
    Channel.OPEN_SOURCE: QT_TRANSLATE_NOOP("Intel", "Open source"),
    Channel.OWN_OBSERVATION: QT_TRANSLATE_NOOP("Intel", "Own observation"),
}
STATUS_LABELS = {
    Status.NEW: QT_TRANSLATE_NOOP("Intel", "New"),
    Status.ASSESSED: QT_TRANSLATE_NOOP("Intel", "Assessed"),
    Status.ACTIONED: QT_TRANSLATE_NOOP("Intel", "Actioned"),
    Status.CLOSED: QT_TRANSLATE_NOOP("Intel", "Closed"),
}
CONFIRMATION_LABELS = {
    Confirmation.OPEN: QT_TRANSLATE_NOOP("Intel", "Not yet known"),
    Confirmation.CONFIRMED: QT_TRANSLATE_NOOP("Intel", "Confirmed"),
    Confirmation.NOT_CONFIRMED: QT_TRANSLATE_NOOP("Intel", "Not confirmed"),
}
SUBJECT_LABELS = {
    SubjectKind.VESSEL: QT_TRANSLATE_NOOP("Intel", "Vessel"),
    SubjectKind.PERSON: QT_TRANSLATE_NOOP("Intel", "Person"),
    SubjectKind.PORT_CALL: QT_TRANSLATE_NOOP("Intel", "Port call"),
    SubjectKind.COMPANY: QT_TRANSLATE_NOOP("Intel", "Company"),
    SubjectKind.CONTAINER: QT_TRANSLATE_NOOP("Intel", "Container"),
}

# The moves a tip-off makes; assessed → closed when nothing is to be done.
TRANSITIONS = frozenset({(Status.NEW, Status.ASSESSED), (Status.ASSESSED, Status.ACTIONED),
                         (Status.ASSESSED, Status.CLOSED), (Status.ACTIONED, Status.CLOSED)})


@dataclass(frozen=True)
class Subject:
    kind: SubjectKind
    ref: int | None = None  # the linked record's id (vessel, person, port call)
    text: str = ""  # a company's name or a container number; a linked record's name when read


@dataclass(frozen=True)
class StatusMove:
    status: Status
    by: str
    at: str


@dataclass(frozen=True)
class TipOff:
    id: int | None
    received_at: str  # ISO date-time
    channel: Channel
    reporting_officer: str  # user name
    text: str
    subjects: tuple[Subject, ...] = ()
    source_code: str = ""  # only for a human source
    grade: Grade | None = None
    handling: Handling = Handling.DESK_ONLY
    status: Status = Status.NEW
    confirmation: Confirmation = Confirmation.OPEN
    moves: tuple[StatusMove, ...] = ()  # filled when read, oldest first
    inspection_ids: tuple[int, ...] = ()  # the inspections that followed it up
    uid: str = ""
    # The station it comes from, filled when read; not part of what the tip-off says.
    origin: str = field(default="", compare=False)


def _invalid(field_name: str, text: str) -> Invalid:
    return Invalid(field_name, Message("Validation", text))


def validate_subject(s: Subject) -> Subject:
    kind = SubjectKind(s.kind)
    if kind in LINKED:
        if s.ref is None:
            raise _invalid("subjects", QT_TRANSLATE_NOOP(
                "Validation", "Choose the record this tip-off is about."))
        return Subject(kind, int(s.ref), "")
    if kind == SubjectKind.CONTAINER:
        return Subject(kind, None, validate_container_number(s.text, "subjects"))
    name = clean_text(s.text, 200)
    if len(name) < 2:
        raise _invalid("subjects", QT_TRANSLATE_NOOP(
            "Validation", "Enter the company's name."))
    return Subject(kind, None, name)


def validate_tipoff(t: TipOff) -> TipOff:
    received = parse_moment(t.received_at, "received_at")
    channel = Channel(t.channel)
    officer = t.reporting_officer.strip().lower()
    if not officer:
        raise _invalid("reporting_officer", QT_TRANSLATE_NOOP(
            "Validation", "Name the officer who received the tip-off."))
    code = t.source_code.strip().upper()
    if channel == Channel.HUMAN_SOURCE:
        if not code:
            raise _invalid("source_code", QT_TRANSLATE_NOOP(
                "Validation", "Choose the code of the human source."))
        code = validate_code(code)
    elif code:
        raise _invalid("source_code", QT_TRANSLATE_NOOP(
            "Validation", "Only a tip-off from a human source names a source code."))
    text = clean_text_block(t.text)
    if not text:
        raise _invalid("text", QT_TRANSLATE_NOOP(
            "Validation", "Write what the tip-off says."))
    grade = None if t.grade is None else validate_grade(t.grade)
    status = Status(t.status)
    if status != Status.NEW and grade is None:
        raise _grade_first()
    subjects = tuple(dict.fromkeys(validate_subject(s) for s in t.subjects))
    return TipOff(id=t.id, received_at=received.isoformat(timespec="minutes"), channel=channel,
                  reporting_officer=officer, text=text, subjects=subjects, source_code=code,
                  grade=grade, handling=Handling(t.handling), status=status,
                  confirmation=Confirmation(t.confirmation), moves=t.moves,
                  inspection_ids=tuple(dict.fromkeys(t.inspection_ids)), uid=t.uid)


def _grade_first() -> Invalid:
    return _invalid("grade", QT_TRANSLATE_NOOP(
        "Validation", "Grade the tip-off (source and information) before it is assessed."))


def check_transition(t: TipOff, wanted: Status) -> None:
    """Invalid unless the move exists; assessing needs a grade."""
    if (t.status, wanted) not in TRANSITIONS:
        raise _invalid("status", QT_TRANSLATE_NOOP(
            "Validation", "A tip-off cannot move from this status to that one."))
    if wanted == Status.ASSESSED and t.grade is None:
        raise _grade_first()


@dataclass(frozen=True)
class Clearance:
    """The answer to "may this tip-off leave the desk for that destination?", with why."""

    allowed: bool
    reason: Message

    def __bool__(self) -> bool:
        return self.allowed


def may_leave_desk(t: TipOff, destination: Destination | str = Destination.HQ) -> Clearance:
    """The handling code decides; an ungraded report does not leave, and a source is only
    ever named by its code (the register's identities never leave at all)."""
    where = Destination(destination)
    if t.handling == Handling.DESK_ONLY:
        return Clearance(False, Message("Intel", QT_TRANSLATE_NOOP(
            "Intel", "Its handling code keeps it on this desk.")))
    if t.grade is None or t.status == Status.NEW:
        return Clearance(False, Message("Intel", QT_TRANSLATE_NOOP(
            "Intel", "It has not been graded and assessed yet.")))
    if where == Destination.BEYOND_HQ and t.handling == Handling.HQ_ONLY:
        return Clearance(False, Message("Intel", QT_TRANSLATE_NOOP(
            "Intel", "Its handling code lets it go to HQ but not beyond.")))
    if where == Destination.HQ:
        return Clearance(True, Message("Intel", QT_TRANSLATE_NOOP(
            "Intel", "Its handling code lets it go to HQ.")))
    return Clearance(True, Message("Intel", QT_TRANSLATE_NOOP(
        "Intel", "Its handling code lets HQ pass it on.")))
