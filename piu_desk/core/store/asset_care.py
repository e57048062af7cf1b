"""Maintenance schedules, maintenance done, and repairs of equipment."""

from __future__ import annotations

from dataclasses import dataclass

from piu_desk.core.domain.asset import Asset, AssetStatus
from piu_desk.core.store.assets import asset_columns, asset_row
from piu_desk.core.store.connection import Connection


@dataclass(frozen=True)
class Schedule:
    id: int
    asset_id: int | None  # one item, or
    category: str  # every item of a category
    task: str
    every_months: int | None  # a recurring task, or
    due_on: str  # a task due on a date
    starts_on: str


@dataclass(frozen=True)
class Repair:
    id: int
    asset_id: int
    sent_on: str
    vendor: str = ""
    fault: str = ""
    returned_on: str = ""
    cost_khr: int = 0
    cost_usd_cents: int = 0
    outcome: str = ""


def insert_schedule(conn: Connection, s: Schedule, uid: str, origin: str) -> int:
    cur = conn.execute(
        "INSERT INTO maintenance_schedules(uid, origin, asset_id, category, task, every_months, "
        "due_on, starts_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (uid, origin, s.asset_id, s.category, s.task, s.every_months, s.due_on, s.starts_on))
    return int(cur.lastrowid or 0)


def schedules(conn: Connection) -> list[Schedule]:
    rows = conn.execute("SELECT id, asset_id, category, task, every_months, due_on, starts_on "
                        "FROM maintenance_schedules ORDER BY id").fetchall()
    return [Schedule(int(r[0]), None if r[1] is None else int(r[1]), str(r[2]), str(r[3]),
                     None if r[4] is None else int(r[4]), str(r[5]), str(r[6])) for r in rows]


def add_done(conn: Connection, schedule_id: int, asset_id: int, on: str, note: str,
             by: str) -> None:
    conn.execute("INSERT INTO maintenance_done(schedule_id, asset_id, done_on, note, by_user) "
                 "VALUES (?, ?, ?, ?, ?)", (schedule_id, asset_id, on, note, by))


def last_done(conn: Connection) -> dict[tuple[int, int], str]:
    """(schedule id, asset id) -> the latest date the task was done."""
    rows = conn.execute("SELECT schedule_id, asset_id, max(done_on) FROM maintenance_done "
                        "GROUP BY schedule_id, asset_id").fetchall()
    return {(int(r[0]), int(r[1])): str(r[2]) for r in rows}


# Each schedule with the items it covers (its item, or every item of its category), the
# latest date the task was done on each, and so the date it falls due: N months after it was
# last done (the month's last day when that month is shorter, as maintenance.add_months), or
# the start date if never done; a one-off task on its date until it is done.
_TARGETS = """
SELECT {columns}, s.id AS sid, CASE
    WHEN s.every_months IS NOT NULL AND coalesce(d.last, '') <> '' THEN
        min(date(d.last, '+' || s.every_months || ' months'),
            date(d.last, 'start of month', '+' || (s.every_months + 1) || ' months', '-1 day'))
    WHEN s.every_months IS NOT NULL THEN s.starts_on
    WHEN coalesce(d.last, '') <> '' THEN NULL
    ELSE s.due_on END AS due
FROM maintenance_schedules s JOIN assets a ON {join}
    AND a.id NOT IN (SELECT id FROM assets WHERE status IN ({marks}))
LEFT JOIN d ON d.schedule_id = s.id AND d.asset_id = a.id"""
# The latest date each task was done on each item, read once for both kinds of schedule.
# (The statuses are matched through their index, so that reading ids only does not read
# the items' rows.)
_DONE = ("WITH d AS MATERIALIZED (SELECT schedule_id, asset_id, max(done_on) AS last "
         "FROM maintenance_done GROUP BY schedule_id, asset_id) ")
_DUE = _DONE + "SELECT * FROM ({targets}) WHERE due <= ? ORDER BY due >= ?, due, tag, sid"


def due_by(conn: Connection, horizon: str, today: str,
           leaving_out: tuple[AssetStatus, ...]) -> list[tuple[int, Asset, str]]:
    """(schedule id, item, ISO date due) of every task falling due by `horizon`: overdue
    (before `today`) first, then by date, tag and schedule; items whose status is in
    `leaving_out` are not counted."""
    targets, out = _targets(asset_columns("a"), leaving_out)
    rows = conn.execute(_DUE.format(targets=targets), (*out, *out, horizon, today)).fetchall()
    return [(r[19], asset_row(r), r[-1]) for r in rows]


def due_ids(conn: Connection, horizon: str,
            leaving_out: tuple[AssetStatus, ...]) -> frozenset[int]:
    """The items of `due_by`, ids only: those with a task falling due by `horizon`."""
    targets, out = _targets("a.id AS aid", leaving_out)
    rows = conn.execute(f"{_DONE}SELECT aid FROM ({targets}) WHERE due <= ?",
                        (*out, *out, horizon)).fetchall()
    return frozenset(r[0] for r in rows)


def _targets(columns: str, leaving_out: tuple[AssetStatus, ...]) -> tuple[str, tuple[str, ...]]:
    """`_TARGETS` of the item schedules and of the category schedules, one after the other,
    with the statuses left out (to be given twice)."""
    marks = ", ".join("?" for _ in leaving_out) or "NULL"
    item = _TARGETS.format(columns=columns, marks=marks,
                           join="s.asset_id IS NOT NULL AND a.id = s.asset_id")
    category = _TARGETS.format(columns=columns, marks=marks,
                               join="s.asset_id IS NULL AND a.category = s.category")
    return f"{item} UNION ALL {category}", tuple(x.value for x in leaving_out)


def insert_repair(conn: Connection, r: Repair, uid: str, origin: str) -> int:
    cur = conn.execute("INSERT INTO repairs(uid, origin, asset_id, sent_on, vendor, fault) "
                       "VALUES (?, ?, ?, ?, ?, ?)",
                       (uid, origin, r.asset_id, r.sent_on, r.vendor, r.fault))
    return int(cur.lastrowid or 0)


def close_repair(conn: Connection, repair_id: int, returned_on: str, cost_khr: int,
                 cost_usd_cents: int, outcome: str) -> None:
    conn.execute("UPDATE repairs SET returned_on = ?, cost_khr = ?, cost_usd_cents = ?, "
                 "outcome = ? WHERE id = ?",
                 (returned_on, cost_khr, cost_usd_cents, outcome, repair_id))


def repairs(conn: Connection, asset_id: int | None = None) -> list[Repair]:
    rows = conn.execute("SELECT id, asset_id, sent_on, vendor, fault, returned_on, cost_khr, "
                        "cost_usd_cents, outcome FROM repairs WHERE ? IS NULL OR asset_id = ? "
                        "ORDER BY id", (asset_id, asset_id)).fetchall()
    return [Repair(int(r[0]), int(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]),
                   int(r[6]), int(r[7]), str(r[8])) for r in rows]
