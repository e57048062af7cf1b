"""The station (the port unit) this desk belongs to, and UN/LOCODE validation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from piu_desk.core.errors import Invalid
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

# UN/LOCODE: ISO 3166-1 alpha-2 country code, then three characters from A-Z and 2-9.
LOCODE_RE = re.compile(r"^[A-Z]{2}[A-Z2-9]{3}$")

KNOWN_PORTS = {
    "KHKOS": "Sihanoukville",
    "KHPNH": "Phnom Penh",
    "KHKKZ": "Koh Kong",
    "KHKMT": "Kampot",
}


@dataclass(frozen=True)
class Station:
    name: str
    locode: str
    unit: str = ""
    is_hq: bool = False


def normalise_locode(text: str) -> str:
    return "".join(text.split()).upper()


def validate_locode(text: str) -> str:
    code = normalise_locode(text)
    if not LOCODE_RE.match(code):
        raise Invalid("locode", Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "A UN/LOCODE is 5 characters: the 2-letter country code, then 3 "
            "letters or digits 2-9 (for example KHKOS)."), {}))
    return code


def validate_station(name: str, locode: str, unit: str = "") -> Station:
    clean = " ".join(name.split())
    if not 2 <= len(clean) <= 80:
        raise Invalid("station_name", Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "Enter the station's name (2 to 80 characters).")))
    return Station(name=clean, locode=validate_locode(locode), unit=" ".join(unit.split()))
