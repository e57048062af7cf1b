"""Equipment handed over by a donor programme: the asset, its condition and status, and the
events that move the status.

The status is never edited: it moves only through an event (issue, return, transfer, repair,
loss, theft, recovery, disposal), and `next_status` refuses a move the table below does not
hold, with a message saying why. Dates are ISO dates (YYYY-MM-DD); values are whole riel and
US cents.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from piu_desk.core.domain.vessel import clean_text
from piu_desk.core.errors import Invalid
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message


class Condition(StrEnum):
    NEW = "new"
    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"
    UNSERVICEABLE = "unserviceable"


class AssetStatus(StrEnum):
    IN_STORE = "in_store"
    ISSUED = "issued"
    UNDER_REPAIR = "under_repair"
    LOST = "lost"
    STOLEN = "stolen"
    DISPOSED = "disposed"


class EventKind(StrEnum):
    RECEIVED = "received"  # handed over by the donor
    ISSUED = "issued"
    ACCEPTED = "accepted"
    RETURNED = "returned"
    TRANSFERRED = "transferred"
    REPAIR_SENT = "repair_sent"
    REPAIR_RETURNED = "repair_returned"
    MAINTAINED = "maintained"
    DAMAGED = "damaged"
    LOST = "lost"
    STOLEN = "stolen"
    RECOVERED = "recovered"
    VERIFIED = "verified"
    DISPOSED = "disposed"


CONDITION_LABELS = {
    Condition.NEW: QT_TRANSLATE_NOOP("Equipment", "New"),
    Condition.GOOD: QT_TRANSLATE_NOOP("Equipment", "Good"),
    Condition.FAIR: QT_TRANSLATE_NOOP("Equipment", "Fair"),
    Condition.POOR: QT_TRANSLATE_NOOP("Equipment", "Poor"),
    Condition.UNSERVICEABLE: QT_TRANSLATE_NOOP("Equipment", "Unserviceable"),
}
STATUS_LABELS = {
    AssetStatus.IN_STORE: QT_TRANSLATE_NOOP("Equipment", "In store"),
    AssetStatus.ISSUED: QT_TRANSLATE_NOOP("Equipment", "Issued"),
    AssetStatus.UNDER_REPAIR: QT_TRANSLATE_NOOP("Equipment", "Under repair"),
    AssetStatus.LOST: QT_TRANSLATE_NOOP("Equipment", "Lost"),
    AssetStatus.STOLEN: QT_TRANSLATE_NOOP("Equipment", "Stolen"),
    AssetStatus.DISPOSED: QT_TRANSLATE_NOOP("Equipment", "Disposed of"),
}
EVENT_LABELS = {
    EventKind.RECEIVED: QT_TRANSLATE_NOOP("Equipment", "Received from the donor"),
    EventKind.ISSUED: QT_TRANSLATE_NOOP("Equipment", "Issued"),
    EventKind.ACCEPTED: QT_TRANSLATE_NOOP("Equipment", "Receipt accepted"),
    EventKind.RETURNED: QT_TRANSLATE_NOOP("Equipment", "Returned to store"),
    EventKind.TRANSFERRED: QT_TRANSLATE_NOOP("Equipment", "Transferred"),
    EventKind.REPAIR_SENT: QT_TRANSLATE_NOOP("Equipment", "Sent for repair"),
    EventKind.REPAIR_RETURNED: QT_TRANSLATE_NOOP("Equipment", "Back from repair"),
    EventKind.MAINTAINED: QT_TRANSLATE_NOOP("Equipment", "Maintenance done"),
    EventKind.DAMAGED: QT_TRANSLATE_NOOP("Equipment", "Damage reported"),
    EventKind.LOST: QT_TRANSLATE_NOOP("Equipment", "Loss reported"),
    EventKind.STOLEN: QT_TRANSLATE_NOOP("Equipment", "Theft reported"),
    EventKind.RECOVERED: QT_TRANSLATE_NOOP("Equipment", "Recovered"),
    EventKind.VERIFIED: QT_TRANSLATE_NOOP("Equipment", "Verified"),
    EventKind.DISPOSED: QT_TRANSLATE_NOOP("Equipment", "Disposed of"),
}

S = AssetStatus
# (status now, event) -> status after. Events not listed for a status are refused.
TRANSITIONS: dict[tuple[AssetStatus, EventKind], AssetStatus] = {
    (S.IN_STORE, EventKind.ISSUED): S.ISSUED,
    (S.ISSUED, EventKind.ACCEPTED): S.ISSUED,
    (S.ISSUED, EventKind.RETURNED): S.IN_STORE,
    (S.ISSUED, EventKind.TRANSFERRED): S.ISSUED,
    (S.IN_STORE, EventKind.REPAIR_SENT): S.UNDER_REPAIR,
    (S.ISSUED, EventKind.REPAIR_SENT): S.UNDER_REPAIR,
    (S.UNDER_REPAIR, EventKind.REPAIR_RETURNED): S.IN_STORE,
    (S.IN_STORE, EventKind.MAINTAINED): S.IN_STORE,
    (S.ISSUED, EventKind.MAINTAINED): S.ISSUED,
    (S.IN_STORE, EventKind.DAMAGED): S.IN_STORE,
    (S.ISSUED, EventKind.DAMAGED): S.ISSUED,
    (S.IN_STORE, EventKind.LOST): S.LOST,
    (S.ISSUED, EventKind.LOST): S.LOST,
    (S.IN_STORE, EventKind.STOLEN): S.STOLEN,
    (S.ISSUED, EventKind.STOLEN): S.STOLEN,
    (S.LOST, EventKind.RECOVERED): S.IN_STORE,
    (S.STOLEN, EventKind.RECOVERED): S.IN_STORE,
    (S.IN_STORE, EventKind.DISPOSED): S.DISPOSED,
    (S.LOST, EventKind.DISPOSED): S.DISPOSED,
    (S.STOLEN, EventKind.DISPOSED): S.DISPOSED,
    (S.UNDER_REPAIR, EventKind.DISPOSED): S.DISPOSED,
}
for _s in (S.IN_STORE, S.ISSUED, S.UNDER_REPAIR, S.LOST, S.STOLEN):
    TRANSITIONS[(_s, EventKind.VERIFIED)] = _s

# Why a refused move is refused, by the status the item is in.
REFUSALS = {
    S.IN_STORE: QT_TRANSLATE_NOOP(
        "Validation", "The item is in store: issue it first, or report it lost or stolen."),
    S.ISSUED: QT_TRANSLATE_NOOP(
        "Validation", "The item is issued: have it returned to store first."),
    S.UNDER_REPAIR: QT_TRANSLATE_NOOP(
        "Validation", "The item is under repair: record its return from repair first."),
    S.LOST: QT_TRANSLATE_NOOP(
        "Validation", "The item is reported lost: record that it was recovered first."),
    S.STOLEN: QT_TRANSLATE_NOOP(
        "Validation", "The item is reported stolen: record that it was recovered first."),
    S.DISPOSED: QT_TRANSLATE_NOOP(
        "Validation", "The item has been disposed of; nothing more can happen to it."),
}


@dataclass(frozen=True)
class Asset:
    id: int | None
    tag: str
    category: str
    description: str
    make: str = ""
    model: str = ""
    serial_number: str = ""
    donor: str = ""
    agreement_ref: str = ""
    grant_code: str = ""
    handover_date: str = ""  # ISO date
    handover_doc_ref: str = ""
    value_khr: int = 0  # riel
    value_usd_cents: int = 0
    location: str = ""
    condition: Condition = Condition.NEW
    status: AssetStatus = AssetStatus.IN_STORE
    handover_id: int | None = None
    uid: str = ""


@dataclass(frozen=True)
class AssetEvent:
    """One line of an item's timeline."""

    id: int
    asset_id: int
    kind: EventKind
    on: str  # ISO date the thing happened
    status_after: AssetStatus
    holder: str = ""  # user name or place, for custody events
    detail: str = ""
    by: str = ""
    recorded_at: str = ""


