"""Watchlist entries: validation, manual entry, listing with expiry, and the import."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.domain.handling import Handling
from piu_desk.core.domain.watchlist import EntryKind, Origin, WatchEntry, validate_entry
from piu_desk.core.errors import Invalid
from piu_desk.core.imports.watchlist_sheet import read_watchlist
from piu_desk.core.intel import watchlist
from piu_desk.core.intel.blocking import entry_keys
from tests.conftest import OFFICER

TODAY = date(2026, 11, 28)


@pytest.fixture
def officer(desk_factory: Callable[[], Desk]) -> Desk:
    desk = desk_factory()
    desk.unlock(OFFICER[0], OFFICER[2])
    return desk


def person(**changes: object) -> WatchEntry:
    base = dict(id=None, kind=EntryKind.PERSON, names=("Nguyễn Văn An", "Nguyen An"),
                reason="Smuggling of migrants", issuer="PIU HQ", issued="2026-01-10",
                expires="2027-01-10", date_of_birth="1985", nationality="vnm",
                documents=("C 123-4567",))
    base.update(changes)
    return WatchEntry(**base)  # type: ignore[arg-type]


def test_validation_keeps_year_only_births_and_normalises_documents() -> None:
    e = validate_entry(person(), TODAY)
    assert e.names == ("NGUYỄN VĂN AN", "NGUYEN AN")
    assert e.date_of_birth == "1985" and e.nationality == "VNM"
    assert e.documents == ("C1234567",)
    assert "d:C1234567" in entry_keys(e)
    for bad in (dict(names=()), dict(reason=" "), dict(issuer=""),
                dict(date_of_birth="2099"), dict(expires="2025-01-01")):
        with pytest.raises(Invalid):
            validate_entry(person(**bad), TODAY)


def test_vessel_entries_check_imo_and_flag() -> None:
    v = validate_entry(WatchEntry(None, EntryKind.VESSEL, ("Ocean Pearl", "Sea Pearl"),
                                  "Fuel smuggling", "PIU HQ", imo="IMO 9074729",
                                  flag="khm"), TODAY)
    assert v.imo == "9074729" and v.flag == "KHM"
    assert {"i:9074729", "v:prl"} <= entry_keys(v)
    with pytest.raises(Invalid):
        validate_entry(WatchEntry(None, EntryKind.VESSEL, ("X Y",), "r", "u",
                                  imo="9074728"), TODAY)


def test_manual_entry_is_listed_and_expired_ones_say_so(officer: Desk) -> None:
    eid, changes = watchlist.add(officer, person())
    old, _ = watchlist.add(officer, person(names=("Old Case",), issued="2020-01-01",
                                           expires="2021-01-01"))
    assert changes.touches("watchlist")
    listed = {e.id: e for e in watchlist.page(officer)}
    assert listed[eid].origin is Origin.LOCAL and listed[eid].handling is Handling.HQ_ONLY
    assert listed[old].expired(TODAY) and not listed[eid].expired(TODAY)
    assert watchlist.count(officer) == 2


def test_import_reports_every_bad_row(tmp_path: Path) -> None:
    sheet = tmp_path / "hq-list.csv"
    sheet.write_text(
        "Type,Names,DOB,Nationality,Documents,IMO,MMSI,Call sign,Flag,Reason,Issuer,Issued,"
        "Expires,Handling\n"
        "person,Ivanov Yuriy; Iouri Ivanov,1970-08-21,RUS,7512345,,,,,Arms,HQ,2026-01-01,,hq\n"
        "vessel,Sea Pearl; Ocean Pearl,,,,9074729,,,KHM,Fuel,HQ,01/02/2026,,desk only\n"
        "robot,Nobody,,,,,,,,x,HQ,,,\n"
        "person,No Reason,1980,VNM,,,,,,,HQ,,,\n"
        "person,Bad Date,31/02/1980,VNM,,,,,,Arms,HQ,,,\n"
        "person,Bad Handling,1980,VNM,,,,,,Arms,HQ,,,secret\n", encoding="utf-8")
    report = read_watchlist(sheet, today=TODAY)
    assert [v.sheet_row for v in report.valid] == [2, 3]
    assert [p.sheet_row for p in report.problems] == [4, 5, 6, 7]
    assert all(p.problems for p in report.problems)
    assert report.valid[1].entry.handling is Handling.DESK_ONLY
    assert report.valid[1].entry.issued == "2026-02-01"
    assert report.valid[0].entry.origin is Origin.HQ
    assert "2 entries" in report.summary()


def test_import_stores_valid_rows_in_one_go(officer: Desk, tmp_path: Path) -> None:
    sheet = tmp_path / "list.csv"
    sheet.write_text("type;names;dob;reason;issuer\nperson;Tran Thi Hoa;1990;Fraud;HQ\n"
                     "person;;1990;Fraud;HQ\n", encoding="utf-8")
    report = read_watchlist(sheet, today=TODAY)
    assert len(report.valid) == 1 and len(report.problems) == 1
    stored, _ = watchlist.import_entries(officer, report, sheet.name)
    assert stored == 1 and watchlist.count(officer) == 1


def test_a_file_without_the_table_is_refused(tmp_path: Path) -> None:
    sheet = tmp_path / "x.csv"
    sheet.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(Invalid):
        read_watchlist(sheet, today=TODAY)


def test_entries_from_headquarters_are_read_only_here(officer: Desk) -> None:
    hq, _ = watchlist.add(officer, person(origin=Origin.HQ))
    local, _ = watchlist.add(officer, person(names=("Tran Thi Mai",)))
    with pytest.raises(Invalid) as refused:
        watchlist.update(officer, replace(watchlist.get(officer, hq), reason="Edited here"))
    assert refused.value.field == "origin"
    assert watchlist.get(officer, hq).reason == "Smuggling of migrants"  # nothing changed
    with pytest.raises(Invalid):  # nor can a local entry be passed off as HQ's
        watchlist.update(officer, replace(watchlist.get(officer, local), origin=Origin.HQ))
    watchlist.update(officer, replace(watchlist.get(officer, local), reason="Document fraud"))
    assert watchlist.get(officer, local).reason == "Document fraud"
