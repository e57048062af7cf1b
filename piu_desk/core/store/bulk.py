"""Bulk inserts of generated records — for benchmarks and tests ONLY.

The benchmarks in tests/bench need a store the size of ten years at a busy port (about
50,000 port calls and 1.5 million crew rows). Going through the services would take hours:
each call validates, links persons one by one, writes its audit entry and commits with a
sync. Here rows arrive complete (ids, uids, person links chosen by the generator) and go in
with `executemany` in one transaction, with their search-index entries in the same format
the repositories write (a test in tests/core/test_bulk.py keeps the two in step).

Nothing here is called by the application: no role check, no validation, no audit entry.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from piu_desk.core.domain.asset import Asset, AssetEvent
from piu_desk.core.domain.crew import CrewList
from piu_desk.core.domain.inspection import Inspection
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.store import search
from piu_desk.core.store.asset_care import Repair, Schedule
from piu_desk.core.store.assets import Incident
from piu_desk.core.store.connection import Connection, transaction
from piu_desk.core.store.custody import Custody
from piu_desk.core.store.persons import Person, name_key

Entry = tuple[int, str, str]


@contextlib.contextmanager
def loading(conn: Connection, path: Path) -> Iterator[Connection]:
    """One transaction for a whole load, without a sync after each page; the usual
    durability comes back afterwards."""
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")  # 256 MiB while loading
    try:
        with transaction(conn, path):
            yield conn
    finally:
        conn.execute("PRAGMA cache_size = -2000")
        conn.execute("PRAGMA synchronous = FULL")


def _index(conn: Connection, entries: Iterable[Entry]) -> None:
    conn.executemany("INSERT INTO search_index(rowid, title, body) VALUES (?, ?, ?)", entries)


def vessels(conn: Connection, items: Iterable[Vessel], at: str, by: str) -> None:
    """Vessels with their ids and uids set; no former names (store.vessels.index)."""
    rows, entries = [], []
    for v in items:
        assert v.id is not None and not v.history
        rows.append((v.id, v.uid, v.origin, v.name, v.flag, v.imo, v.mmsi, v.call_sign,
                     v.ship_type, v.gross_tonnage, v.owner_operator, at, by, at))
        ids = search.identifier_forms(v.imo or "", v.mmsi or "")
        entries.append(search.entry(search.Kind.VESSEL, v.id, v.name,
                                    f" {v.flag} {ids} {v.call_sign or ''} {v.owner_operator}"))
    conn.executemany("INSERT INTO vessels(id, uid, origin, name, flag, imo, mmsi, call_sign, "
                     "ship_type, gross_tonnage, owner_operator, created_at, created_by, "
                     "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    _index(conn, entries)


def port_calls(conn: Connection, items: Iterable[PortCall], at: str, by: str) -> None:
    """Port calls with ids, uids and `vessel_name` set (store.port_calls.index)."""
    rows, entries = [], []
    for p in items:
        assert p.id is not None
        rows.append((p.id, p.uid, p.origin, p.vessel_id, p.arrival, p.departure, p.last_port,
                     p.next_port, p.berth, p.agent, p.voyage_number, p.crew_count,
                     p.passenger_count, at, by))
        entries.append(search.entry(
            search.Kind.PORT_CALL, p.id, f"{p.vessel_name} {p.arrival[:10]}",
            f"{p.voyage_number} {p.last_port} {p.next_port} {p.berth} {p.agent}"))
    conn.executemany("INSERT INTO port_calls(id, uid, origin, vessel_id, arrival, departure, "
                     "last_port, next_port, berth, agent, voyage_number, crew_count, "
                     "passenger_count, created_at, created_by) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    _index(conn, entries)


def persons(conn: Connection, items: Iterable[Person], origin: str, at: str) -> None:
    """Persons with their documents (store.persons.index)."""
    rows, documents, entries = [], [], []
    for p in items:
        rows.append((p.id, p.uid, origin, p.family_name, p.given_names, p.nationality,
                     p.date_of_birth, p.gender, name_key(p.family_name, p.given_names), at))
        documents += [(p.id, number, nationality) for number, nationality in p.documents]
        entries.append(search.entry(
            search.Kind.PERSON, p.id, f"{p.family_name} {p.given_names}",
            f"{p.nationality} {p.date_of_birth} "
            f"{search.identifier_forms(*(d for d, _ in p.documents))}"))
    conn.executemany("INSERT INTO persons(id, uid, origin, family_name, given_names, "
                     "nationality, date_of_birth, gender, name_key, created_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.executemany("INSERT INTO person_documents(person_id, document_number, nationality) "
                     "VALUES (?, ?, ?)", documents)
    _index(conn, entries)


def crew_lists(conn: Connection, items: Iterable[tuple[CrewList, str]], origin: str, at: str,
               by: str) -> None:
    """Crew lists with ids and uids, rows with ids and person links, each with the title of
    its port call ("VESSEL 2026-11-28") for the index (store.crew.insert_list)."""
    lists, members, entries = [], [], []
    for cl, call_title in items:
        assert cl.id is not None
        lists.append((cl.id, cl.uid, origin, cl.port_call_id, cl.direction.value, cl.source,
                      at, by))
        for m in cl.members:
            assert m.id is not None
            members.append((m.id, cl.id, m.number, m.family_name, m.given_names, m.rank,
                            m.nationality, m.date_of_birth, m.place_of_birth, m.gender,
                            m.document_type, m.document_number, m.document_issuer,
                            m.document_expiry, m.person_id))
            entries.append(search.entry(
                search.Kind.CREW_MEMBER, m.id, f"{m.family_name} {m.given_names}",
                f"{m.rank} {m.nationality} {search.identifier_forms(m.document_number)} "
                f"{call_title}"))
    conn.executemany("INSERT INTO crew_lists(id, uid, origin, port_call_id, direction, source, "
                     "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", lists)
    conn.executemany("INSERT INTO crew_members(id, crew_list_id, number, family_name, "
                     "given_names, rank, nationality, date_of_birth, place_of_birth, gender, "
                     "document_type, document_number, document_issuer, document_expiry, "
                     "person_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", members)
    _index(conn, entries)


def inspections(conn: Connection, items: Iterable[tuple[Inspection, str]], origin: str,
                at: str, by: str) -> None:
    """Inspections with ids and uids, each with its vessel's name (store.inspections.index)."""
    rows, officers, entries = [], [], []
    for i, vessel_name in items:
        assert i.id is not None
        rows.append((i.id, i.uid, origin, i.port_call_id, i.started_at, i.type.value,
                     i.findings, i.risk.value, i.outcome.value, i.status.value,
                     i.reviewed_by, i.reviewed_at, at, by, at))
        officers += [(i.id, o) for o in i.officers]
        entries.append(search.entry(search.Kind.INSPECTION, i.id,
                                    f"{vessel_name} {i.started_at[:10]}",
                                    f"{i.outcome.value} {i.findings[:2000]}"))
    conn.executemany("INSERT INTO inspections(id, uid, origin, port_call_id, started_at, type, "
                     "findings, risk, outcome, status, reviewed_by, reviewed_at, created_at, "
                     "created_by, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.executemany("INSERT INTO inspection_officers(inspection_id, username) VALUES (?, ?)",
                     officers)
    _index(conn, entries)


