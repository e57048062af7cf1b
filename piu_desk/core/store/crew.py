"""Crew lists and their rows, and persons found aboard."""

from __future__ import annotations

from collections.abc import Callable

from piu_desk.core.domain.crew import CrewList, CrewMember, Direction, PersonAboard, Vulnerability
from piu_desk.core.store import persons, search
from piu_desk.core.store.connection import Connection

_MEMBER = ("id, number, family_name, given_names, rank, nationality, date_of_birth, "
           "place_of_birth, gender, document_type, document_number, document_issuer, "
           "document_expiry, person_id")
_ABOARD = ("id, port_call_id, family_name, given_names, nationality, date_of_birth, age, "
           "gender, circumstances, vulnerabilities, person_id, uid")


def _member(row: tuple[object, ...]) -> CrewMember:
    return CrewMember(id=int(str(row[0])), number=int(str(row[1])), family_name=str(row[2]),
                      given_names=str(row[3]), rank=str(row[4]), nationality=str(row[5]),
                      date_of_birth=str(row[6]), place_of_birth=str(row[7]), gender=str(row[8]),
                      document_type=str(row[9]), document_number=str(row[10]),
                      document_issuer=str(row[11]), document_expiry=str(row[12]),
                      person_id=None if row[13] is None else int(str(row[13])))


def insert_list(conn: Connection, cl: CrewList, uid: str, origin: str, at: str, by: str,
                new_uid: Callable[[], str]) -> int:
    """Store the list and its rows, linking each row to a person. `new_uid()` gives ids."""
    cur = conn.execute("INSERT INTO crew_lists(uid, origin, port_call_id, direction, source, "
                       "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (uid, origin, cl.port_call_id, cl.direction.value, cl.source, at, by))
    list_id = int(cur.lastrowid or 0)
    title = _vessel_title(conn, cl.port_call_id)
    for m in cl.members:
        person_id = persons.link_or_create(
            conn, m.family_name, m.given_names, m.nationality, m.date_of_birth, m.gender,
            m.document_number, new_uid(), origin, at)
        cur = conn.execute(
            "INSERT INTO crew_members(crew_list_id, number, family_name, given_names, rank, "
            "nationality, date_of_birth, place_of_birth, gender, document_type, "
            "document_number, document_issuer, document_expiry, person_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (list_id, m.number, m.family_name, m.given_names, m.rank, m.nationality,
             m.date_of_birth, m.place_of_birth, m.gender, m.document_type, m.document_number,
             m.document_issuer, m.document_expiry, person_id))
        search.put(conn, search.Kind.CREW_MEMBER, int(cur.lastrowid or 0),
                   f"{m.family_name} {m.given_names}",
                   f"{m.rank} {m.nationality} {search.identifier_forms(m.document_number)} "
                   f"{title}")
    return list_id


def _vessel_title(conn: Connection, port_call_id: int) -> str:
    row = conn.execute("SELECT v.name, p.arrival FROM port_calls p JOIN vessels v "
                       "ON v.id = p.vessel_id WHERE p.id = ?", (port_call_id,)).fetchone()
    return f"{row[0]} {str(row[1])[:10]}" if row else ""


def lists_of_port_call(conn: Connection, port_call_id: int) -> list[CrewList]:
    rows = conn.execute("SELECT id, direction, source, uid, created_at FROM crew_lists "
                        "WHERE port_call_id = ? ORDER BY created_at", (port_call_id,)).fetchall()
    return [CrewList(int(r[0]), port_call_id, Direction(str(r[1])), str(r[2]),
                     members(conn, int(r[0])), str(r[3]), str(r[4])) for r in rows]


def list_headers(conn: Connection, port_call_id: int) -> list[tuple[CrewList, int]]:
    """The port call's crew lists without their rows, each with its number of rows."""
    rows = conn.execute("SELECT l.id, l.direction, l.source, l.uid, l.created_at, "
                        "(SELECT count(*) FROM crew_members m WHERE m.crew_list_id = l.id) "
                        "FROM crew_lists l WHERE l.port_call_id = ? ORDER BY l.created_at, "
                        "l.id", (port_call_id,)).fetchall()
    return [(CrewList(int(r[0]), port_call_id, Direction(str(r[1])), str(r[2]), (), str(r[3]),
                      str(r[4])), int(r[5])) for r in rows]


