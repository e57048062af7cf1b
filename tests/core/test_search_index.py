"""The search index: the order hits come in, how a query is read, and the upgrade of a
schema-2 index (migration m0003)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import CrewList, CrewMember, Direction, PersonAboard
from piu_desk.core.domain.inspection import Inspection
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.records import crew, inspections, port_calls, search, vessels
from piu_desk.core.store import connection, migrations
from piu_desk.core.store.search import Kind, match_expression
from piu_desk.core.store.search import query as index_query
from tests.conftest import OFFICER

TODAY = date(2026, 11, 28)


@pytest.fixture
def officer(desk_factory: Callable[[], Desk]) -> Desk:
    desk = desk_factory()
    desk.unlock(OFFICER[0], OFFICER[2])
    return desk


@pytest.mark.parametrize(("text", "expression"), [
    ("Nguyễn Văn An", '"nguyen"* AND "van"* AND "an"*'),
    ("min min", '"min"*'),
    ("Xavier O'Neill", '"xavier"* AND "neill"*'),
    ("o", '"o"*'),
    ("IMO 9074729", '"9074729"*'),
    ("imo", '"imo"*'),
    ("907 4729", '("907"* AND "4729"*) OR "9074729"*'),
    ("MMSI 514 123 000", '("514"* AND "123"* AND "000"*) OR "514123000"*'),
    ("lucky star 8", '"lucky"* AND "star"*'),
    ("P 1234567A", '("1234567a"*) OR "p1234567a"*'),
    ("n0 12", '("n0"* AND "12"*) OR "n012"*'),
    ("  - ", ""),
])
def test_how_a_query_is_read(text: str, expression: str) -> None:
    assert match_expression(text) == expression


def star_fleet(desk: Desk) -> tuple[int, int, int]:
    """A vessel STAR ... with two port calls, a crew member STAR, an inspection and a person
    found aboard, all matching 'star'."""
    vid, _ = vessels.register(desk, Vessel(None, "Lucky Star 88", "PAN", imo="9074729",
                                           mmsi="357123000"))
    first, _ = port_calls.record_arrival(desk, PortCall(None, vid, "2026-11-01T08:00"))
    second, _ = port_calls.record_arrival(desk, PortCall(None, vid, "2026-11-20T08:00"))
    crew.save_list(desk, CrewList(None, second, Direction.ARRIVAL, "manual", (
        CrewMember(1, "Star", "John", nationality="PHL", document_number="P1234567A"),)), TODAY)
    inspections.record(desk, Inspection(None, second, "2026-11-20T09:00", ("vanna",)))
    crew.record_person_aboard(desk, PersonAboard(None, second, "Aung", "Thura", "MMR",
                                                 age=19), TODAY)
    return vid, first, second


def test_hits_come_by_kind_then_newest_first(officer: Desk) -> None:
    vid, first, second = star_fleet(officer)
    hits = search.search(officer, "star")
    kinds = [h.kind for h in hits]
    assert kinds == [Kind.VESSEL, Kind.PERSON, Kind.PERSON_ABOARD, Kind.PORT_CALL,
                     Kind.PORT_CALL, Kind.INSPECTION, Kind.CREW_MEMBER]
    assert hits[0].ref == vid and hits[0].title == "LUCKY STAR 88"
    assert [h.ref for h in hits if h.kind == Kind.PORT_CALL] == [second, first]
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)
    only = search.search(officer, "star", kinds=frozenset({Kind.PORT_CALL, Kind.VESSEL}))
    assert [h.kind for h in only] == [Kind.VESSEL, Kind.PORT_CALL, Kind.PORT_CALL]
    assert [h.kind for h in search.search(officer, "star", 2)] == [Kind.VESSEL, Kind.PERSON]


def test_identifiers_with_their_label_or_in_groups(officer: Desk) -> None:
    vid, _, _ = star_fleet(officer)
    for text in ("IMO 9074729", "imo 907 4729", "MMSI 357 123 000", "9074729"):
        hits = search.search(officer, text, kinds=frozenset({Kind.VESSEL}))
        assert [h.ref for h in hits] == [vid], text
    assert [h.kind for h in search.search(officer, "P 1234567A")] == [Kind.PERSON,
                                                                      Kind.CREW_MEMBER]


def test_a_schema_2_index_is_rebuilt_with_the_new_codes(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = connection.open_database(path, os.urandom(32), create=True)
    try:
        for version, step in migrations.STEPS[:2]:
            step(conn)
            conn.execute(f"PRAGMA user_version = {version}")
        old = {1: "LUCKY STAR 88", 2: "LUCKY STAR 88 2026-11-20", 3: "LUCKY STAR 88 2026-11-20",
               4: "STAR JOHN", 5: "STAR JOHN", 6: "AUNG THURA"}
        for code, title in old.items():
            conn.execute("INSERT INTO search_index(rowid, title, body) VALUES (?, ?, ?)",
                         ((code << 40) | 7, title, "star"))
        assert migrations.upgrade(conn, path)[0] == 3
        hits = index_query(conn, "star")
        assert [(h.kind, h.ref, h.title) for h in hits] == [
            (Kind.VESSEL, 7, "LUCKY STAR 88"), (Kind.PERSON, 7, "STAR JOHN"),
            (Kind.PERSON_ABOARD, 7, "AUNG THURA"), (Kind.PORT_CALL, 7, old[2]),
            (Kind.INSPECTION, 7, old[3]), (Kind.CREW_MEMBER, 7, "STAR JOHN")]
        assert "prefix" in conn.execute("SELECT sql FROM sqlite_master "
                                        "WHERE name = 'search_index'").fetchone()[0]
    finally:
        conn.close()
