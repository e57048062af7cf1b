"""Loss, theft and damage reports, recovery, and disposal with its authorisation. Each moves
the item's status through an event and is kept as an incident for the donor report."""

from __future__ import annotations

from enum import StrEnum

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.asset import Condition, EventKind, check_date
from piu_desk.core.domain.inspection import clean_text_block
from piu_desk.core.domain.vessel import clean_text
from piu_desk.core.equipment.assets import VIEW
from piu_desk.core.equipment.common import CHANGES, custodian, existing, invalid, record_event
from piu_desk.core.equipment.custody import close_open_custody
from piu_desk.core.records.common import new_uid, origin
from piu_desk.core.session import Changes
from piu_desk.core.store import assets as repo
from piu_desk.core.store import custody as custody_repo
from piu_desk.core.store.assets import Incident
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP


class IncidentKind(StrEnum):
    DAMAGE = "damaged"
    LOSS = "lost"
    THEFT = "stolen"


INCIDENT_LABELS = {
    IncidentKind.DAMAGE: QT_TRANSLATE_NOOP("Equipment", "Damage"),
    IncidentKind.LOSS: QT_TRANSLATE_NOOP("Equipment", "Loss"),
    IncidentKind.THEFT: QT_TRANSLATE_NOOP("Equipment", "Theft"),
}
_EVENTS = {IncidentKind.DAMAGE: EventKind.DAMAGED, IncidentKind.LOSS: EventKind.LOST,
           IncidentKind.THEFT: EventKind.STOLEN}


def report(desk: Desk, asset_id: int, kind: IncidentKind, occurred_on: str, *, place: str = "",
           circumstances: str = "", police_ref: str = "",
           condition: Condition | None = None) -> tuple[int, Changes]:
    """An incident report. Loss and theft end the custody and move the status; damage keeps
    the status and sets the condition (given, or "poor"). Who held the item is recorded."""
    session = custodian(desk, QT_TRANSLATE_NOOP("Actions", "report an equipment incident"))
    kind = IncidentKind(kind)
    day = check_date(occurred_on, "occurred_on")
    text = clean_text_block(circumstances, 5000)
    if not text:
        raise invalid("circumstances", QT_TRANSLATE_NOOP(
            "Validation", "Describe what happened."))
    if kind == IncidentKind.THEFT and not clean_text(police_ref):
        raise invalid("police_ref", QT_TRANSLATE_NOOP(
            "Validation", "A theft is reported to the police: give the police report "
            "reference."))

    def run(conn: Connection) -> int:
        asset = existing(conn, asset_id)
        held = custody_repo.current(conn, asset_id)
        holder = held.holder if held else ""
        record_event(desk, conn, asset, _EVENTS[kind], day, holder=holder, detail=text[:200],
                     condition=(condition or Condition.POOR)
                     if kind == IncidentKind.DAMAGE else None)
        if kind != IncidentKind.DAMAGE:
            close_open_custody(conn, asset_id, day, kind.value)
        return repo.add_incident(conn, Incident(
            0, asset_id, kind.value, day, clean_text(place, 200), text, holder,
            clean_text(police_ref, 80), reported_by=session.username,
            reported_at=desk.now()), new_uid(), origin(conn))
    return desk.mutate(run), CHANGES


def recover(desk: Desk, asset_id: int, on: str, condition: Condition,
            location: str = "") -> Changes:
    """A lost or stolen item found again: back in store."""
    custodian(desk, QT_TRANSLATE_NOOP("Actions", "report an equipment incident"))
    day = check_date(on, "on")

    def run(conn: Connection) -> None:
        asset = existing(conn, asset_id)
        record_event(desk, conn, asset, EventKind.RECOVERED, day, condition=Condition(condition),
                     location=clean_text(location, 120) or asset.location)
    desk.mutate(run)
    return CHANGES


def dispose(desk: Desk, asset_id: int, on: str, authorised_by: str, authority_ref: str,
            reason: str) -> tuple[int, Changes]:
    """Disposal (written off, destroyed, given away) with who authorised it and the paper."""
    session = custodian(desk, QT_TRANSLATE_NOOP("Actions", "dispose of equipment"))
    day = check_date(on, "on")
    who, ref, why = clean_text(authorised_by, 120), clean_text(authority_ref, 80), \
        clean_text_block(reason, 2000)
    if not who or not ref:
        raise invalid("authorised_by", QT_TRANSLATE_NOOP(
            "Validation", "A disposal needs who authorised it and the reference of the "
            "authorisation."))
    if not why:
        raise invalid("reason", QT_TRANSLATE_NOOP("Validation", "Say why the item is "
                                                  "disposed of."))

    def run(conn: Connection) -> int:
        asset = existing(conn, asset_id)
        record_event(desk, conn, asset, EventKind.DISPOSED, day, detail=ref)
        close_open_custody(conn, asset_id, day, "disposed")
        return repo.add_incident(conn, Incident(
            0, asset_id, "disposed", day, "", why, "", "", who, ref,
            reported_by=session.username, reported_at=desk.now()), new_uid(), origin(conn))
    return desk.mutate(run), CHANGES


def incidents(desk: Desk, asset_id: int | None = None, since: str = "") -> list[Incident]:
    desk.session_or_locked(Role.CUSTODIAN, Role.SUPERVISOR, action=VIEW)
    return desk.db(lambda c: repo.incidents(c, asset_id, since))
