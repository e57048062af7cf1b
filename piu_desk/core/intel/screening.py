"""Screening crew rows, persons found aboard and port calls' vessels against the watchlist.

The functions ending in `_in` work inside the caller's transaction: the record services call
them right after storing a crew list, a person found aboard or a port call, so the record
and its alerts are written together. Candidates come from the blocking index
(intel/blocking.py), are scored (intel/matching.py), and each hit at or above
`matching.ALERT_AT` becomes an alert, unless an expired entry, or unless this entry and
this person or vessel were disposed of as a false positive while both read as they do now
(the fingerprint).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import astuple, dataclass
from datetime import date

from piu_desk.core.domain.crew import CrewMember
from piu_desk.core.domain.vessel import Vessel
from piu_desk.core.domain.watchlist import EntryKind, WatchEntry
from piu_desk.core.intel import blocking
from piu_desk.core.intel.matching import (
    NAME_NEEDED,
    PersonProfile,
    Verdict,
    VesselProfile,
    compare_births,
    is_expired,
    name_bound,
    near_births,
    normalise_identifier,
    score_person,
    score_vessel,
)
from piu_desk.core.store import alerts, crew, port_calls, vessels, watchlist
from piu_desk.core.store.connection import Connection

NewUid = Callable[[], str]
ScreenIn = Callable[[Connection, int, date, str, str, NewUid], list[int]]


@dataclass(frozen=True)
class Hit:
    entry: WatchEntry
    verdict: Verdict


@dataclass(frozen=True)
class Subject:
    kind: str  # "crew_member", "person_aboard" or "port_call"
    id: int
    key: str  # "person:ID" or "vessel:ID": who it is across records
    port_call_id: int | None
    profile: PersonProfile | VesselProfile


def entry_person(e: WatchEntry) -> PersonProfile:
    return PersonProfile(e.names, e.date_of_birth, e.nationality, e.documents)


def entry_vessel(e: WatchEntry) -> VesselProfile:
    return VesselProfile(e.names, e.imo, e.mmsi, e.call_sign, e.flag)


def member_profile(m: CrewMember) -> PersonProfile:
    return PersonProfile((f"{m.family_name} {m.given_names}".strip(),), m.date_of_birth,
                         m.nationality, (m.document_number,) if m.document_number else ())


def vessel_profile(v: Vessel) -> VesselProfile:
    return VesselProfile((v.name, *(h.name for h in v.history)), v.imo or "", v.mmsi or "",
                         v.call_sign or "", v.flag)


# -- finding ------------------------------------------------------------------------------
def find_persons(conn: Connection, people: Sequence[PersonProfile],
                 today: date) -> list[list[Hit]]:
    """For each person, the live entries that match, best first. Nothing is written."""
    candidates = _person_candidates(conn, people)
    rows = {r[0]: r for r in watchlist.scoring_rows(conn, set().union(*candidates))}
    found: list[list[tuple[int, Verdict]]] = []
    for person, ids in zip(people, candidates, strict=True):
        hits = []
        for entry_id in ids:
            _, kind, entry_names, born, nationality, documents, expires = rows[entry_id]
            if kind != EntryKind.PERSON.value or is_expired(expires, today):
                continue
            theirs = PersonProfile(entry_names, born, nationality, documents)
            if _ruled_out(person, theirs):
                continue
            verdict = score_person(person, theirs)
            if verdict.alert:
                hits.append((entry_id, verdict))
        found.append(hits)
    entries = watchlist.many(conn, (entry_id for hits in found for entry_id, _ in hits))
    return [sorted((Hit(entries[entry_id], verdict) for entry_id, verdict in hits),
                   key=lambda h: -h.verdict.score) for hits in found]


def _person_candidates(conn: Connection, people: Sequence[PersonProfile]) -> list[set[int]]:
    """The ids of the entries worth scoring for each person. Document keys fetch whatever
    shares a document. Name keys fetch, with each entry's names, only the entries whose date
    of birth does not rule them out (when the person's full date of birth is known), and
    of those only the ones whose names could be similar enough to alert
    (`matching.name_bound`): the index rows carry both, so nothing else is loaded."""
    owners: dict[str, list[int]] = defaultdict(list)
    candidates: list[set[int]] = [set() for _ in people]
    sims: dict[str, dict[str, float]] = {}
    for i, person in enumerate(people):
        probe = blocking.person_probe(person.names, person.date_of_birth, person.documents)
        for key in probe.keys:
            if key.startswith("d:"):
                owners[key].append(i)
        named = watchlist.lookup_names(conn, (k for k in probe.keys if k.startswith("n:")),
                                       probe.prefixes, near_births(person.date_of_birth))
        candidates[i].update(entry_id for entry_id, theirs in named.items()
                             if name_bound(person.names, theirs, sims) >= NAME_NEEDED)
    for key, entry_id in watchlist.lookup(conn, owners):
        for i in owners[key]:
            candidates[i].add(entry_id)
    return candidates


def _ruled_out(person: PersonProfile, theirs: PersonProfile) -> bool:
    """Dates of birth that clearly differ cost more than any name can make up for
    (matching.compare_births), unless a document number is shared: no need to score."""
    if compare_births(person.date_of_birth, theirs.date_of_birth)[0] >= 0:
        return False
    mine = {normalise_identifier(d) for d in person.documents}
    return not mine & {normalise_identifier(d) for d in theirs.documents}


def find_vessel(conn: Connection, v: VesselProfile, today: date) -> list[Hit]:
    keys = blocking.vessel_keys(v.names, v.imo, v.mmsi, v.call_sign)
    ids = {e for _, e in watchlist.lookup(conn, keys)}
    hits = []
    for e in watchlist.many(conn, ids).values():
        if e.kind is not EntryKind.VESSEL or e.expired(today):
            continue
        verdict = score_vessel(v, entry_vessel(e))
        if verdict.alert:
            hits.append(Hit(e, verdict))
    return sorted(hits, key=lambda h: -h.verdict.score)


# -- recording ----------------------------------------------------------------------------
def fingerprint(subject: PersonProfile | VesselProfile, e: WatchEntry) -> str:
    """What both sides of a pair said when it was judged; a change on either side makes a
    different fingerprint, so a false positive alerts again."""
    theirs = entry_person(e) if e.kind is EntryKind.PERSON else entry_vessel(e)
    text = json.dumps([astuple(subject), astuple(theirs)], ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def record(conn: Connection, subjects: Sequence[Subject], hits: Sequence[Sequence[Hit]],
           origin: str, at: str, new_uid: NewUid) -> list[int]:
    """Store an alert for every hit not already stored or dismissed; their ids."""
    made = []
    for subject, found in zip(subjects, hits, strict=True):
        for hit in found:
            assert hit.entry.id is not None
            print_ = fingerprint(subject.profile, hit.entry)
            if alerts.dismissed(conn, hit.entry.id, subject.key, print_):
                continue
            alert_id = alerts.insert(conn, hit.entry.id, subject.kind, subject.id, subject.key,
                                     subject.port_call_id, hit.verdict.score,
                                     hit.verdict.reasons, print_, new_uid(), origin, at)
            if alert_id is not None:
                made.append(alert_id)
    return made


def screen_crew_list_in(conn: Connection, list_id: int, today: date, origin: str, at: str,
                        new_uid: NewUid) -> list[int]:
    found = crew.get_list(conn, list_id)
    if found is None:
        return []
    profiles = [member_profile(m) for m in found.members]
    subjects = [Subject("crew_member", m.id or 0, f"person:{m.person_id}",
                        found.port_call_id, p) for m, p in zip(found.members, profiles,
                                                               strict=True)]
    return record(conn, subjects, find_persons(conn, profiles, today), origin, at, new_uid)


def screen_person_aboard_in(conn: Connection, aboard_id: int, today: date, origin: str,
                            at: str, new_uid: NewUid) -> list[int]:
    p = crew.aboard(conn, aboard_id)
    if p is None:
        return []
    birth = p.date_of_birth or (str(today.year - p.age) if p.age is not None else "")
    profile = PersonProfile((f"{p.family_name} {p.given_names}".strip(),), birth,
                            p.nationality)
    subject = Subject("person_aboard", aboard_id, f"person:{p.person_id}", p.port_call_id,
                      profile)
    return record(conn, [subject], find_persons(conn, [profile], today), origin, at, new_uid)


def screen_port_call_in(conn: Connection, port_call_id: int, today: date, origin: str,
                        at: str, new_uid: NewUid) -> list[int]:
    call = port_calls.get(conn, port_call_id)
    vessel = vessels.get(conn, call.vessel_id) if call else None
    if vessel is None or vessel.id is None:
        return []
    profile = vessel_profile(vessel)
    subject = Subject("port_call", port_call_id, f"vessel:{vessel.id}", port_call_id, profile)
    return record(conn, [subject], [find_vessel(conn, profile, today)], origin, at, new_uid)
