"""One person seen across port calls: automatic links on document + nationality + date of
birth, fuzzy suggestions for the officer to confirm, and merging."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from piu_desk.core.store import search
from piu_desk.core.store.connection import Connection

SUGGEST_AT = 82.0  # token-sort similarity (0-100) from which a pair is worth showing


@dataclass(frozen=True)
class Person:
    id: int
    family_name: str
    given_names: str
    nationality: str
    date_of_birth: str
    gender: str
    uid: str
    documents: tuple[tuple[str, str], ...] = ()  # (number, nationality)


@dataclass(frozen=True)
class Appearance:
    """A crew row or a person-aboard record of this person, with where it was seen."""

    kind: str  # "crew" or "aboard"
    record_id: int
    port_call_id: int
    vessel_id: int
    vessel_name: str
    arrival: str
    role: str  # rank, or the circumstances for a person found aboard


@dataclass(frozen=True)
class Suggestion:
    person: Person
    score: float
    same_birth: bool
    same_nationality: bool


def name_key(family: str, given: str) -> str:
    return " ".join(sorted(search.fold(f"{family} {given}").split()))


def _person(conn: Connection, row: tuple[object, ...]) -> Person:
    pid = int(str(row[0]))
    docs = tuple((str(d[0]), str(d[1])) for d in conn.execute(
        "SELECT document_number, nationality FROM person_documents WHERE person_id = ?",
        (pid,)))
    return Person(pid, str(row[1]), str(row[2]), str(row[3]), str(row[4]), str(row[5]),
                  str(row[6]), docs)


_COLUMNS = "id, family_name, given_names, nationality, date_of_birth, gender, uid"


def get(conn: Connection, person_id: int) -> Person | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM persons WHERE id = ?", (person_id,)).fetchone()
    return _person(conn, row) if row else None


def link_or_create(conn: Connection, family: str, given: str, nationality: str, birth: str,
                   gender: str, document: str, uid: str, origin: str, at: str) -> int:
    """The person with this document, nationality and date of birth, or a new person."""
    if document and nationality and birth:
        row = conn.execute(
            "SELECT p.id FROM person_documents d JOIN persons p ON p.id = d.person_id "
            "WHERE d.document_number = ? AND d.nationality = ? AND p.date_of_birth = ? "
            "AND p.merged_into IS NULL", (document, nationality, birth)).fetchone()
        if row:
            return int(row[0])
    cur = conn.execute(
        "INSERT INTO persons(uid, origin, family_name, given_names, nationality, date_of_birth, "
        "gender, name_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (uid, origin, family, given, nationality, birth, gender, name_key(family, given), at))
    pid = int(cur.lastrowid or 0)
    if document:
        conn.execute("INSERT OR IGNORE INTO person_documents(person_id, document_number, "
                     "nationality) VALUES (?, ?, ?)", (pid, document, nationality))
    index(conn, pid)
    return pid


def index(conn: Connection, pid: int) -> None:
    p = get(conn, pid)
    assert p is not None
    search.put(conn, search.Kind.PERSON, pid, f"{p.family_name} {p.given_names}",
               f"{p.nationality} {p.date_of_birth} "
               f"{search.identifier_forms(*(d for d, _ in p.documents))}")


def suggestions(conn: Connection, person_id: int, limit: int = 10) -> list[Suggestion]:
    """People who may be this one, for the officer to confirm. Candidates come from the
    search index (any word of the name) and from the same date of birth; each is scored on
    the whole name, words in any order, diacritics ignored. Where both dates of birth are
    known and differ, only a near-identical name of the same nationality with a date one
    typo away is shown (a misread digit, day and month swapped)."""
    me = get(conn, person_id)
    if me is None:
        return []
    key = name_key(me.family_name, me.given_names)
    ids = set(search.with_any_word(conn, search.Kind.PERSON, key.split(), 3000))
    if me.date_of_birth:
        ids.update(int(r[0]) for r in conn.execute(
            "SELECT id FROM persons WHERE date_of_birth = ? LIMIT 3000", (me.date_of_birth,)))
    ids.discard(person_id)
    rows = _live_rows(conn, ids)
    out = []
    for pid in ids:
        row = rows.get(pid)
        if row is None:
            continue
        suggestion = _judge(conn, me, key, row)
        if suggestion is not None:
            out.append(suggestion)
    out.sort(key=lambda s: (s.same_birth, s.score), reverse=True)
    return out[:limit]


_CHUNK = 500  # ids per IN (...) list


def _live_rows(conn: Connection, ids: set[int]) -> dict[int, tuple[object, ...]]:
    """The rows (with name_key) of the persons among `ids` not merged into another, a few
    hundred ids a query rather than one query each."""
    wanted = sorted(ids)
    out: dict[int, tuple[object, ...]] = {}
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i:i + _CHUNK]
        for row in conn.execute(f"SELECT {_COLUMNS}, name_key FROM persons WHERE id IN "
                                f"({','.join('?' * len(chunk))}) AND merged_into IS NULL",
                                chunk):
            out[int(str(row[0]))] = tuple(row)
    return out


def _judge(conn: Connection, me: Person, key: str,
           row: tuple[object, ...]) -> Suggestion | None:
    score = fuzz.token_sort_ratio(key, str(row[7]))
    birth, nationality = str(row[4]), str(row[3])
    same_birth = bool(me.date_of_birth) and birth == me.date_of_birth
    same_nationality = bool(me.nationality) and nationality == me.nationality
    if same_birth:
        wanted = SUGGEST_AT - 12
    elif me.date_of_birth and birth:
        if not (same_nationality and _one_typo_apart(me.date_of_birth, birth)):
            return None
        wanted = SUGGEST_AT + 8
    else:
        wanted = SUGGEST_AT
    if score < wanted:
        return None
    return Suggestion(_person(conn, row[:7]), round(score / 100, 2), same_birth,
                      same_nationality)


def _one_typo_apart(a: str, b: str) -> bool:
    """Two ISO dates that differ by one character, or by day and month swapped."""
    if len(a) != len(b):
        return False
    if sum(x != y for x, y in zip(a, b, strict=True)) == 1:
        return True
    return a[:4] == b[:4] and a[5:7] == b[8:10] and a[8:10] == b[5:7]


def merge(conn: Connection, keep: int, other: int) -> None:
    """`other` is the same person as `keep`: its records move over, it stays as a pointer."""
    conn.execute("UPDATE crew_members SET person_id = ? WHERE person_id = ?", (keep, other))
    conn.execute("UPDATE persons_aboard SET person_id = ? WHERE person_id = ?", (keep, other))
    conn.execute("INSERT OR IGNORE INTO person_documents(person_id, document_number, "
                 "nationality) SELECT ?, document_number, nationality FROM person_documents "
                 "WHERE person_id = ?", (keep, other))
    conn.execute("UPDATE persons SET merged_into = ? WHERE id = ?", (keep, other))
    search.remove(conn, search.Kind.PERSON, other)
    index(conn, keep)


def appearances(conn: Connection, person_id: int) -> list[Appearance]:
    rows = conn.execute(
        "SELECT 'crew', m.id, p.id, v.id, v.name, p.arrival, m.rank FROM crew_members m "
        "JOIN crew_lists l ON l.id = m.crew_list_id JOIN port_calls p ON p.id = l.port_call_id "
        "JOIN vessels v ON v.id = p.vessel_id WHERE m.person_id = ? "
        "UNION ALL SELECT 'aboard', a.id, p.id, v.id, v.name, p.arrival, a.circumstances "
        "FROM persons_aboard a JOIN port_calls p ON p.id = a.port_call_id JOIN vessels v "
        "ON v.id = p.vessel_id WHERE a.person_id = ? ORDER BY 6 DESC", (person_id, person_id))
    return [Appearance(str(r[0]), int(r[1]), int(r[2]), int(r[3]), str(r[4]), str(r[5]),
                       str(r[6])) for r in rows]
