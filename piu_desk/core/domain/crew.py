"""Crew lists (IMO FAL Form 5) and persons found aboard who are not crew."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from piu_desk.core.domain.identifiers import validate_flag
from piu_desk.core.domain.mrz import lookup_state
from piu_desk.core.domain.vessel import clean_text
from piu_desk.core.errors import Invalid
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message


class Direction(StrEnum):
    ARRIVAL = "arrival"
    DEPARTURE = "departure"


class Gender(StrEnum):
    MALE = "M"
    FEMALE = "F"
    OTHER = "X"
    UNKNOWN = ""


class Vulnerability(StrEnum):
    MINOR = "minor"
    TRAFFICKING = "possible_trafficking_victim"
    MEDICAL = "needs_medical_care"


VULNERABILITY_LABELS = {
    Vulnerability.MINOR: QT_TRANSLATE_NOOP("Records", "Minor"),
    Vulnerability.TRAFFICKING: QT_TRANSLATE_NOOP("Records", "Possible victim of trafficking"),
    Vulnerability.MEDICAL: QT_TRANSLATE_NOOP("Records", "Needs medical care"),
}


@dataclass(frozen=True)
class CrewMember:
    """One row of FAL Form 5. Dates are ISO (YYYY-MM-DD) or empty when unknown."""

    number: int
    family_name: str
    given_names: str
    rank: str = ""
    nationality: str = ""  # ISO 3166-1 alpha-3 (or an ICAO code such as XXA)
    date_of_birth: str = ""
    place_of_birth: str = ""
    gender: str = ""
    document_type: str = ""  # e.g. passport, seafarer's identity document
    document_number: str = ""
    document_issuer: str = ""
    document_expiry: str = ""
    id: int | None = None
    person_id: int | None = None


@dataclass(frozen=True)
class CrewList:
    id: int | None
    port_call_id: int
    direction: Direction
    source: str = ""  # "manual", or the file name it was imported from
    members: tuple[CrewMember, ...] = ()
    uid: str = ""
    created_at: str = ""


@dataclass(frozen=True)
class PersonAboard:
    """A person found aboard who is not crew: a stowaway, a smuggled migrant."""

    id: int | None
    port_call_id: int
    family_name: str
    given_names: str = ""
    nationality: str = ""
    date_of_birth: str = ""
    age: int | None = None  # when the date of birth is not known
    gender: str = ""
    circumstances: str = ""
    vulnerabilities: frozenset[Vulnerability] = field(default_factory=frozenset)
    person_id: int | None = None
    uid: str = ""


def _invalid(field_name: str, text: str, **args: object) -> Invalid:
    return Invalid(field_name, Message("Validation", text, dict(args)))


def validate_nationality(text: str, field_name: str = "nationality") -> str:
    """ISO alpha-3, or an ICAO travel-document code (D, XXA, XXB, ...); empty allowed."""
    code = clean_text(text).upper()  # never cut: "INDONESIA" must not become IND (India)
    if not code:
        return ""
    try:
        return validate_flag(code)
    except Invalid:
        state = lookup_state(code)
        if state.known:
            return state.code
        raise _invalid(field_name, QT_TRANSLATE_NOOP(
            "Validation", "{code} is not a nationality code; use the three letters of the "
            "passport (for example KHM, VNM, IDN)."), code=code) from None


def validate_iso_date(text: str, field_name: str, *, not_after: date | None = None) -> str:
    value = clean_text(text, 10)
    if not value:
        return ""
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        raise _invalid(field_name, QT_TRANSLATE_NOOP(
            "Validation", "Enter the date as year-month-day, for example 1990-04-25.")) from None
    if not_after is not None and parsed > not_after:
        raise _invalid(field_name, QT_TRANSLATE_NOOP(
            "Validation", "This date is in the future.")) from None
    return parsed.isoformat()


def validate_crew_member(m: CrewMember, today: date) -> CrewMember:
    family = clean_text(m.family_name, 80).upper()
    if not family:
        raise _invalid("family_name", QT_TRANSLATE_NOOP(
            "Validation", "Enter the family name as in the identity document."))
    gender = m.gender.strip().upper()[:1]
    if gender not in {g.value for g in Gender}:
        raise _invalid("gender", QT_TRANSLATE_NOOP("Validation", "Gender is M, F or X."))
    return CrewMember(
        number=m.number, family_name=family, given_names=clean_text(m.given_names, 120).upper(),
        rank=clean_text(m.rank, 60), nationality=validate_nationality(m.nationality),
        date_of_birth=validate_iso_date(m.date_of_birth, "date_of_birth", not_after=today),
        place_of_birth=clean_text(m.place_of_birth, 80), gender=gender,
        document_type=clean_text(m.document_type, 40),
        document_number=normalise_document_number(m.document_number),
        document_issuer=validate_nationality(m.document_issuer, "document_issuer"),
        document_expiry=validate_iso_date(m.document_expiry, "document_expiry"),
        id=m.id, person_id=m.person_id)


def validate_person_aboard(p: PersonAboard, today: date) -> PersonAboard:
    family = clean_text(p.family_name, 80).upper()
    if not family:
        raise _invalid("family_name", QT_TRANSLATE_NOOP(
            "Validation", "Enter a family name, or UNKNOWN if the person gives none."))
    if p.age is not None and not 0 <= p.age <= 120:
        raise _invalid("age", QT_TRANSLATE_NOOP("Validation", "Enter an age between 0 and 120."))
    dob = validate_iso_date(p.date_of_birth, "date_of_birth", not_after=today)
    vulnerabilities = set(p.vulnerabilities)
    age = p.age if p.age is not None else age_on(dob, today)
    if age is not None and age < 18:
        vulnerabilities.add(Vulnerability.MINOR)  # a minor is always flagged
    return PersonAboard(
        id=p.id, port_call_id=p.port_call_id, family_name=family,
        given_names=clean_text(p.given_names, 120).upper(),
        nationality=validate_nationality(p.nationality), date_of_birth=dob, age=p.age,
        gender=p.gender.strip().upper()[:1], circumstances=clean_text(p.circumstances, 2000),
        vulnerabilities=frozenset(vulnerabilities), person_id=p.person_id, uid=p.uid)


def age_on(iso_birth: str, today: date) -> int | None:
    if not iso_birth:
        return None
    born = date.fromisoformat(iso_birth)
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def normalise_document_number(text: str) -> str:
    """Document numbers compare without spaces, dashes, dots or case."""
    return "".join(ch for ch in (text or "").upper() if ch.isalnum())[:20]