def assets(conn: Connection, items: Iterable[Asset], origin: str, at: str, by: str) -> None:
    """Equipment with ids, uids and the status its events leave it in (store.assets.insert
    always starts "in store"); not in the search index."""
    conn.executemany(
        "INSERT INTO assets(id, uid, origin, tag, category, description, make, model, "
        "serial_number, donor, agreement_ref, grant_code, handover_date, handover_doc_ref, "
        "value_khr, value_usd_cents, location, condition, status, handover_id, created_at, "
        "created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?)",
        [(a.id, a.uid, origin, a.tag, a.category, a.description, a.make, a.model,
          a.serial_number, a.donor, a.agreement_ref, a.grant_code, a.handover_date,
          a.handover_doc_ref, a.value_khr, a.value_usd_cents, a.location, a.condition.value,
          a.status.value, a.handover_id, at, by, at) for a in items])


def asset_events(conn: Connection, items: Iterable[AssetEvent], origin: str) -> None:
    """Timeline events with their ids; the uid is made from the id."""
    conn.executemany(
        "INSERT INTO asset_events(id, uid, origin, asset_id, kind, on_date, status_after, "
        "holder, detail, by_user, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(e.id, f"{origin}-ev-{e.id}", origin, e.asset_id, e.kind.value, e.on,
          e.status_after.value, e.holder, e.detail, e.by, e.recorded_at) for e in items])


