"""Port calls (FAL Form 1 fields)."""

from __future__ import annotations

from piu_desk.core.domain.vessel import PortCall
from piu_desk.core.store import search
from piu_desk.core.store.connection import Connection, like_escaped

_COLUMNS = ("p.id, p.vessel_id, p.arrival, p.departure, p.last_port, p.next_port, p.berth, "
            "p.agent, p.voyage_number, p.crew_count, p.passenger_count, p.uid, p.origin, "
            "v.name, v.flag")
_FROM = "FROM port_calls p JOIN vessels v ON v.id = p.vessel_id"
# The orders a list may ask for, each cheap on 50,000 port calls: arrival has an index;
# by vessel walks the vessels by name and each one's calls by (vessel, arrival). Other
# columns would sort every matching row on each page.
SORT_KEYS = {"arrival": "p.arrival", "vessel": "v.name"}


def _port_call(row: tuple[object, ...]) -> PortCall:
    return PortCall(id=int(str(row[0])), vessel_id=int(str(row[1])), arrival=str(row[2]),
                    departure=str(row[3]), last_port=str(row[4]), next_port=str(row[5]),
                    berth=str(row[6]), agent=str(row[7]), voyage_number=str(row[8]),
                    crew_count=None if row[9] is None else int(str(row[9])),
                    passenger_count=None if row[10] is None else int(str(row[10])),
                    uid=str(row[11]), origin=str(row[12]), vessel_name=str(row[13]),
                    vessel_flag=str(row[14]))


def get(conn: Connection, port_call_id: int) -> PortCall | None:
    row = conn.execute(f"SELECT {_COLUMNS} {_FROM} WHERE p.id = ?", (port_call_id,)).fetchone()
    return _port_call(row) if row else None


def insert(conn: Connection, pc: PortCall, uid: str, origin: str, at: str, by: str) -> int:
    cur = conn.execute(
        "INSERT INTO port_calls(uid, origin, vessel_id, arrival, departure, last_port, "
        "next_port, berth, agent, voyage_number, crew_count, passenger_count, created_at, "
        "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (uid, origin, pc.vessel_id, pc.arrival, pc.departure, pc.last_port, pc.next_port,
         pc.berth, pc.agent, pc.voyage_number, pc.crew_count, pc.passenger_count, at, by))
    pid = int(cur.lastrowid or 0)
    index(conn, pid)
    return pid


def update(conn: Connection, pc: PortCall) -> None:
    assert pc.id is not None
    conn.execute("UPDATE port_calls SET arrival = ?, departure = ?, last_port = ?, "
                 "next_port = ?, berth = ?, agent = ?, voyage_number = ?, crew_count = ?, "
                 "passenger_count = ? WHERE id = ?",
                 (pc.arrival, pc.departure, pc.last_port, pc.next_port, pc.berth, pc.agent,
                  pc.voyage_number, pc.crew_count, pc.passenger_count, pc.id))
    index(conn, pc.id)


def index(conn: Connection, pid: int) -> None:
    pc = get(conn, pid)
    assert pc is not None
    search.put(conn, search.Kind.PORT_CALL, pid, f"{pc.vessel_name} {pc.arrival[:10]}",
               f"{pc.voyage_number} {pc.last_port} {pc.next_port} {pc.berth} {pc.agent}")


def of_vessel(conn: Connection, vessel_id: int) -> list[PortCall]:
    rows = conn.execute(f"SELECT {_COLUMNS} {_FROM} WHERE p.vessel_id = ? "
                        "ORDER BY p.arrival DESC", (vessel_id,)).fetchall()
    return [_port_call(r) for r in rows]


def page(conn: Connection, offset: int, limit: int, since: str = "", until: str = "",
         text: str = "", order: str = "arrival", descending: bool = True,
         origin: str = "") -> list[PortCall]:
    """Newest arrival first unless `order` (a key of SORT_KEYS) says otherwise; optional
    arrival window, vessel-name filter and station (`origin`). Ties keep the newest
    arrival first."""
    where, params = _filter(since, until, text, origin)
    direction = "DESC" if descending else "ASC"
    column = SORT_KEYS.get(order, SORT_KEYS["arrival"])
    terms = f"p.arrival {direction}, p.id {direction}" if column == "p.arrival" else \
        f"{column} {direction}, p.arrival DESC, p.id DESC"  # ties sorted per name only
    rows = conn.execute(f"SELECT {_COLUMNS} {_FROM} WHERE {where} ORDER BY {terms} "
                        "LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    return [_port_call(r) for r in rows]


def count(conn: Connection, since: str = "", until: str = "", text: str = "",
          origin: str = "") -> int:
    where, params = _filter(since, until, text, origin)
    source = _FROM if text else "FROM port_calls p"  # the join only to filter on the name
    return int(conn.execute(f"SELECT count(*) {source} WHERE {where}", params).fetchone()[0])


def _filter(since: str, until: str, text: str, origin: str) -> tuple[str, list[object]]:
    clauses: list[str] = ["1"]
    params: list[object] = []
    if origin:  # port_calls_origin (origin, arrival) serves it, with or without a window
        clauses.append("p.origin = ?")
        params.append(origin)
    if since:
        clauses.append("p.arrival >= ?")
        params.append(since)
    if until:
        clauses.append("p.arrival < ?")
        params.append(until)
    if text:
        clauses.append("v.name LIKE ? ESCAPE '\\'")
        params.append("%" + like_escaped(text.upper()) + "%")
    return " AND ".join(clauses), params