def _invalid(field_name: str, text: str, **args: object) -> Invalid:
    return Invalid(field_name, Message("Validation", text, dict(args)))


def next_status(current: AssetStatus, event: EventKind) -> AssetStatus:
    """The status after `event`, or Invalid saying why the event cannot happen now."""
    after = TRANSITIONS.get((current, event))
    if after is None:
        raise _invalid("status", REFUSALS[current])
    return after


def normal_tag(tag: str) -> str:
    """Tags are compared and stored upper-case without spaces (a scanner may add some)."""
    return "".join((tag or "").split()).upper()


def check_date(value: str, field_name: str, *, required: bool = True) -> str:
    text = (value or "").strip()[:10]
    if not text and not required:
        return ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise _invalid(field_name, QT_TRANSLATE_NOOP(
            "Validation", "Enter the date as year-month-day, e.g. 2026-03-31.")) from None


def validate_asset(a: Asset) -> Asset:
    tag = normal_tag(a.tag)
    if not 2 <= len(tag) <= 32:
        raise _invalid("tag", QT_TRANSLATE_NOOP(
            "Validation", "An asset tag is 2 to 32 letters, digits or dashes."))
    if not all(ch.isalnum() or ch in "-/._" for ch in tag):
        raise _invalid("tag", QT_TRANSLATE_NOOP(
            "Validation", "An asset tag is 2 to 32 letters, digits or dashes."))
    category, description = clean_text(a.category, 60), clean_text(a.description, 300)
    if not category:
        raise _invalid("category", QT_TRANSLATE_NOOP(
            "Validation", "Give the item's category (laptop, camera, radio, ...)."))
    if not description:
        raise _invalid("description", QT_TRANSLATE_NOOP(
            "Validation", "Describe the item."))
    if a.value_khr < 0 or a.value_usd_cents < 0:
        raise _invalid("value", QT_TRANSLATE_NOOP(
            "Validation", "A value cannot be negative."))
    return replace(
        a, tag=tag, category=category, description=description, make=clean_text(a.make, 80),
        model=clean_text(a.model, 80), serial_number=clean_text(a.serial_number, 80),
        donor=clean_text(a.donor, 120), agreement_ref=clean_text(a.agreement_ref, 80),
        grant_code=clean_text(a.grant_code, 40),
        handover_date=check_date(a.handover_date, "handover_date", required=False),
        handover_doc_ref=clean_text(a.handover_doc_ref, 80),
        location=clean_text(a.location, 120), condition=Condition(a.condition),
        status=AssetStatus(a.status))


def usd_text(cents: int) -> str:
    return f"{cents // 100:,}.{cents % 100:02d}"


def parse_usd(text: str) -> int:
    """'1,250.50' or '$1250.5' -> 125050 cents; ValueError when it is no amount."""
    clean = (text or "").replace(",", "").replace("$", "").replace("USD", "").strip()
    if not clean:
        return 0
    whole, _, frac = clean.partition(".")
    if (not whole.isdigit() and whole != "") or not (frac == "" or frac.isdigit()):
        raise ValueError(text)
    return int(whole or 0) * 100 + int((frac + "00")[:2])
