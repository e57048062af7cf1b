"""Tip-offs, their subjects, status moves and follow-up inspections; and what a source's
tip-offs add up to (its reliability history)."""

from __future__ import annotations

from piu_desk.core.domain.grading import Grade, Scheme, parse_grade
from piu_desk.core.domain.source import Reliability
from piu_desk.core.domain.tipoff import (
    Channel,
    Confirmation,
    Handling,
    Status,
    StatusMove,
    Subject,
    SubjectKind,
    TipOff,
)
from piu_desk.core.store import search
from piu_desk.core.store.connection import Connection

_COLUMNS = ("id, received_at, channel, reporting_officer, text, source_code, grade_scheme, "
            "grade, handling, status, confirmation, uid, origin")

# A linked subject's name, as lists and the search index show it.
_SUBJECT_NAME = (
    "CASE s.kind WHEN 'vessel' THEN (SELECT name FROM vessels WHERE id = s.ref) "
    "WHEN 'person' THEN (SELECT family_name || ' ' || given_names FROM persons "
    "WHERE id = s.ref) "
    "WHEN 'port_call' THEN (SELECT v.name || ' ' || substr(p.arrival, 1, 10) FROM port_calls p "
    "JOIN vessels v ON v.id = p.vessel_id WHERE p.id = s.ref) ELSE s.text END")


def _grade(scheme: str, code: str) -> Grade | None:
    return parse_grade(Scheme(scheme), code) if scheme else None


def _tipoff(conn: Connection, row: tuple[object, ...]) -> TipOff:
    tid = int(str(row[0]))
    subjects = tuple(
        Subject(SubjectKind(str(r[0])), None if r[1] is None else int(str(r[1])),
                "" if r[2] is None else str(r[2]))
        for r in conn.execute(f"SELECT s.kind, s.ref, {_SUBJECT_NAME} FROM tipoff_subjects s "
                              "WHERE s.tipoff_id = ? ORDER BY s.seq", (tid,)))
    moves = tuple(StatusMove(Status(str(r[0])), str(r[1]), str(r[2])) for r in conn.execute(
        "SELECT status, by_user, at FROM tipoff_moves WHERE tipoff_id = ? ORDER BY seq",
        (tid,)))
    inspections = tuple(int(r[0]) for r in conn.execute(
        "SELECT inspection_id FROM tipoff_inspections WHERE tipoff_id = ? "
        "ORDER BY inspection_id", (tid,)))
    return TipOff(id=tid, received_at=str(row[1]), channel=Channel(str(row[2])),
                  reporting_officer=str(row[3]), text=str(row[4]), subjects=subjects,
                  source_code=str(row[5]), grade=_grade(str(row[6]), str(row[7])),
                  handling=Handling(str(row[8])), status=Status(str(row[9])),
                  confirmation=Confirmation(str(row[10])), moves=moves,
                  inspection_ids=inspections, uid=str(row[11]), origin=str(row[12]))


def get(conn: Connection, tipoff_id: int) -> TipOff | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM tipoffs WHERE id = ?", (tipoff_id,)).fetchone()
    return _tipoff(conn, row) if row else None


def _grade_columns(t: TipOff) -> tuple[str, str]:
    return (t.grade.scheme.value, t.grade.code) if t.grade is not None else ("", "")


def insert(conn: Connection, t: TipOff, uid: str, origin: str, at: str, by: str) -> int:
    scheme, code = _grade_columns(t)
    cur = conn.execute(
        "INSERT INTO tipoffs(uid, origin, received_at, channel, reporting_officer, "
        "source_code, text, grade_scheme, grade, handling, status, confirmation, created_at, "
        "created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (uid, origin, t.received_at, t.channel.value, t.reporting_officer, t.source_code,
         t.text, scheme, code, t.handling.value, Status.NEW.value, t.confirmation.value, at,
         by, at))
    tid = int(cur.lastrowid or 0)
    _put_subjects(conn, tid, t.subjects)
    add_move(conn, tid, Status.NEW, by, at)
    index(conn, tid)
    return tid


def update(conn: Connection, t: TipOff, at: str) -> None:
    """Everything an officer edits; status and moves change only through `set_status`."""
    assert t.id is not None
    scheme, code = _grade_columns(t)
    conn.execute("UPDATE tipoffs SET received_at = ?, channel = ?, reporting_officer = ?, "
                 "source_code = ?, text = ?, grade_scheme = ?, grade = ?, handling = ?, "
                 "confirmation = ?, updated_at = ? WHERE id = ?",
                 (t.received_at, t.channel.value, t.reporting_officer, t.source_code, t.text,
                  scheme, code, t.handling.value, t.confirmation.value, at, t.id))
    conn.execute("DELETE FROM tipoff_subjects WHERE tipoff_id = ?", (t.id,))
    _put_subjects(conn, t.id, t.subjects)
    index(conn, t.id)


