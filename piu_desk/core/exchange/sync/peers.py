"""The peers this desk trusts: public keys pinned per station (HQ, or a station at HQ).

Keys are pinned once, after the fingerprints were compared by phone; later keys come only
as a rotation signed by the pinned old keys and by the new ones. A revoked key stays listed
so that what it signed is refused by name. Looking a key up refuses unknown and revoked
keys alike.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable

from piu_desk.core.desk import Desk
from piu_desk.core.exchange.age import HybridRecipient, InvalidKey, parse_recipient
from piu_desk.core.exchange.bundle.signing import PinnedSigner, SignerKeys
from piu_desk.core.exchange.sync.errors import (
    PeerAlreadyPinned,
    RevokedPeer,
    RotationInvalid,
    UnknownPeer,
)
from piu_desk.core.exchange.sync.keys import (
    KEY_ROLES,
    ROTATION_FORMAT,
    PublicKeys,
    Rotation,
)
from piu_desk.core.store import exchange_keys as repo
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP

ROLES = ("hq", "station")
ACTION = QT_TRANSLATE_NOOP("Actions", "exchange partners")


def public_of(row: repo.PeerRow) -> PublicKeys:
    return PublicKeys(row.station, row.generation,
                      SignerKeys(row.ed25519_public, row.mldsa65_public),
                      HybridRecipient(row.age_public))


def pin_in(conn: Connection, role: str, keys: PublicKeys, at: str, by: str) -> repo.PeerRow:
    """Pin `keys` for their station inside the open transaction (enrolment)."""
    if role not in ROLES:
        raise ValueError("a peer is HQ or a station")
    if repo.peers(conn, keys.station):
        raise PeerAlreadyPinned(keys.station)
    return _insert(conn, role, keys, at, by)


def _insert(conn: Connection, role: str, keys: PublicKeys, at: str, by: str) -> repo.PeerRow:
    fps = keys.fingerprints()
    row = repo.PeerRow(0, keys.station, role, keys.generation, keys.signer.ed25519,
                       keys.signer.mldsa65, keys.recipient.public, fps["ed25519"],
                       fps["ml-dsa-65"], fps["age"], at, by, "", "")
    repo.insert_peer(conn, row)
    return repo.peers(conn, keys.station)[0]


def pin(desk: Desk, role: str, keys: PublicKeys) -> repo.PeerRow:
    session = desk.session_or_locked(*KEY_ROLES, action=ACTION)

    def run(conn: Connection) -> repo.PeerRow:
        row = pin_in(conn, role, keys, desk.now(), session.username)
        desk.audit_in(conn, "exchange.pin", keys.station, f"{role}, generation "
                      f"{keys.generation}, {keys.readable()['ed25519']}")
        return row
    return desk.mutate(run)


def revoke(desk: Desk, station: str, generation: int | None = None) -> int:
    """Refuse from now on the keys of `station` (one generation, or all)."""
    session = desk.session_or_locked(*KEY_ROLES, action=ACTION)

    def run(conn: Connection) -> int:
        count = repo.revoke_peer(conn, station, generation, desk.now(), session.username)
        if count == 0 and not repo.peers(conn, station):
            raise UnknownPeer(station)
        desk.audit_in(conn, "exchange.revoke", station,
                      "all generations" if generation is None else f"generation {generation}")
        return count
    return desk.mutate(run)


def listing(desk: Desk) -> list[repo.PeerRow]:
    desk.session_or_locked(action=ACTION)
    return desk.db(lambda c: repo.peers(c))


def trusted_in(conn: Connection, fingerprint: str) -> repo.PeerRow:
    """The pinned peer one of whose key fingerprints is `fingerprint`; UnknownPeer or
    RevokedPeer otherwise."""
    row = repo.peer_by_fingerprint(conn, fingerprint)
    if row is None:
        raise UnknownPeer(fingerprint[:16])
    if row.revoked:
        raise RevokedPeer(row.station)
    return row


def by_fingerprint(desk: Desk, fingerprint: str) -> repo.PeerRow:
    desk.session_or_locked(*KEY_ROLES, action=ACTION)
    return desk.db(lambda c: trusted_in(c, fingerprint))


def pins_in(conn: Connection, station: str) -> list[PinnedSigner]:
    """The bundle reader's pin lookup (exchange/bundle/checks.PinLookup)."""
    return [PinnedSigner(SignerKeys(r.ed25519_public, r.mldsa65_public), r.revoked)
            for r in repo.peers(conn, station)]


