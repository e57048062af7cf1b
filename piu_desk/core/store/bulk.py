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

from piu_desk.core.domain.crew import CrewList
from piu_desk.core.domain.inspection import Inspection
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.store import search
from piu_desk.core.store.connection import Connection, transaction
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
