"""The station filter on real widgets: at a station's desk hidden, and the lists without a
Station column; offered at HQ with every station present, and choosing a station changes the rows
of the port calls, vessels, tip-offs, alerts, watchlist and search; each list keeps its
own choice as it reads again."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.station import Station
from piu_desk.core.session import Changes
from piu_desk.ui.intel import (
    AlertsSection,
    TipOffsSection,
    WatchlistSection,
    alerts_model,
    tipoffs_model,
    watchlist_model,
)
from piu_desk.ui.records import port_calls_model
from piu_desk.ui.records import vessels_view as vessels_model
from piu_desk.ui.records.port_calls_model import Column as CallColumn
from piu_desk.ui.records.port_calls_view import PortCallsView
from piu_desk.ui.records.search_view import STATION_COLUMN
from piu_desk.ui.records.vessels_view import Column as VesselColumn
from piu_desk.ui.records.vessels_view import VesselsView
from piu_desk.ui.station_filter import StationFilter
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import ADMIN
from tests.core.origin_support import (
    KMT,
    KOS,
    KOS_NAME,
    PNH,
    RECORDED,
    Recorded,
    deliver,
    hq_of_two,
    record,
)
from tests.core.sync_support import HQ, make_store
from tests.ui.intel_support import keep
from tests.ui.records_support import officer_desk, open_section

S = TypeVar("S", TipOffsSection, AlertsSection, WatchlistSection)


@pytest.fixture(scope="module")
def hq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    desk = hq_of_two(tmp_path_factory.mktemp("hq"))
    yield desk
    desk.close()


@pytest.fixture
def station(desk_factory: Callable[[], Desk]) -> Desk:
    desk = officer_desk(desk_factory)
    record(desk, RECORDED[KOS])
    return desk


def choose(chooser: StationFilter, station: str) -> None:
    """As the analyst picks it from the list."""
    chooser.combo.setCurrentIndex(chooser.combo.findData(station))


def column(table: QTableView, number: int) -> list[str]:
    model = table.model()
    return [str(model.index(row, number).data()) for row in range(model.rowCount())]


def section_of(qtbot: QtBot, desk: Desk, kind: type[S]) -> S:
    """The section as the main window uses it: its runner's changes refresh it."""
    tasks = TaskRunner(desk)
    section = kind(desk, tasks)
    tasks.changed.connect(section.refresh)
    keep(qtbot, section, tasks)
    section.resize(1200, 700)
    section.show()
    return section


def test_at_a_station_nothing_changes(qtbot: QtBot, station: Desk) -> None:
    section = open_section(qtbot, station)
    view = section.home
    assert isinstance(view, PortCallsView)
    assert view.station_filter.isHidden() and view.station_filter.station() == ""
    assert view.model.columnCount() == port_calls_model.STATION  # the columns as they were
    assert view.model.total == RECORDED[KOS].arrivals
    results = section.search("ocean star")
    assert results.station_filter.isHidden() and results.tree.columnCount() == 2
    assert len(results.hits) == 1 + RECORDED[KOS].arrivals  # the vessel and its calls
    tipoffs = section_of(qtbot, station, TipOffsSection)
    assert tipoffs.station_filter.isHidden()
    assert tipoffs.model.columnCount() == tipoffs_model.STATION


def test_at_hq_every_station_present_is_offered(qtbot: QtBot, hq: Desk) -> None:
    view = open_section(qtbot, hq).home
    assert isinstance(view, PortCallsView)
    chooser = view.station_filter
    assert chooser.isVisible()
    combo = chooser.combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All stations", KMT, f"{HQ.name} ({PNH})", f"{KOS_NAME} ({KOS})"]
    assert chooser.station() == "" and view.model.columnCount() == port_calls_model.STATION + 1
    assert view.table.model().headerData(port_calls_model.STATION, Qt.Orientation.Horizontal) \
        == "Station"


def test_choosing_a_station_changes_the_port_calls(qtbot: QtBot, hq: Desk) -> None:
    view = open_section(qtbot, hq).home
    assert isinstance(view, PortCallsView)
    assert sorted(column(view.table, port_calls_model.STATION)) == [KMT] * 2 + [KOS] * 3
    choose(view.station_filter, KOS)
    assert column(view.table, port_calls_model.STATION) == [KOS] * 3
    assert set(column(view.table, CallColumn.VESSEL)) == {"OCEAN STAR"}
    assert view.total_label.text() == "Port calls: 3"
    tooltip = view.model.index(0, port_calls_model.STATION).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == f"{KOS_NAME} ({KOS})"
    view.vessel_filter.setText("mekong")
    view.apply_filter()
    assert view.model.rowCount() == 0  # both filters hold
    view.vessel_filter.clear()
    view.apply_filter()
    choose(view.station_filter, KMT)
    assert column(view.table, port_calls_model.STATION) == [KMT] * 2
    choose(view.station_filter, "")
    assert view.model.rowCount() == 5


