"""The search index: one FTS5 row per record, inside the encrypted database.

Row ids encode the kind of record (code << 40 | id), so a record's entry is replaced or
removed by its id alone. Names are indexed with diacritics removed; identifiers (IMO, MMSI,
call sign, document numbers) are indexed as they are and also without separators.

Hits come in the index's own order, highest row id first: the kind codes put tip-offs
first (code 7, added with schema 5: few, and a hit is intelligence about what was typed),
then vessels, persons, persons found aboard, port calls, inspections and crew rows, each
newest first. A query therefore stops after its first page; ranking every match (bm25) took
hundreds of milliseconds for a common name among 1.5 million crew rows (tests/bench).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import IntEnum

from piu_desk.core.store.connection import Connection

SHIFT = 40


class Kind(IntEnum):
    VESSEL = 1
    PORT_CALL = 2
    INSPECTION = 3
    CREW_MEMBER = 4
    PERSON = 5
    PERSON_ABOARD = 6
    TIPOFF = 7


# The code of each kind in the index's row ids (migration m0003; tip-offs from m0005): the
# higher, the earlier its hits are shown.
CODES = {Kind.TIPOFF: 7, Kind.VESSEL: 6, Kind.PERSON: 5, Kind.PERSON_ABOARD: 4, Kind.PORT_CALL: 3,
         Kind.INSPECTION: 2, Kind.CREW_MEMBER: 1}
_KIND_OF_CODE = {code: kind for kind, code in CODES.items()}
_REF = (1 << SHIFT) - 1


def rowid(kind: Kind, ref: int) -> int:
    return (CODES[kind] << SHIFT) | ref


@dataclass(frozen=True)
class Hit:
    kind: Kind
    ref: int
    title: str
    body: str
    rank: float
    origin: str = ""  # the station the record comes from

    @property
    def detail(self) -> str:
        """The record's indexed text as written, for showing beside the title: `put` adds
        a folded copy of title and text for matching, which is left out here."""
        stored = self.body
        guess = (len(stored) - len(self.title) - 2) // 2  # folding rarely changes lengths
        spaces = sorted((i for i, ch in enumerate(stored) if ch == " "),
                        key=lambda i: abs(i - guess))
        for i in spaces[:16]:
            if stored[i + 1:] == fold(f"{self.title} {stored[:i]}"):
                return " ".join(stored[:i].split())
        return " ".join(stored.split())


def fold(text: str) -> str:
    """Lower case without diacritics (Đ and đ too, which Unicode does not decompose)."""
    text = text.replace("Đ", "D").replace("đ", "d").replace("Ø", "O").replace("ø", "o")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def entry(kind: Kind, ref: int, title: str, body: str) -> tuple[int, str, str]:
    """The index row of a record: (rowid, title, body with its folded copy)."""
    title = " ".join(title.split())
    folded = fold(f"{title} {body}")  # letters FTS5 does not fold (Đ, Ø) are folded here
    return rowid(kind, ref), title, f"{body} {folded}"


def put(conn: Connection, kind: Kind, ref: int, title: str, body: str) -> None:
    row = entry(kind, ref, title, body)
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (row[0],))
    conn.execute("INSERT INTO search_index(rowid, title, body) VALUES (?, ?, ?)", row)


def with_any_word(conn: Connection, kind: Kind, words: list[str], limit: int) -> list[int]:
    """Ids of records of one kind whose title holds any of `words` (folded, whole words)."""
    tokens = [t for t in dict.fromkeys(_TOKEN.findall(fold(" ".join(words)))) if len(t) > 1]
    if not tokens:
        return []
    expression = "title : (" + " OR ".join(f'"{t}"' for t in tokens[:8]) + ")"
    low = rowid(kind, 0)
    rows = conn.execute("SELECT rowid FROM search_index WHERE search_index MATCH ? AND "
                        "rowid >= ? AND rowid < ? LIMIT ?",
                        (expression, low, low + (1 << SHIFT), limit))
    return [int(r[0]) & _REF for r in rows]


def remove(conn: Connection, kind: Kind, ref: int) -> None:
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (rowid(kind, ref),))


_TOKEN = re.compile(r"[0-9A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u1780-\u17FF]+")


_LABELS = frozenset({"imo", "mmsi"})  # "IMO 9074729": the number is what is indexed


def match_expression(text: str) -> str:
    """Each word of the query must match the start of a word in the record, any order.

    A word typed twice counts once; one-letter words are left out when longer ones are
    there (as O'Neill's O: every record has a word starting with that letter, and such a
    prefix is the slowest to look up); "IMO" or "MMSI" before a number is left out; an
    identifier typed in groups ("907 4729", "P 1234567A") also matches written together."""
    typed = _TOKEN.findall(fold(text))[:12]
    if any(t.isdigit() for t in typed):
        typed = [t for t in typed if t not in _LABELS]
    tokens = list(dict.fromkeys(typed))
    if any(len(t) > 1 for t in tokens):
        tokens = [t for t in tokens if len(t) > 1]
    expression = " AND ".join(f'"{t}"*' for t in tokens)
    if len(typed) > 1 and all(_is_fragment(t) for t in typed):
        expression = f'({expression}) OR "{"".join(typed)}"*'
    return expression


def _is_fragment(token: str) -> bool:
    """A piece of an identifier: it has a digit, or is one or two letters (P, AB)."""
    return len(token) <= 2 or any(ch.isdigit() for ch in token)


# The station of the record a row of the index stands for: one primary-key read in the
# record's table (a crew row's is its crew list's).
_TABLES = {Kind.VESSEL: "vessels", Kind.PORT_CALL: "port_calls", Kind.INSPECTION: "inspections",
           Kind.PERSON: "persons", Kind.PERSON_ABOARD: "persons_aboard", Kind.TIPOFF: "tipoffs"}


def _origin_of(row: str) -> str:
    """SQL for the origin of the record whose index row id is `row`."""
    return f"CASE {row} >> {SHIFT} " + " ".join(
        [f"WHEN {CODES[k]} THEN (SELECT origin FROM {t} WHERE id = {row} & {_REF})"
         for k, t in _TABLES.items()]
        + [f"WHEN {CODES[Kind.CREW_MEMBER]} THEN (SELECT l.origin FROM crew_members m JOIN "
           f"crew_lists l ON l.id = m.crew_list_id WHERE m.id = {row} & {_REF})"]) + " END"


# How many hits of every station a search for one station's looks through, newest first:
# the others' are left out one by one, each by a read of its record. For a name common in
# other stations' crew lists and rare in this one's, going through all of them took up to
# 1.4 s (1.5 million crew rows of the bench store); through this many, under 0.3 s. A hit
# further down is found with more words, as one past the first page is without a station.
ORIGIN_WINDOW = 10_000


def query(conn: Connection, text: str, limit: int = 50,
          kinds: frozenset[Kind] | None = None, origin: str = "") -> list[Hit]:
    """The first `limit` hits in the index's order (see the module's docstring), each with
    its record's station; `origin` keeps the records of that station (among the first
    ORIGIN_WINDOW hits)."""
    expression = match_expression(text)
    if not expression:
        return []
    matching = "FROM search_index WHERE search_index MATCH ?"
    params: list[object] = [expression]
    if kinds:
        ranges = " OR ".join("(rowid >= ? AND rowid < ?)" for _ in kinds)
        matching += f" AND ({ranges})"
        for code in sorted(CODES[k] for k in kinds):
            params += [code << SHIFT, (code + 1) << SHIFT]
    matching += " ORDER BY rowid DESC LIMIT ?"
    if origin:  # the ids first, the texts of the station's hits only
        sql = (f"SELECT s.rowid, s.title, s.body, h.origin FROM (SELECT hit, "
               f"{_origin_of('hit')} AS origin FROM (SELECT rowid AS hit {matching}) "
               "WHERE origin = ? LIMIT ?) h JOIN search_index s ON s.rowid = h.hit "
               "ORDER BY s.rowid DESC")
        params += [ORIGIN_WINDOW, origin, limit]
    else:
        sql = f"SELECT rowid, title, body, {_origin_of('search_index.rowid')} {matching}"
        params.append(limit)
    return [Hit(_KIND_OF_CODE[int(row) >> SHIFT], int(row) & _REF, str(title), str(body),
                float(position), str(found or ""))
            for position, (row, title, body, found) in enumerate(conn.execute(sql, params))]


def identifier_forms(*values: str) -> str:
    """Identifiers as written and without separators, so 'IMO 907 4729' finds 9074729."""
    forms: list[str] = []
    for value in values:
        if value:
            forms.append(value)
            compact = "".join(ch for ch in value if ch.isalnum())
            if compact != value:
                forms.append(compact)
    return " ".join(forms)
