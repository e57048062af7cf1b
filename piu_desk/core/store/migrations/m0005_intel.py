"""Schema 5: tip-offs with their grading, subjects, status moves and follow-up inspections,
and the restricted source register.

A source's identity, contact and notes are stored only as AES-GCM ciphertext under a
subkey of the supervisor key (records/sources.py); the database's own encryption is the
second layer, not the only one. Tip-offs name a source by its code.
"""

VERSION = 5

SQL = """
CREATE TABLE sources (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    code            TEXT NOT NULL UNIQUE,
    active          INTEGER NOT NULL DEFAULT 1,
    identity_nonce  BLOB,
    identity_sealed BLOB,
    contact_nonce   BLOB,
    contact_sealed  BLOB,
    notes_nonce     BLOB,
    notes_sealed    BLOB,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE TABLE tipoffs (
    id                INTEGER PRIMARY KEY,
    uid               TEXT NOT NULL UNIQUE,
    origin            TEXT NOT NULL,
    received_at       TEXT NOT NULL,
    channel           TEXT NOT NULL,
    reporting_officer TEXT NOT NULL,
    source_code       TEXT NOT NULL DEFAULT '',
    text              TEXT NOT NULL,
    grade_scheme      TEXT NOT NULL DEFAULT '',
    grade             TEXT NOT NULL DEFAULT '',
    handling          TEXT NOT NULL,
    status            TEXT NOT NULL,
    confirmation      TEXT NOT NULL DEFAULT 'open',
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX tipoffs_status ON tipoffs(status, received_at);
CREATE INDEX tipoffs_received ON tipoffs(received_at);
CREATE INDEX tipoffs_source ON tipoffs(source_code);
CREATE TABLE tipoff_subjects (
    tipoff_id INTEGER NOT NULL REFERENCES tipoffs(id),
    seq       INTEGER NOT NULL,
    kind      TEXT NOT NULL,
    ref       INTEGER,
    text      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (tipoff_id, seq)
);
CREATE INDEX tipoff_subjects_ref ON tipoff_subjects(kind, ref);
CREATE TABLE tipoff_moves (
    tipoff_id INTEGER NOT NULL REFERENCES tipoffs(id),
    seq       INTEGER NOT NULL,
    status    TEXT NOT NULL,
    by_user   TEXT NOT NULL,
    at        TEXT NOT NULL,
    PRIMARY KEY (tipoff_id, seq)
);
CREATE TABLE tipoff_inspections (
    tipoff_id     INTEGER NOT NULL REFERENCES tipoffs(id),
    inspection_id INTEGER NOT NULL REFERENCES inspections(id),
    PRIMARY KEY (tipoff_id, inspection_id)
);
CREATE INDEX tipoff_inspections_inspection ON tipoff_inspections(inspection_id)
"""
