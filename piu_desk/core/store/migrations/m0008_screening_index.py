"""Schema 8: the screening index carries each entry's date of birth and names.

`watchlist_keys.born` is the entry's date of birth as stored (ISO date, bare year or empty),
so screening a subject whose full date of birth is known leaves out, in SQL, the entries
whose date of birth rules them out; `names` are the entry's names as stored, so the
candidates' names are read with the index rows and bounded (matching.name_bound) before any
entry is loaded (core/intel/screening.py). The table is rebuilt with the new columns,
filled from the entries.
"""

VERSION = 8

SQL = """
CREATE TABLE watchlist_keys_new (
    key      TEXT NOT NULL,
    entry_id INTEGER NOT NULL,
    born     TEXT NOT NULL DEFAULT '',
    names    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (key, entry_id)
) WITHOUT ROWID;
INSERT INTO watchlist_keys_new(key, entry_id, born, names)
    SELECT k.key, k.entry_id, coalesce(e.date_of_birth, ''), coalesce(e.names, '')
    FROM watchlist_keys k LEFT JOIN watchlist_entries e ON e.id = k.entry_id;
DROP TABLE watchlist_keys;
ALTER TABLE watchlist_keys_new RENAME TO watchlist_keys;
CREATE INDEX watchlist_keys_entry ON watchlist_keys(entry_id)
"""
