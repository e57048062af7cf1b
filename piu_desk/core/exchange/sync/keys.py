"""This desk's exchange keys: Ed25519 + ML-DSA-65 signing keys and an mlkem768x25519 age
identity, made on first use and kept inside the encrypted store.

The private keys are for the exchange officer and the administrator; the public keys and
their fingerprints (read out by phone at enrolment) are for everyone logged in. A rotation
makes a new generation and a statement signed by the old and the new keys, which the peers
check before pinning the new keys (peers.accept_rotation).
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.exchange.age import HybridIdentity, HybridRecipient
from piu_desk.core.exchange.age.hybrid import SEED_BYTES
from piu_desk.core.exchange.bundle.signing import (
    SignerKeys,
    SigningKeys,
    fingerprint,
    readable_fingerprint,
)
from piu_desk.core.store import exchange_keys as repo
from piu_desk.core.store import meta
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP

KEY_ROLES = (Role.EXCHANGE, Role.ADMIN)
ROTATION_FORMAT = "piu-key-rotation/1"
ROTATION_PREFIX = ROTATION_FORMAT.encode() + b"\n"


@dataclass(frozen=True)
class PublicKeys:
    """What a peer pins: station, generation, signing keys and age recipient."""

    station: str
    generation: int
    signer: SignerKeys
    recipient: HybridRecipient

    def fingerprints(self) -> dict[str, str]:
        """As the manifest names them (docs/bundle-format.md, 2.3)."""
        return {"age": fingerprint(self.recipient.public),
                "ed25519": fingerprint(self.signer.ed25519),
                "ml-dsa-65": fingerprint(self.signer.mldsa65)}

    def readable(self) -> dict[str, str]:
        """Fingerprints as six groups of four characters, for comparing by phone."""
        return {k: readable_fingerprint(v) for k, v in self.fingerprints().items()}


@dataclass(frozen=True)
class OwnKeys:
    station: str
    generation: int
    signing: SigningKeys
    identity: HybridIdentity

    def public(self) -> PublicKeys:
        return PublicKeys(self.station, self.generation, self.signing.public(),
                          self.identity.recipient())


@dataclass(frozen=True)
class Rotation:
    """A key change: the statement and the signatures of the old and the new keys."""

    statement: bytes
    old_signatures: bytes
    new_signatures: bytes

    @property
    def message(self) -> bytes:
        return ROTATION_PREFIX + self.statement


def _row(generation: int, at: str) -> repo.OwnKeyRow:
    signing, age_seed = SigningKeys.generate(), os.urandom(SEED_BYTES)
    ed_seed, ml_seed = signing.seeds()
    public = signing.public()
    return repo.OwnKeyRow(generation, ed_seed, ml_seed, age_seed, public.ed25519,
                          public.mldsa65, HybridIdentity(age_seed).recipient().public, at, "")


def _keys(conn: Connection, row: repo.OwnKeyRow) -> OwnKeys:
    return OwnKeys(meta.station(conn).locode, row.generation,
                   SigningKeys(row.ed25519_seed, row.mldsa65_seed), HybridIdentity(row.age_seed))


def ensure_in(conn: Connection, at: str) -> repo.OwnKeyRow:
    """The keys in use, made now if this desk has none (inside the open transaction)."""
    row = repo.current_own(conn)
    if row is None:
        row = _row(1, at)
        repo.insert_own(conn, row)
    return row


def own_keys(desk: Desk) -> OwnKeys:
    desk.session_or_locked(*KEY_ROLES, action=QT_TRANSLATE_NOOP("Actions", "exchange keys"))
    return desk.mutate(lambda c: _keys(c, ensure_in(c, desk.now())))


def own_public(desk: Desk) -> PublicKeys:
    desk.session_or_locked(action=QT_TRANSLATE_NOOP("Actions", "exchange keys"))
    return desk.mutate(lambda c: _keys(c, ensure_in(c, desk.now())).public())


def identities(desk: Desk) -> list[HybridIdentity]:
    """Every generation's age identity, newest first: a bundle written to an older key
    while a rotation travelled still opens."""
    desk.session_or_locked(*KEY_ROLES, action=QT_TRANSLATE_NOOP("Actions", "exchange keys"))
    def run(conn: Connection) -> list[HybridIdentity]:
        ensure_in(conn, desk.now())
        return [HybridIdentity(r.age_seed) for r in repo.all_own(conn)]
    return desk.mutate(run)


def rotation_statement(station: str, old: PublicKeys, new: PublicKeys, at: str) -> bytes:
    body = {"format": ROTATION_FORMAT, "station": station, "at": at,
            "old_generation": old.generation, "new_generation": new.generation,
            "old": old.fingerprints(),
            "new": {"ed25519": base64.b64encode(new.signer.ed25519).decode(),
                    "ml-dsa-65": base64.b64encode(new.signer.mldsa65).decode(),
                    "age": new.recipient.encode()}}
    return json.dumps(body, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode()


def rotate(desk: Desk) -> Rotation:
    """A new generation of keys; the old one is retired (its age identity still opens
    bundles in flight). The statement goes to every peer."""
    desk.session_or_locked(*KEY_ROLES, action=QT_TRANSLATE_NOOP("Actions", "exchange keys"))

    def run(conn: Connection) -> Rotation:
        at = desk.now()
        old = _keys(conn, ensure_in(conn, at))
        row = _row(old.generation + 1, at)
        repo.retire_own(conn, old.generation, at)
        repo.insert_own(conn, row)
        new = _keys(conn, row)
        statement = rotation_statement(old.station, old.public(), new.public(), at)
        made = Rotation(statement, old.signing.sign(ROTATION_PREFIX + statement),
                        new.signing.sign(ROTATION_PREFIX + statement))
        repo.insert_rotation(conn, old.station, old.generation, new.generation, statement,
                             made.old_signatures, made.new_signatures, at)
        desk.audit_in(conn, "exchange.keys.rotate", old.station,
                      f"generation {new.generation}")
        return made
    return desk.mutate(run)
