"""The supervisor's dashboard and an officer's My day, in the real main window on a store
with a generated day: each tile shows the figure an independent count gives, a tile opens
its list, the chart draws 30 days, the panels list the queues and follow changes, and each
role gets its own first screen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.equipment import custody
from piu_desk.core.records import inspections
from piu_desk.core.reports.daily_period import Period
from piu_desk.ui.dashboard import DashboardSection, MyDaySection
from piu_desk.ui.dashboard.chart import COLOURS
from piu_desk.ui.main_window import MainWindow
from piu_desk.ui.sections import SECTIONS, SectionSpec
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import ADMIN, OFFICER, FakeClock
from tests.core.daily_support import DAY, day_store, independent_figures, local, set_clock


@pytest.fixture
def day(tmp_path: Path) -> Iterator[tuple[Desk, FakeClock]]:
    """The quiet day, the desk's clock at 20:00 on it."""
    with day_store(tmp_path / "store", "quiet") as (desk, clock):
        set_clock(clock, local(DAY, "20:00"))
        yield desk, clock


def open_window(qtbot: QtBot, desk: Desk) -> MainWindow:
    tasks = TaskRunner(desk)
    window = MainWindow(desk, tasks, language=lambda: "en", choose_language=lambda _l: None,
                        idle_interval_ms=3_600_000)
    qtbot.addWidget(window)
    window.resize(1366, 800)
    window.show_session()
    window.show()
    qtbot.waitExposed(window)
    return window


def dashboard_of(window: MainWindow) -> DashboardSection:
    section = window.sections["dashboard"]
    assert isinstance(section, DashboardSection)
    return section


def current_key(window: MainWindow) -> str:
    assert window.sidebar is not None
    return list(window.sections)[window.sidebar.currentRow()]


def one(desk: Desk, sql: str, *args: object) -> int:
    return int(desk.db(lambda c: c.execute(sql, args).fetchone()[0]))


def test_the_tiles_show_the_days_figures_counted_independently(
        qtbot: QtBot, day: tuple[Desk, FakeClock]) -> None:
    desk, _ = day
    window = open_window(qtbot, desk)
    assert current_key(window) == "dashboard"  # the first screen a supervisor sees
    board = dashboard_of(window)
    expected = independent_figures(desk, Period.day(DAY))
    end = local(DAY + timedelta(days=1), "00:00").astimezone().astimezone(UTC)
    shown = {key: int(tile.count.text().replace(",", "")) for key, tile in board.tiles.items()}
    assert shown == {
        "arrivals": expected["arrived"], "departures": expected["departed"],
        "inspections": expected["inspections"], "crew": expected["crew_screened"],
        "alerts": one(desk, "SELECT count(*) FROM alerts WHERE status = 'open' AND "
                      "created_at < ?", end.isoformat(timespec="seconds")),
        "tipoffs": one(desk, "SELECT count(*) FROM tipoffs WHERE status = 'new'"),
        "overdue": one(desk, "SELECT count(*) FROM custody WHERE ended_on = '' AND "
                       "expected_return <> '' AND expected_return < ?", DAY.isoformat())}
    assert shown["arrivals"] == 3 and shown["crew"] == 12 and shown["overdue"] == 1
    assert board.tiles["inspections"].detail.text() == "1 cleared, 1 referred to another agency"
    assert board.tiles["crew"].detail.text() == "one crew list"


def test_a_tile_opens_the_list_behind_it(qtbot: QtBot, day: tuple[Desk, FakeClock]) -> None:
    desk, _ = day
    window = open_window(qtbot, desk)
    board = dashboard_of(window)
    board.tiles["alerts"].click()
    assert current_key(window) == "alerts"
    window.show_section("dashboard")
    board.tiles["arrivals"].click()
    assert current_key(window) == "port_calls"
    window.show_section("dashboard")
    board.tiles["tipoffs"].click()
    assert current_key(window) == "tipoffs"
    window.show_section("dashboard")
    assert board.approvals.more.isVisible()
    board.approvals.more.click()
    assert current_key(window) == "approvals"
    window.show_section("dashboard")
    # this supervisor has no custody list: the overdue tile stays put and says nothing
    assert "custody" not in window.sections and not board.tiles["overdue"].toolTip()
    board.tiles["overdue"].click()
    assert current_key(window) == "dashboard"
    assert board.tiles["alerts"].toolTip() == "Click to open the list"


def test_the_chart_has_thirty_days_and_draws_them(
        qtbot: QtBot, day: tuple[Desk, FakeClock]) -> None:
    desk, _ = day
    window = open_window(qtbot, desk)
    chart = dashboard_of(window).chart
    assert len(chart.days) == 30 and chart.days[-1].day == DAY
    for d in chart.days:
        p = Period.day(d.day)
        assert d.arrivals == one(desk, "SELECT count(*) FROM port_calls WHERE arrival >= ? "
                                 "AND arrival < ?", p.local_start, p.local_end)
    assert (chart.days[-1].arrivals, chart.days[-1].inspections, chart.days[-1].alerts) == \
        (3, 2, 1)
    image = chart.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2)
               for y in range(0, image.height(), 2)}
    for series in ("arrivals", "inspections", "alerts"):
        assert QColor(COLOURS[series]).name() in colours, series  # bars and legend drawn


