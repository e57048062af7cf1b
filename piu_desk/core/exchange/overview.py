"""What the Exchange screen shows about trust: this desk's key fingerprints and the peers
it has pinned, each with its fingerprints (for reading out by phone) and its last
exchange."""

from __future__ import annotations

from dataclasses import dataclass

from piu_desk.core.desk import Desk
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


def own_fingerprints(desk: Desk) -> dict[str, str]:
    """This desk's fingerprints in phone groups (ed25519, ml-dsa-65, age)."""
    return keys.own_public(desk).readable()


def peer_statuses(desk: Desk) -> list[PeerStatus]:
    """Every pinned key generation, newest first per station, with its channel's dates."""
    rows = peers.listing(desk)
    channels = {c.peer: c for c in desk.db(lambda c: log.channels(c))}
    out = []
    for r in rows:
        channel = channels.get(r.station)
        out.append(PeerStatus(
            r.station, r.role, r.generation,
            {"ed25519": readable_fingerprint(r.ed25519_fp),
             "ml-dsa-65": readable_fingerprint(r.mldsa65_fp),
             "age": readable_fingerprint(r.age_fp)},
            r.revoked, channel.last_export_at if channel else "",
            channel.last_import_at if channel else ""))
    return out
