"""Alerts: dispositions with note, who and when; false positives remembered per pair until
either side changes; confirmed subjects for highlighting."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import CrewList, CrewMember, Direction
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.domain.watchlist import EntryKind, WatchEntry
from piu_desk.core.errors import Invalid
from piu_desk.core.intel import alerts, watchlist
from piu_desk.core.intel.alerts import Disposition
from piu_desk.core.records import crew, port_calls, vessels
from tests.conftest import OFFICER, SUPERVISOR

TODAY = date(2026, 11, 28)
SEEN = CrewMember(1, "NGUYEN", "VAN AN", nationality="VNM", date_of_birth="1985-03-12",
                  document_number="C1234567")


@pytest.fixture
def officer(desk_factory: Callable[[], Desk]) -> Desk:
    desk = desk_factory()
    desk.unlock(OFFICER[0], OFFICER[2])
    return desk


def entry() -> WatchEntry:
    return WatchEntry(None, EntryKind.PERSON, ("Nguyễn Văn An",), "Smuggling", "PIU HQ",
                      date_of_birth="1985", nationality="VNM")


def a_list(desk: Desk, member: CrewMember = SEEN, when: str = "2026-11-27T08:30") -> int:
    vid, _ = vessels.register(desk, Vessel(None, f"BOAT {when[:10]}", "KHM"))
    call, _ = port_calls.record_arrival(desk, PortCall(None, vid, when))
    list_id, _ = crew.save_list(desk, CrewList(None, call, Direction.ARRIVAL, "manual",
                                               (member,)), TODAY)
    return list_id


def test_a_false_positive_stays_quiet_until_a_side_changes(officer: Desk) -> None:
    entry_id, _ = watchlist.add(officer, entry())
    a_list(officer)
    (first,) = alerts.page(officer)
    with pytest.raises(Invalid):
        alerts.dispose(officer, first.id, Disposition.FALSE_POSITIVE, " ")
    alerts.dispose(officer, first.id, Disposition.FALSE_POSITIVE, "Other man, checked passport")
    disposed = alerts.get(officer, first.id)
    assert (disposed.status, disposed.disposed_by) == ("false_positive", OFFICER[0])
    assert disposed.disposed_at and disposed.note == "Other man, checked passport"
    a_list(officer, when="2026-11-28T09:00")  # the same person on the next list
    assert alerts.count(officer, "") == 1
    watchlist.update(officer, replace(watchlist.get(officer, entry_id), nationality="KHM",
                                      names=("Nguyen Van An", "Nguyen An")))
    a_list(officer, when="2026-11-29T09:00")  # the entry changed: it alerts again
    assert alerts.count(officer) == 1 and alerts.count(officer, "") == 2


def test_confirmed_subjects_and_the_audit_trail(officer: Desk) -> None:
    watchlist.add(officer, entry())
    a_list(officer)
    (alert,) = alerts.page(officer, status="open")
    alerts.dispose(officer, alert.id, Disposition.CONFIRMED, "")
    confirmed = alerts.confirmed_subjects(officer)
    member = crew.member(officer, alert.subject_id)[0]
    assert confirmed.crew_member_ids == {alert.subject_id}
    assert confirmed.person_ids == {member.person_id}
    assert alerts.count(officer) == 0
    officer.unlock(SUPERVISOR[0], SUPERVISOR[2])
    actions = [e.action for e in officer.audit_page(0, 50)]
    assert "alert.dispose" in actions and "watchlist.add" in actions


def test_hq_check_needs_a_note(officer: Desk) -> None:
    watchlist.add(officer, entry())
    a_list(officer)
    (alert,) = alerts.page(officer)
    alerts.dispose(officer, alert.id, Disposition.HQ_CHECK, "Ask HQ for the photo")
    assert alerts.get(officer, alert.id).status == "hq_check"
