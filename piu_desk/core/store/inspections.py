"""Inspections, their boarding officers, review and amendments."""

from __future__ import annotations

from piu_desk.core.domain.inspection import (
    Amendment,
    Inspection,
    InspectionType,
    Outcome,
    Risk,
    Status,
)
from piu_desk.core.store import search
from piu_desk.core.store.connection import Connection

_COLUMNS = ("id, port_call_id, started_at, type, findings, risk, outcome, status, "
            "review_comment, reviewed_by, reviewed_at, amendments, uid")


def _inspection(conn: Connection, row: tuple[object, ...]) -> Inspection:
    iid = int(str(row[0]))
    officers = tuple(str(r[0]) for r in conn.execute(
        "SELECT username FROM inspection_officers WHERE inspection_id = ? ORDER BY username",
        (iid,)))
    return Inspection(id=iid, port_call_id=int(str(row[1])), started_at=str(row[2]),
                      officers=officers, type=InspectionType(str(row[3])),
                      findings=str(row[4]), risk=Risk(str(row[5])), outcome=Outcome(str(row[6])),
                      status=Status(str(row[7])), review_comment=str(row[8]),
                      reviewed_by=str(row[9]), reviewed_at=str(row[10]),
                      amendments=int(str(row[11])), uid=str(row[12]))


def get(conn: Connection, inspection_id: int) -> Inspection | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM inspections WHERE id = ?",
                       (inspection_id,)).fetchone()
    return _inspection(conn, row) if row else None


def insert(conn: Connection, i: Inspection, uid: str, origin: str, at: str, by: str) -> int:
    cur = conn.execute(
        "INSERT INTO inspections(uid, origin, port_call_id, started_at, type, findings, risk, "
        "outcome, status, created_at, created_by, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (uid, origin, i.port_call_id, i.started_at, i.type.value, i.findings, i.risk.value,
         i.outcome.value, Status.DRAFT.value, at, by, at))
    iid = int(cur.lastrowid or 0)
    _put_officers(conn, iid, i.officers)
    index(conn, iid)
    return iid


def update(conn: Connection, i: Inspection, at: str) -> None:
    assert i.id is not None
    conn.execute("UPDATE inspections SET started_at = ?, type = ?, findings = ?, risk = ?, "
                 "outcome = ?, updated_at = ? WHERE id = ?",
                 (i.started_at, i.type.value, i.findings, i.risk.value, i.outcome.value, at,
                  i.id))
    conn.execute("DELETE FROM inspection_officers WHERE inspection_id = ?", (i.id,))
    _put_officers(conn, i.id, i.officers)
    index(conn, i.id)


def set_status(conn: Connection, inspection_id: int, status: Status, comment: str,
               reviewed_by: str, reviewed_at: str, at: str) -> None:
    conn.execute("UPDATE inspections SET status = ?, review_comment = ?, reviewed_by = ?, "
                 "reviewed_at = ?, updated_at = ? WHERE id = ?",
                 (status.value, comment, reviewed_by, reviewed_at, at, inspection_id))


def add_amendment(conn: Connection, a: Amendment) -> None:
    conn.execute("INSERT INTO inspection_amendments(inspection_id, seq, by_user, at, reason, "
                 "previous) VALUES (?, ?, ?, ?, ?, ?)",
                 (a.inspection_id, a.seq, a.by, a.at, a.reason, a.previous))
    conn.execute("UPDATE inspections SET amendments = ? WHERE id = ?", (a.seq, a.inspection_id))


def amendments(conn: Connection, inspection_id: int) -> list[Amendment]:
    rows = conn.execute("SELECT inspection_id, seq, by_user, at, reason, previous FROM "
                        "inspection_amendments WHERE inspection_id = ? ORDER BY seq",
                        (inspection_id,))
    return [Amendment(int(r[0]), int(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]))
            for r in rows]


def _put_officers(conn: Connection, iid: int, officers: tuple[str, ...]) -> None:
    conn.executemany("INSERT INTO inspection_officers(inspection_id, username) VALUES (?, ?)",
                     [(iid, o) for o in officers])


def index(conn: Connection, iid: int) -> None:
    row = conn.execute("SELECT v.name, i.started_at, i.findings, i.outcome FROM inspections i "
                       "JOIN port_calls p ON p.id = i.port_call_id JOIN vessels v "
                       "ON v.id = p.vessel_id WHERE i.id = ?", (iid,)).fetchone()
    search.put(conn, search.Kind.INSPECTION, iid, f"{row[0]} {str(row[1])[:10]}",
               f"{row[3]} {str(row[2])[:2000]}")


def of_port_call(conn: Connection, port_call_id: int) -> list[Inspection]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM inspections WHERE port_call_id = ? "
                        "ORDER BY started_at DESC", (port_call_id,)).fetchall()
    return [_inspection(conn, r) for r in rows]


def with_status(conn: Connection, status: Status, limit: int = 500,
                origin: str = "") -> list[Inspection]:
    """Inspections in `status`, oldest first; only those made at `origin` when given."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM inspections WHERE status = ? "
                        "AND (? = '' OR origin = ?) ORDER BY started_at LIMIT ?",
                        (status.value, origin, origin, limit)).fetchall()
    return [_inspection(conn, r) for r in rows]
