"""AIS ship-type codes 0–99 (ITU-R M.1371, "type of ship and cargo type") with labels.

The first digit is the kind of ship; for wing-in-ground craft (2x), high-speed craft (4x),
passenger ships (6x), cargo ships (7x), tankers (8x) and other types (9x) the second digit
says whether it carries dangerous goods, harmful substances or marine pollutants:
x0 all ships of this type, x1–x4 hazardous category A–D (M.1371-5 renamed them X, Y, Z, OS;
AIS displays still show A–D), x5–x8 reserved, x9 no additional information. Codes 30–39 and
50–59 name the ship's activity instead. Every label is marked for translation.
"""

from __future__ import annotations

from typing import Final

from piu_desk.core.text import QT_TRANSLATE_NOOP

_SPECIFIC: Final[dict[int, str]] = {
    0: QT_TRANSLATE_NOOP("Validation", "Not available (no ship type given)"),
    30: QT_TRANSLATE_NOOP("Validation", "Fishing"),
    31: QT_TRANSLATE_NOOP("Validation", "Towing"),
    32: QT_TRANSLATE_NOOP("Validation", "Towing, tow longer than 200 m or wider than 25 m"),
    33: QT_TRANSLATE_NOOP("Validation", "Dredging or underwater operations"),
    34: QT_TRANSLATE_NOOP("Validation", "Diving operations"),
    35: QT_TRANSLATE_NOOP("Validation", "Military operations"),
    36: QT_TRANSLATE_NOOP("Validation", "Sailing"),
    37: QT_TRANSLATE_NOOP("Validation", "Pleasure craft"),
    38: QT_TRANSLATE_NOOP("Validation", "Reserved for future use"),
    39: QT_TRANSLATE_NOOP("Validation", "Reserved for future use"),
    50: QT_TRANSLATE_NOOP("Validation", "Pilot vessel"),
    51: QT_TRANSLATE_NOOP("Validation", "Search and rescue vessel"),
    52: QT_TRANSLATE_NOOP("Validation", "Tug"),
    53: QT_TRANSLATE_NOOP("Validation", "Port tender"),
    54: QT_TRANSLATE_NOOP("Validation", "Anti-pollution vessel"),
    55: QT_TRANSLATE_NOOP("Validation", "Law enforcement vessel"),
    56: QT_TRANSLATE_NOOP("Validation", "Local vessel (spare code)"),
    57: QT_TRANSLATE_NOOP("Validation", "Local vessel (spare code)"),
    58: QT_TRANSLATE_NOOP("Validation", "Medical transport"),
    59: QT_TRANSLATE_NOOP("Validation", "Noncombatant ship (RR Resolution 18)"),
}

# For the first digits 2, 4, 6, 7, 8, 9: labels by second digit 0–4 and 9; 5–8 are reserved.
_FAMILIES: Final[dict[int, tuple[str, str, str, str, str, str, str]]] = {
    2: (QT_TRANSLATE_NOOP("Validation", "Wing-in-ground craft"),
        QT_TRANSLATE_NOOP("Validation", "Wing-in-ground craft, hazardous category A"),
        QT_TRANSLATE_NOOP("Validation", "Wing-in-ground craft, hazardous category B"),
        QT_TRANSLATE_NOOP("Validation", "Wing-in-ground craft, hazardous category C"),
        QT_TRANSLATE_NOOP("Validation", "Wing-in-ground craft, hazardous category D"),
        QT_TRANSLATE_NOOP("Validation", "Wing-in-ground craft, reserved code"),
        QT_TRANSLATE_NOOP("Validation", "Wing-in-ground craft, no additional information")),
    4: (QT_TRANSLATE_NOOP("Validation", "High-speed craft"),
        QT_TRANSLATE_NOOP("Validation", "High-speed craft, hazardous category A"),
        QT_TRANSLATE_NOOP("Validation", "High-speed craft, hazardous category B"),
        QT_TRANSLATE_NOOP("Validation", "High-speed craft, hazardous category C"),
        QT_TRANSLATE_NOOP("Validation", "High-speed craft, hazardous category D"),
        QT_TRANSLATE_NOOP("Validation", "High-speed craft, reserved code"),
        QT_TRANSLATE_NOOP("Validation", "High-speed craft, no additional information")),
    6: (QT_TRANSLATE_NOOP("Validation", "Passenger ship"),
        QT_TRANSLATE_NOOP("Validation", "Passenger ship, hazardous category A"),
        QT_TRANSLATE_NOOP("Validation", "Passenger ship, hazardous category B"),
        QT_TRANSLATE_NOOP("Validation", "Passenger ship, hazardous category C"),
        QT_TRANSLATE_NOOP("Validation", "Passenger ship, hazardous category D"),
        QT_TRANSLATE_NOOP("Validation", "Passenger ship, reserved code"),
        QT_TRANSLATE_NOOP("Validation", "Passenger ship, no additional information")),
    7: (QT_TRANSLATE_NOOP("Validation", "Cargo ship"),
        QT_TRANSLATE_NOOP("Validation", "Cargo ship, hazardous category A"),
        QT_TRANSLATE_NOOP("Validation", "Cargo ship, hazardous category B"),
        QT_TRANSLATE_NOOP("Validation", "Cargo ship, hazardous category C"),
        QT_TRANSLATE_NOOP("Validation", "Cargo ship, hazardous category D"),
        QT_TRANSLATE_NOOP("Validation", "Cargo ship, reserved code"),
        QT_TRANSLATE_NOOP("Validation", "Cargo ship, no additional information")),
    8: (QT_TRANSLATE_NOOP("Validation", "Tanker"),
        QT_TRANSLATE_NOOP("Validation", "Tanker, hazardous category A"),
        QT_TRANSLATE_NOOP("Validation", "Tanker, hazardous category B"),
        QT_TRANSLATE_NOOP("Validation", "Tanker, hazardous category C"),
        QT_TRANSLATE_NOOP("Validation", "Tanker, hazardous category D"),
        QT_TRANSLATE_NOOP("Validation", "Tanker, reserved code"),
        QT_TRANSLATE_NOOP("Validation", "Tanker, no additional information")),
    9: (QT_TRANSLATE_NOOP("Validation", "Other type of ship"),
        QT_TRANSLATE_NOOP("Validation", "Other type of ship, hazardous category A"),
        QT_TRANSLATE_NOOP("Validation", "Other type of ship, hazardous category B"),
        QT_TRANSLATE_NOOP("Validation", "Other type of ship, hazardous category C"),
        QT_TRANSLATE_NOOP("Validation", "Other type of ship, hazardous category D"),
        QT_TRANSLATE_NOOP("Validation", "Other type of ship, reserved code"),
        QT_TRANSLATE_NOOP("Validation", "Other type of ship, no additional information")),
}

_RESERVED = QT_TRANSLATE_NOOP("Validation", "Reserved for future use")


def ship_type_text(code: int) -> str:
    """The English source label of an AIS ship-type code 0–99 (translate with context
    "Validation")."""
    if not 0 <= code <= 99:
        raise ValueError(f"AIS ship type out of range: {code}")
    if code in _SPECIFIC:
        return _SPECIFIC[code]
    family = _FAMILIES.get(code // 10)
    if family is None:  # 1-19
        return _RESERVED
    second = code % 10
    if second <= 4:
        return family[second]
    return family[6] if second == 9 else family[5]


HAZARDOUS_CODES: Final[frozenset[int]] = frozenset(
    first * 10 + second for first in _FAMILIES for second in range(1, 5))
"""Codes whose ship carries dangerous goods, harmful substances or marine pollutants."""