def member(conn: Connection, member_id: int) -> tuple[CrewMember, int] | None:
    """One crew row and the port call of its list."""
    row = conn.execute(f"SELECT {', '.join('m.' + c for c in _MEMBER.split(', '))}, "
                       "l.port_call_id FROM crew_members m JOIN crew_lists l "
                       "ON l.id = m.crew_list_id WHERE m.id = ?", (member_id,)).fetchone()
    return (_member(row[:-1]), int(row[-1])) if row else None


def get_list(conn: Connection, list_id: int) -> CrewList | None:
    """One crew list with all its rows, in order of their numbers."""
    row = conn.execute("SELECT port_call_id, direction, source, uid, created_at FROM crew_lists "
                       "WHERE id = ?", (list_id,)).fetchone()
    if row is None:
        return None
    return CrewList(list_id, int(row[0]), Direction(str(row[1])), str(row[2]),
                    members(conn, list_id), str(row[3]), str(row[4]))


def members(conn: Connection, list_id: int, offset: int = 0,
            limit: int = 10000) -> tuple[CrewMember, ...]:
    rows = conn.execute(f"SELECT {_MEMBER} FROM crew_members WHERE crew_list_id = ? "
                        "ORDER BY number LIMIT ? OFFSET ?", (list_id, limit, offset))
    return tuple(_member(r) for r in rows)


def count_members(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM crew_members").fetchone()[0])


def insert_aboard(conn: Connection, p: PersonAboard, uid: str, origin: str, at: str, by: str,
                  person_uid: str) -> int:
    person_id = persons.link_or_create(conn, p.family_name, p.given_names, p.nationality,
                                       p.date_of_birth, p.gender, "", person_uid, origin, at)
    cur = conn.execute(
        "INSERT INTO persons_aboard(uid, origin, port_call_id, family_name, given_names, "
        "nationality, date_of_birth, age, gender, circumstances, vulnerabilities, person_id, "
        "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (uid, origin, p.port_call_id, p.family_name, p.given_names, p.nationality,
         p.date_of_birth, p.age, p.gender, p.circumstances,
         ",".join(sorted(v.value for v in p.vulnerabilities)), person_id, at, by))
    aid = int(cur.lastrowid or 0)
    search.put(conn, search.Kind.PERSON_ABOARD, aid, f"{p.family_name} {p.given_names}",
               f"{p.nationality} {p.circumstances[:500]} "
               f"{_vessel_title(conn, p.port_call_id)}")
    return aid


def aboard_of_port_call(conn: Connection, port_call_id: int) -> list[PersonAboard]:
    rows = conn.execute(f"SELECT {_ABOARD} FROM persons_aboard WHERE port_call_id = ? "
                        "ORDER BY id", (port_call_id,))
    return [_aboard(r) for r in rows]


def aboard(conn: Connection, aboard_id: int) -> PersonAboard | None:
    row = conn.execute(f"SELECT {_ABOARD} FROM persons_aboard WHERE id = ?",
                       (aboard_id,)).fetchone()
    return _aboard(row) if row else None


def _aboard(r: tuple[object, ...]) -> PersonAboard:
    return PersonAboard(
        id=int(str(r[0])), port_call_id=int(str(r[1])), family_name=str(r[2]),
        given_names=str(r[3]), nationality=str(r[4]), date_of_birth=str(r[5]),
        age=None if r[6] is None else int(str(r[6])), gender=str(r[7]),
        circumstances=str(r[8]),
        vulnerabilities=frozenset(Vulnerability(v) for v in str(r[9]).split(",") if v),
        person_id=None if r[10] is None else int(str(r[10])), uid=str(r[11]))
