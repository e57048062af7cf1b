"""Importing a 40-row crew-list sheet as an officer does: read the workbook, check every row
through the guessed mapping, save the list (linking each row to a person among the store's
300,000). Into a copy of the scale store, so the cached one stays as generated."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import CrewList, Direction
from piu_desk.core.imports.crew_sheet import apply_mapping, read_sheet
from piu_desk.core.records import crew
from tests.bench import figures
from tests.bench.figures import median, ms
from tests.bench.scale_data import ADMIN, ScaleStore
from tests.conftest import CHEAP_KDF
from tests.core import crew_sheets

TODAY = date(2026, 11, 30)


@pytest.fixture
def scratch(scale: ScaleStore, desk: Desk, tmp_path: Path) -> Iterator[Desk]:
    folder = tmp_path / "copy"
    desk.lock()  # the copy is taken with nothing half-written
    shutil.copytree(scale.folder, folder, ignore=shutil.ignore_patterns("desk.lock"))
    desk.unlock(ADMIN[0], ADMIN[2])
    with Desk.open(folder, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF) as copy:
        copy.unlock(ADMIN[0], ADMIN[2])
        yield copy


def sheet(scale: ScaleStore, folder: Path) -> Path:
    rows = [crew_sheets.Crew(n, m.family_name, m.given_names, m.rank or "AB", m.nationality,
                             date.fromisoformat(m.date_of_birth), m.place_of_birth, m.gender,
                             "passport", m.document_number, m.document_issuer,
                             date.fromisoformat(m.document_expiry))
            for n, m in enumerate(scale.crew(), start=1)]
    assert len(rows) == 40
    return crew_sheets.current_layout_xlsx(folder, crew=rows)


def test_import_a_40_row_sheet(benchmark: BenchmarkFixture, scale: ScaleStore,
                               scratch: Desk, tmp_path: Path) -> None:
    path = sheet(scale, tmp_path)

    def import_sheet() -> int:
        preview = read_sheet(path, today=TODAY)
        report = apply_mapping(preview, preview.mapping, today=TODAY)
        assert report.valid_count == 40, report.summary()
        list_id, _ = crew.save_list(scratch, CrewList(None, scale.port_calls, Direction.ARRIVAL,
                                                      path.name, report.members), TODAY)
        return list_id

    steps: dict[str, list[float]] = {"read": [], "check": [], "save": []}
    for _ in range(5):
        start = time.perf_counter()
        preview = read_sheet(path, today=TODAY)
        read = time.perf_counter()
        report = apply_mapping(preview, preview.mapping, today=TODAY)
        checked = time.perf_counter()
        crew.save_list(scratch, CrewList(None, scale.port_calls, Direction.ARRIVAL, path.name,
                                         report.members), TODAY)
        saved = time.perf_counter()
        steps["read"].append(read - start)
        steps["check"].append(checked - read)
        steps["save"].append(saved - checked)
    benchmark.pedantic(import_sheet, rounds=5, iterations=1)
    total = sum(median(v) for v in steps.values())
    figures.add("import 40-row xlsx: read + check + save", ms(total))
    figures.add("  read_sheet / apply_mapping / save_list",
                " / ".join(f"{median(v) * 1000:.1f}" for v in steps.values()) + " ms")
