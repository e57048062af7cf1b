"""The price of encryption on a representative desk workload: the same work, in the same
process with the same pragmas (WAL, synchronous=FULL, ...), on SQLCipher keyed with a raw
key and on plain SQLite. Goal: SQLCipher at most 1.15x plain SQLite."""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3
from pytest_benchmark.fixture import BenchmarkFixture

from piu_desk.core.store import audit, connection, keys, migrations
from tests.bench import figures

ROWS = 20_000
BATCH = 100
LOOKUPS = 2_000
AUDIT_ENTRIES = 500
ROUNDS = 4
# The desk's own pragmas (connection.open_database), for every variant alike.
PRAGMAS = ["PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
           "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY", "PRAGMA secure_delete = ON"]

CREW_SCHEMA = """
CREATE TABLE crew (
    id INTEGER PRIMARY KEY, vessel_imo TEXT NOT NULL, port_call INTEGER NOT NULL,
    family_name TEXT NOT NULL, given_names TEXT NOT NULL, nationality TEXT NOT NULL,
    birth_date TEXT NOT NULL, sex TEXT NOT NULL, document_no TEXT NOT NULL,
    rank TEXT NOT NULL, signed_on TEXT NOT NULL, remarks TEXT NOT NULL);
CREATE INDEX crew_document ON crew(document_no);
CREATE INDEX crew_name ON crew(family_name, given_names);
CREATE INDEX crew_signed_on ON crew(signed_on)
"""

FAMILY = ["NGUYEN", "TRAN", "SOK", "CHAN", "SANTOS", "REYES", "WANG", "LI", "ZHANG", "KIM",
          "PETROV", "IVANOV", "KUMAR", "SINGH", "RAHMAN", "SILVA", "GARCIA", "TAN", "LIM"]
GIVEN = ["MINH", "DARA", "JOSE", "MARIA", "WEI", "JUN", "ALEXEI", "RAVI", "AHMED", "ANA",
         "VANNA", "SOPHEAP", "PAULO", "HUNG", "LAN", "MEI", "OLEG", "SURESH", "NUR", "LEE"]
NATIONS = ["VNM", "KHM", "PHL", "CHN", "KOR", "RUS", "IND", "BGD", "IDN", "MMR", "THA", "UKR"]
RANKS = ["Master", "Chief Officer", "2nd Officer", "Chief Engineer", "AB", "OS", "Oiler",
         "Cook", "Fitter", "Bosun", "Electrician", "Cadet"]


def crew_rows() -> list[tuple[object, ...]]:
    rng = random.Random(20261128)
    start = date(2024, 1, 1)
    return [(f"9{rng.randrange(100000, 999999)}", rng.randrange(1, 2000),
             rng.choice(FAMILY), f"{rng.choice(GIVEN)} {rng.choice(GIVEN)}",
             rng.choice(NATIONS), (date(1960, 1, 1) + timedelta(days=rng.randrange(16000)))
             .isoformat(), rng.choice("MF"), f"{rng.choice('CPEB')}{rng.randrange(10**7):07d}",
             rng.choice(RANKS), (start + timedelta(days=rng.randrange(900))).isoformat(),
             "" if rng.random() < 0.8 else "transit crew, joined at anchorage")
            for _ in range(ROWS)]


ROWS_DATA = crew_rows()
LOOKUP_KEYS = [str(r[7]) for r in random.Random(7).sample(ROWS_DATA, LOOKUPS)]


def workload(conn: Any, path: Path) -> dict[str, float]:
    """The timed work; returns the CPU seconds spent in each phase (this thread runs
    SQLite, so its CPU time is SQLite's work, without the waits for fsync)."""
    phases: dict[str, float] = {}

    def phase(name: str, fn: Callable[[], None]) -> None:
        t0 = time.thread_time()
        fn()
        phases[name] = time.thread_time() - t0

    def insert() -> None:
        for i in range(0, ROWS, BATCH):
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT INTO crew(vessel_imo, port_call, family_name, given_names,"
                             " nationality, birth_date, sex, document_no, rank, signed_on, "
                             "remarks) VALUES (?,?,?,?,?,?,?,?,?,?,?)", ROWS_DATA[i:i + BATCH])
            conn.execute("COMMIT")

    def lookups() -> None:
        for key in LOOKUP_KEYS:
            assert conn.execute("SELECT id, family_name, given_names FROM crew "
                                "WHERE document_no = ?", (key,)).fetchall()
        for family in FAMILY:
            conn.execute("SELECT id FROM crew WHERE family_name = ? ORDER BY given_names",
                         (family,)).fetchall()

    def range_scan() -> None:
        rows = conn.execute("SELECT * FROM crew WHERE signed_on BETWEEN ? AND ? "
                            "ORDER BY signed_on", ("2024-06-01", "2024-09-30")).fetchall()
        assert len(rows) > ROWS // 10

    def aggregate() -> None:
        rows = conn.execute("SELECT nationality, rank, count(*), min(birth_date) FROM crew "
                            "GROUP BY nationality, rank ORDER BY 3 DESC").fetchall()
        assert sum(r[2] for r in rows) == ROWS

    def audit_appends() -> None:
        for i in range(AUDIT_ENTRIES):
            if i % 10 == 0:
                conn.execute("BEGIN IMMEDIATE")
            audit.append(conn, "2026-11-28T08:00:00+00:00", "vanna", "crew.add",
                         f"crew {i}", "")
            if i % 10 == 9:
                conn.execute("COMMIT")

    phase("insert", insert)
    phase("lookup", lookups)
    phase("range", range_scan)
    phase("aggregate", aggregate)
    phase("audit", audit_appends)
    return phases


