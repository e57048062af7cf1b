"""What the daily report reads: the rows behind each of its figures, the pending items, and
the register of issued reports (kept in the audit trail) with its counter and key.

Bounds are given in the form each column keeps: moments written by an officer (arrival,
departure, start of an inspection, receipt of a tip-off) are local port time as text, compared
with local bounds ("2026-11-28T00:00"); moments the desk recorded (crew lists, alerts, persons
found aboard) are UTC with a zone, compared with UTC bounds; equipment events carry a date.
Every list is ordered by its time, then by id, so two reads of the same store print the same.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from piu_desk.core.domain.audit import AuditEntry
from piu_desk.core.store import meta
from piu_desk.core.store.connection import Connection

ISSUE_ACTION = "report.daily.issue"
KEY_SETTING = "daily_report_key"
COUNTER_SETTING = "daily_report_counter_{year}"
EQUIPMENT_KINDS = ("issued", "returned", "lost", "stolen")


@dataclass(frozen=True)
class CallRow:
    id: int
    vessel: str
    imo: str
    flag: str
    arrival: str
    departure: str
    berth: str
    last_port: str
    next_port: str


@dataclass(frozen=True)
class InspectionRow:
    id: int
    started_at: str
    vessel: str
    imo: str
    type: str
    outcome: str
    status: str
    risk: str
    officers: tuple[str, ...]  # user names, sorted


@dataclass(frozen=True)
class CrewListRow:
    id: int
    created_at: str
    vessel: str
    imo: str
    direction: str
    members: int
    alerts: int  # raised on this list's rows


@dataclass(frozen=True)
class AlertRow:
    id: int
    created_at: str
    subject_kind: str  # "crew_member", "person_aboard" or "port_call"
    subject: str  # the person's or the vessel's name
    vessel: str  # of the port call, when there is one
    entry: str  # the watchlist entry's names, one a line
    score: float
    status: str  # "open", "confirmed", "false_positive", "hq_check"
    disposed_by: str


@dataclass(frozen=True)
class AboardRow:
    id: int
    created_at: str
    vessel: str
    family_name: str
    given_names: str
    nationality: str
    date_of_birth: str
    age: int | None
    gender: str
    vulnerabilities: tuple[str, ...]


@dataclass(frozen=True)
class TipOffRow:
    id: int
    received_at: str
    channel: str
    source_code: str
    grade: str  # the grade's code ("B2"), empty when not graded
    handling: str
    status: str
    text: str


@dataclass(frozen=True)
class EquipmentRow:
    id: int
    on_date: str
    tag: str
    description: str
    kind: str  # one of EQUIPMENT_KINDS
    holder: str
    by_user: str


@dataclass(frozen=True)
class OverdueRow:
    custody_id: int
    tag: str
    description: str
    holder: str
    holder_kind: str
    issued_on: str
    expected_return: str


# -- what happened in the period ----------------------------------------------------------
_CALLS = ("SELECT pc.id, v.name, coalesce(v.imo, ''), v.flag, pc.arrival, pc.departure, "
          "pc.berth, pc.last_port, pc.next_port FROM port_calls pc "
          "JOIN vessels v ON v.id = pc.vessel_id ")


def _call(r: tuple[object, ...]) -> CallRow:
    return CallRow(int(str(r[0])), *(str(x) for x in r[1:]))


def arrivals(conn: Connection, start: str, end: str) -> list[CallRow]:
    rows = conn.execute(_CALLS + "WHERE pc.arrival >= ? AND pc.arrival < ? "
                        "ORDER BY pc.arrival, pc.id", (start, end))
    return [_call(r) for r in rows]


def departures(conn: Connection, start: str, end: str) -> list[CallRow]:
    rows = conn.execute(_CALLS + "WHERE pc.departure != '' AND pc.departure >= ? "
                        "AND pc.departure < ? ORDER BY pc.departure, pc.id", (start, end))
    return [_call(r) for r in rows]


_INSPECTIONS = (
    "SELECT i.id, i.started_at, v.name, coalesce(v.imo, ''), i.type, i.outcome, i.status, "
    "i.risk, (SELECT group_concat(o.username, ',') FROM inspection_officers o "
    "WHERE o.inspection_id = i.id) FROM inspections i "
    "JOIN port_calls pc ON pc.id = i.port_call_id JOIN vessels v ON v.id = pc.vessel_id ")


def _inspection(r: tuple[object, ...]) -> InspectionRow:
    officers = tuple(sorted(str(r[8]).split(","))) if r[8] else ()
    return InspectionRow(int(str(r[0])), str(r[1]), str(r[2]), str(r[3]), str(r[4]),
                         str(r[5]), str(r[6]), str(r[7]), officers)


def inspections(conn: Connection, start: str, end: str) -> list[InspectionRow]:
    """Inspections begun in the period, whatever their status."""
    rows = conn.execute(_INSPECTIONS + "WHERE i.started_at >= ? AND i.started_at < ? "
                        "ORDER BY i.started_at, i.id", (start, end))
    return [_inspection(r) for r in rows]


def crew_lists(conn: Connection, utc_start: str, utc_end: str) -> list[CrewListRow]:
    """Crew lists recorded in the period; each is screened against the watchlist when it is
    stored, so its rows are the crew screened."""
    rows = conn.execute(
        "SELECT cl.id, cl.created_at, v.name, coalesce(v.imo, ''), cl.direction, "
        "(SELECT count(*) FROM crew_members m WHERE m.crew_list_id = cl.id), "
        "(SELECT count(*) FROM alerts a JOIN crew_members m ON m.id = a.subject_id "
        " WHERE a.subject_kind = 'crew_member' AND m.crew_list_id = cl.id) "
        "FROM crew_lists cl JOIN port_calls pc ON pc.id = cl.port_call_id "
        "JOIN vessels v ON v.id = pc.vessel_id "
        "WHERE cl.created_at >= ? AND cl.created_at < ? ORDER BY cl.created_at, cl.id",
        (utc_start, utc_end))
    return [CrewListRow(int(str(r[0])), str(r[1]), str(r[2]), str(r[3]), str(r[4]),
                        int(str(r[5])), int(str(r[6]))) for r in rows]


_ALERTS = (
    "SELECT a.id, a.created_at, a.subject_kind, CASE a.subject_kind "
    " WHEN 'crew_member' THEN (SELECT trim(m.family_name || ' ' || m.given_names) "
    "   FROM crew_members m WHERE m.id = a.subject_id) "
    " WHEN 'person_aboard' THEN (SELECT trim(p.family_name || ' ' || p.given_names) "
    "   FROM persons_aboard p WHERE p.id = a.subject_id) "
    " ELSE (SELECT v.name FROM port_calls pc JOIN vessels v ON v.id = pc.vessel_id "
    "   WHERE pc.id = a.subject_id) END, "
    "(SELECT v.name FROM port_calls pc JOIN vessels v ON v.id = pc.vessel_id "
    " WHERE pc.id = a.port_call_id), "
    "e.names, a.score, a.status, a.disposed_by "
    "FROM alerts a JOIN watchlist_entries e ON e.id = a.entry_id ")


def _alert(r: tuple[object, ...]) -> AlertRow:
    return AlertRow(int(str(r[0])), str(r[1]), str(r[2]), str(r[3] or ""), str(r[4] or ""),
                    str(r[5]), float(str(r[6])), str(r[7]), str(r[8]))


def alerts(conn: Connection, utc_start: str, utc_end: str) -> list[AlertRow]:
    """Alerts raised in the period, with their disposition as it stands now."""
    rows = conn.execute(_ALERTS + "WHERE a.created_at >= ? AND a.created_at < ? "
                        "ORDER BY a.created_at, a.id", (utc_start, utc_end))
    return [_alert(r) for r in rows]


def persons_aboard(conn: Connection, utc_start: str, utc_end: str) -> list[AboardRow]:
    """Persons found aboard recorded in the period."""
    rows = conn.execute(
        "SELECT p.id, p.created_at, v.name, p.family_name, p.given_names, p.nationality, "
        "p.date_of_birth, p.age, p.gender, p.vulnerabilities FROM persons_aboard p "
        "JOIN port_calls pc ON pc.id = p.port_call_id JOIN vessels v ON v.id = pc.vessel_id "
        "WHERE p.created_at >= ? AND p.created_at < ? ORDER BY p.created_at, p.id",
        (utc_start, utc_end))
    return [AboardRow(int(str(r[0])), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]),
                      str(r[6]), None if r[7] is None else int(str(r[7])), str(r[8]),
                      tuple(v for v in str(r[9]).split(",") if v)) for r in rows]


def tipoffs(conn: Connection, start: str, end: str) -> list[TipOffRow]:
    """Tip-offs received in the period; a human source by its code only."""
    rows = conn.execute(
        "SELECT id, received_at, channel, source_code, grade, handling, status, text "
        "FROM tipoffs WHERE received_at >= ? AND received_at < ? ORDER BY received_at, id",
        (start, end))
    return [TipOffRow(int(str(r[0])), *(str(x) for x in r[1:])) for r in rows]


def equipment_events(conn: Connection, first_day: str, last_day: str) -> list[EquipmentRow]:
    """Items issued, returned, lost or stolen on the days `first_day` to `last_day`."""
    marks = ", ".join("?" * len(EQUIPMENT_KINDS))
    rows = conn.execute(
        "SELECT e.id, e.on_date, a.tag, a.description, e.kind, e.holder, e.by_user "
        "FROM asset_events e JOIN assets a ON a.id = e.asset_id "
        f"WHERE e.kind IN ({marks}) AND e.on_date >= ? AND e.on_date <= ? "
        "ORDER BY e.on_date, e.id", (*EQUIPMENT_KINDS, first_day, last_day))
    return [EquipmentRow(int(str(r[0])), *(str(x) for x in r[1:])) for r in rows]


# -- what is carried over -------------------------------------------------------------------
def awaiting_approval(conn: Connection, end: str) -> list[InspectionRow]:
    """Inspections begun before `end` and submitted, not yet approved or returned."""
    rows = conn.execute(_INSPECTIONS + "WHERE i.status = 'submitted' AND i.started_at < ? "
                        "ORDER BY i.started_at, i.id", (end,))
    return [_inspection(r) for r in rows]


def open_alerts(conn: Connection, utc_end: str) -> list[AlertRow]:
    rows = conn.execute(_ALERTS + "WHERE a.status = 'open' AND a.created_at < ? "
                        "ORDER BY a.created_at, a.id", (utc_end,))
    return [_alert(r) for r in rows]


def overdue_returns(conn: Connection, before: str) -> list[OverdueRow]:
    """Items still out whose expected return date is before the date `before`."""
    rows = conn.execute(
        "SELECT c.id, a.tag, a.description, c.holder, c.holder_kind, c.issued_on, "
        "c.expected_return FROM custody c JOIN assets a ON a.id = c.asset_id "
        "WHERE c.ended_on = '' AND c.expected_return != '' AND c.expected_return < ? "
        "ORDER BY c.expected_return, c.id", (before,))
    return [OverdueRow(int(str(r[0])), *(str(x) for x in r[1:])) for r in rows]


# -- the register of issued reports -------------------------------------------------------------
def next_number(conn: Connection, year: int) -> int:
    """The next report number of `year` (1, 2, ...); call inside the issuing transaction."""
    key = COUNTER_SETTING.replace("{year}", str(year))
    value = int(meta.setting(conn, key, "0")) + 1
    meta.put_setting(conn, key, str(value))
    return value


def mac_key(conn: Connection) -> bytes:
    """The desk's key for verification codes, made on first use; it stays inside the
    encrypted database (a copy of a printed report cannot give it away)."""
    found = meta.setting(conn, KEY_SETTING, "")
    if not found:
        found = os.urandom(32).hex()
        meta.put_setting(conn, KEY_SETTING, found)
    return bytes.fromhex(found)


_AUDIT = "seq, at, actor, action, target, detail, prev_hash, hash"


def _entry(r: tuple[object, ...]) -> AuditEntry:
    return AuditEntry(int(str(r[0])), *(str(x) for x in r[1:]))


def issued(conn: Connection, number: str) -> AuditEntry | None:
    """The audit entry that issued report `number`, if the desk issued it."""
    row = conn.execute(f"SELECT {_AUDIT} FROM audit WHERE action = ? AND target = ? "
                       "ORDER BY seq LIMIT 1", (ISSUE_ACTION, number)).fetchone()
    return _entry(row) if row else None


def issued_page(conn: Connection, offset: int, limit: int) -> list[AuditEntry]:
    """Issued reports, newest first."""
    rows = conn.execute(f"SELECT {_AUDIT} FROM audit WHERE action = ? ORDER BY seq DESC "
                        "LIMIT ? OFFSET ?", (ISSUE_ACTION, limit, offset))
    return [_entry(r) for r in rows]
