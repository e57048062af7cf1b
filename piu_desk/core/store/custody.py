"""Custody of equipment: who or which place holds an item, from when, and its acceptance."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from piu_desk.core.domain.asset import Asset
from piu_desk.core.store.assets import asset_columns, asset_row
from piu_desk.core.store.connection import Connection

_COLUMNS = ("id, asset_id, holder_kind, holder, issued_on, expected_return, accepted_at, "
            "accepted_by, ended_on, end_kind, return_condition, issued_by")


@dataclass(frozen=True)
class Custody:
    id: int
    asset_id: int
    holder_kind: str  # "officer" (a user name) or "place"
    holder: str
    issued_on: str
    expected_return: str = ""
    accepted_at: str = ""
    accepted_by: str = ""
    ended_on: str = ""  # empty while the holder has it
    end_kind: str = ""  # returned, transferred, repair_sent, lost, stolen
    return_condition: str = ""
    issued_by: str = ""


def _custody(r: tuple[Any, ...]) -> Custody:
    return Custody(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11])


def insert(conn: Connection, c: Custody, uid: str, origin: str) -> int:
    cur = conn.execute(
        "INSERT INTO custody(uid, origin, asset_id, holder_kind, holder, issued_on, "
        "expected_return, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (uid, origin, c.asset_id, c.holder_kind, c.holder, c.issued_on, c.expected_return,
         c.issued_by))
    return int(cur.lastrowid or 0)


def current(conn: Connection, asset_id: int) -> Custody | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM custody WHERE asset_id = ? AND ended_on = '' "
                       "ORDER BY id DESC LIMIT 1", (asset_id,)).fetchone()
    return _custody(row) if row else None


def accept(conn: Connection, custody_id: int, at: str, by: str) -> None:
    conn.execute("UPDATE custody SET accepted_at = ?, accepted_by = ? WHERE id = ?",
                 (at, by, custody_id))


def end(conn: Connection, custody_id: int, on: str, kind: str, condition: str = "") -> None:
    conn.execute("UPDATE custody SET ended_on = ?, end_kind = ?, return_condition = ? "
                 "WHERE id = ?", (on, kind, condition, custody_id))


def history(conn: Connection, asset_id: int) -> list[Custody]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM custody WHERE asset_id = ? ORDER BY id",
                        (asset_id,)).fetchall()
    return [_custody(r) for r in rows]


def held_now(conn: Connection, holder: str = "") -> list[Custody]:
    """Open custody, of one holder or of all, by holder then issue date."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM custody WHERE ended_on = '' AND "
                        "(? = '' OR holder = ?) ORDER BY holder, issued_on, id",
                        (holder, holder)).fetchall()
    return [_custody(r) for r in rows]


def held_now_with_assets(conn: Connection, holder: str = "") -> list[tuple[Custody, Asset]]:
    """`held_now`, each custody with its item, read in one query."""
    one = "AND c.holder = ? " if holder else ""
    custody_columns = ", ".join(f"c.{x.strip()}" for x in _COLUMNS.split(","))
    rows = conn.execute(f"SELECT {asset_columns('a')}, {custody_columns} FROM custody c "
                        "JOIN assets a ON a.id = c.asset_id "
                        f"WHERE c.ended_on = '' {one}ORDER BY c.holder, c.issued_on, c.id",
                        (holder,) if holder else ()).fetchall()
    return [(_custody(r[19:]), asset_row(r)) for r in rows]