def pins(desk: Desk, stations: Iterable[str]) -> dict[str, list[PinnedSigner]]:
    """Pinned keys of `stations`, read once, for a lookup used off the owner thread."""
    desk.session_or_locked(*KEY_ROLES, action=ACTION)
    return desk.db(lambda c: {s: pins_in(c, s) for s in stations})


# -- rotation -----------------------------------------------------------------------------
def statement_of(rotation: Rotation) -> dict[str, object]:
    """The rotation's statement, if it is a canonical one; RotationInvalid otherwise."""
    try:
        body = json.loads(rotation.statement)
    except (ValueError, UnicodeDecodeError):
        raise RotationInvalid("the statement is not JSON") from None
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    if not isinstance(body, dict) or canonical.encode() != rotation.statement or \
            body.get("format") != ROTATION_FORMAT:
        raise RotationInvalid("the statement is not a canonical key rotation")
    return body


def _new_keys(body: dict[str, object]) -> PublicKeys:
    new, station, generation = body.get("new"), body.get("station"), body.get("new_generation")
    if not isinstance(new, dict) or not isinstance(station, str) or type(generation) is not int:
        raise RotationInvalid("the statement does not name the new keys")
    try:
        recipient = parse_recipient(str(new["age"]))
        signer = SignerKeys(base64.b64decode(str(new["ed25519"]), validate=True),
                            base64.b64decode(str(new["ml-dsa-65"]), validate=True))
    except (KeyError, ValueError, InvalidKey) as exc:
        raise RotationInvalid(f"the new keys cannot be read ({exc})") from None
    if not isinstance(recipient, HybridRecipient):
        raise RotationInvalid("the new age key is not post-quantum")
    return PublicKeys(station, generation, signer, recipient)


def accept_rotation_in(conn: Connection, rotation: Rotation, at: str,
                       by: str) -> repo.PeerRow:
    """Pin the new keys of a peer's rotation: signed by its pinned, unrevoked old keys and
    by the new keys themselves."""
    body = statement_of(rotation)
    new = _new_keys(body)
    old = [r for r in repo.peers(conn, new.station)
           if r.generation == body.get("old_generation")]
    if not old:
        raise UnknownPeer(new.station)
    if old[0].revoked:
        raise RevokedPeer(new.station)
    if public_of(old[0]).fingerprints() != body.get("old"):
        raise RotationInvalid("the old keys named are not those pinned")
    if new.generation <= max(r.generation for r in repo.peers(conn, new.station)):
        if repo.rotation(conn, new.station, new.generation) is not None:
            return next(r for r in repo.peers(conn, new.station)
                    if r.generation == new.generation)  # already accepted
        raise RotationInvalid("the new generation is not newer than the pinned one")
    if not all(public_of(old[0]).signer.verify(rotation.message, rotation.old_signatures)):
        raise RotationInvalid("the old keys' signatures do not verify")
    if not all(new.signer.verify(rotation.message, rotation.new_signatures)):
        raise RotationInvalid("the new keys' signatures do not verify")
    row = _insert(conn, old[0].role, new, at, by)
    repo.insert_rotation(conn, new.station, old[0].generation, new.generation,
                         rotation.statement, rotation.old_signatures,
                         rotation.new_signatures, at)
    return row


def accept_rotation(desk: Desk, rotation: Rotation) -> repo.PeerRow:
    session = desk.session_or_locked(*KEY_ROLES, action=ACTION)

    def run(conn: Connection) -> repo.PeerRow:
        row = accept_rotation_in(conn, rotation, desk.now(), session.username)
        desk.audit_in(conn, "exchange.rotation", row.station, f"generation {row.generation}")
        return row
    return desk.mutate(run)
