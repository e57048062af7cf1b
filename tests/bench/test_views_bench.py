"""Opening the list views as the UI's lazy models do: the row count, then the first page of
200 rows — the crew list of a port call, and the port-call list (unfiltered, filtered by
vessel name, sorted by vessel)."""

from __future__ import annotations

import time

from pytest_benchmark.fixture import BenchmarkFixture

from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import CrewMember
from piu_desk.core.records import crew, port_calls
from tests.bench import figures
from tests.bench.figures import median, ms, percentile
from tests.bench.scale_data import ScaleStore

PAGE = 200


def open_crew_list(desk: Desk, port_call_id: int) -> list[CrewMember]:
    lists = crew.list_summaries(desk, port_call_id)
    return crew.members(desk, lists[0][0].id or 0, 0, PAGE) if lists else []


def test_open_a_crew_list(benchmark: BenchmarkFixture, desk: Desk, scale: ScaleStore) -> None:
    counts = scale.info["counts"]
    assert isinstance(counts, dict)
    total = int(counts["port_calls"])
    sample = [1 + i * (total - 1) // 99 for i in range(100)]  # oldest to newest
    times = []
    for pid in sample:
        start = time.perf_counter()
        rows = open_crew_list(desk, pid)
        times.append(time.perf_counter() - start)
        assert rows
    benchmark(open_crew_list, desk, total)
    figures.add("crew list view: count + first page, median", ms(median(times)))
    figures.add("crew list view: p95 (100 port calls)", ms(percentile(times, 0.95)))


def test_open_the_port_call_list(benchmark: BenchmarkFixture, desk: Desk) -> None:
    def first_page(vessel_name: str = "", order: str = "arrival") -> int:
        port_calls.page(desk, 0, PAGE, vessel_name=vessel_name, order=order)
        return port_calls.count(desk, vessel_name=vessel_name)

    cases = {"port-call list: count + first page": ("", "arrival"),
             "  filtered by vessel name 'star'": ("star", "arrival"),
             "  sorted by vessel": ("", "vessel")}
    for label, (name, order) in cases.items():
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            first_page(name, order)
            runs.append(time.perf_counter() - start)
        figures.add(label, ms(median(runs)))
    benchmark(first_page)
