"""Which facts of an alert agree: the screened record and the watchlist entry compared field
by field, so the detail can highlight what matched. No Qt; the scores themselves come from
the core (intel/matching.py), whose comparisons are reused here."""

from __future__ import annotations

from enum import Enum

from rapidfuzz import fuzz

from piu_desk.core.intel import names
from piu_desk.core.intel.matching import (
    PersonProfile,
    VesselProfile,
    compare_births,
    name_similarity,
    normalise_identifier,
)

SAME_NAME = 0.9  # name similarity from which names count as the same
CLOSE_NAME = 0.75  # ... and as close (a spelling apart)


class Agreement(Enum):
    SAME = "same"  # equal, or as good as equal
    CLOSE = "close"  # near: a digit apart, a year apart, a spelling apart
    OTHER = "other"  # different, or not known on one side


def _names(similarity: float) -> Agreement:
    if similarity >= SAME_NAME:
        return Agreement.SAME
    return Agreement.CLOSE if similarity >= CLOSE_NAME else Agreement.OTHER


def _equal(a: str, b: str) -> Agreement:
    a, b = normalise_identifier(a), normalise_identifier(b)
    return Agreement.SAME if a and a == b else Agreement.OTHER


def births(a: str, b: str) -> Agreement:
    """Equal (or the same year when only a year is known), near, or other."""
    shift, _why = compare_births(a, b)
    if not a or not b:
        return Agreement.OTHER
    if shift > 0:
        return Agreement.SAME
    return Agreement.CLOSE if shift == 0 else Agreement.OTHER


def documents(ours: tuple[str, ...], theirs: tuple[str, ...]) -> Agreement:
    mine = {normalise_identifier(d) for d in ours} - {""}
    return Agreement.SAME if mine & {normalise_identifier(d) for d in theirs} \
        else Agreement.OTHER


def person_fields(ours: PersonProfile, theirs: PersonProfile) -> dict[str, Agreement]:
    """names, date_of_birth, nationality, documents."""
    return {
        "names": _names(name_similarity(ours.names, theirs.names)),
        "date_of_birth": births(ours.date_of_birth, theirs.date_of_birth),
        "nationality": _equal(ours.nationality, theirs.nationality),
        "documents": documents(ours.documents, theirs.documents),
    }


def vessel_name_similarity(ours: tuple[str, ...], theirs: tuple[str, ...]) -> float:
    """As the core scores vessel names: word order aside, letters folded."""
    return max((fuzz.token_sort_ratio(names.fold(a), names.fold(b)) / 100
                for a in ours for b in theirs), default=0.0)


def vessel_fields(ours: VesselProfile, theirs: VesselProfile) -> dict[str, Agreement]:
    """names, imo, mmsi, call_sign, flag."""
    return {
        "names": _names(vessel_name_similarity(ours.names, theirs.names)),
        "imo": _equal(ours.imo, theirs.imo),
        "mmsi": _equal(ours.mmsi, theirs.mmsi),
        "call_sign": _equal(ours.call_sign, theirs.call_sign),
        "flag": _equal(ours.flag, theirs.flag),
    }
