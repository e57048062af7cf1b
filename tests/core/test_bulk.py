"""The bulk loader of the benchmarks writes what the services write: same rows, same search
index entries, so the benchmarks measure the store an officer would have."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import CrewList, CrewMember, Direction
from piu_desk.core.domain.inspection import Inspection, Outcome
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.records import crew, inspections, persons, port_calls, vessels
from piu_desk.core.store import bulk, database
from piu_desk.core.store.connection import Connection
from tests.conftest import ADMIN, OFFICER, create_store

AT = "2026-11-28T08:00:00+00:00"
INDEXED = "SELECT rowid, title, body FROM search_index ORDER BY rowid"
MEMBERS = "SELECT * FROM crew_members ORDER BY id"
PEOPLE = ("SELECT id, uid, family_name, given_names, nationality, date_of_birth, gender, "
          "name_key FROM persons ORDER BY id")


def rows(desk: Desk, sql: str) -> list[tuple[object, ...]]:
    return desk.db(lambda c: [tuple(r) for r in c.execute(sql)])


def test_bulk_rows_match_what_the_services_write(desk_factory: Callable[[], Desk],
                                                  tmp_path: Path) -> None:
    desk = desk_factory()
    desk.unlock(OFFICER[0], OFFICER[2])
    vid, _ = vessels.register(desk, Vessel(None, "Mekong Pioneer", "KHM", imo="9074729",
                                           mmsi="514225000", call_sign="XUMP5", ship_type=70,
                                           gross_tonnage=4850, owner_operator="Mekong Lines"))
    pid, _ = port_calls.record_arrival(desk, PortCall(
        None, vid, "2026-11-27T08:30", "2026-11-28T06:00", "VNSGN", "THLCH", "CT-1",
        "Angkor Ocean Logistics", "2547S", 2))
    crew.save_list(desk, CrewList(None, pid, Direction.ARRIVAL, "manual", (
        CrewMember(1, "Nguyễn", "Văn Hùng", "Master", "VNM", "1975-03-12", "Hai Phong", "M",
                   "Passport", "C4821937", "VNM", "2030-01-01"),
        CrewMember(2, "Dela Cruz", "John Mark", "AB", "PHL", "1990-07-21", "Cebu City", "M",
                   "Passport", "P3345127A", "PHL", "2029-05-02"))), date(2026, 11, 28))
    iid, _ = inspections.record(desk, Inspection(None, pid, "2026-11-27T10:00", ("vanna",),
                                                 findings="All crew sighted.",
                                                 outcome=Outcome.CLEARED))
    vessel, call = vessels.get(desk, vid), port_calls.get(desk, pid)
    [crew_list] = crew.lists_of_port_call(desk, pid)
    people = [persons.get(desk, m.person_id or 0) for m in crew_list.members]
    inspection = inspections.get(desk, iid)

    other = create_store(tmp_path / "bulk")
    with other.open() as copy:
        copy.unlock(ADMIN[0], ADMIN[2])
        path = database.db_path(other.folder)

        def load(conn: Connection) -> None:
            with bulk.loading(conn, path):
                bulk.vessels(conn, [vessel], AT, "bench")
                bulk.port_calls(conn, [call], AT, "bench")
                bulk.persons(conn, people, "KHKOS", AT)
                bulk.crew_lists(conn, [(crew_list, "MEKONG PIONEER 2026-11-27")], "KHKOS", AT,
                                "bench")
                bulk.inspections(conn, [(inspection, "MEKONG PIONEER")], "KHKOS", AT, "bench")
        copy.db(load)
        for sql in (INDEXED, MEMBERS, PEOPLE):
            assert rows(copy, sql) == rows(desk, sql)
        assert persons.appearances(copy, people[0].id) == persons.appearances(desk, people[0].id)
