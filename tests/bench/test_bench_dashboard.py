"""Opening the supervisor's dashboard on the ten-year store (goal < 300 ms): the figures
alone (today's tiles, the queues, 30 days of counts), and the whole section built as the
main window builds it (figures, tiles, panels, chart painted once).

The scale store was loaded in bulk at one moment, so every one of its 50,000 crew lists
was "recorded" on its last day, 30 November 2026: opening the dashboard on that day counts
1.5 million crew rows as screened today, far beyond any real day. The day before is a
realistic day of that port; both are timed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from pytest_benchmark.fixture import BenchmarkFixture
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.reports.dashboard_figures import CHART_DAYS, supervisor_dashboard
from piu_desk.ui.dashboard import DashboardSection
from piu_desk.ui.tasks import TaskRunner
from tests.bench import figures
from tests.bench.figures import median, ms
from tests.bench.scale_data import END

GOAL_S = 0.300
LOADED_ON = END.date()
ORDINARY_DAY = LOADED_ON - timedelta(days=1)


def timed(fn: Callable[[], object], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return median(times)


def at_noon(day: date) -> Callable[[], datetime]:
    moment = datetime.combine(day, datetime.min.time()).replace(hour=12, tzinfo=UTC)
    return lambda: moment


@pytest.mark.parametrize("day", [ORDINARY_DAY, LOADED_ON], ids=["ordinary-day", "load-day"])
def test_dashboard_figures(benchmark: BenchmarkFixture, desk: Desk, day: date) -> None:
    board = supervisor_dashboard(desk, day)
    assert len(board.days) == CHART_DAYS and sum(d.arrivals for d in board.days) > 100
    took = timed(lambda: supervisor_dashboard(desk, day))
    if day == LOADED_ON:  # no goal: 1.5 million crew rows counted as screened that day
        figures.add("dashboard figures, the bulk-load day (all crew lists), median", ms(took))
    else:
        figures.add("dashboard figures, an ordinary day, median", ms(took), "< 300 ms",
                    took < GOAL_S)
    benchmark(supervisor_dashboard, desk, day)


def test_open_the_dashboard_section(benchmark: BenchmarkFixture, qtbot: QtBot, desk: Desk,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(desk, "_clock", at_noon(ORDINARY_DAY))
    tasks = TaskRunner(desk)

    def open_section() -> DashboardSection:
        section = DashboardSection(desk, tasks)
        section.resize(1140, 700)
        section.chart.grab()  # painted once, as when shown
        return section

    opened: list[DashboardSection] = []
    took = timed(lambda: opened.append(open_section()))
    section = opened[-1]
    assert section.board is not None and section.board.today == ORDINARY_DAY
    assert section.tiles["arrivals"].value == section.board.figures.arrived
    figures.add("dashboard section opened (figures + widgets + chart), median", ms(took),
                "< 300 ms", took < GOAL_S)
    benchmark(lambda: opened.append(open_section()))
    for widget in opened:
        widget.deleteLater()
