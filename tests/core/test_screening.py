"""Screening quality on the labelled set, blocking recall, and screening in the store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import CrewList, CrewMember, Direction, PersonAboard
from piu_desk.core.domain.vessel import FormerIdentity, PortCall, Vessel
from piu_desk.core.domain.watchlist import EntryKind, WatchEntry
from piu_desk.core.intel import alerts, names, watchlist
from piu_desk.core.intel.blocking import entry_keys, person_probe
from piu_desk.core.intel.matching import (
    ALERT_AT,
    NAME_NEEDED,
    PersonProfile,
    compare_births,
    name_bound,
    name_similarity,
    near_births,
    score_person,
)
from piu_desk.core.records import crew, port_calls, vessels
from tests.conftest import OFFICER
from tests.core.intel_cases import CASES

TODAY = date(2026, 11, 28)


def test_precision_and_recall_on_the_labelled_set() -> None:
    tp = fp = fn = 0
    for c in CASES:
        v = score_person(PersonProfile((c.seen,), c.seen_birth, c.seen_nat),
                         PersonProfile((c.listed,), c.listed_birth, c.listed_nat))
        tp += v.alert and c.same
        fp += v.alert and not c.same
        fn += c.same and not v.alert
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"\nscreening on {len(CASES)} labelled pairs ({tp + fn} true): precision "
          f"{precision:.3f}, recall {recall:.3f} at score >= {ALERT_AT}")
    assert len(CASES) >= 200
    assert recall >= 0.98 and precision >= 0.95


def test_blocking_finds_every_true_match() -> None:
    for c in (c for c in CASES if c.same):
        keys = entry_keys(WatchEntry(1, EntryKind.PERSON, (c.listed,), "r", "i",
                                     date_of_birth=c.listed_birth))
        probe = person_probe((c.seen,), c.seen_birth, ())
        assert keys & probe.keys, c


def test_the_name_bound_never_leaves_out_an_alert() -> None:
    sims: dict[str, dict[str, float]] = {}
    for c in CASES:
        for a, b in (((c.seen,), (c.listed,)), ((c.listed,), (c.seen,))):
            assert name_bound(a, b, sims) >= name_similarity(a, b) - 1e-9, c
        alert = score_person(PersonProfile((c.seen,), c.seen_birth, c.seen_nat),
                             PersonProfile((c.listed,), c.listed_birth, c.listed_nat)).alert
        assert not alert or name_bound((c.seen,), (c.listed,), sims) >= NAME_NEEDED, c
    assert name_bound(("Wei Zhang", "W Zhang"), ("Zhangwei",), sims) >= name_similarity(
        ("Wei Zhang", "W Zhang"), ("Zhangwei",))


def test_near_births_are_the_dates_that_do_not_count_against() -> None:
    days = [date.fromordinal(n).isoformat()
            for n in range(date(1979, 1, 1).toordinal(), date(1982, 1, 1).toordinal())]
    for mine in ("1980-05-12", "1980-11-01", "1980-12-31", "1981-01-10"):
        near = near_births(mine)
        assert near is not None
        assert {d for d in days if compare_births(mine, d)[0] >= 0} == set(near) & set(days)
    assert near_births("1980") is None and near_births("") is None
    assert near_births("1980/05/12") is None


def test_names_fold_scripts_and_variants() -> None:
    assert names.tokens("Nguyễn Văn Đức") == ("nguyen", "van", "duc")
    assert names.tokens("Юрий") == names.tokens("Iouri") == ("yuri",)
    assert names.skeleton("hussein") == names.skeleton("husain")
    assert names.tokens("Mohamad") == names.tokens("MUHAMMED")


@pytest.fixture
def officer(desk_factory: Callable[[], Desk]) -> Desk:
    desk = desk_factory()
    desk.unlock(OFFICER[0], OFFICER[2])
    return desk


def listed(desk: Desk, *names_: str, dob: str = "", **more: object) -> int:
    entry_id, _ = watchlist.add(desk, WatchEntry(None, EntryKind.PERSON, names_, "Smuggling",
                                                 "PIU HQ", date_of_birth=dob,
                                                 **more))  # type: ignore[arg-type]
    return entry_id


def a_call(desk: Desk, name: str = "SEA PEARL", imo: str = "9074729") -> int:
    vid, _ = vessels.register(desk, Vessel(None, name, "KHM", imo=imo,
                                           history=(FormerIdentity("BLUE PEARL", "PAN"),)))
    call, _ = port_calls.record_arrival(desk, PortCall(None, vid, "2026-11-27T08:30"))
    return call


def test_saving_a_crew_list_screens_it(officer: Desk) -> None:
    hit = listed(officer, "Iouri Ivanov", dob="1970")
    listed(officer, "Ivanov Dmitry", dob="1970")  # same family, other given name
    listed(officer, "Tran Thi Hoa", dob="1990", expires="2026-01-01")  # expired
    call = a_call(officer, "NO MATCH", "9176187")
    list_id, changes = crew.save_list(officer, CrewList(None, call, Direction.ARRIVAL, "manual", (
        CrewMember(1, "IVANOV", "YURIY PETROVICH", nationality="RUS",
                   date_of_birth="1970-08-21"),
        CrewMember(2, "TRAN", "THI HOA", nationality="VNM", date_of_birth="1990-07-01"),
        CrewMember(3, "SOK", "DARA", nationality="KHM", date_of_birth="1980-01-01"))), TODAY)
    assert changes.touches("alerts")
    found = alerts.page(officer)
    assert [(a.entry_id, a.subject_kind) for a in found] == [(hit, "crew_member")]
    assert any(str(r).startswith("name similarity") for r in found[0].reasons)
    again, _ = alerts.screen_crew_list(officer, list_id)
    assert again == [] and alerts.count(officer) == 1


def test_documents_alert_alone_and_persons_aboard_are_screened(officer: Desk) -> None:
    listed(officer, "Somebody Else", documents=("B-765 4321",))
    listed(officer, "Hussein Abdullah", dob="1977-09-09", nationality="YEM")
    call = a_call(officer, "NO MATCH", "9176187")
    crew.save_list(officer, CrewList(None, call, Direction.ARRIVAL, "manual", (
        CrewMember(1, "ALI", "OMAR", document_number="B7654321"),)), TODAY)
    crew.record_person_aboard(officer, PersonAboard(None, call, "HUSAIN",
                                                    "ABDALLAH", "YEM", "1977-09-09"), TODAY)
    kinds = sorted(a.subject_kind for a in alerts.page(officer))
    assert kinds == ["crew_member", "person_aboard"]
    doc_alert = next(a for a in alerts.page(officer) if a.subject_kind == "crew_member")
    assert str(doc_alert.reasons[0]) == "document number B7654321 equal"


def test_port_calls_screen_the_vessel_by_imo_and_former_name(officer: Desk) -> None:
    watchlist.add(officer, WatchEntry(None, EntryKind.VESSEL, ("OCEAN GLORY",), "Fuel",
                                      "PIU HQ", imo="9074729"))
    watchlist.add(officer, WatchEntry(None, EntryKind.VESSEL, ("BLUE PEARL",), "Fish",
                                      "PIU HQ", flag="KHM"))
    call = a_call(officer)
    found = alerts.page(officer)
    assert {a.subject_kind for a in found} == {"port_call"}
    assert {a.port_call_id for a in found} == {call} and len(found) == 2
    assert any(str(r) == "IMO number equal" for a in found for r in a.reasons)


def test_screening_a_sheet_writes_nothing(officer: Desk) -> None:
    listed(officer, "Zhang Wei", dob="1983-09-19")
    hits = alerts.screen_members(officer, [
        CrewMember(1, "CHANG", "WEI", date_of_birth="1983-09-19"),
        CrewMember(2, "ZHANG", "WEN", date_of_birth="1997-01-01")])
    assert [len(h) for h in hits] == [1, 0]
    assert alerts.count(officer, "") == 0


def test_screening_finds_what_scoring_every_entry_finds(officer: Desk) -> None:
    """Every labelled name against every other: the index, the dates of birth left out in
    SQL and the name bound drop no pair that scores as an alert."""
    for i, c in enumerate(CASES):
        listed(officer, c.listed, dob=c.listed_birth, nationality=c.listed_nat,
               documents=(f"X{i}",))
    members = [CrewMember(i + 1, c.seen, "", nationality=c.seen_nat,
                          date_of_birth=c.seen_birth) for i, c in enumerate(CASES)]
    everyone = watchlist.page(officer, 0, len(CASES) + 1)
    for member, hits in zip(members, alerts.screen_members(officer, members), strict=True):
        seen = PersonProfile((member.family_name,), member.date_of_birth, member.nationality)
        expected = {e.id for e in everyone if score_person(seen, PersonProfile(
            e.names, e.date_of_birth, e.nationality)).alert}
        assert {h.entry.id for h in hits} == expected, member
