"""The search index: one FTS5 row per record, inside the encrypted database.

Row ids encode the kind of record (kind << 40 | id), so a record's entry is replaced or
removed by its id alone. Names are indexed with diacritics removed; identifiers (IMO, MMSI,
call sign, document numbers) are indexed as they are and also without separators.
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


@dataclass(frozen=True)
class Hit:
    kind: Kind
    ref: int
    title: str
    body: str
    rank: float

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
    folded = fold(f"{title} {body}")  # letters FTS5 does not fold (Đ, Ø) are folded here
    return (int(kind) << SHIFT) | ref, title, f"{body} {folded}"


def put(conn: Connection, kind: Kind, ref: int, title: str, body: str) -> None:
    row = entry(kind, ref, title, body)
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (row[0],))
    conn.execute("INSERT INTO search_index(rowid, title, body) VALUES (?, ?, ?)", row)


def remove(conn: Connection, kind: Kind, ref: int) -> None:
    conn.execute("DELETE FROM search_index WHERE rowid = ?", ((int(kind) << SHIFT) | ref,))


_TOKEN = re.compile(r"[0-9A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u1780-\u17FF]+")


def match_expression(text: str) -> str:
    """Each word of the query must match the start of a word in the record, any order."""
    tokens = _TOKEN.findall(fold(text))
    return " AND ".join(f'"{t}"*' for t in tokens[:12])


def query(conn: Connection, text: str, limit: int = 50,
          kinds: frozenset[Kind] | None = None) -> list[Hit]:
    expression = match_expression(text)
    if not expression:
        return []
    sql = ("SELECT rowid, title, body, bm25(search_index, 5.0, 1.0) AS r FROM search_index "
           "WHERE search_index MATCH ?")
    params: list[object] = [expression]
    if kinds:
        ranges = " OR ".join("(rowid >= ? AND rowid < ?)" for _ in kinds)
        sql += f" AND ({ranges})"
        for k in sorted(kinds):
            params += [int(k) << SHIFT, (int(k) + 1) << SHIFT]
    sql += " ORDER BY r LIMIT ?"
    params.append(limit)
    out = []
    for rowid, title, body, rank in conn.execute(sql, params):
        out.append(Hit(Kind(int(rowid) >> SHIFT), int(rowid) & ((1 << SHIFT) - 1),
                       str(title), str(body), float(rank)))
    return out


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
