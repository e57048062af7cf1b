"""Change capture: in the same transaction as the change, every operation in order, a
child's change as its record's, deletes as tombstones; what leaves obeys handling codes,
and the source register never leaves."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.domain.grading import AdmiraltyGrade
from piu_desk.core.domain.source import SourceSecret
from piu_desk.core.domain.tipoff import Handling, Status
from piu_desk.core.errors import NotAllowed
from piu_desk.core.exchange.sync import capture
from piu_desk.core.records import sources, tipoffs, vessels
from piu_desk.core.store import exchange_versions
from piu_desk.core.store.connection import Connection
from tests.conftest import OFFICER, STATION, SUPERVISOR, FakeClock
from tests.core.sync_support import HQ, count, make_store, records_for
from tests.core.test_records import a_vessel
from tests.core.test_tipoffs import a_tipoff


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    d = make_store(tmp_path / "kos", STATION, FakeClock())
    yield d
    d.close()


def log(desk: Desk) -> list[tuple[str, str, str, str]]:
    return [tuple(r) for r in desk.db(lambda c: c.execute(
        "SELECT tbl, uid, op, via FROM changes ORDER BY seq").fetchall())]


def version(desk: Desk, table: str, uid: str) -> dict[str, int]:
    text = desk.db(lambda c: c.execute("SELECT version FROM record_versions WHERE tbl = ? "
                                       "AND uid = ?", (table, uid)).fetchone()[0])
    return exchange_versions.parse(text)


def test_a_rolled_back_change_leaves_no_change_row(desk: Desk) -> None:
    vid, _ = vessels.register(desk, a_vessel())
    before = log(desk)

    def fail(conn: Connection) -> None:
        conn.execute("UPDATE vessels SET name = 'Renamed' WHERE id = ?", (vid,))
        assert conn.execute("SELECT count(*) FROM changes").fetchone()[0] == len(before) + 1
        raise RuntimeError("the change fails after the row was written")
    with pytest.raises(RuntimeError):
        desk.mutate(fail)
    assert log(desk) == before
    assert vessels.get(desk, vid).name == "OCEAN STAR"


def test_every_operation_is_logged_in_order_and_a_delete_is_a_tombstone(desk: Desk) -> None:
    vid, _ = vessels.register(desk, a_vessel())
    uid = desk.db(lambda c: c.execute("SELECT uid FROM vessels WHERE id = ?",
                                      (vid,)).fetchone()[0])
    assert log(desk) == [("vessels", uid, "insert", "")]
    assert version(desk, "vessels", uid) == {"KHKOS": 1}
    vessels.update(desk, a_vessel(id=vid, name="Ocean Star II", flag="LBR"))
    ops = [op for t, u, op, _ in log(desk) if u == uid]
    assert ops[0] == "insert" and set(ops[1:]) == {"update"} and len(ops) >= 2
    # the rename is written to the vessel's name history, a child: logged as the vessel's
    assert {t for t, _, _, _ in log(desk)} == {"vessels"}
    assert version(desk, "vessels", uid)["KHKOS"] >= len(ops)

    def drop(conn: Connection) -> None:
        conn.execute("DELETE FROM vessel_history WHERE vessel_id = ?", (vid,))
        conn.execute("DELETE FROM vessels WHERE id = ?", (vid,))
    desk.mutate(drop)
    assert log(desk)[-1] == ("vessels", uid, "delete", "")
    assert count(desk, "SELECT deleted FROM record_versions WHERE uid = ?", uid) == 1
    [tombstone] = records_for(desk, "KHPNH")
    assert (tombstone["op"], tombstone["payload"], tombstone["uid"]) == ("delete", None, uid)


def test_export_carries_each_record_once_with_foreign_keys_as_global_ids(desk: Desk) -> None:
    from tests.core.test_records import arrive
    vid, _ = vessels.register(desk, a_vessel())
    arrive(desk, vid)
    records = records_for(desk, "KHPNH")
    assert [r["table"] for r in records] == ["vessels", "port_calls"]
    vessel_uid = records[0]["uid"]
    call = records[1]["payload"]
    assert isinstance(call, dict)
    assert call["row"]["vessel_id"] == vessel_uid
    assert records[1]["origin"] == "KHKOS" and records[1]["op"] == "create"
    assert all(set(r) == {"table", "uid", "origin", "op", "seq", "version", "payload",
                          "attachment"} for r in records)


def test_confirmed_changes_are_not_sent_again(desk: Desk) -> None:
    vid, _ = vessels.register(desk, a_vessel())
    [first] = records_for(desk, "KHPNH")
    assert records_for(desk, "KHPNH") == [first]  # a lost bundle costs nothing
    assert capture.confirm(desk, "KHPNH", int(str(first["seq"]))) == first["seq"]
    assert records_for(desk, "KHPNH") == []
    assert capture.confirm(desk, "KHPNH", 0) == first["seq"]  # never goes back
    assert records_for(desk, "KHKMT") == [first]  # each peer has its own channel
    vessels.update(desk, a_vessel(id=vid, name="Ocean Sun"))
    [again] = records_for(desk, "KHPNH")
    assert again["op"] == "update" and again["payload"]["row"]["name"] == "OCEAN SUN"  # type: ignore[index]


def _officer(desk: Desk) -> None:
    desk.unlock(OFFICER[0], OFFICER[2])


def test_a_tipoff_that_stays_on_this_desk_never_leaves(desk: Desk) -> None:
    from piu_desk.core import accounts
    from piu_desk.core.domain.accounts import NewUser, Role
    accounts.add_user(desk, NewUser(*OFFICER, frozenset({Role.OFFICER})))
    _officer(desk)
    kept, _ = tipoffs.log(desk, a_tipoff(handling=Handling.DESK_ONLY))
    shared, _ = tipoffs.log(desk, a_tipoff(handling=Handling.HQ, text="Shared report."))
    for tid in (kept, shared):
        tipoffs.grade(desk, tid, AdmiraltyGrade("B", "2"))
        tipoffs.move(desk, tid, Status.ASSESSED)
    desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
    with pytest.raises(NotAllowed):
        list(capture.changes_for(desk, "KHPNH"))  # not the supervisor's job
    desk.unlock("dara", "exchange-password-1")
    sent = [r for r in records_for(desk, "KHPNH") if r["table"] == "tipoffs"]
    assert [r["payload"]["row"]["text"] for r in sent] == ["Shared report."]  # type: ignore[index]
    assert "Ocean Star carries" not in str(records_for(desk, "KHPNH"))


def test_an_ungraded_tipoff_waits_until_it_is_assessed(desk: Desk) -> None:
    from piu_desk.core import accounts
    from piu_desk.core.domain.accounts import NewUser, Role
    accounts.add_user(desk, NewUser(*OFFICER, frozenset({Role.OFFICER})))
    _officer(desk)
    tid, _ = tipoffs.log(desk, a_tipoff(handling=Handling.HQ))
    desk.unlock("dara", "exchange-password-1")
    assert [r for r in records_for(desk, "KHPNH") if r["table"] == "tipoffs"] == []
    _officer(desk)
    tipoffs.grade(desk, tid, AdmiraltyGrade("B", "2"))
    tipoffs.move(desk, tid, Status.ASSESSED)
    desk.unlock("dara", "exchange-password-1")
    [sent] = [r for r in records_for(desk, "KHPNH") if r["table"] == "tipoffs"]
    assert sent["payload"]["row"]["grade"] == "B2"  # type: ignore[index]
    moves = sent["payload"]["children"]["tipoff_moves"]  # type: ignore[index]
    assert [m["status"] for m in moves][-1] == "assessed"


def test_a_source_identity_never_leaves(desk: Desk) -> None:
    from piu_desk.core import accounts
    from piu_desk.core.domain.accounts import NewUser, Role
    accounts.add_user(desk, NewUser(*OFFICER, frozenset({Role.OFFICER})))
    desk.unlock("admin", "admin-password-1")  # a supervisor holding the register's key
    sources.add(desk, "PIU-KOS-S07", SourceSecret("Pen Sokha", "+855 12 345 678",
                                                  "Works on the quay."))
    _officer(desk)
    tid, _ = tipoffs.log(desk, a_tipoff(handling=Handling.HQ, channel="human_source",
                                        source_code="PIU-KOS-S07"))
    tipoffs.grade(desk, tid, AdmiraltyGrade("B", "2"))
    tipoffs.move(desk, tid, Status.ASSESSED)
    desk.unlock("dara", "exchange-password-1")
    records = records_for(desk, "KHPNH")
    assert {r["table"] for r in records} == {"tipoffs"}  # the register is not shared
    text = str(records)
    assert "PIU-KOS-S07" in text  # the tip-off names its source by code only
    for secret in ("Pen Sokha", "+855 12 345 678", "Works on the quay"):
        assert secret not in text
    sealed = desk.db(lambda c: c.execute("SELECT identity_sealed FROM sources").fetchone()[0])
    assert sealed.hex() not in text and sealed[:16].hex() not in text


def test_hq_sends_a_record_back_to_no_one_it_came_from(tmp_path: Path) -> None:
    hq = make_store(tmp_path / "hq", HQ)
    try:
        assert records_for(hq, "KHKOS") == []
    finally:
        hq.close()


def test_a_crew_list_and_its_members_are_one_record_logged_once(desk: Desk) -> None:
    from piu_desk.core.domain.crew import CrewList, Direction
    from piu_desk.core.records import crew
    from tests.core.test_records import TODAY, arrive, member
    vid, _ = vessels.register(desk, a_vessel())
    pid = arrive(desk, vid)
    crew.save_list(desk, CrewList(None, pid, Direction.ARRIVAL, "manual", tuple(
        member(n, f"CREW{n}", "AB", f"C{n:07d}") for n in range(1, 31))), TODAY)
    lists = [r for r in log(desk) if r[0] == "crew_lists"]
    assert [op for _, _, op, _ in lists] == ["insert", "update"]  # not one per member
    records = records_for(desk, "KHPNH")
    [sent] = [r for r in records if r["table"] == "crew_lists"]
    members = sent["payload"]["children"]["crew_members"]  # type: ignore[index]
    assert [m["number"] for m in members] == list(range(1, 31))
    assert all(len(str(m["person_id"])) == 32 for m in members)  # persons by global id
    capture.confirm(desk, "KHPNH", max(int(str(r["seq"])) for r in records))
    list_id = desk.db(
        lambda c: c.execute("SELECT id FROM crew_lists").fetchone()[0])
    desk.mutate(lambda c: c.execute("UPDATE crew_members SET rank = 'Master' WHERE "
                                    "crew_list_id = ? AND number = 1", (list_id,)))
    [again] = records_for(desk, "KHPNH")  # a member's change after the confirmation
    assert again["uid"] == sent["uid"] and again["op"] == "update"
    assert again["payload"]["children"]["crew_members"][0]["rank"] == "Master"  # type: ignore[index]


def test_records_already_in_a_store_are_logged_when_the_exchange_arrives(
        tmp_path: Path) -> None:
    import os

    from piu_desk.core.store import connection, migrations
    path = tmp_path / "old.db"
    conn = connection.open_database(path, os.urandom(32), create=True)
    try:
        for number, step in migrations.STEPS:
            if number == 10:
                conn.execute("INSERT INTO meta VALUES ('station', '{\"locode\": \"KHKOS\"}')")
                conn.execute("INSERT INTO vessels(uid, origin, name, flag, created_at, "
                             "created_by, updated_at) VALUES ('v1', 'KHKOS', 'OLD', 'KHM', "
                             "'', '', '')")
            conn.execute("BEGIN")
            step(conn)
            conn.execute("COMMIT")
        assert conn.execute("SELECT tbl, uid, op FROM changes").fetchall() == [
            ("vessels", "v1", "insert")]
        assert conn.execute("SELECT version FROM record_versions").fetchall() == [
            ('{"KHKOS":1}',)]
    finally:
        conn.close()
