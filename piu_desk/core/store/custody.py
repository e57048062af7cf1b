"""Custody of equipment: who or which place holds an item, from when, and its acceptance."""

from __future__ import annotations

from dataclasses import dataclass

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


def _custody(r: tuple[object, ...]) -> Custody:
    return Custody(int(str(r[0])), int(str(r[1])), *(str(x) for x in r[2:]))


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
