"""Vessel identifiers: IMO number, MMSI, call sign, flag state, AIS ship type, gross tonnage
and ports (UN/LOCODE).

Every `validate_*` returns the normalised value or raises `Invalid(field, message)` whose
message says what is wrong and what to do. Identifiers a small craft may not have (IMO number,
MMSI, call sign) accept a blank and return None; whether the others are required is the form's
decision. Digits typed on a Khmer keyboard (០–៩) are read as 0–9. Pure: no I/O.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

import pycountry

from piu_desk.core.domain.mid_table import MID_ALSO, MID_TABLE
from piu_desk.core.domain.ship_types import HAZARDOUS_CODES, ship_type_text
from piu_desk.core.domain.station import KNOWN_PORTS, validate_locode
from piu_desk.core.errors import Invalid
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

__all__ = [
    "KNOWN_PORTS", "MmsiInfo", "MmsiKind", "country_name", "imo_check_digit", "is_hazardous",
    "mid_flags", "mmsi_flag_mismatch", "mmsi_info", "ship_type_label", "validate_call_sign",
    "validate_flag", "validate_gross_tonnage", "validate_imo", "validate_locode",
    "validate_mmsi", "validate_port", "validate_ship_type",
]

C = "Validation"
IMO_WEIGHTS = (7, 6, 5, 4, 3, 2)
MAX_GROSS_TONNAGE = 1_000_000  # the largest ships measure about 250,000


def _msg(source: str, /, **args: object) -> Message:
    return Message(C, source, dict(args))


def _ascii_digits(text: str) -> str:
    """Any Unicode decimal digit (Khmer, Thai, ...) as its ASCII digit."""
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)


def _squeeze(text: str) -> str:
    return _ascii_digits("".join(text.split()))


# -- IMO number ---------------------------------------------------------------------------
def imo_check_digit(first_six: str) -> int:
    """(d1·7 + d2·6 + d3·5 + d4·4 + d5·3 + d6·2) mod 10."""
    return sum(int(d) * w for d, w in zip(first_six, IMO_WEIGHTS, strict=True)) % 10


def validate_imo(text: str | None) -> str | None:
    """"9074729", "IMO 9074729", "imo 907 4729" → "9074729"; blank → None.

    The check digit catches most, not all, single-digit mistakes: with weights 6, 5, 4 and 2 a
    change of 5 (or of 2 under weight 5) leaves the sum's last digit unchanged."""
    if text is None or not text.strip():
        return None
    clean = re.sub(r"^IMO[:.\-]?", "", _squeeze(text), flags=re.IGNORECASE)
    if not clean.isascii() or not clean.isdigit():
        raise Invalid("imo", _msg(QT_TRANSLATE_NOOP(
            "Validation", "An IMO number is 7 digits, with or without 'IMO' before them (for "
            "example IMO 9074729); '{text}' is not one."), text=text.strip()))
    if len(clean) != 7:
        raise Invalid("imo", _msg(QT_TRANSLATE_NOOP(
            "Validation", "An IMO number has 7 digits; {number} has {count}. Copy it again "
            "from the ship's certificate."), number=clean, count=len(clean)))
    expected, found = imo_check_digit(clean[:6]), int(clean[6])
    if expected != found:
        raise Invalid("imo", _msg(QT_TRANSLATE_NOOP(
            "Validation", "The IMO number's check digit should be {expected}, not {found} — "
            "check the number on the ship's certificate."), expected=expected, found=found))
    return clean


# -- MMSI ---------------------------------------------------------------------------------
class MmsiKind(StrEnum):
    """What an MMSI identifies (ITU-R M.585)."""

    SHIP = "ship"  # MIDxxxxxx, MID 2xx-7xx
    GROUP = "group"  # 0MIDxxxxx
    COAST_STATION = "coast-station"  # 00MIDxxxx
    SAR_AIRCRAFT = "sar-aircraft"  # 111MIDxxx
    HANDHELD_VHF = "handheld-vhf"  # 8MIDxxxxx
    AIS_SART = "ais-sart"  # 970xxyyyy
    MAN_OVERBOARD = "man-overboard"  # 972xxyyyy
    EPIRB = "epirb"  # 974xxyyyy
    AUTONOMOUS_DEVICE = "autonomous-device"  # 979xxyyyy
    PARENT_SHIP_CRAFT = "parent-ship-craft"  # 98MIDxxxx
    AID_TO_NAVIGATION = "aid-to-navigation"  # 99MIDxxxx
    UNKNOWN = "unknown"