def test_each_list_keeps_its_own_choice_as_it_reads_again(qtbot: QtBot, hq: Desk) -> None:
    calls = open_section(qtbot, hq).home
    vessels = open_section(qtbot, hq, vessels_section=True).home
    assert isinstance(calls, PortCallsView) and isinstance(vessels, VesselsView)
    choose(calls.station_filter, KMT)
    choose(vessels.station_filter, KOS)
    calls.refresh(Changes.of("port_calls"))
    vessels.refresh(Changes.of("vessels"))
    assert calls.station_filter.station() == KMT
    assert column(calls.table, port_calls_model.STATION) == [KMT] * 2
    assert column(vessels.table, VesselColumn.NAME) == ["OCEAN STAR"]
    assert column(vessels.table, vessels_model.STATION) == [KOS]
    choose(vessels.station_filter, "")
    assert column(vessels.table, VesselColumn.NAME) == ["MEKONG STAR", "OCEAN STAR"]


def test_search_keeps_one_station_s_hits(qtbot: QtBot, hq: Desk) -> None:
    section = open_section(qtbot, hq)
    results = section.search("star")
    assert results.station_filter.isVisible() and results.tree.columnCount() == 3
    assert {h.origin for h in results.hits} == {KOS, KMT}
    choose(results.station_filter, KMT)
    assert results.hits and {h.origin for h in results.hits} == {KMT}
    items = results.hit_items()
    assert {item.text(STATION_COLUMN) for item in items} == {KMT}
    assert {item.text(0) for item in items} >= {"MEKONG STAR"}
    assert "OCEAN STAR" not in {item.text(0) for item in items}


def test_tipoffs_alerts_and_watchlist_filter_by_station(qtbot: QtBot, hq: Desk) -> None:
    tipoffs = section_of(qtbot, hq, TipOffsSection)
    assert sorted(column(tipoffs.table, tipoffs_model.STATION)) == [KMT, KOS]
    choose(tipoffs.station_filter, KOS)
    assert column(tipoffs.table, tipoffs_model.STATION) == [KOS]
    # a station's officer by user name: HQ's own "admin" is someone else
    assert tipoffs.model.names.get(ADMIN[0]) == ADMIN[1]
    assert column(tipoffs.table, tipoffs_model.Column.OFFICER) == [ADMIN[0]]

    inbox = section_of(qtbot, hq, AlertsSection)
    every = column(inbox.table, alerts_model.STATION)
    assert set(every) == {KOS, KMT}
    choose(inbox.station_filter, KMT)
    assert column(inbox.table, alerts_model.STATION) == [KMT] * every.count(KMT)
    assert inbox.open_count() == len(every)  # the sidebar counts every station's

    entries = section_of(qtbot, hq, WatchlistSection)
    assert sorted(column(entries.table, watchlist_model.STATION)) == [KMT, KOS, PNH]
    choose(entries.station_filter, PNH)
    assert column(entries.table, watchlist_model.Column.NAMES)[0].startswith("TRAN THI HOA")
    assert entries.model.rowCount() == 1 and entries.total.text() == "1 of 3 entries"


def test_a_station_whose_records_arrive_is_offered_and_the_choice_stays(
        qtbot: QtBot, tmp_path: Path) -> None:
    hq = hq_of_two(tmp_path / "network")
    view = open_section(qtbot, hq).home
    assert isinstance(view, PortCallsView)
    choose(view.station_filter, KMT)
    koh_kong = make_store(tmp_path / "kkz", Station("Koh Kong PIU", "KHKKZ", "PIU"))
    with koh_kong:
        record(koh_kong, Recorded("KOH KONG STAR", "9300453", 1))
        deliver(koh_kong, hq)
    view.refresh(Changes.of("vessels", "port_calls", "alerts"))  # as after an exchange
    assert "KHKKZ" in view.station_filter.names
    assert view.station_filter.station() == KMT
    assert column(view.table, port_calls_model.STATION) == [KMT] * 2
    choose(view.station_filter, "KHKKZ")
    assert column(view.table, CallColumn.VESSEL) == ["KOH KONG STAR"]
    hq.close()