def _prepare(conn: Any, path: Path) -> Any:
    """The desk's schema (through its migrations) plus the crew-list table."""
    migrations.upgrade(conn, path)
    for statement in CREW_SCHEMA.split(";\n"):
        conn.execute(statement)
    return conn


def open_sqlcipher(path: Path) -> Any:
    return _prepare(connection.open_database(path, keys.random_key(), create=True), path)


def _plain(conn: Any, path: Path) -> Any:
    for pragma in PRAGMAS:
        conn.execute(pragma).fetchall()
    return _prepare(conn, path)


def open_plain_sqlcipher3(path: Path) -> Any:
    return _plain(sqlcipher3.connect(str(path), isolation_level=None), path)


def open_stdlib(path: Path) -> Any:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cache_size = -8000")  # sqlcipher3's default, for like with like
    return _plain(conn, path)


VARIANTS: dict[str, Callable[[Path], Any]] = {
    "sqlcipher": open_sqlcipher,  # the desk's own connection, raw 256-bit key
    "plain": open_plain_sqlcipher3,  # the same SQLite build, no key
    "stdlib": open_stdlib,  # Python's own sqlite3 (its SQLite version may differ)
}


def test_store_workload_sqlcipher_vs_plain(benchmark: BenchmarkFixture,
                                           tmp_path: Path) -> None:
    """One round runs the workload once on each variant, in a rotating order, so load on
    the machine that comes and goes is shared out evenly; each variant's figure is the
    median over rounds (wall and CPU time), each phase's CPU time the best over rounds.
    Wall time includes waiting for fsync (synchronous=FULL), so it depends on the disk;
    CPU time is the cost of the work itself, encryption included."""
    wall: dict[str, list[float]] = {v: [] for v in VARIANTS}
    cpu: dict[str, list[float]] = {v: [] for v in VARIANTS}
    best: dict[str, dict[str, float]] = {v: {} for v in VARIANTS}
    rounds = iter(range(1000))

    def one_round() -> None:
        n = next(rounds)
        order = list(VARIANTS)[n % 3:] + list(VARIANTS)[:n % 3]
        for variant in order:
            path = tmp_path / f"{variant}-{n}.db"
            conn = VARIANTS[variant](path)
            try:
                w0, c0 = time.perf_counter(), time.thread_time()
                phases = workload(conn, path)
                wall[variant].append(time.perf_counter() - w0)
                cpu[variant].append(time.thread_time() - c0)
            finally:
                conn.close()
            for name, seconds in phases.items():
                best[variant][name] = min(best[variant].get(name, seconds), seconds)
            if n:  # keep round 0's files to look at
                for leftover in tmp_path.glob(f"{variant}-{n}.db*"):
                    leftover.unlink()

    benchmark.pedantic(one_round, rounds=ROUNDS, warmup_rounds=1)
    # The SQLCipher variant's file really is encrypted, and the plain one really is not.
    assert not (tmp_path / "sqlcipher-0.db").read_bytes().startswith(b"SQLite format 3")
    assert (tmp_path / "plain-0.db").read_bytes().startswith(b"SQLite format 3")

    labels = {"sqlcipher": "SQLCipher, raw key", "plain": "plain SQLite (same build, no key)",
              "stdlib": "plain SQLite (Python's sqlite3)"}
    for variant, label in labels.items():
        figures.add(f"store workload: {label}, wall / CPU",
                    f"{figures.ms(statistics.median(wall[variant]))} / "
                    f"{figures.ms(statistics.median(cpu[variant]))}")
    ratio = statistics.median(wall["sqlcipher"]) / statistics.median(wall["plain"])
    cpu_ratio = statistics.median(cpu["sqlcipher"]) / statistics.median(cpu["plain"])
    stdlib = statistics.median(wall["sqlcipher"]) / statistics.median(wall["stdlib"])
    phases = ", ".join(f"{name} {best['sqlcipher'][name] / best['plain'][name]:.2f}x"
                       for name in best["sqlcipher"])
    figures.add("  CPU by phase (best of rounds), SQLCipher / plain", phases)
    figures.add("SUMMARY store overhead: SQLCipher / plain SQLite",
                f"{ratio:.2f}x wall, {cpu_ratio:.2f}x CPU ({stdlib:.2f}x vs Python's sqlite3)",
                "<= 1.15x", ratio <= 1.15)
