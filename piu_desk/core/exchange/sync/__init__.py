"""The store side of the exchange: this desk's keys, the peers it trusts, the changes it
has to send and applying what it receives. The bundle format (exchange/bundle) and the
export and import services are built on these.

    keys.own_keys(desk)                       # signing keys and age identity (private)
    keys.own_public(desk)                     # what a peer pins, with fingerprints
    peers.pin(desk, "HQ", "hq", public)       # after the fingerprint check by phone
    capture.changes_for(desk, "HQ")           # change records HQ has not confirmed
    capture.confirm(desk, "HQ", up_to_seq)
    applying.apply_bundle(desk, peer, bundle_id, sequence, records, blobs)
    conflicts.list_conflicts(desk); conflicts.resolve(desk, id, "theirs")
"""
