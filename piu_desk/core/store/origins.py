"""The stations the records of a store come from (their `origin`)."""

from __future__ import annotations

from piu_desk.core.store.connection import Connection

# The tables whose lists a desk filters by station.
LISTED = ("port_calls", "vessels", "tipoffs", "alerts", "watchlist_entries")


def present(conn: Connection) -> set[str]:
    """Every origin of a listed record. Each table is read one station at a time, the next
    one after the last (a seek in its origin index per station, not a row per record)."""
    found: set[str] = set()
    for table in LISTED:
        found.update(str(r[0]) for r in conn.execute(
            f"WITH RECURSIVE o(v) AS (SELECT min(origin) FROM {table} UNION ALL "
            f"SELECT (SELECT min(origin) FROM {table} WHERE origin > o.v) FROM o "
            "WHERE o.v IS NOT NULL) SELECT v FROM o WHERE v IS NOT NULL"))
    return found
