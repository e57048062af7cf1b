"""A record changed on both sides since the version they shared: the local one stays, both
are kept for a supervisor, and the choice (this desk's, theirs, or merged) reaches the
other side and wins there, so both end up equal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.errors import NotAllowed
from piu_desk.core.exchange.sync import conflicts
from piu_desk.core.exchange.sync.errors import ConflictSettled
from piu_desk.core.records import vessels
from tests.conftest import ADMIN, OFFICER, STATION, SUPERVISOR, FakeClock
from tests.core.sync_support import EXCHANGE, HQ, count, make_store, send, shared
from tests.core.test_records import a_vessel


@pytest.fixture
def diverged(tmp_path: Path) -> Iterator[tuple[Desk, Desk, int, int]]:
    """KHKOS registers a vessel, HQ receives it, then both rename it."""
    clock = FakeClock()
    station, hq = make_store(tmp_path / "kos", STATION, clock), make_store(tmp_path / "hq", HQ,
                                                                            clock)
    vid, _ = vessels.register(station, a_vessel())
    send(station, hq)
    hq_vid = hq.db(lambda c: c.execute("SELECT id FROM vessels").fetchone()[0])
    vessels.update(station, a_vessel(id=vid, name="Ocean Star Station"))
    vessels.update(hq, a_vessel(id=hq_vid, name="Ocean Star Hq"))
    yield station, hq, vid, hq_vid
    station.close()
    hq.close()


def test_a_conflict_is_kept_and_the_local_record_not_overwritten(
        diverged: tuple[Desk, Desk, int, int]) -> None:
    station, hq, _, hq_vid = diverged
    outcome = send(station, hq, 2)
    assert outcome.report.conflicts == 1 and outcome.report.applied == []
    assert vessels.get(hq, hq_vid).name == "OCEAN STAR HQ"
    [c] = conflicts.list_conflicts(hq)
    assert (c.table, c.peer, c.reason) == ("vessels", "KHKOS", "both_changed")
    assert c.local_payload["row"]["name"] == "OCEAN STAR HQ"  # type: ignore[index]
    assert c.their_record["payload"]["row"]["name"] == "OCEAN STAR STATION"  # type: ignore[index]
    send(station, hq, 3)  # the same change again: still one conflict
    assert len(conflicts.list_conflicts(hq)) == 1
    # the station too keeps its own when HQ's version arrives
    assert send(hq, station, 1).report.conflicts == 1
    assert vessels.get(station, diverged[2]).name == "OCEAN STAR STATION"


@pytest.mark.parametrize("pick", ["theirs", "local", "merged"])
def test_the_supervisors_choice_reaches_both_sides(diverged: tuple[Desk, Desk, int, int],
                                                   pick: str) -> None:
    station, hq, vid, hq_vid = diverged
    send(station, hq, 2)
    [c] = conflicts.list_conflicts(hq)
    merged: dict[str, object] | None = None
    if pick == "merged":
        merged = dict(c.their_record["payload"])  # type: ignore[call-overload]
        merged["row"]["name"] = "OCEAN STAR (MERGED)"  # type: ignore[index]
    conflicts.resolve(hq, c.id, pick, merged)
    assert conflicts.list_conflicts(hq) == []
    expected = {"theirs": "OCEAN STAR STATION", "local": "OCEAN STAR HQ",
                "merged": "OCEAN STAR (MERGED)"}[pick]
    assert vessels.get(hq, hq_vid).name == expected
    back = send(hq, station, 1)
    assert back.report.conflicts == 0 and len(back.report.applied) == 1
    assert vessels.get(station, vid).name == expected
    assert shared(station) == shared(hq)
    assert send(station, hq, 3).report.applied == []  # and the station agrees: nothing new
    with pytest.raises(ConflictSettled):
        conflicts.resolve(hq, c.id, "local")
    assert count(hq, "SELECT count(*) FROM audit WHERE action = 'exchange.conflict'") == 1


def test_only_a_supervisor_settles_conflicts(diverged: tuple[Desk, Desk, int, int]) -> None:
    station, hq, _, _ = diverged
    send(station, hq, 2)
    from piu_desk.core import accounts
    from piu_desk.core.domain.accounts import NewUser, Role
    accounts.add_user(hq, NewUser(*OFFICER, frozenset({Role.OFFICER})))
    for user in (EXCHANGE, OFFICER):
        hq.unlock(user[0], user[2])
        with pytest.raises(NotAllowed):
            conflicts.list_conflicts(hq)
        with pytest.raises(NotAllowed):
            conflicts.resolve(hq, 1, "local")
    hq.unlock(SUPERVISOR[0], SUPERVISOR[2])
    assert len(conflicts.list_conflicts(hq)) == 1
    hq.unlock(ADMIN[0], ADMIN[2])


def test_a_conflict_on_both_sides_closes_where_the_settlement_arrives(
        diverged: tuple[Desk, Desk, int, int]) -> None:
    station, hq, vid, _ = diverged
    send(station, hq, 2)
    send(hq, station, 1)  # HQ's side went out before its supervisor settled
    assert len(conflicts.list_conflicts(station)) == 1 == len(conflicts.list_conflicts(hq))
    [c] = conflicts.list_conflicts(hq)
    conflicts.resolve(hq, c.id, "theirs")
    back = send(hq, station, 2)
    assert len(back.report.applied) == 1 and back.report.conflicts == 0
    assert conflicts.list_conflicts(station) == []  # settled at HQ: over here too
    [closed] = station.db(lambda conn: conn.execute(
        "SELECT resolution, resolved_by FROM conflicts").fetchall())
    assert tuple(closed) == ("theirs", "KHPNH")
    assert vessels.get(station, vid).name == "OCEAN STAR STATION"
    assert shared(station) == shared(hq)


def test_an_older_settlement_leaves_a_newer_conflict_open(
        diverged: tuple[Desk, Desk, int, int]) -> None:
    station, hq, vid, hq_vid = diverged
    send(station, hq, 2)
    [c] = conflicts.list_conflicts(hq)
    vessels.update(station, a_vessel(id=vid, name="Ocean Star Station Two"))
    send(station, hq, 3)  # a newer version of theirs replaces the one in the conflict
    [again] = conflicts.list_conflicts(hq)
    assert again.id == c.id and again.their_record["payload"]["row"]["name"] == (  # type: ignore[index]
        "OCEAN STAR STATION TWO")
    assert vessels.get(hq, hq_vid).name == "OCEAN STAR HQ"
