"""The Port calls list on a real store: page-by-page loading, the period and vessel filters,
sorting where the store sorts cheaply, and who sees the section."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from piu_desk.core import accounts
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser, Role
from piu_desk.core.domain.vessel import PortCall
from piu_desk.core.records import port_calls
from piu_desk.ui.records.common import PORT_CALL, Target
from piu_desk.ui.records.lazy_model import PAGE
from piu_desk.ui.records.port_call_page import PortCallPage
from piu_desk.ui.records.port_calls_model import Column
from piu_desk.ui.records.port_calls_view import BETWEEN, MONTH, TODAY, WEEK, PortCallsView
from piu_desk.ui.sections import RECORD_ROLES, SECTIONS
from tests.conftest import ADMIN
from tests.ui.records_support import arrive, officer_desk, open_section, register


@pytest.fixture
def officer(desk_factory: Callable[[], Desk]) -> Desk:
    return officer_desk(desk_factory)


def view_of(section: object) -> PortCallsView:
    home = section.home  # type: ignore[attr-defined]
    assert isinstance(home, PortCallsView)
    return home


def test_sections_are_registered_first_for_the_record_roles() -> None:
    first_screens = ("dashboard", "my_day")  # a role's first screen comes before them
    specs = [spec for spec in SECTIONS if spec.key not in first_screens]
    keys = [spec.key for spec in specs]
    assert [spec.key for spec in SECTIONS][:2] == list(first_screens)
    assert keys[:2] == ["port_calls", "vessels"]
    assert keys.index("admin") > 1
    for spec in specs[:2]:
        assert spec.roles == RECORD_ROLES
        assert spec.visible_to(lambda role: role == Role.EXCHANGE)
        assert not spec.visible_to(lambda role: role == Role.CUSTODIAN)


def test_the_list_loads_page_by_page(qtbot: QtBot, officer: Desk) -> None:
    vessel_ids = [register(officer, f"Vessel {n:02d}", "PAN") for n in range(15)]
    for n in range(450):
        port_calls.record_arrival(officer, PortCall(
            None, vessel_ids[n % 15], f"2026-{1 + n % 11:02d}-{1 + n % 28:02d}T08:00"))
    view = view_of(open_section(qtbot, officer))
    model = view.model
    assert model.total == 450
    assert model.rowCount() == PAGE and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE
    view.table.scrollToBottom()  # the view asks for the rest as it reaches the end
    qtbot.waitUntil(lambda: model.rowCount() == 450)
    assert not model.canFetchMore(QModelIndex())
    arrivals = [model.record_at(row).arrival for row in range(model.rowCount())]
    assert arrivals == sorted(arrivals, reverse=True)
    assert "450" in view.total_label.text()


def test_columns_show_the_arrival_in_the_ui_language(qtbot: QtBot, officer: Desk) -> None:
    arrive(officer, register(officer, "Ocean Pearl", "PAN"), "2026-11-27T08:30",
           next_port="THBKK", voyage_number="OP-0412", crew_count=18)
    model = view_of(open_section(qtbot, officer)).model
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == ["27 Nov 2026 08:30", "OCEAN PEARL", "PAN", "VNSGN", "THBKK", "B3",
                   "OP-0412", "18"]
    assert model.index(0, Column.FLAG).data(Qt.ItemDataRole.ToolTipRole) == "Panama (PAN)"
    assert model.index(0, Column.NEXT_PORT).data(Qt.ItemDataRole.ToolTipRole) == "Bangkok"


def test_period_and_vessel_filters(qtbot: QtBot, officer: Desk) -> None:
    star, pearl = register(officer, "Hai Phong Star"), register(officer, "Ocean Pearl", "PAN")
    arrive(officer, star, "2026-11-28T06:00")  # the desk clock's today
    arrive(officer, pearl, "2026-11-24T10:00")
    arrive(officer, star, "2026-11-05T10:00")
    arrive(officer, pearl, "2025-06-01T10:00")
    view = view_of(open_section(qtbot, officer))
    assert view.model.total == 4
    for period, expected in ((TODAY, 1), (WEEK, 2), (MONTH, 3)):
        view.set_period(period)
        assert view.model.total == expected, period
    view.set_period(BETWEEN)
    assert view.since_edit.isVisible()
    view.since_edit.setDate(view.since_edit.date().fromString("2025-01-01", "yyyy-MM-dd"))
    view.until_edit.setDate(view.until_edit.date().fromString("2025-12-31", "yyyy-MM-dd"))
    assert [pc.vessel_name for pc in view.model.records()] == ["OCEAN PEARL"]
    view.set_period("all")
    view.vessel_filter.setText("star")
    qtbot.waitUntil(lambda: view.model.total == 2)
    assert {pc.vessel_name for pc in view.model.records()} == {"HAI PHONG STAR"}


def test_sorting_where_it_is_cheap(qtbot: QtBot, officer: Desk) -> None:
    arrive(officer, register(officer, "Bravo", "THA"), "2026-11-27T08:00")
    arrive(officer, register(officer, "Alpha", "PAN"), "2026-11-26T08:00")
    arrive(officer, register(officer, "Charlie", "IDN"), "2026-11-25T08:00")
    view = view_of(open_section(qtbot, officer))
    header = view.table.horizontalHeader()
    header.setSortIndicator(Column.VESSEL, Qt.SortOrder.AscendingOrder)
    assert [pc.vessel_name for pc in view.model.records()] == ["ALPHA", "BRAVO", "CHARLIE"]
    header.setSortIndicator(Column.BERTH, Qt.SortOrder.AscendingOrder)  # not sortable
    assert header.sortIndicatorSection() == Column.VESSEL
    assert [pc.vessel_name for pc in view.model.records()] == ["ALPHA", "BRAVO", "CHARLIE"]
    header.setSortIndicator(Column.ARRIVAL, Qt.SortOrder.DescendingOrder)
    assert [pc.vessel_name for pc in view.model.records()] == ["BRAVO", "ALPHA", "CHARLIE"]


def test_enter_opens_the_port_call_page_and_back_returns(qtbot: QtBot, officer: Desk) -> None:
    pid = arrive(officer, register(officer, "Ocean Pearl", "PAN"))
    section = open_section(qtbot, officer)
    view = view_of(section)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    page = section.navigator.current()
    assert isinstance(page, PortCallPage) and page.port_call_id == pid
    assert page.title.text() == "OCEAN PEARL"
    qtbot.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert section.navigator.current() is view
    QApplication.processEvents()


def test_an_exchange_officer_reads_but_records_nothing(qtbot: QtBot, officer: Desk) -> None:
    officer.lock()
    officer.unlock(ADMIN[0], ADMIN[2])
    accounts.add_user(officer, NewUser("rithy", "Lim Rithy", "exchange-pass-1",
                                       frozenset({Role.EXCHANGE})))
    arrive(officer, register(officer, "Ocean Pearl", "PAN"))
    officer.lock()
    officer.unlock("rithy", "exchange-pass-1")
    section = open_section(qtbot, officer)
    view = view_of(section)
    assert view.model.total == 1 and not view.new_button.isVisible()
    page = section.navigator.open(Target(PORT_CALL, view.model.record_at(0).id))
    assert isinstance(page, PortCallPage)
    assert not page.edit_button.isVisible() and not page.crew.add_button.isVisible()
