"""Schema 7: the equipment register — assets and their timeline of events, handovers from
the donor, custody, maintenance schedules and repairs, verification campaigns, incidents.

An asset's status is a column kept by the events (never edited directly); every event is
also a row of `asset_events`, the item's timeline. Shareable records carry `uid` and `origin`
for the exchange with headquarters.
"""

VERSION = 7

SQL = """
CREATE TABLE handovers (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    origin         TEXT NOT NULL,
    donor          TEXT NOT NULL DEFAULT '',
    agreement_ref  TEXT NOT NULL DEFAULT '',
    handover_date  TEXT NOT NULL DEFAULT '',
    document_ref   TEXT NOT NULL DEFAULT '',
    source_file    TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL
);
CREATE TABLE assets (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    origin           TEXT NOT NULL,
    tag              TEXT NOT NULL UNIQUE,
    category         TEXT NOT NULL,
    description      TEXT NOT NULL,
    make             TEXT NOT NULL DEFAULT '',
    model            TEXT NOT NULL DEFAULT '',
    serial_number    TEXT NOT NULL DEFAULT '',
    donor            TEXT NOT NULL DEFAULT '',
    agreement_ref    TEXT NOT NULL DEFAULT '',
    grant_code       TEXT NOT NULL DEFAULT '',
    handover_date    TEXT NOT NULL DEFAULT '',
    handover_doc_ref TEXT NOT NULL DEFAULT '',
    value_khr        INTEGER NOT NULL DEFAULT 0,
    value_usd_cents  INTEGER NOT NULL DEFAULT 0,
    location         TEXT NOT NULL DEFAULT '',
    condition        TEXT NOT NULL CHECK (condition IN ('new', 'good', 'fair', 'poor',
                                                        'unserviceable')),
    status           TEXT NOT NULL CHECK (status IN ('in_store', 'issued', 'under_repair',
                                                     'lost', 'stolen', 'disposed')),
    handover_id      INTEGER REFERENCES handovers(id),
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX assets_status ON assets(status, tag);
CREATE INDEX assets_category ON assets(category, tag);
CREATE INDEX assets_serial ON assets(serial_number);
CREATE TABLE asset_events (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    origin       TEXT NOT NULL,
    asset_id     INTEGER NOT NULL REFERENCES assets(id),
    kind         TEXT NOT NULL,
    on_date      TEXT NOT NULL,
    status_after TEXT NOT NULL,
    holder       TEXT NOT NULL DEFAULT '',
    detail       TEXT NOT NULL DEFAULT '',
    by_user      TEXT NOT NULL,
    recorded_at  TEXT NOT NULL
);
CREATE INDEX asset_events_asset ON asset_events(asset_id, id);
CREATE INDEX asset_events_kind ON asset_events(kind, on_date);
CREATE TABLE custody (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    origin          TEXT NOT NULL,
    asset_id        INTEGER NOT NULL REFERENCES assets(id),
    holder_kind     TEXT NOT NULL CHECK (holder_kind IN ('officer', 'place')),
    holder          TEXT NOT NULL,
    issued_on       TEXT NOT NULL,
    expected_return TEXT NOT NULL DEFAULT '',
    accepted_at     TEXT NOT NULL DEFAULT '',
    accepted_by     TEXT NOT NULL DEFAULT '',
    ended_on        TEXT NOT NULL DEFAULT '',
    end_kind        TEXT NOT NULL DEFAULT '',
    return_condition TEXT NOT NULL DEFAULT '',
    issued_by       TEXT NOT NULL
);
CREATE INDEX custody_asset ON custody(asset_id, id);
CREATE INDEX custody_open ON custody(holder, ended_on);
CREATE TABLE maintenance_schedules (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    origin       TEXT NOT NULL,
    asset_id     INTEGER REFERENCES assets(id),
    category     TEXT NOT NULL DEFAULT '',
    task         TEXT NOT NULL,
    every_months INTEGER,
    due_on       TEXT NOT NULL DEFAULT '',
    starts_on    TEXT NOT NULL,
    CHECK ((asset_id IS NULL) <> (category = ''))
);
CREATE TABLE maintenance_done (
    id          INTEGER PRIMARY KEY,
    schedule_id INTEGER NOT NULL REFERENCES maintenance_schedules(id),
    asset_id    INTEGER NOT NULL REFERENCES assets(id),
    done_on     TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    by_user     TEXT NOT NULL
);
CREATE INDEX maintenance_done_asset ON maintenance_done(schedule_id, asset_id, done_on);
CREATE TABLE repairs (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    origin      TEXT NOT NULL,
    asset_id    INTEGER NOT NULL REFERENCES assets(id),
    sent_on     TEXT NOT NULL,
    vendor      TEXT NOT NULL DEFAULT '',
    fault       TEXT NOT NULL DEFAULT '',
    returned_on TEXT NOT NULL DEFAULT '',
    cost_khr    INTEGER NOT NULL DEFAULT 0,
    cost_usd_cents INTEGER NOT NULL DEFAULT 0,
    outcome     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX repairs_asset ON repairs(asset_id, id);
CREATE TABLE campaigns (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    origin     TEXT NOT NULL,
    name       TEXT NOT NULL,
    started_on TEXT NOT NULL,
    closed_on  TEXT NOT NULL DEFAULT '',
    started_by TEXT NOT NULL
);
CREATE TABLE campaign_checks (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
    asset_id    INTEGER REFERENCES assets(id),
    tag         TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    condition   TEXT NOT NULL DEFAULT '',
    location    TEXT NOT NULL DEFAULT '',
    flag        TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL,
    by_user     TEXT NOT NULL
);
CREATE INDEX campaign_checks_campaign ON campaign_checks(campaign_id, asset_id);
CREATE TABLE incidents (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    origin        TEXT NOT NULL,
    asset_id      INTEGER NOT NULL REFERENCES assets(id),
    kind          TEXT NOT NULL,
    occurred_on   TEXT NOT NULL,
    place         TEXT NOT NULL DEFAULT '',
    circumstances TEXT NOT NULL DEFAULT '',
    holder        TEXT NOT NULL DEFAULT '',
    police_ref    TEXT NOT NULL DEFAULT '',
    authorised_by TEXT NOT NULL DEFAULT '',
    authority_ref TEXT NOT NULL DEFAULT '',
    reported_by   TEXT NOT NULL,
    reported_at   TEXT NOT NULL
);
CREATE INDEX incidents_asset ON incidents(asset_id, id)
"""
