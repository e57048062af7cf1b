"""What the dashboards read beyond the daily report's rows: counts per day for the 30-day
chart, the tip-offs waiting to be assessed, the last exchange with headquarters, and an
officer's own work (their draft and returned inspections, the tip-offs they logged that are
still new, the equipment they hold).

Bounds are given in the form each column keeps, as in store/daily.py: local port time as
text for arrivals and inspections, UTC moments for alerts, dates for custody.
"""

from __future__ import annotations

from dataclasses import dataclass

from piu_desk.core.domain.audit import AuditEntry
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.daily import (
    _CALLS,
    _INSPECTIONS,
    CallRow,
    InspectionRow,
    TipOffRow,
    _call,
    _inspection,
)

# Exchange work records its audit entries as "exchange.<what>" (export, import, ...).
EXCHANGE_PREFIX = "exchange."


@dataclass(frozen=True)
class HeldRow:
    custody_id: int
    tag: str
    description: str
    issued_on: str
    expected_return: str  # empty: no date given
    accepted_at: str  # empty: not yet accepted


# -- today's counts -----------------------------------------------------------------------------
# The daily report reads every row behind its figures; the dashboard only counts, with plans
# that stay fast on a store of ten years (no join before the filter, an index where there is
# one). The tests hold both to the same figures.
def count_arrivals(conn: Connection, start: str, end: str) -> int:
    return _one(conn, "SELECT count(*) FROM port_calls WHERE arrival >= ? AND arrival < ?",
                start, end)


def count_departures(conn: Connection, start: str, end: str) -> int:
    return _one(conn, "SELECT count(*) FROM port_calls WHERE departure != '' AND "
                "departure >= ? AND departure < ?", start, end)


def inspections_by_outcome(conn: Connection, start: str, end: str) -> dict[str, int]:
    rows = conn.execute("SELECT outcome, count(*) FROM inspections WHERE started_at >= ? "
                        "AND started_at < ? GROUP BY outcome", (start, end))
    return {str(o): int(n) for o, n in rows}


def crew_screened(conn: Connection, utc_start: str, utc_end: str) -> tuple[int, int]:
    """Crew lists recorded in the period, and their rows (the crew screened)."""
    row = conn.execute(
        "SELECT count(*), coalesce(sum((SELECT count(*) FROM crew_members m "
        "WHERE m.crew_list_id = cl.id)), 0) FROM crew_lists cl "
        "WHERE cl.created_at >= ? AND cl.created_at < ?", (utc_start, utc_end)).fetchone()
    return int(row[0]), int(row[1])


def count_alerts(conn: Connection, utc_start: str, utc_end: str) -> int:
    return _one(conn, "SELECT count(*) FROM alerts WHERE created_at >= ? AND created_at < ?",
                utc_start, utc_end)


def count_tipoffs(conn: Connection, start: str, end: str) -> int:
    return _one(conn, "SELECT count(*) FROM tipoffs WHERE received_at >= ? AND "
                "received_at < ?", start, end)


def _one(conn: Connection, sql: str, *args: object) -> int:
    return int(conn.execute(sql, args).fetchone()[0])


# -- the chart --------------------------------------------------------------------------------
def arrivals_per_day(conn: Connection, start: str, end: str) -> dict[str, int]:
    """Port calls arrived in [start, end) by local day ("2026-11-28": 4)."""
    rows = conn.execute("SELECT substr(arrival, 1, 10), count(*) FROM port_calls "
                        "WHERE arrival >= ? AND arrival < ? GROUP BY 1", (start, end))
    return {str(d): int(n) for d, n in rows}


def inspections_per_day(conn: Connection, start: str, end: str) -> dict[str, int]:
    """Inspections begun in [start, end), whatever their status, by local day."""
    rows = conn.execute("SELECT substr(started_at, 1, 10), count(*) FROM inspections "
                        "WHERE started_at >= ? AND started_at < ? GROUP BY 1", (start, end))
    return {str(d): int(n) for d, n in rows}


def alert_moments(conn: Connection, utc_start: str, utc_end: str) -> list[str]:
    """When each alert of [utc_start, utc_end) was raised (UTC): the caller puts them on
    local days."""
    rows = conn.execute("SELECT created_at FROM alerts WHERE created_at >= ? "
                        "AND created_at < ?", (utc_start, utc_end))
    return [str(r[0]) for r in rows]


# -- counts and the last exchange -------------------------------------------------------------
def new_tipoffs(conn: Connection) -> int:
    """Tip-offs still in status "new" (not yet assessed), whenever received."""
    return int(conn.execute("SELECT count(*) FROM tipoffs WHERE status = 'new'").fetchone()[0])


def open_alerts(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM alerts WHERE status = 'open'").fetchone()[0])


def last_exchange(conn: Connection) -> AuditEntry | None:
    """The newest audit entry of an exchange with headquarters, if there was one."""
    row = conn.execute(
        "SELECT seq, at, actor, action, target, detail, prev_hash, hash FROM audit "
        "WHERE action >= ? AND action < ? ORDER BY seq DESC LIMIT 1",
        (EXCHANGE_PREFIX, EXCHANGE_PREFIX[:-1] + chr(ord(EXCHANGE_PREFIX[-1]) + 1))
    ).fetchone()
    return AuditEntry(int(str(row[0])), *(str(x) for x in row[1:])) if row else None


# -- an officer's own work --------------------------------------------------------------------
def my_inspections(conn: Connection, username: str) -> list[InspectionRow]:
    """Inspections the officer boarded that are drafts or returned for changes, oldest
    first."""
    rows = conn.execute(
        _INSPECTIONS + "WHERE i.status IN ('draft', 'returned') AND EXISTS (SELECT 1 FROM "
        "inspection_officers o WHERE o.inspection_id = i.id AND o.username = ?) "
        "ORDER BY i.started_at, i.id", (username,))
    return [_inspection(r) for r in rows]


def calls_of_day(conn: Connection, start: str, end: str) -> list[CallRow]:
    """Port calls arriving or departing in [start, end), by the first of those times."""
    rows = conn.execute(
        _CALLS + "WHERE (pc.arrival >= ? AND pc.arrival < ?) OR (pc.departure != '' AND "
        "pc.departure >= ? AND pc.departure < ?) ORDER BY CASE WHEN pc.arrival >= ? "
        "THEN pc.arrival ELSE pc.departure END, pc.id", (start, end, start, end, start))
    return [_call(r) for r in rows]


def my_new_tipoffs(conn: Connection, username: str) -> list[TipOffRow]:
    rows = conn.execute(
        "SELECT id, received_at, channel, source_code, grade, handling, status, text "
        "FROM tipoffs WHERE status = 'new' AND reporting_officer = ? ORDER BY received_at, id",
        (username,))
    return [TipOffRow(int(str(r[0])), *(str(x) for x in r[1:])) for r in rows]


def held_by(conn: Connection, username: str) -> list[HeldRow]:
    """What the officer holds now, soonest due back first (no date last)."""
    rows = conn.execute(
        "SELECT c.id, a.tag, a.description, c.issued_on, c.expected_return, c.accepted_at "
        "FROM custody c JOIN assets a ON a.id = c.asset_id WHERE c.ended_on = '' AND "
        "c.holder_kind = 'officer' AND c.holder = ? "
        "ORDER BY c.expected_return = '', c.expected_return, c.id", (username,))
    return [HeldRow(int(str(r[0])), *(str(x) for x in r[1:])) for r in rows]
