"""Schema 11: headquarters' master watchlist releases, and a station's reference state.

* `watchlist_releases` (HQ): one row per published release of the master watchlist, with
  the change-capture sequence it covers (`through_seq`): a watchlist change after it waits
  for the next release before it leaves HQ.
* `watchlist_reference` (a station): the release of HQ's watchlist this desk holds, one
  row; its version never goes down.
* `exchange_reference_refused` (a station): bundles from HQ whose watchlist was not applied
  (an older release than the one held, or one past its expiry), so that they are not
  acknowledged as received and HQ carries their watchlist again.
"""

from __future__ import annotations

VERSION = 11

SQL = """
CREATE TABLE watchlist_releases (
    version      INTEGER PRIMARY KEY,
    published_at TEXT NOT NULL,
    published_by TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    through_seq  INTEGER NOT NULL,
    entries      INTEGER NOT NULL,
    note         TEXT NOT NULL DEFAULT ''
);
CREATE TABLE watchlist_reference (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    version      INTEGER NOT NULL,
    expires_at   TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    bundle_id    TEXT NOT NULL
);
CREATE TABLE exchange_reference_refused (
    bundle_id    TEXT PRIMARY KEY,
    peer         TEXT NOT NULL,
    version      INTEGER NOT NULL,
    reason       TEXT NOT NULL CHECK (reason IN ('older', 'expired')),
    refused_at   TEXT NOT NULL
)
"""
