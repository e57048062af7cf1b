"""Watchlist entries and their screening index (keys from core/intel/blocking.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from piu_desk.core.domain.handling import Handling
from piu_desk.core.domain.watchlist import EntryKind, Origin, WatchEntry
from piu_desk.core.store.connection import Connection

KeysOf = Callable[[WatchEntry], set[str]]
_COLUMNS = ("id, kind, names, reason, issuer, issued, expires, handling, provenance, "
            "date_of_birth, nationality, documents, imo, mmsi, call_sign, flag, uid")
_CHUNK = 500  # ids or keys per IN (...) list


def _entry(r: tuple[object, ...]) -> WatchEntry:
    documents = str(r[11])
    return WatchEntry(
        id=int(str(r[0])), kind=EntryKind(str(r[1])), names=tuple(str(r[2]).split("\n")),
        reason=str(r[3]), issuer=str(r[4]), issued=str(r[5]), expires=str(r[6]),
        handling=Handling(str(r[7])), origin=Origin(str(r[8])), date_of_birth=str(r[9]),
        nationality=str(r[10]), documents=tuple(documents.split("\n")) if documents else (),
        imo=str(r[12]), mmsi=str(r[13]), call_sign=str(r[14]), flag=str(r[15]),
        uid=str(r[16]))


def _values(e: WatchEntry) -> tuple[object, ...]:
    return (e.kind.value, "\n".join(e.names), e.reason, e.issuer, e.issued, e.expires,
            e.handling.value, e.origin.value, e.date_of_birth, e.nationality,
            "\n".join(e.documents), e.imo, e.mmsi, e.call_sign, e.flag)


_INSERT = ("INSERT INTO watchlist_entries(kind, names, reason, issuer, issued, expires, "
           "handling, provenance, date_of_birth, nationality, documents, imo, mmsi, "
           "call_sign, flag, uid, origin, created_at, created_by, updated_at) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def insert(conn: Connection, e: WatchEntry, keys: set[str], uid: str, origin: str, at: str,
           by: str) -> int:
    cur = conn.execute(_INSERT, (*_values(e), uid, origin, at, by, at))
    entry_id = int(cur.lastrowid or 0)
    put_keys(conn, entry_id, keys)
    return entry_id


def update(conn: Connection, e: WatchEntry, keys: set[str], at: str) -> None:
    assert e.id is not None
    conn.execute("UPDATE watchlist_entries SET kind = ?, names = ?, reason = ?, issuer = ?, "
                 "issued = ?, expires = ?, handling = ?, provenance = ?, date_of_birth = ?, "
                 "nationality = ?, documents = ?, imo = ?, mmsi = ?, call_sign = ?, flag = ?, "
                 "updated_at = ? WHERE id = ?", (*_values(e), at, e.id))
    put_keys(conn, e.id, keys)


def put_keys(conn: Connection, entry_id: int, keys: set[str]) -> None:
    conn.execute("DELETE FROM watchlist_keys WHERE entry_id = ?", (entry_id,))
    conn.executemany("INSERT OR IGNORE INTO watchlist_keys(key, entry_id) VALUES (?, ?)",
                     [(k, entry_id) for k in sorted(keys)])


def get(conn: Connection, entry_id: int) -> WatchEntry | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM watchlist_entries WHERE id = ?",
                       (entry_id,)).fetchone()
    return _entry(row) if row else None


def many(conn: Connection, ids: Iterable[int]) -> dict[int, WatchEntry]:
    wanted = sorted(set(ids))
    out: dict[int, WatchEntry] = {}
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i:i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT {_COLUMNS} FROM watchlist_entries WHERE id IN "
                                f"({marks})", chunk):
            e = _entry(row)
            out[int(str(row[0]))] = e
    return out


def page(conn: Connection, offset: int, limit: int, kind: str = "") -> list[WatchEntry]:
    sql = f"SELECT {_COLUMNS} FROM watchlist_entries"
    params: list[object] = []
    if kind:
        sql += " WHERE kind = ?"
        params.append(kind)
    sql += " ORDER BY id LIMIT ? OFFSET ?"
    return [_entry(r) for r in conn.execute(sql, (*params, limit, offset))]


def count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM watchlist_entries").fetchone()[0])


def lookup(conn: Connection, keys: Iterable[str], prefixes: Iterable[str] = ()
           ) -> list[tuple[str, int]]:
    """(key, entry id) of every index row with one of `keys` or starting with a prefix."""
    wanted = sorted(set(keys))
    out: list[tuple[str, int]] = []
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i:i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        out += [(str(k), int(e)) for k, e in conn.execute(
            f"SELECT key, entry_id FROM watchlist_keys WHERE key IN ({marks})", chunk)]
    for prefix in sorted(set(prefixes)):  # a range scan on the primary key
        out += [(str(k), int(e)) for k, e in conn.execute(
            "SELECT key, entry_id FROM watchlist_keys WHERE key >= ? AND key < ?",
            (prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)))]
    return out


def rebuild_keys(conn: Connection, keys_of: KeysOf) -> int:
    """Rewrite the whole index from the entries (after the key rules change)."""
    conn.execute("DELETE FROM watchlist_keys")
    done = 0
    rows = conn.execute(f"SELECT {_COLUMNS} FROM watchlist_entries ORDER BY id").fetchall()
    batch: list[tuple[str, int]] = []
    for row in rows:
        e = _entry(row)
        assert e.id is not None
        batch += [(k, e.id) for k in keys_of(e)]
        done += 1
        if len(batch) > 50_000:
            conn.executemany("INSERT OR IGNORE INTO watchlist_keys(key, entry_id) "
                             "VALUES (?, ?)", batch)
            batch = []
    conn.executemany("INSERT OR IGNORE INTO watchlist_keys(key, entry_id) VALUES (?, ?)",
                     batch)
    return done


def insert_many(conn: Connection, items: Iterable[WatchEntry], keys_of: KeysOf, origin: str,
                at: str, by: str) -> None:
    """Entries with their ids and uids set, in one `executemany` — for benchmarks and
    tests only (no validation, no audit; see store/bulk.py)."""
    rows: list[tuple[object, ...]] = []
    keys: list[tuple[str, int]] = []
    for e in items:
        assert e.id is not None
        rows.append((e.id, *_values(e), e.uid, origin, at, by, at))
        keys += [(k, e.id) for k in keys_of(e)]
    conn.executemany(_INSERT.replace("(kind,", "(id, kind,").replace("VALUES (?", "VALUES (?, ?"),
                     rows)
    conn.executemany("INSERT OR IGNORE INTO watchlist_keys(key, entry_id) VALUES (?, ?)", keys)
