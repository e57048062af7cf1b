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
    PersonProfile,
    Verdict,
    VesselProfile,
    compare_births,
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
    probes = [blocking.person_probe(p.names, p.date_of_birth, p.documents) for p in people]
    owners: dict[str, list[int]] = defaultdict(list)
    for i, probe in enumerate(probes):
        for key in probe.keys:
            owners[key].append(i)
    candidates: list[set[int]] = [set() for _ in people]
    for key, entry_id in watchlist.lookup(conn, owners):
        for i in owners[key]:
            candidates[i].add(entry_id)
    for i, probe in enumerate(probes):
        if probe.prefixes:
            candidates[i].update(e for _, e in watchlist.lookup(conn, (), probe.prefixes))
    entries = watchlist.many(conn, set().union(*candidates)) if candidates else {}
    out: list[list[Hit]] = []
    for person, ids in zip(people, candidates, strict=True):
        hits = []
        for entry_id in ids:
            e = entries[entry_id]
            if e.kind is not EntryKind.PERSON or e.expired(today) or _ruled_out(person, e):
                continue
            verdict = score_person(person, entry_person(e))
            if verdict.alert:
                hits.append(Hit(e, verdict))
        out.append(sorted(hits, key=lambda h: -h.verdict.score))
    return out


def _ruled_out(person: PersonProfile, e: WatchEntry) -> bool:
    """Dates of birth that clearly differ cost more than any name can make up for
    (matching.compare_births), unless a document number is shared: no need to score."""
    if compare_births(person.date_of_birth, e.date_of_birth)[0] >= 0:
        return False
    mine = {normalise_identifier(d) for d in person.documents}
    return not mine & {normalise_identifier(d) for d in e.documents}


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