_KIND_TEXT = {
    MmsiKind.GROUP: QT_TRANSLATE_NOOP(
        "Validation", "{mmsi} is a group call number for several ships (0 + MID), not one "
                      "ship's MMSI."),
    MmsiKind.COAST_STATION: QT_TRANSLATE_NOOP(
        "Validation", "{mmsi} is the MMSI of a coast station (00 + MID), not of a ship."),
    MmsiKind.SAR_AIRCRAFT: QT_TRANSLATE_NOOP(
        "Validation", "{mmsi} is the MMSI of a search and rescue aircraft (111 + MID), not of "
                      "a ship."),
    MmsiKind.HANDHELD_VHF: QT_TRANSLATE_NOOP(
        "Validation", "{mmsi} is the MMSI of a handheld VHF radio (8 + MID), not of a ship."),
    MmsiKind.AIS_SART: QT_TRANSLATE_NOOP(
        "Validation", "{mmsi} is the MMSI of an AIS search and rescue transmitter (AIS-SART, "
                      "970), not of a ship."),
    MmsiKind.MAN_OVERBOARD: QT_TRANSLATE_NOOP(
        "Validation", "{mmsi} is the MMSI of a man-overboard device (972), not of a ship."),
    MmsiKind.EPIRB: QT_TRANSLATE_NOOP(
        "Validation", "{mmsi} is the MMSI of an emergency beacon with AIS (EPIRB-AIS, 974), "
                      "not of a ship."),
    MmsiKind.AUTONOMOUS_DEVICE: QT_TRANSLATE_NOOP(
        "Validation", "{mmsi} is the MMSI of an autonomous radio device such as a net buoy "
                      "(979), not of a ship."),
    MmsiKind.PARENT_SHIP_CRAFT: QT_TRANSLATE_NOOP(
        "Validation", "{mmsi} is the MMSI of a craft associated with a parent ship, such as a "
                      "lifeboat or tender (98 + MID), not of the ship itself."),
    MmsiKind.AID_TO_NAVIGATION: QT_TRANSLATE_NOOP(
        "Validation", "{mmsi} is the MMSI of an aid to navigation such as a buoy or "
                      "lighthouse (99 + MID), not of a ship."),
    MmsiKind.UNKNOWN: QT_TRANSLATE_NOOP(
        "Validation", "{mmsi} fits no MMSI series: a ship's MMSI starts with its country's "
                      "MID (201 to 775). Check it for a typing error."),
}
_SHIP_TEXT = QT_TRANSLATE_NOOP(
    "Validation", "{mmsi} is a ship's MMSI; its MID {mid} is allocated to {country}.")
_UNALLOCATED_TEXT = QT_TRANSLATE_NOOP(
    "Validation", "MID {mid} at the start of MMSI {mmsi} is not allocated to any country: the "
                  "MMSI is mistyped or not genuine.")

# (prefix, kind, where the MID starts or None) — longest prefixes first.
_SERIES = (
    ("111", MmsiKind.SAR_AIRCRAFT, 3), ("970", MmsiKind.AIS_SART, None),
    ("972", MmsiKind.MAN_OVERBOARD, None), ("974", MmsiKind.EPIRB, None),
    ("979", MmsiKind.AUTONOMOUS_DEVICE, None), ("98", MmsiKind.PARENT_SHIP_CRAFT, 2),
    ("99", MmsiKind.AID_TO_NAVIGATION, 2), ("00", MmsiKind.COAST_STATION, 2),
    ("0", MmsiKind.GROUP, 1), ("8", MmsiKind.HANDHELD_VHF, 1),
)


@dataclass(frozen=True)
class MmsiInfo:
    mmsi: str
    kind: MmsiKind
    mid: int | None  # None for the device series 970-979 and unknown series
    flag: str | None  # ISO alpha-3 the MID was allocated to; None when there is none
    flags: tuple[str, ...]  # every flag the MID covers (306 is shared by three territories)
    description: Message

    @property
    def is_ship(self) -> bool:
        return self.kind is MmsiKind.SHIP


def mid_flags(mid: int) -> tuple[str, ...]:
    """The flags (ISO alpha-3) a MID was allocated to, first the main one; () if none."""
    main = MID_TABLE.get(mid)
    return (main, *MID_ALSO.get(mid, ())) if main else ()


