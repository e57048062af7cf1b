"""Rendering printouts: the 60-row crew list (IMO FAL Form 5, landscape) in English and in
Khmer, built in memory from its data; and a crew list printed from the scale store (read
through the services, then rendered) as the "Print / Save as PDF…" button does it."""

from __future__ import annotations

import time
from datetime import datetime

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from piu_desk.core.desk import Desk
from piu_desk.core.records import crew
from piu_desk.core.reports.crew_list_report import render_crew_list
from piu_desk.core.reports.printouts import crew_list_printout
from tests.bench import figures
from tests.bench.figures import median, ms
from tests.bench.scale_data import ScaleStore
from tests.core.reports_records_support import sample_crew_list_data, translator
from tests.core.reports_support import pdf_pages_text

ROWS = 60


@pytest.mark.parametrize("language", ["en", "km"])
def test_render_a_60_row_crew_list(benchmark: BenchmarkFixture, language: str) -> None:
    data = sample_crew_list_data(ROWS)
    translate = translator(language)
    render_crew_list(data, translate, language)  # fonts registered, Khmer bold cut: once
    times = []
    for _ in range(5):
        start = time.perf_counter()
        pdf = render_crew_list(data, translate, language)
        times.append(time.perf_counter() - start)
    pages = len(pdf_pages_text(pdf))
    benchmark.pedantic(render_crew_list, args=(data, translate, language), rounds=5,
                       iterations=1)
    figures.add(f"crew list PDF, {ROWS} rows, {language} ({pages} pages, {len(pdf) // 1024} KB)",
                ms(median(times)))


def test_print_a_crew_list_from_the_scale_store(benchmark: BenchmarkFixture, desk: Desk,
                                                scale: ScaleStore) -> None:
    counts = scale.info["counts"]
    assert isinstance(counts, dict)
    newest = int(counts["port_calls"])
    list_id = crew.list_summaries(desk, newest)[0][0].id or 0
    at = datetime(2026, 11, 30, 9, 0)
    first = crew_list_printout(desk, list_id, "Bench Admin", at)
    rows = len(crew.get_list(desk, list_id).members)
    times = []
    for _ in range(5):
        start = time.perf_counter()
        crew_list_printout(desk, list_id, "Bench Admin", at)
        times.append(time.perf_counter() - start)
    benchmark.pedantic(crew_list_printout, args=(desk, list_id, "Bench Admin", at), rounds=3,
                       iterations=1)
    assert first.data.startswith(b"%PDF-")
    figures.add(f"crew list printout from the store ({rows} rows): read + render",
                ms(median(times)))