def test_the_panels_list_the_queues_and_follow_changes(
        qtbot: QtBot, day: tuple[Desk, FakeClock]) -> None:
    desk, _ = day
    window = open_window(qtbot, desk)
    board = dashboard_of(window)
    waiting = one(desk, "SELECT count(*) FROM inspections WHERE status = 'submitted' AND "
                  "started_at < ?", Period.day(DAY).local_end)  # as the day's report counts
    assert board.approvals.summary.text() == \
        f"{waiting} inspections wait for your approval."
    assert len(board.approvals.shown_items()) == waiting
    assert one(desk, "SELECT count(*) FROM alerts WHERE status = 'open'") == 0  # disposed of
    assert board.alerts.summary.text() == "No open alert."
    assert not board.alerts.more.isVisible()
    [late] = board.overdue.shown_items()
    assert "PIU-005" in late and "vanna" in late
    assert board.exchange.summary.text() == "No exchange with headquarters yet."
    assert board.board is not None
    first = board.board.awaiting[0].id
    window.tasks.call(lambda: inspections.approve(desk, first), board)
    assert len(board.approvals.shown_items()) == waiting - 1
    assert board.tiles["alerts"].value == one(desk, "SELECT count(*) FROM alerts "
                                                    "WHERE status = 'open'")


def test_each_role_gets_its_own_first_screen() -> None:
    spec = {s.key: s for s in SECTIONS}

    def sees(s: SectionSpec, *roles: Role) -> bool:
        return s.visible_to(lambda r: r in roles)
    assert [s.key for s in SECTIONS][:2] == ["dashboard", "my_day"]
    assert sees(spec["dashboard"], Role.SUPERVISOR)
    assert not sees(spec["dashboard"], Role.OFFICER)
    assert sees(spec["my_day"], Role.OFFICER)
    assert sees(spec["my_day"], Role.OFFICER, Role.CUSTODIAN)
    assert not sees(spec["my_day"], Role.OFFICER, Role.SUPERVISOR)  # the dashboard instead
    assert not sees(spec["my_day"], Role.CUSTODIAN)
    assert sees(spec["port_calls"], Role.OFFICER)  # no hidden_for: as before


def test_an_officer_sees_my_day_with_their_own_work(
        qtbot: QtBot, day: tuple[Desk, FakeClock]) -> None:
    desk, _ = day
    desk.unlock(OFFICER[0], OFFICER[2])
    window = open_window(qtbot, desk)
    assert "dashboard" not in window.sections
    assert current_key(window) == "my_day"
    section = window.sections["my_day"]
    assert isinstance(section, MyDaySection)
    values = {k: t.value for k, t in section.tiles.items()}
    assert values == {
        "inspections": one(desk, "SELECT count(*) FROM inspections i JOIN inspection_officers "
                           "o ON o.inspection_id = i.id WHERE o.username = 'vanna' AND "
                           "i.status IN ('draft', 'returned')"),
        "calls": 4, "alerts": one(desk, "SELECT count(*) FROM alerts WHERE status = 'open'"),
        "tipoffs": one(desk, "SELECT count(*) FROM tipoffs WHERE status = 'new' AND "
                       "reporting_officer = 'vanna'"),
        "equipment": 3}  # the overdue one, one due back today, one issued for tomorrow
    assert section.tiles["equipment"].detail.text() == "3 to accept, 2 due back"
    assert any("arrives" in t for t in section.calls.shown_items())
    item = int(desk.db(lambda c: c.execute(
        "SELECT asset_id FROM custody WHERE holder = 'vanna' AND ended_on = '' AND "
        "expected_return = '' ORDER BY id DESC LIMIT 1").fetchone()[0]))
    window.tasks.call(lambda: custody.accept(desk, item), section)
    assert section.tiles["equipment"].value == 2  # accepted, no date: off the plate
    section.tiles["equipment"].click()
    assert current_key(window) == "my_equipment"


def test_a_locked_desk_shows_a_reason_not_a_crash(
        qtbot: QtBot, day: tuple[Desk, FakeClock]) -> None:
    desk, _ = day
    window = open_window(qtbot, desk)
    board = dashboard_of(window)
    desk.lock()
    board.reload()
    assert "locked" in board.problem.text().lower()
    desk.unlock(ADMIN[0], ADMIN[2])
    board.reload()
    assert not board.problem.isVisible()
    QApplication.processEvents()


def test_a_hidden_dashboard_reads_the_changes_when_shown_again(
        qtbot: QtBot, day: tuple[Desk, FakeClock]) -> None:
    desk, _ = day
    window = open_window(qtbot, desk)
    board = dashboard_of(window)
    assert window.sidebar is not None and board.board is not None
    waiting = len(board.approvals.shown_items())
    first = board.board.awaiting[0].id
    window.sidebar.setCurrentRow(list(window.sections).index("port_calls"))
    assert not board.isVisible()
    window.tasks.call(lambda: inspections.approve(desk, first), board)
    assert len(board.approvals.shown_items()) == waiting  # not read while hidden
    window.sidebar.setCurrentRow(list(window.sections).index("dashboard"))
    assert board.isVisible()
    assert len(board.approvals.shown_items()) == waiting - 1
