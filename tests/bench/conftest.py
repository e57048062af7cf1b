"""Benchmarks on a store the size of ten years at a busy port (scale_data), cached under
.bench-cache/. `make bench` runs them; `BENCH_SCALE=0.05 make bench` tries them quickly on
a smaller store. A table of the figures is printed at the end."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from piu_desk.core.desk import Desk
from tests.bench import figures
from tests.bench.scale_data import ScaleStore, scale_store


@pytest.fixture(scope="session")
def scale() -> ScaleStore:
    store = scale_store(float(os.environ.get("BENCH_SCALE", "1")))
    counts = store.info["counts"]
    assert isinstance(counts, dict)
    figures.add("store: port calls / crew rows / persons",
                f"{counts['port_calls']:,} / {counts['crew_rows']:,} / {counts['persons']:,}")
    figures.add("store: built in (cached afterwards)", f"{store.info['build_seconds']} s")
    return store


@pytest.fixture(scope="session")
def desk(scale: ScaleStore) -> Iterator[Desk]:
    with scale.open() as opened:
        yield opened


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if figures.FIGURES:
        terminalreporter.section("PIU Desk benchmark figures")
        for line in figures.table():
            terminalreporter.write_line(line)
