"""Schema 6: the watchlist, its screening index, and alerts with their dispositions.

`watchlist_keys` is the blocking index (core/intel/blocking.py): one row per key of an
entry, rewritten with the entry. An alert is unique per entry and subject row, so screening
a list again adds nothing; `subject_key` (person:ID or vessel:ID) names who was matched
across lists, and `fingerprint` what both sides said, for remembering false positives.
"""

VERSION = 6

SQL = """
CREATE TABLE watchlist_entries (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    origin        TEXT NOT NULL,
    provenance    TEXT NOT NULL,
    kind          TEXT NOT NULL,
    names         TEXT NOT NULL,
    date_of_birth TEXT NOT NULL DEFAULT '',
    nationality   TEXT NOT NULL DEFAULT '',
    documents     TEXT NOT NULL DEFAULT '',
    imo           TEXT NOT NULL DEFAULT '',
    mmsi          TEXT NOT NULL DEFAULT '',
    call_sign     TEXT NOT NULL DEFAULT '',
    flag          TEXT NOT NULL DEFAULT '',
    reason        TEXT NOT NULL,
    issuer        TEXT NOT NULL,
    issued        TEXT NOT NULL DEFAULT '',
    expires       TEXT NOT NULL DEFAULT '',
    handling      TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE TABLE watchlist_keys (
    key      TEXT NOT NULL,
    entry_id INTEGER NOT NULL,
    PRIMARY KEY (key, entry_id)
) WITHOUT ROWID;
CREATE INDEX watchlist_keys_entry ON watchlist_keys(entry_id);
CREATE TABLE alerts (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    origin       TEXT NOT NULL,
    entry_id     INTEGER NOT NULL REFERENCES watchlist_entries(id),
    subject_kind TEXT NOT NULL,
    subject_id   INTEGER NOT NULL,
    subject_key  TEXT NOT NULL,
    port_call_id INTEGER,
    score        REAL NOT NULL,
    reasons      TEXT NOT NULL,
    fingerprint  TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open',
    note         TEXT NOT NULL DEFAULT '',
    disposed_by  TEXT NOT NULL DEFAULT '',
    disposed_at  TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    UNIQUE (entry_id, subject_kind, subject_id)
);
CREATE INDEX alerts_status ON alerts(status, id);
CREATE INDEX alerts_pair ON alerts(entry_id, subject_key)
"""