def custody(conn: Connection, items: Iterable[Custody], origin: str) -> None:
    """Custody rows with ids, ended or open (ended_on ''); the uid is made from the id."""
    conn.executemany(
        "INSERT INTO custody(id, uid, origin, asset_id, holder_kind, holder, issued_on, "
        "expected_return, accepted_at, accepted_by, ended_on, end_kind, return_condition, "
        "issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(c.id, f"{origin}-cu-{c.id}", origin, c.asset_id, c.holder_kind, c.holder,
          c.issued_on, c.expected_return, c.accepted_at, c.accepted_by, c.ended_on, c.end_kind,
          c.return_condition, c.issued_by) for c in items])


def incidents(conn: Connection, items: Iterable[Incident], origin: str) -> None:
    conn.executemany(
        "INSERT INTO incidents(id, uid, origin, asset_id, kind, occurred_on, place, "
        "circumstances, holder, police_ref, authorised_by, authority_ref, reported_by, "
        "reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(i.id, f"{origin}-in-{i.id}", origin, i.asset_id, i.kind, i.occurred_on, i.place,
          i.circumstances, i.holder, i.police_ref, i.authorised_by, i.authority_ref,
          i.reported_by, i.reported_at) for i in items])


def repairs(conn: Connection, items: Iterable[Repair], origin: str) -> None:
    conn.executemany(
        "INSERT INTO repairs(id, uid, origin, asset_id, sent_on, vendor, fault, returned_on, "
        "cost_khr, cost_usd_cents, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(r.id, f"{origin}-re-{r.id}", origin, r.asset_id, r.sent_on, r.vendor, r.fault,
          r.returned_on, r.cost_khr, r.cost_usd_cents, r.outcome) for r in items])


def maintenance(conn: Connection, schedules: Iterable[Schedule],
                done: Iterable[tuple[int, int, str, str, str]], origin: str) -> None:
    """Schedules with ids, and tasks done: (schedule id, asset id, date, note, by)."""
    conn.executemany(
        "INSERT INTO maintenance_schedules(id, uid, origin, asset_id, category, task, "
        "every_months, due_on, starts_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(s.id, f"{origin}-ms-{s.id}", origin, s.asset_id, s.category, s.task, s.every_months,
          s.due_on, s.starts_on) for s in schedules])
    conn.executemany("INSERT INTO maintenance_done(schedule_id, asset_id, done_on, note, "
                     "by_user) VALUES (?, ?, ?, ?, ?)", done)


def finish(conn: Connection) -> None:
    """After a load: statistics for the query planner, and the write-ahead log folded into
    the database file."""
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def bare_match(conn: Connection, expression: str, limit: int, *, ranked: bool = False
               ) -> list[tuple[object, ...]]:
    """The bare FTS5 query the search benchmark compares with: the same statement as
    search.query without the service around it, or (`ranked`) the textbook one that
    ranks every match with bm25 (ORDER BY rank)."""
    order = "rank" if ranked else "rowid DESC"
    return conn.execute("SELECT rowid, title, body FROM search_index WHERE search_index "
                        f"MATCH ? ORDER BY {order} LIMIT ?", (expression, limit)).fetchall()
