"""The store side of the exchange: this desk's keys, the peers it trusts, the changes it
has to send and applying what it receives. The bundle format (exchange/bundle) and the
export and import services are built on these.

    keys.own_keys(desk)                       # signing keys and age identity (private)
    keys.own_public(desk)                     # what a peer pins, with fingerprints
    peers.pin(desk, "hq", public)             # after the fingerprint check by phone
    capture.scan(desk, "KHPNH", limit)        # change records + the seq they cover
    capture.confirm(desk, "KHPNH", up_to_seq)
    applying.apply_bundle(desk, peer, bundle_id, sequence, records, blobs)
    conflicts.list_conflicts(desk); conflicts.resolve(desk, id, "theirs")

A **change record** (the content of a bundle's `change` entry) is a JSON object with
exactly these keys:

| Key | Value |
| --- | --- |
| `table` | the record family: `vessels`, `port_calls`, `crew_lists`, `tipoffs`, ... |
| `uid` | the record's global id |
| `origin` | the station the record comes from |
| `op` | `create`, `update` or `delete` (a tombstone) |
| `seq` | the sender's capture sequence number of the record's latest change |
| `version` | the record's version vector, `{"KHKOS": 3, "KHPNH": 1}` (store/exchange_versions) |
| `payload` | `{"row": {...}, "children": {"table": [...]}}`, `null` for a delete |
| `attachment` | SHA-256 (hex) of the bytes travelling as an `attachment` entry, or `null` |

In a payload, local ids are left out and references are the referenced record's `uid`
(store/exchange_payload, store/exchange_refs); bytes are `{"b64": ...}`. A receiver applies
a record only when its version is newer than its own, keeps both when neither is newer
(a conflict), and parks a record whose references or bytes have not arrived yet.
"""
