"""Vessels and their port calls (PRODUCT.md, Records; FAL Form 1 fields)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from piu_desk.core.domain.identifiers import (
    mmsi_flag_mismatch,
    validate_call_sign,
    validate_flag,
    validate_gross_tonnage,
    validate_imo,
    validate_mmsi,
    validate_port,
    validate_ship_type,
)
from piu_desk.core.errors import Invalid
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message


def _invalid(field_name: str, text: str, **args: object) -> Invalid:
    return Invalid(field_name, Message("Validation", text, dict(args)))


def clean_text(value: str | None, limit: int = 200) -> str:
    """Collapse white space; the empty string for nothing."""
    return " ".join((value or "").split())[:limit]


@dataclass(frozen=True)
class FormerIdentity:
    """A previous name and/or flag of a vessel, with the dates it was used."""

    name: str
    flag: str
    since: str = ""  # ISO date, may be unknown
    until: str = ""


@dataclass(frozen=True)
class Vessel:
    id: int | None
    name: str
    flag: str
    imo: str | None = None
    mmsi: str | None = None
    call_sign: str | None = None
    ship_type: int | None = None
    gross_tonnage: float | None = None
    owner_operator: str = ""
    history: tuple[FormerIdentity, ...] = ()
    uid: str = ""
    origin: str = ""

    def warnings(self) -> list[Message]:
        """Things an officer should look at that do not stop saving."""
        out: list[Message] = []
        if self.mmsi:
            mismatch = mmsi_flag_mismatch(self.mmsi, self.flag)
            if mismatch is not None:
                out.append(mismatch)
        return out


def validate_vessel(v: Vessel) -> Vessel:
    name = clean_text(v.name, 120).upper()
    if len(name) < 2:
        raise _invalid("name", QT_TRANSLATE_NOOP(
            "Validation", "Enter the vessel's name as written on the hull or certificate."))
    history = tuple(FormerIdentity(clean_text(h.name, 120).upper(), validate_flag(h.flag),
                                   h.since, h.until) for h in v.history)
    return Vessel(
        id=v.id, name=name, flag=validate_flag(v.flag), imo=validate_imo(v.imo),
        mmsi=validate_mmsi(v.mmsi), call_sign=validate_call_sign(v.call_sign),
        ship_type=None if v.ship_type is None else validate_ship_type(v.ship_type),
        gross_tonnage=None if v.gross_tonnage is None else validate_gross_tonnage(
            v.gross_tonnage),
        owner_operator=clean_text(v.owner_operator), history=history, uid=v.uid,
        origin=v.origin)


@dataclass(frozen=True)
class PortCall:
    id: int | None
    vessel_id: int
    arrival: str  # ISO 8601 date-time, local port time
    departure: str = ""
    last_port: str = ""  # UN/LOCODE
    next_port: str = ""
    berth: str = ""
    agent: str = ""
    voyage_number: str = ""
    crew_count: int | None = None
    passenger_count: int | None = None
    uid: str = ""
    origin: str = ""
    vessel_name: str = field(default="", compare=False)  # filled when read, for lists
    vessel_flag: str = field(default="", compare=False)


def parse_moment(value: str, field_name: str) -> datetime:
    """An ISO date and time as entered, or Invalid on `field_name`."""
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise _invalid(field_name, QT_TRANSLATE_NOOP(
            "Validation", "Enter a date and time such as 2026-11-28 14:30.")) from None


def validate_port_call(pc: PortCall) -> PortCall:
    arrival = parse_moment(pc.arrival, "arrival")
    departure = parse_moment(pc.departure, "departure") if pc.departure else None
    if departure is not None and departure < arrival:
        raise _invalid("departure", QT_TRANSLATE_NOOP(
            "Validation", "The departure cannot be before the arrival."))
    for count, name in ((pc.crew_count, "crew_count"), (pc.passenger_count, "passenger_count")):
        if count is not None and not 0 <= count <= 10000:
            raise _invalid(name, QT_TRANSLATE_NOOP(
                "Validation", "Enter a number of people between 0 and 10000."))
    return PortCall(
        id=pc.id, vessel_id=pc.vessel_id, arrival=arrival.isoformat(timespec="minutes"),
        departure=departure.isoformat(timespec="minutes") if departure is not None else "",
        last_port=validate_port(pc.last_port, "last_port") if pc.last_port else "",
        next_port=validate_port(pc.next_port, "next_port") if pc.next_port else "",
        berth=clean_text(pc.berth, 60), agent=clean_text(pc.agent, 120),
        voyage_number=clean_text(pc.voyage_number, 40), crew_count=pc.crew_count,
        passenger_count=pc.passenger_count, uid=pc.uid, origin=pc.origin)