def set_status(conn: Connection, tipoff_id: int, status: Status, by: str, at: str) -> None:
    conn.execute("UPDATE tipoffs SET status = ?, updated_at = ? WHERE id = ?",
                 (status.value, at, tipoff_id))
    add_move(conn, tipoff_id, status, by, at)


def add_move(conn: Connection, tipoff_id: int, status: Status, by: str, at: str) -> None:
    seq = int(conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM tipoff_moves "
                           "WHERE tipoff_id = ?", (tipoff_id,)).fetchone()[0])
    conn.execute("INSERT INTO tipoff_moves(tipoff_id, seq, status, by_user, at) "
                 "VALUES (?, ?, ?, ?, ?)", (tipoff_id, seq, status.value, by, at))


def link_inspection(conn: Connection, tipoff_id: int, inspection_id: int) -> None:
    conn.execute("INSERT OR IGNORE INTO tipoff_inspections(tipoff_id, inspection_id) "
                 "VALUES (?, ?)", (tipoff_id, inspection_id))


def unlink_inspection(conn: Connection, tipoff_id: int, inspection_id: int) -> None:
    conn.execute("DELETE FROM tipoff_inspections WHERE tipoff_id = ? AND inspection_id = ?",
                 (tipoff_id, inspection_id))


def of_inspection(conn: Connection, inspection_id: int) -> list[int]:
    return [int(r[0]) for r in conn.execute(
        "SELECT tipoff_id FROM tipoff_inspections WHERE inspection_id = ? ORDER BY tipoff_id",
        (inspection_id,))]


def _put_subjects(conn: Connection, tid: int, subjects: tuple[Subject, ...]) -> None:
    conn.executemany("INSERT INTO tipoff_subjects(tipoff_id, seq, kind, ref, text) "
                     "VALUES (?, ?, ?, ?, ?)",
                     [(tid, seq, s.kind.value, s.ref, s.text)
                      for seq, s in enumerate(subjects, 1)])


def index(conn: Connection, tid: int) -> None:
    """Date, channel, source code, grade, subjects (linked records by name) and the text.
    Never anything from the source register beyond the code."""
    row = conn.execute("SELECT received_at, channel, source_code, grade, text FROM tipoffs "
                       "WHERE id = ?", (tid,)).fetchone()
    names = [str(r[0]) for r in conn.execute(
        f"SELECT {_SUBJECT_NAME} FROM tipoff_subjects s WHERE s.tipoff_id = ? ORDER BY s.seq",
        (tid,)) if r[0]]
    title = f"{str(row[0])[:10]} {' '.join(names)[:120]}"
    search.put(conn, search.Kind.TIPOFF, tid, title,
               f"{row[2]} {row[3]} {search.identifier_forms(*names)} {str(row[4])[:2000]}")


def page(conn: Connection, offset: int, limit: int, status: Status | None = None,
         origin: str = "") -> list[TipOff]:
    """Newest first; `status` keeps the tip-offs in that status, `origin` those of that
    station."""
    where, params = _filter(status, origin)
    rows = conn.execute(f"SELECT {_COLUMNS} FROM tipoffs WHERE {where} "
                        "ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?",
                        [*params, limit, offset]).fetchall()
    return [_tipoff(conn, r) for r in rows]


def count(conn: Connection, status: Status | None = None, origin: str = "") -> int:
    where, params = _filter(status, origin)
    return int(conn.execute(f"SELECT count(*) FROM tipoffs WHERE {where}",
                            params).fetchone()[0])


def _filter(status: Status | None, origin: str) -> tuple[str, list[object]]:
    clauses: list[str] = ["1"]
    params: list[object] = []
    if status:
        clauses.append("status = ?")
        params.append(status.value)
    if origin:
        clauses.append("origin = ?")
        params.append(origin)
    return " AND ".join(clauses), params


def about(conn: Connection, kind: SubjectKind, ref: int) -> list[TipOff]:
    """The tip-offs linked to one vessel, person or port call, newest first."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM tipoffs WHERE id IN (SELECT tipoff_id FROM "
                        "tipoff_subjects WHERE kind = ? AND ref = ?) "
                        "ORDER BY received_at DESC, id DESC", (kind.value, ref)).fetchall()
    return [_tipoff(conn, r) for r in rows]


def reliability(conn: Connection, code: str) -> Reliability:
    """How many of the source's tip-offs there are, graded, confirmed and not confirmed."""
    row = conn.execute(
        "SELECT count(*), coalesce(sum(grade != ''), 0), "
        "coalesce(sum(confirmation = 'confirmed'), 0), "
        "coalesce(sum(confirmation = 'not_confirmed'), 0) FROM tipoffs WHERE source_code = ?",
        (code,)).fetchone()
    grades = tuple((str(r[0]), str(r[1]), int(r[2])) for r in conn.execute(
        "SELECT grade_scheme, grade, count(*) FROM tipoffs WHERE source_code = ? AND "
        "grade != '' GROUP BY grade_scheme, grade ORDER BY grade_scheme, grade", (code,)))
    return Reliability(code, int(row[0]), int(row[1]), int(row[2]), int(row[3]), grades)
