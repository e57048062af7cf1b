"""Vessels, their former names and flags, and finding a vessel that may already exist."""

from __future__ import annotations

from piu_desk.core.domain.vessel import FormerIdentity, Vessel
from piu_desk.core.store import search
from piu_desk.core.store.connection import Connection, like_escaped

_COLUMNS = ("id, name, flag, imo, mmsi, call_sign, ship_type, gross_tonnage, owner_operator, "
            "uid, origin")


def _vessel(conn: Connection, row: tuple[object, ...]) -> Vessel:
    vid = int(str(row[0]))
    history = tuple(FormerIdentity(str(h[0]), str(h[1]), str(h[2]), str(h[3])) for h in
                    conn.execute("SELECT name, flag, since, until FROM vessel_history "
                                 "WHERE vessel_id = ? ORDER BY since, id", (vid,)))
    return Vessel(id=vid, name=str(row[1]), flag=str(row[2]),
                  imo=None if row[3] is None else str(row[3]),
                  mmsi=None if row[4] is None else str(row[4]),
                  call_sign=None if row[5] is None else str(row[5]),
                  ship_type=None if row[6] is None else int(str(row[6])),
                  gross_tonnage=None if row[7] is None else float(str(row[7])),
                  owner_operator=str(row[8]), history=history, uid=str(row[9]),
                  origin=str(row[10]))


def get(conn: Connection, vessel_id: int) -> Vessel | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM vessels WHERE id = ?", (vessel_id,)).fetchone()
    return _vessel(conn, row) if row else None


def by_imo(conn: Connection, imo: str) -> Vessel | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM vessels WHERE imo = ?", (imo,)).fetchone()
    return _vessel(conn, row) if row else None


def insert(conn: Connection, v: Vessel, uid: str, origin: str, at: str, by: str) -> int:
    cur = conn.execute(
        "INSERT INTO vessels(uid, origin, name, flag, imo, mmsi, call_sign, ship_type, "
        "gross_tonnage, owner_operator, created_at, created_by, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (uid, origin, v.name, v.flag, v.imo, v.mmsi, v.call_sign, v.ship_type,
         v.gross_tonnage, v.owner_operator, at, by, at))
    vid = int(cur.lastrowid or 0)
    _put_history(conn, vid, v.history)
    index(conn, vid)
    return vid


def update(conn: Connection, v: Vessel, at: str) -> None:
    assert v.id is not None
    conn.execute("UPDATE vessels SET name = ?, flag = ?, imo = ?, mmsi = ?, call_sign = ?, "
                 "ship_type = ?, gross_tonnage = ?, owner_operator = ?, updated_at = ? "
                 "WHERE id = ?", (v.name, v.flag, v.imo, v.mmsi, v.call_sign, v.ship_type,
                                  v.gross_tonnage, v.owner_operator, at, v.id))
    conn.execute("DELETE FROM vessel_history WHERE vessel_id = ?", (v.id,))
    _put_history(conn, v.id, v.history)
    index(conn, v.id)


def _put_history(conn: Connection, vid: int, history: tuple[FormerIdentity, ...]) -> None:
    conn.executemany("INSERT INTO vessel_history(vessel_id, name, flag, since, until) "
                     "VALUES (?, ?, ?, ?, ?)",
                     [(vid, h.name, h.flag, h.since, h.until) for h in history])


def index(conn: Connection, vid: int) -> None:
    v = get(conn, vid)
    assert v is not None
    former = " ".join(h.name for h in v.history)
    search.put(conn, search.Kind.VESSEL, vid, v.name,
               f"{former} {v.flag} {search.identifier_forms(v.imo or '', v.mmsi or '')} "
               f"{v.call_sign or ''} {v.owner_operator}")


def candidates(conn: Connection, v: Vessel) -> list[tuple[Vessel, str]]:
    """Vessels that may be the same one, with the reason: same IMO; same MMSI; same call
    sign; or the same name (now or formerly) under the same flag. Never merged on one field
    alone: the officer decides."""
    found: dict[int, tuple[Vessel, str]] = {}

    def add(rows: list[tuple[object, ...]], reason: str) -> None:
        for row in rows:
            vessel = _vessel(conn, row)
            if vessel.id is not None and vessel.id != v.id and vessel.id not in found:
                found[vessel.id] = (vessel, reason)

    if v.imo:
        add(conn.execute(f"SELECT {_COLUMNS} FROM vessels WHERE imo = ?", (v.imo,)).fetchall(),
            "imo")
    if v.mmsi:
        add(conn.execute(f"SELECT {_COLUMNS} FROM vessels WHERE mmsi = ?",
                         (v.mmsi,)).fetchall(), "mmsi")
    if v.call_sign:
        add(conn.execute(f"SELECT {_COLUMNS} FROM vessels WHERE call_sign = ?",
                         (v.call_sign,)).fetchall(), "call_sign")
    add(conn.execute(f"SELECT {_COLUMNS} FROM vessels WHERE (name = ? AND flag = ?) OR id IN "
                     "(SELECT vessel_id FROM vessel_history WHERE name = ? AND flag = ?)",
                     (v.name, v.flag, v.name, v.flag)).fetchall(), "name_flag")
    return list(found.values())


def page(conn: Connection, offset: int, limit: int, name: str = "",
         origin: str = "") -> list[Vessel]:
    """By name; `name` keeps the vessels whose name, now or formerly, contains it, and
    `origin` those of that station."""
    where, params = _filter(name, origin)
    rows = conn.execute(f"SELECT {_COLUMNS} FROM vessels WHERE {where} ORDER BY name, id "
                        "LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    return [_vessel(conn, r) for r in rows]


def count(conn: Connection, name: str = "", origin: str = "") -> int:
    where, params = _filter(name, origin)
    return int(conn.execute(f"SELECT count(*) FROM vessels WHERE {where}",
                            params).fetchone()[0])


def _filter(name: str, origin: str) -> tuple[str, list[object]]:
    where, params = _name_filter(name)
    if not origin:
        return where, params
    return f"origin = ? AND {where}", [origin, *params]  # vessels_origin (origin, name)


def _name_filter(name: str) -> tuple[str, list[object]]:
    if not name.strip():
        return "1", []
    pattern = "%" + like_escaped(name.strip().upper()) + "%"
    return ("(name LIKE ? ESCAPE '\\' OR id IN (SELECT vessel_id FROM vessel_history "
            "WHERE name LIKE ? ESCAPE '\\'))", [pattern, pattern])
