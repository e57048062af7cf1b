"""Schema 9: indexes for reading the equipment register as a whole (the register screen,
its dashboard tiles, who holds what) without visiting row after row of the large tables.

`asset_events_kind` gains the item, so the items verified since a date come from the index
alone (store.campaigns.not_verified_since). The open custody (`ended_on = ''`) gets a
partial index by holder and issue date holding every column of the custody, so who holds
what (store.custody.held_now_with_assets, in that order) and the holder of each item
(store.assets.listing_with_holders) are read from it instead of from the whole custody
history; it replaces `custody_open` (holder, ended_on), which it covers.
"""

VERSION = 9

SQL = """
DROP INDEX asset_events_kind;
CREATE INDEX asset_events_kind ON asset_events(kind, on_date, asset_id);
DROP INDEX custody_open;
CREATE INDEX custody_held ON custody(holder, issued_on, asset_id, holder_kind,
    expected_return, accepted_at, accepted_by, ended_on, end_kind, return_condition, issued_by)
    WHERE ended_on = ''
"""
