"""Watchlist entries: persons and vessels of interest, from HQ or local (PRODUCT.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from piu_desk.core.domain.crew import normalise_document_number, validate_nationality
from piu_desk.core.domain.handling import Handling
from piu_desk.core.domain.identifiers import (
    validate_call_sign,
    validate_flag,
    validate_imo,
    validate_mmsi,
)
from piu_desk.core.domain.vessel import clean_text
from piu_desk.core.errors import Invalid
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message


class EntryKind(StrEnum):
    PERSON = "person"
    VESSEL = "vessel"


class Origin(StrEnum):
    HQ = "hq"  # issued by headquarters (imported, later delivered by bundle)
    LOCAL = "local"  # entered on this desk


KIND_LABELS = {
    EntryKind.PERSON: QT_TRANSLATE_NOOP("Intel", "Person"),
    EntryKind.VESSEL: QT_TRANSLATE_NOOP("Intel", "Vessel"),
}
ORIGIN_LABELS = {
    Origin.HQ: QT_TRANSLATE_NOOP("Intel", "From HQ"),
    Origin.LOCAL: QT_TRANSLATE_NOOP("Intel", "Local"),
}


@dataclass(frozen=True)
class WatchEntry:
    """One entry. `names` holds the main name first, then aliases (a person) or former
    names (a vessel). Dates are ISO; a person's date of birth may be a bare year."""

    id: int | None
    kind: EntryKind
    names: tuple[str, ...]
    reason: str
    issuer: str
    issued: str = ""
    expires: str = ""
    handling: Handling = Handling.HQ_ONLY
    origin: Origin = Origin.LOCAL
    date_of_birth: str = ""
    nationality: str = ""
    documents: tuple[str, ...] = ()
    imo: str = ""
    mmsi: str = ""
    call_sign: str = ""
    flag: str = ""
    uid: str = ""
    # The station whose desk entered it (HQ's for HQ's list), filled when read.
    station: str = field(default="", compare=False)

    @property
    def name(self) -> str:
        return self.names[0] if self.names else ""

    def expired(self, today: date) -> bool:
        """An expired entry stays listed (as expired) but no longer alerts."""
        return bool(self.expires) and self.expires < today.isoformat()


def _invalid(field_name: str, text: str, **args: object) -> Invalid:
    return Invalid(field_name, Message("Validation", text, dict(args)))


def validate_birth(text: str, today: date) -> str:
    """A full date (ISO) or only a year (YYYY); empty when unknown."""
    value = clean_text(text, 10)
    if not value:
        return ""
    if len(value) == 4 and value.isdigit():
        if not 1900 <= int(value) <= today.year:
            raise _invalid("date_of_birth", QT_TRANSLATE_NOOP(
                "Validation", "{year} is not a possible year of birth."), year=value)
        return value
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        raise _invalid("date_of_birth", QT_TRANSLATE_NOOP(
            "Validation", "Enter the date of birth as year-month-day (1990-04-25), or the "
            "year only (1990).")) from None
    if parsed > today:
        raise _invalid("date_of_birth", QT_TRANSLATE_NOOP(
            "Validation", "This date is in the future."))
    return parsed.isoformat()


def _date(text: str, field_name: str) -> str:
    value = clean_text(text, 10)
    if not value:
        return ""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise _invalid(field_name, QT_TRANSLATE_NOOP(
            "Validation", "Enter the date as year-month-day, for example 2026-04-25.")) from None


def _names(values: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for value in values:
        name = clean_text(value, 120).upper()
        if name and name not in out:
            out.append(name)
    return tuple(out[:20])


def validate_entry(e: WatchEntry, today: date) -> WatchEntry:
    names = _names(e.names)
    if not names:
        raise _invalid("names", QT_TRANSLATE_NOOP(
            "Validation", "Enter at least one name (a person's or a vessel's)."))
    reason = clean_text(e.reason, 1000)
    if not reason:
        raise _invalid("reason", QT_TRANSLATE_NOOP(
            "Validation", "Say why this entry is on the watchlist."))
    issuer = clean_text(e.issuer, 120)
    if not issuer:
        raise _invalid("issuer", QT_TRANSLATE_NOOP(
            "Validation", "Name the unit that issued this entry."))
    issued, expires = _date(e.issued, "issued"), _date(e.expires, "expires")
    if issued and expires and expires < issued:
        raise _invalid("expires", QT_TRANSLATE_NOOP(
            "Validation", "The entry cannot expire before it was issued."))
    common = dict(id=e.id, kind=e.kind, names=names, reason=reason, issuer=issuer,
                  issued=issued, expires=expires, handling=Handling(e.handling),
                  origin=Origin(e.origin), uid=e.uid)
    if e.kind is EntryKind.PERSON:
        documents = tuple(dict.fromkeys(d for d in (normalise_document_number(x)
                                                    for x in e.documents) if d))
        return WatchEntry(**common,  # type: ignore[arg-type]
                          date_of_birth=validate_birth(e.date_of_birth, today),
                          nationality=validate_nationality(e.nationality),
                          documents=documents)
    return WatchEntry(**common,  # type: ignore[arg-type]
                      imo=validate_imo(e.imo) or "", mmsi=validate_mmsi(e.mmsi) or "",
                      call_sign=validate_call_sign(e.call_sign) or "",
                      flag=validate_flag(e.flag) if e.flag.strip() else "")
