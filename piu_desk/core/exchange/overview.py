"""What the Exchange screen shows about trust: this desk's key fingerprints and the peers
it has pinned, each with its fingerprints (for reading out by phone), its last bundle each
way with its number, and how many of this desk's changes it has not confirmed yet."""

from __future__ import annotations

from dataclasses import dataclass

from piu_desk.core.desk import Desk
from piu_desk.core.exchange import enrolment, stations
from piu_desk.core.exchange.bundle.signing import readable_fingerprint
from piu_desk.core.exchange.sync import keys, peers
from piu_desk.core.store import exchange_changes as log


@dataclass(frozen=True)
class PeerStatus:
    station: str
    role: str  # hq | station
    generation: int
    fingerprints: dict[str, str]  # readable: six groups of four
    revoked: bool
    last_export_at: str
    last_import_at: str
    last_export_sequence: int | None = None
    last_import_sequence: int | None = None
    outstanding: int = 0
    """This desk's changes the peer has not confirmed (a stick that has not come back)."""
    phone: str = ""
    """The one fingerprint over its three keys that was read out by phone at enrolment."""


def own_fingerprints(desk: Desk) -> dict[str, str]:
    """This desk's fingerprints in phone groups (ed25519, ml-dsa-65, age)."""
    return keys.own_public(desk).readable()


def peer_statuses(desk: Desk, known: list[stations.StationStatus] | None = None
                  ) -> list[PeerStatus]:
    """Every pinned key generation, newest first per station, with its channel's dates;
    `known`: the stations overview when the caller has just read it."""
    rows = peers.listing(desk)
    channels = {c.peer: c for c in desk.db(lambda c: log.channels(c))}
    state = {s.station: s for s in (known if known is not None
                                    else stations.station_statuses(desk))}
    out = []
    for r in rows:
        channel, st = channels.get(r.station), state.get(r.station)
        out.append(PeerStatus(
            r.station, r.role, r.generation,
            {"ed25519": readable_fingerprint(r.ed25519_fp),
             "ml-dsa-65": readable_fingerprint(r.mldsa65_fp),
             "age": readable_fingerprint(r.age_fp)},
            r.revoked, channel.last_export_at if channel else "",
            channel.last_import_at if channel else "",
            st.last_out_sequence if st else None, st.last_in_sequence if st else None,
            st.outstanding if st else 0, enrolment.phone_fingerprint(peers.public_of(r))))
    return out
