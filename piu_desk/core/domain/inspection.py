"""Inspections and their review: draft → submitted → approved, or returned with a comment.

An approved inspection is changed only by an amendment that keeps the original and says who
and why (PRODUCT.md)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from piu_desk.core.errors import Invalid
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message


class InspectionType(StrEnum):
    ROUTINE = "routine"
    TARGETED = "targeted"
    FOLLOW_UP = "follow_up"  # of a tip-off


class Risk(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Outcome(StrEnum):
    PENDING = "pending"
    CLEARED = "cleared"
    REFERRED = "referred"  # to another agency
    DETAINED = "detained"
    PERSONS_REMOVED = "persons_removed"
    DENIED_ENTRY = "denied_entry"


class Status(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    APPROVED = "approved"


TYPE_LABELS = {
    InspectionType.ROUTINE: QT_TRANSLATE_NOOP("Records", "Routine"),
    InspectionType.TARGETED: QT_TRANSLATE_NOOP("Records", "Targeted"),
    InspectionType.FOLLOW_UP: QT_TRANSLATE_NOOP("Records", "Follow-up of a tip-off"),
}
RISK_LABELS = {
    Risk.LOW: QT_TRANSLATE_NOOP("Records", "Low"),
    Risk.MEDIUM: QT_TRANSLATE_NOOP("Records", "Medium"),
    Risk.HIGH: QT_TRANSLATE_NOOP("Records", "High"),
}
OUTCOME_LABELS = {
    Outcome.PENDING: QT_TRANSLATE_NOOP("Records", "Pending"),
    Outcome.CLEARED: QT_TRANSLATE_NOOP("Records", "Cleared"),
    Outcome.REFERRED: QT_TRANSLATE_NOOP("Records", "Referred to another agency"),
    Outcome.DETAINED: QT_TRANSLATE_NOOP("Records", "Vessel detained"),
    Outcome.PERSONS_REMOVED: QT_TRANSLATE_NOOP("Records", "Persons taken off the vessel"),
    Outcome.DENIED_ENTRY: QT_TRANSLATE_NOOP("Records", "Entry denied"),
}
STATUS_LABELS = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Records", "Draft"),
    Status.SUBMITTED: QT_TRANSLATE_NOOP("Records", "Submitted for approval"),
    Status.RETURNED: QT_TRANSLATE_NOOP("Records", "Returned for changes"),
    Status.APPROVED: QT_TRANSLATE_NOOP("Records", "Approved"),
}

# Who may move an inspection from one status to another.
TRANSITIONS: dict[tuple[Status, Status], str] = {
    (Status.DRAFT, Status.SUBMITTED): "officer",
    (Status.RETURNED, Status.SUBMITTED): "officer",
    (Status.SUBMITTED, Status.APPROVED): "supervisor",
    (Status.SUBMITTED, Status.RETURNED): "supervisor",
}


@dataclass(frozen=True)
class Inspection:
    id: int | None
    port_call_id: int
    started_at: str  # ISO date-time
    officers: tuple[str, ...]  # user names of the boarding officers
    type: InspectionType = InspectionType.ROUTINE
    findings: str = ""
    risk: Risk = Risk.LOW
    outcome: Outcome = Outcome.PENDING
    status: Status = Status.DRAFT
    review_comment: str = ""
    reviewed_by: str = ""
    reviewed_at: str = ""
    amendments: int = 0
    uid: str = ""


@dataclass(frozen=True)
class Amendment:
    inspection_id: int
    seq: int
    by: str
    at: str
    reason: str
    previous: str  # the record as it was, canonical JSON


def _invalid(field_name: str, text: str) -> Invalid:
    return Invalid(field_name, Message("Validation", text))


def validate_inspection(i: Inspection) -> Inspection:
    if not i.officers:
        raise _invalid("officers", QT_TRANSLATE_NOOP(
            "Validation", "Name at least one boarding officer."))
    return Inspection(
        id=i.id, port_call_id=i.port_call_id, started_at=i.started_at,
        officers=tuple(dict.fromkeys(o.strip().lower() for o in i.officers if o.strip())),
        type=InspectionType(i.type), findings=clean_text_block(i.findings), risk=Risk(i.risk),
        outcome=Outcome(i.outcome), status=i.status, review_comment=i.review_comment,
        reviewed_by=i.reviewed_by, reviewed_at=i.reviewed_at, amendments=i.amendments,
        uid=i.uid)


def clean_text_block(text: str, limit: int = 20000) -> str:
    """Findings keep their paragraphs; trailing spaces and runs of blank lines go."""
    lines = [" ".join(line.split()) for line in (text or "").strip().splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out)[:limit]


def check_transition(current: Status, wanted: Status) -> str:
    """The role needed for the move, or Invalid when the move does not exist."""
    role = TRANSITIONS.get((current, wanted))
    if role is None:
        raise _invalid("status", QT_TRANSLATE_NOOP(
            "Validation", "An inspection cannot move from this status to that one."))
    return role


def submit_ready(i: Inspection) -> None:
    """An inspection is submitted with its outcome and findings written."""
    if i.outcome == Outcome.PENDING:
        raise _invalid("outcome", QT_TRANSLATE_NOOP(
            "Validation", "Choose the outcome before submitting the inspection."))
    if not i.findings.strip():
        raise _invalid("findings", QT_TRANSLATE_NOOP(
            "Validation", "Write the findings before submitting the inspection."))
