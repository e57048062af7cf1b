"""Watchlist entries and their screening index (keys from core/intel/blocking.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from piu_desk.core.domain.handling import Handling
from piu_desk.core.domain.watchlist import EntryKind, Origin, WatchEntry
from piu_desk.core.store.connection import Connection, like_escaped

KeysOf = Callable[[WatchEntry], set[str]]
_COLUMNS = ("id, kind, names, reason, issuer, issued, expires, handling, provenance, "
            "date_of_birth, nationality, documents, imo, mmsi, call_sign, flag, uid, origin")
_CHUNK = 500  # ids or keys per IN (...) list
REBUILD_BATCH = 200_000  # keys sorted and written at a time by rebuild_keys
REBUILD_CACHE_KIB = 256 * 1024  # the page cache while the index is rebuilt
DEFAULT_CACHE_KIB = 2000  # SQLite's own default, as every other statement has it
_ISO_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"  # a full date of birth


def _entry(r: tuple[object, ...]) -> WatchEntry:
    documents = str(r[11])
    return WatchEntry(
        id=int(str(r[0])), kind=EntryKind(str(r[1])), names=tuple(str(r[2]).split("\n")),
        reason=str(r[3]), issuer=str(r[4]), issued=str(r[5]), expires=str(r[6]),
        handling=Handling(str(r[7])), origin=Origin(str(r[8])), date_of_birth=str(r[9]),
        nationality=str(r[10]), documents=tuple(documents.split("\n")) if documents else (),
        imo=str(r[12]), mmsi=str(r[13]), call_sign=str(r[14]), flag=str(r[15]),
        uid=str(r[16]), station=str(r[17]))


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
    put_keys(conn, replace(e, id=entry_id), keys)
    return entry_id


def update(conn: Connection, e: WatchEntry, keys: set[str], at: str) -> None:
    assert e.id is not None
    conn.execute("UPDATE watchlist_entries SET kind = ?, names = ?, reason = ?, issuer = ?, "
                 "issued = ?, expires = ?, handling = ?, provenance = ?, date_of_birth = ?, "
                 "nationality = ?, documents = ?, imo = ?, mmsi = ?, call_sign = ?, flag = ?, "
                 "updated_at = ? WHERE id = ?", (*_values(e), at, e.id))
    put_keys(conn, e, keys)


_PUT_KEY = ("INSERT OR IGNORE INTO watchlist_keys(key, entry_id, born, names) "
            "VALUES (?, ?, ?, ?)")


def put_keys(conn: Connection, e: WatchEntry, keys: set[str]) -> None:
    """The entry's index rows, each with its date of birth and names (schema 8)."""
    assert e.id is not None
    conn.execute("DELETE FROM watchlist_keys WHERE entry_id = ?", (e.id,))
    conn.executemany(_PUT_KEY, [_key_row(k, e) for k in sorted(keys)])


def _key_row(key: str, e: WatchEntry) -> tuple[str, int, str, str]:
    assert e.id is not None
    return key, e.id, e.date_of_birth, "\n".join(e.names)


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


def _filter(kind: str, text: str, live_on: str, origin: str = "") -> tuple[str, list[object]]:
    """WHERE clause: one kind; `text` anywhere in the names, documents, IMO, MMSI, call sign,
    reason or issuer; with `live_on` (ISO date) only entries not expired on that day; with
    `origin` only the entries of that station's desk."""
    clauses: list[str] = []
    params: list[object] = []
    if origin:
        clauses.append("origin = ?")
        params.append(origin)
    if kind:
        clauses.append("kind = ?")
        params.append(kind)
    if text.strip():
        pattern = "%" + like_escaped(" ".join(text.split()).upper()) + "%"
        fields = ("names", "documents", "imo", "mmsi", "call_sign", "reason", "issuer")
        clauses.append("(" + " OR ".join(f"{f} LIKE ? ESCAPE '\\'" for f in fields) + ")")
        params += [pattern] * len(fields)
    if live_on:
        clauses.append("(expires = '' OR expires >= ?)")
        params.append(live_on)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def page(conn: Connection, offset: int, limit: int, kind: str = "", text: str = "",
         live_on: str = "", origin: str = "") -> list[WatchEntry]:
    where, params = _filter(kind, text, live_on, origin)
    sql = f"SELECT {_COLUMNS} FROM watchlist_entries{where} ORDER BY id LIMIT ? OFFSET ?"
    return [_entry(r) for r in conn.execute(sql, (*params, limit, offset))]


