"""Schema 2: vessels, port calls, inspections, crew lists, persons, attachments, search.

Every shareable record has a global id (`uid`) and the station it comes from (`origin`), for
the exchange with headquarters. The search index is an FTS5 table inside the encrypted
database, one row per record, its rowid = kind code << 40 | record id.
"""

VERSION = 2

SQL = """
CREATE TABLE vessels (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    origin         TEXT NOT NULL,
    name           TEXT NOT NULL,
    flag           TEXT NOT NULL,
    imo            TEXT UNIQUE,
    mmsi           TEXT,
    call_sign      TEXT,
    ship_type      INTEGER,
    gross_tonnage  REAL,
    owner_operator TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX vessels_mmsi ON vessels(mmsi);
CREATE INDEX vessels_call_sign ON vessels(call_sign);
CREATE INDEX vessels_name ON vessels(name);
CREATE TABLE vessel_history (
    id        INTEGER PRIMARY KEY,
    vessel_id INTEGER NOT NULL REFERENCES vessels(id),
    name      TEXT NOT NULL,
    flag      TEXT NOT NULL,
    since     TEXT NOT NULL DEFAULT '',
    until     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX vessel_history_vessel ON vessel_history(vessel_id);
CREATE TABLE port_calls (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    origin          TEXT NOT NULL,
    vessel_id       INTEGER NOT NULL REFERENCES vessels(id),
    arrival         TEXT NOT NULL,
    departure       TEXT NOT NULL DEFAULT '',
    last_port       TEXT NOT NULL DEFAULT '',
    next_port       TEXT NOT NULL DEFAULT '',
    berth           TEXT NOT NULL DEFAULT '',
    agent           TEXT NOT NULL DEFAULT '',
    voyage_number   TEXT NOT NULL DEFAULT '',
    crew_count      INTEGER,
    passenger_count INTEGER,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL
);
CREATE INDEX port_calls_vessel ON port_calls(vessel_id, arrival);
CREATE INDEX port_calls_arrival ON port_calls(arrival);
CREATE TABLE inspections (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    origin         TEXT NOT NULL,
    port_call_id   INTEGER NOT NULL REFERENCES port_calls(id),
    started_at     TEXT NOT NULL,
    type           TEXT NOT NULL,
    findings       TEXT NOT NULL DEFAULT '',
    risk           TEXT NOT NULL,
    outcome        TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'returned',
                                                   'approved')),
    review_comment TEXT NOT NULL DEFAULT '',
    reviewed_by    TEXT NOT NULL DEFAULT '',
    reviewed_at    TEXT NOT NULL DEFAULT '',
    amendments     INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX inspections_port_call ON inspections(port_call_id);
CREATE INDEX inspections_status ON inspections(status, started_at);
CREATE TABLE inspection_officers (
    inspection_id INTEGER NOT NULL REFERENCES inspections(id),
    username      TEXT NOT NULL,
    PRIMARY KEY (inspection_id, username)
);
CREATE TABLE inspection_amendments (
    inspection_id INTEGER NOT NULL REFERENCES inspections(id),
    seq           INTEGER NOT NULL,
    by_user       TEXT NOT NULL,
    at            TEXT NOT NULL,
    reason        TEXT NOT NULL,
    previous      TEXT NOT NULL,
    PRIMARY KEY (inspection_id, seq)
);
CREATE TRIGGER inspection_amendments_append_only BEFORE UPDATE ON inspection_amendments
BEGIN SELECT RAISE(ABORT, 'amendments are kept as written'); END;
CREATE TABLE persons (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    origin        TEXT NOT NULL,
    family_name   TEXT NOT NULL,
    given_names   TEXT NOT NULL DEFAULT '',
    nationality   TEXT NOT NULL DEFAULT '',
    date_of_birth TEXT NOT NULL DEFAULT '',
    gender        TEXT NOT NULL DEFAULT '',
    name_key      TEXT NOT NULL,
    merged_into   INTEGER REFERENCES persons(id),
    created_at    TEXT NOT NULL
);
CREATE INDEX persons_name_key ON persons(name_key);
CREATE INDEX persons_birth ON persons(date_of_birth);
CREATE TABLE person_documents (
    person_id       INTEGER NOT NULL REFERENCES persons(id),
    document_number TEXT NOT NULL,
    nationality     TEXT NOT NULL,
    PRIMARY KEY (document_number, nationality, person_id)
);
CREATE TABLE crew_lists (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    origin       TEXT NOT NULL,
    port_call_id INTEGER NOT NULL REFERENCES port_calls(id),
    direction    TEXT NOT NULL CHECK (direction IN ('arrival', 'departure')),
    source       TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL
);
CREATE INDEX crew_lists_port_call ON crew_lists(port_call_id);
CREATE TABLE crew_members (
    id               INTEGER PRIMARY KEY,
    crew_list_id     INTEGER NOT NULL REFERENCES crew_lists(id),
    number           INTEGER NOT NULL,
    family_name      TEXT NOT NULL,
    given_names      TEXT NOT NULL DEFAULT '',
    rank             TEXT NOT NULL DEFAULT '',
    nationality      TEXT NOT NULL DEFAULT '',
    date_of_birth    TEXT NOT NULL DEFAULT '',
    place_of_birth   TEXT NOT NULL DEFAULT '',
    gender           TEXT NOT NULL DEFAULT '',
    document_type    TEXT NOT NULL DEFAULT '',
    document_number  TEXT NOT NULL DEFAULT '',
    document_issuer  TEXT NOT NULL DEFAULT '',
    document_expiry  TEXT NOT NULL DEFAULT '',
    person_id        INTEGER REFERENCES persons(id)
);
CREATE INDEX crew_members_list ON crew_members(crew_list_id, number);
CREATE INDEX crew_members_document ON crew_members(document_number);
CREATE INDEX crew_members_person ON crew_members(person_id);
CREATE TABLE persons_aboard (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    origin          TEXT NOT NULL,
    port_call_id    INTEGER NOT NULL REFERENCES port_calls(id),
    family_name     TEXT NOT NULL,
    given_names     TEXT NOT NULL DEFAULT '',
    nationality     TEXT NOT NULL DEFAULT '',
    date_of_birth   TEXT NOT NULL DEFAULT '',
    age             INTEGER,
    gender          TEXT NOT NULL DEFAULT '',
    circumstances   TEXT NOT NULL DEFAULT '',
    vulnerabilities TEXT NOT NULL DEFAULT '',
    person_id       INTEGER REFERENCES persons(id),
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL
);
CREATE INDEX persons_aboard_port_call ON persons_aboard(port_call_id);
CREATE INDEX persons_aboard_person ON persons_aboard(person_id);
CREATE TABLE attachments (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    owner_kind TEXT NOT NULL,
    owner_id   INTEGER NOT NULL,
    file_name  TEXT NOT NULL,
    mime_type  TEXT NOT NULL,
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    data       BLOB NOT NULL,
    thumbnail  BLOB,
    added_by   TEXT NOT NULL,
    added_at   TEXT NOT NULL
);
CREATE INDEX attachments_owner ON attachments(owner_kind, owner_id);
CREATE VIRTUAL TABLE search_index USING fts5(
    title, body, tokenize = "unicode61 remove_diacritics 2"
)
"""
