"""Blocking: the cheap pre-filter that picks the few watchlist entries worth scoring.

Each entry is stored with index keys (table `watchlist_keys`):
- `n:<skeleton>:<year>` for each distinctive name token of each name and alias, with the year
  of birth, or `u` when it is unknown;
- `d:<document>` for each document number; `i:<imo>`, `m:<mmsi>`, `c:<call sign>` and
  `v:<skeleton>` (vessel-name words) for vessels.

A subject is probed with the same name keys for its year of birth and the years within
`matching.YEAR_TOLERANCE`, plus the `u` bucket; a subject of unknown birth probes every year
of its name keys (a range scan on the key's prefix). A name with fewer than two distinctive
tokens also probes its common ones (NGUYEN VAN TUAN: a typo in TUAN must still find it).
Two neighbouring name parts written together are keys too (ZHANGWEI, KIM MINJUN).

Each index row also carries the entry's date of birth and names (schema 8), so screening
leaves out in SQL the entries whose date of birth rules them out and bounds the name
similarity before loading any entry (intel/screening.py).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from piu_desk.core.domain.watchlist import EntryKind, WatchEntry
from piu_desk.core.intel import names
from piu_desk.core.intel.matching import YEAR_TOLERANCE, normalise_identifier

UNKNOWN_YEAR = "u"
_VESSEL_WORDS = frozenset({"mv", "mt", "fv", "ss", "the", "of", "no", "sea", "star", "ocean",
                           "glory", "lucky", "golden", "hai", "jin"})


def name_skeletons(all_names: tuple[str, ...]) -> set[str]:
    distinctive: set[str] = set()
    common: set[str] = set()
    for name in all_names:
        for token in names.tokens(name):
            if len(token) < 2:
                continue
            (common if token in names.COMMON else distinctive).add(names.skeleton(token))
    for name in all_names:  # ZHANGWEI / WEI ZHANG, KIM MINJUN / KIM MIN JUN
        parts = names.tokens(name)
        for a, b in itertools.pairwise(parts):
            distinctive.update((names.skeleton(a + b), names.skeleton(b + a)))
    per_name = min((sum(1 for t in names.tokens(n) if len(t) > 1 and t not in names.COMMON)
                    for n in all_names), default=0)
    return distinctive | common if per_name < 2 else distinctive


def entry_keys(e: WatchEntry) -> set[str]:
    """The keys an entry is stored under."""
    if e.kind is EntryKind.VESSEL:
        return vessel_keys(e.names, e.imo, e.mmsi, e.call_sign)
    year = names.birth_year(e.date_of_birth)
    bucket = str(year) if year is not None else UNKNOWN_YEAR
    keys = {f"n:{s}:{bucket}" for s in name_skeletons(e.names)}
    keys.update(f"d:{d}" for d in (normalise_identifier(x) for x in e.documents) if d)
    return keys


def vessel_keys(vessel_names: tuple[str, ...], imo: str, mmsi: str, call_sign: str) -> set[str]:
    keys = {f"v:{names.skeleton(t)}" for n in vessel_names for t in names.fold(n).split()
            if len(t) > 2 and t not in _VESSEL_WORDS}
    for prefix, value in (("i", imo), ("m", mmsi), ("c", call_sign)):
        if normalise_identifier(value):
            keys.add(f"{prefix}:{normalise_identifier(value)}")
    return keys


@dataclass(frozen=True)
class Probe:
    """What a subject looks up: exact keys, and key prefixes for an unknown birth."""

    keys: frozenset[str]
    prefixes: frozenset[str]


def person_probe(all_names: tuple[str, ...], date_of_birth: str,
                 documents: tuple[str, ...]) -> Probe:
    skeletons = name_skeletons(all_names)
    year = names.birth_year(date_of_birth)
    keys = {f"d:{d}" for d in (normalise_identifier(x) for x in documents) if d}
    prefixes: set[str] = set()
    if year is None:
        prefixes = {f"n:{s}:" for s in skeletons}
    else:
        buckets = [str(y) for y in range(year - YEAR_TOLERANCE, year + YEAR_TOLERANCE + 1)]
        keys.update(f"n:{s}:{b}" for s in skeletons for b in (*buckets, UNKNOWN_YEAR))
    return Probe(frozenset(keys), frozenset(prefixes))