def count(conn: Connection, kind: str = "", text: str = "", live_on: str = "",
          origin: str = "") -> int:
    where, params = _filter(kind, text, live_on, origin)
    return int(conn.execute(f"SELECT count(*) FROM watchlist_entries{where}",
                            params).fetchone()[0])


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


def lookup_names(conn: Connection, keys: Iterable[str], prefixes: Iterable[str] = (),
                 births: Sequence[str] | None = None) -> dict[int, tuple[str, ...]]:
    """The names of the entries with an index row with one of `keys` or starting with a
    prefix, by entry id. With `births`, only the entries whose date of birth is not a full
    ISO date or is one of `births` (the dates that do not rule a subject out)."""
    born = "" if births is None else (f" AND (born NOT GLOB '{_ISO_GLOB}' OR born IN "
                                      f"({','.join('?' * len(births))}))")
    extra = tuple(births or ())
    wanted = sorted(set(keys))
    rows: list[tuple[object, object]] = []
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i:i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rows += conn.execute(f"SELECT entry_id, names FROM watchlist_keys WHERE key IN "
                             f"({marks}){born}", (*chunk, *extra)).fetchall()
    for prefix in sorted(set(prefixes)):  # a range scan on the primary key
        rows += conn.execute(f"SELECT entry_id, names FROM watchlist_keys WHERE key >= ? "
                             f"AND key < ?{born}", (prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1),
                                                    *extra)).fetchall()
    return {int(str(e)): tuple(str(n).split("\n")) for e, n in rows}


ScoringRow = tuple[int, str, tuple[str, ...], str, str, tuple[str, ...], str]


def scoring_rows(conn: Connection, ids: Iterable[int]) -> list[ScoringRow]:
    """What screening needs to score entries: (id, kind, names, date of birth, nationality,
    documents, expires), without building whole entries."""
    wanted = sorted(set(ids))
    out: list[ScoringRow] = []
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i:i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute("SELECT id, kind, names, date_of_birth, nationality, "
                              "documents, expires FROM watchlist_entries WHERE id IN "
                              f"({marks})", chunk):
            out.append((int(r[0]), str(r[1]), tuple(str(r[2]).split("\n")), str(r[3]),
                        str(r[4]), tuple(str(r[5]).split("\n")) if r[5] else (), str(r[6])))
    return out


def rebuild_keys(conn: Connection, keys_of: KeysOf) -> int:
    """Rewrite the whole index from the entries (after the key rules change).

    The keys go in sorted, through a cache large enough for the index, with the entry
    index built afterwards: inserted in entry order into a 2 MB cache, 100,000 entries
    (620,000 keys) took over a minute of pages written and read back."""
    conn.execute("DELETE FROM watchlist_keys")
    conn.execute("DROP INDEX IF EXISTS watchlist_keys_entry")
    conn.execute(f"PRAGMA cache_size = -{REBUILD_CACHE_KIB}")
    try:
        done = 0
        batch: list[tuple[str, int, str, str]] = []
        for row in conn.execute(f"SELECT {_COLUMNS} FROM watchlist_entries ORDER BY id"
                                ).fetchall():
            e = _entry(row)
            assert e.id is not None
            batch += [_key_row(k, e) for k in keys_of(e)]
            done += 1
            if len(batch) > REBUILD_BATCH:
                conn.executemany(_PUT_KEY, sorted(batch))
                batch = []
        conn.executemany(_PUT_KEY, sorted(batch))
        conn.execute("CREATE INDEX watchlist_keys_entry ON watchlist_keys(entry_id)")
    finally:
        conn.execute(f"PRAGMA cache_size = -{DEFAULT_CACHE_KIB}")
    return done


def insert_many(conn: Connection, items: Iterable[WatchEntry], keys_of: KeysOf, origin: str,
                at: str, by: str) -> None:
    """Entries with their ids and uids set, in one `executemany` — for benchmarks and
    tests only (no validation, no audit; see store/bulk.py)."""
    rows: list[tuple[object, ...]] = []
    keys: list[tuple[str, int, str, str]] = []
    for e in items:
        assert e.id is not None
        rows.append((e.id, *_values(e), e.uid, origin, at, by, at))
        keys += [_key_row(k, e) for k in keys_of(e)]
    conn.executemany(_INSERT.replace("(kind,", "(id, kind,").replace("VALUES (?", "VALUES (?, ?"),
                     rows)
    conn.executemany(_PUT_KEY, keys)