def _normalise_mmsi(text: str) -> str:
    clean = _squeeze(text)
    if not clean.isascii() or not clean.isdigit():
        raise Invalid("mmsi", _msg(QT_TRANSLATE_NOOP(
            "Validation", "An MMSI is 9 digits and nothing else (for example 514123456); "
            "'{text}' has other characters."), text=text.strip()))
    if len(clean) != 9:
        raise Invalid("mmsi", _msg(QT_TRANSLATE_NOOP(
            "Validation", "An MMSI has 9 digits; {mmsi} has {count}. Copy it again from the "
            "ship's radio licence or AIS."), mmsi=clean, count=len(clean)))
    return clean


def mmsi_info(text: str) -> MmsiInfo:
    """What an MMSI identifies and under which flag its MID was issued."""
    mmsi = _normalise_mmsi(text)
    kind, start = MmsiKind.UNKNOWN, None
    if mmsi[0] in "234567":
        kind, start = MmsiKind.SHIP, 0
    else:
        for prefix, series_kind, mid_at in _SERIES:
            if mmsi.startswith(prefix):
                kind, start = series_kind, mid_at
                break
    mid = int(mmsi[start:start + 3]) if start is not None else None
    flags = mid_flags(mid) if mid is not None else ()
    flag = flags[0] if flags else None
    if kind is not MmsiKind.SHIP:
        description = _msg(_KIND_TEXT[kind], mmsi=mmsi)
    elif flag is None:
        description = _msg(_UNALLOCATED_TEXT, mmsi=mmsi, mid=mid)
    else:
        description = _msg(_SHIP_TEXT, mmsi=mmsi, mid=mid,
                           country=" / ".join(f"{country_name(f)} ({f})" for f in flags))
    return MmsiInfo(mmsi, kind, mid, flag, flags, description)


def validate_mmsi(text: str | None) -> str | None:
    """A ship station's MMSI, 9 digits; blank → None. An MMSI of anything but a ship (coast
    station, beacon, buoy, ...) is refused, saying what it is. An unallocated MID is accepted
    (a false MMSI is worth recording) and reported by `mmsi_flag_mismatch`."""
    if text is None or not text.strip():
        return None
    info = mmsi_info(text)
    if not info.is_ship:
        raise Invalid("mmsi", info.description)
    return info.mmsi


def mmsi_flag_mismatch(mmsi: str, flag: str | None) -> Message | None:
    """A WARNING, not an error: the MMSI's MID was issued under another flag than the one
    stated (a ship that changed flag may keep its MMSI), or the MID is not allocated at all.
    None when they agree, or when there is nothing to compare."""
    info = mmsi_info(mmsi)
    if info.mid is None or not flag or not flag.strip():
        return None
    if not info.flags:
        return _msg(_UNALLOCATED_TEXT, mmsi=info.mmsi, mid=info.mid)
    stated = "".join(flag.split()).upper()
    if stated in info.flags:
        return None
    return _msg(QT_TRANSLATE_NOOP(
        "Validation", "MMSI {mmsi} starts with MID {mid}, allocated to {mid_country}, but the "
        "flag is given as {flag_country}. The ship may have changed flag and kept its MMSI, "
        "or one of them is wrong: check the ship's radio licence and registry certificate."),
        mmsi=info.mmsi, mid=info.mid,
        mid_country=f"{country_name(info.flags[0])} ({info.flags[0]})",
        flag_country=f"{country_name(stated) or stated} ({stated})")


# -- call sign ----------------------------------------------------------------------------
def validate_call_sign(text: str | None) -> str | None:
    """ITU call sign: 3 to 7 letters and digits, upper case, no spaces; blank → None."""
    if text is None or not text.strip():
        return None
    clean = re.sub(r"[\s\-]", "", text).upper()
    if not re.fullmatch(r"[A-Z0-9]+", clean):
        raise Invalid("call_sign", _msg(QT_TRANSLATE_NOOP(
            "Validation", "A call sign has only letters A-Z and digits (for example XUAB3); "
            "'{text}' has other characters."), text=text.strip()))
    if not 3 <= len(clean) <= 7:
        raise Invalid("call_sign", _msg(QT_TRANSLATE_NOOP(
            "Validation", "A call sign has 3 to 7 letters and digits; {call_sign} has {count}."),
            call_sign=clean, count=len(clean)))
    if clean.isdigit():
        raise Invalid("call_sign", _msg(QT_TRANSLATE_NOOP(
            "Validation", "A call sign always has letters; {call_sign} is only digits. Is it "
            "the MMSI or the IMO number?"), call_sign=clean))
    return clean


