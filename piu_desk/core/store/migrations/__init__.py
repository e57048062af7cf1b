"""Numbered schema migrations. The schema version is `PRAGMA user_version`.

Each migration is a module `mNNNN_name.py` with `VERSION` and `SQL` (or `apply(conn)`);
they run in order, each in its own transaction, so a store of any older version upgrades
step by step.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from piu_desk.core.errors import StoreTooNew
from piu_desk.core.store.connection import Connection, transaction
from piu_desk.core.store.migrations import (
    m0001_initial,
    m0002_records,
    m0003_search_prefixes,
    m0004_person_lookups,
    m0005_intel,
    m0006_watchlist,
    m0007_equipment,
    m0008_screening_index,
    m0009_equipment_indexes,
    m0010_exchange,
    m0011_watchlist_releases,
    m0012_origin_indexes,
)

Step = tuple[int, Callable[[Connection], None]]


def _sql_step(sql: str) -> Callable[[Connection], None]:
    def run(conn: Connection) -> None:
        for statement in sql.split(";\n"):
            if statement.strip():
                conn.execute(statement)
    return run


STEPS: list[Step] = [
    (m0001_initial.VERSION, _sql_step(m0001_initial.SQL)),
    (m0002_records.VERSION, _sql_step(m0002_records.SQL)),
    (m0003_search_prefixes.VERSION, _sql_step(m0003_search_prefixes.SQL)),
    (m0004_person_lookups.VERSION, _sql_step(m0004_person_lookups.SQL)),
    (m0005_intel.VERSION, _sql_step(m0005_intel.SQL)),
    (m0006_watchlist.VERSION, _sql_step(m0006_watchlist.SQL)),
    (m0007_equipment.VERSION, _sql_step(m0007_equipment.SQL)),
    (m0008_screening_index.VERSION, _sql_step(m0008_screening_index.SQL)),
    (m0009_equipment_indexes.VERSION, _sql_step(m0009_equipment_indexes.SQL)),
    (m0010_exchange.VERSION, m0010_exchange.apply),
    (m0011_watchlist_releases.VERSION, _sql_step(m0011_watchlist_releases.SQL)),
    (m0012_origin_indexes.VERSION, _sql_step(m0012_origin_indexes.SQL)),
]
LATEST = STEPS[-1][0]


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def pending(conn: Connection) -> list[int]:
    current = schema_version(conn)
    if current > LATEST:
        raise StoreTooNew(current, LATEST)
    return [v for v, _ in STEPS if v > current]


def upgrade(conn: Connection, path: Path) -> list[int]:
    """Apply every pending migration; returns the versions applied."""
    applied = []
    for version, step in STEPS:
        if version <= schema_version(conn):
            continue
        with transaction(conn, path):
            step(conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
        applied.append(version)
    return applied