# -- flag state ---------------------------------------------------------------------------
def country_name(alpha3: str) -> str | None:
    """The English short name of an ISO 3166-1 alpha-3 code, or None if there is none."""
    country = pycountry.countries.get(alpha_3=alpha3.upper())
    if country is None:
        return None
    return str(getattr(country, "common_name", None) or country.name)


def validate_flag(text: str) -> str:
    """ISO 3166-1 alpha-3 code of the flag state, upper case."""
    code = "".join(text.split()).upper()
    if not code:
        raise Invalid("flag", _msg(QT_TRANSLATE_NOOP(
            "Validation", "Enter the flag state's 3-letter code (for example KHM for "
            "Cambodia).")))
    if len(code) == 3 and country_name(code) is not None:
        return code
    if len(code) == 2 and (two := pycountry.countries.get(alpha_2=code)) is not None:
        raise Invalid("flag", _msg(QT_TRANSLATE_NOOP(
            "Validation", "Write the flag state with 3 letters: {alpha3} for {country}, not "
            "{code}."), alpha3=two.alpha_3, country=country_name(two.alpha_3), code=code))
    raise Invalid("flag", _msg(QT_TRANSLATE_NOOP(
        "Validation", "{code} is not an ISO 3166-1 country code. Write the flag state with its "
        "3-letter code, for example KHM for Cambodia."), code=code))


# -- AIS ship type ------------------------------------------------------------------------
def validate_ship_type(value: int | str) -> int:
    """An AIS ship-type code, 0 to 99 (ITU-R M.1371)."""
    text = _squeeze(value) if isinstance(value, str) else str(value)
    if not text.isascii() or not text.isdigit() or not 0 <= int(text) <= 99:
        raise Invalid("ship_type", _msg(QT_TRANSLATE_NOOP(
            "Validation", "An AIS ship type is a number from 0 to 99 (for example 30 for a "
            "fishing vessel, 70 for a cargo ship); '{value}' is not."), value=value))
    return int(text)


def ship_type_label(code: int) -> Message:
    """The translatable label of an AIS ship-type code ("Cargo ship, hazardous category A")."""
    return Message(C, ship_type_text(code))


def is_hazardous(code: int) -> bool:
    """True for the codes x1-x4 of the families that carry dangerous goods or pollutants."""
    return code in HAZARDOUS_CODES


# -- gross tonnage ------------------------------------------------------------------------
_TONNAGE_RE = re.compile(r"(\d{1,3}(,\d{3})+|\d+)(\.\d+)?")


def validate_gross_tonnage(value: float | str) -> float:
    """Gross tonnage, a positive number: 12345, "12,345", "12 345 GT", 0.8 → the number
    (an int when whole)."""
    if isinstance(value, str):
        text = re.sub(r"(?i)g\.?t\.?$", "", _squeeze(value))
        if not _TONNAGE_RE.fullmatch(text):
            raise Invalid("gross_tonnage", _msg(QT_TRANSLATE_NOOP(
                "Validation", "Write the gross tonnage as a number, for example 12345 or "
                "12345.5; '{value}' is not one."), value=value.strip()))
        number = float(text.replace(",", ""))
    else:
        number = float(value)
    if math.isnan(number) or number <= 0:
        raise Invalid("gross_tonnage", _msg(QT_TRANSLATE_NOOP(
            "Validation", "Gross tonnage must be more than 0.")))
    if number > MAX_GROSS_TONNAGE:
        raise Invalid("gross_tonnage", _msg(QT_TRANSLATE_NOOP(
            "Validation", "A gross tonnage of {value} is more than any ship's (the largest "
            "measure about 250,000): check for an extra digit."), value=f"{number:,.0f}"))
    return int(number) if number.is_integer() else number


# -- ports --------------------------------------------------------------------------------
def validate_port(text: str, field: str = "port") -> str:
    """A UN/LOCODE (station.validate_locode), reported against the form's own field."""
    try:
        return validate_locode(text)
    except Invalid as exc:
        raise Invalid(field, exc.message) from None
