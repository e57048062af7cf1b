"""Enrolment: how HQ and a station come to trust each other's keys (docs/bundle-format.md, 4).

HQ writes an enrolment file for a station (HQ's public keys, the station's id and name,
signed by HQ with both keys) and records the station as expected. The station imports it
only if the fingerprint read out by phone equals the one of the keys in the file, both
signatures verify against those keys and the file names this desk; then it pins HQ. The
station answers with a key file of its own, signed the same way, which HQ pins after the
same phone check, and only for a station it is expecting. Nothing is pinned before every
check has passed; every step is in the audit trail.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from piu_desk.core.desk import Desk
from piu_desk.core.errors import DeskError
from piu_desk.core.exchange.age import HybridRecipient, InvalidKey, parse_recipient
from piu_desk.core.exchange.bundle.manifest import canonical
from piu_desk.core.exchange.bundle.signing import SignerKeys, readable_fingerprint
from piu_desk.core.exchange.sync import keys, peers
from piu_desk.core.exchange.sync.keys import KEY_ROLES, PublicKeys
from piu_desk.core.store import meta
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

ENROLMENT_FORMAT = "piu-enrolment/1"
STATION_KEYS_FORMAT = "piu-station-keys/1"
MAX_FILE_BYTES = 64 * 1024
EXPECTED_PREFIX = "exchange.enrol.expected."
ACTION = QT_TRANSLATE_NOOP("Actions", "enrolment")


class EnrolmentRefused(DeskError):
    def __init__(self, reason: Message) -> None:
        super().__init__(Message("Exchange", QT_TRANSLATE_NOOP(
            "Exchange", "The enrolment was refused and nothing was pinned: {detail}"),
            {"detail": reason}))
        self.detail = str(reason)


def _why(text: str, **args: object) -> Message:
    """A reason for refusing, translated with the message it completes."""
    return Message("Exchange", text, dict(args))


def phone_fingerprint(public: PublicKeys) -> str:
    """One fingerprint over all three public keys (Ed25519, ML-DSA-65, age), as six groups
    of four characters: what is read out by phone at enrolment."""
    digest = hashlib.sha256(public.signer.ed25519 + public.signer.mldsa65
                            + public.recipient.public).hexdigest()
    return readable_fingerprint(digest)


def _normal(typed: str) -> str:
    return "".join(ch for ch in typed.upper() if ch.isalnum())


@dataclass(frozen=True)
class KeyFile:
    """A signed key file as read: its body, the keys it carries and their fingerprint."""

    body: dict[str, Any]
    keys: PublicKeys

    @property
    def fingerprint(self) -> str:
        return phone_fingerprint(self.keys)


def _signed_message(fmt: str, body_bytes: bytes) -> bytes:
    return fmt.encode() + b"\n" + body_bytes


def _keys_json(public: PublicKeys) -> dict[str, str]:
    return {"ed25519": base64.b64encode(public.signer.ed25519).decode(),
            "ml-dsa-65": base64.b64encode(public.signer.mldsa65).decode(),
            "age": public.recipient.encode()}


def _document(own: keys.OwnKeys, body: dict[str, Any]) -> bytes:
    body_bytes = canonical(body)
    signatures = own.signing.sign(_signed_message(str(body["format"]), body_bytes))
    return canonical({"body": body, "signatures": base64.b64encode(signatures).decode()})


def _write(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    with open(partial, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(partial, path)


def read_key_file(path: Path, fmt: str) -> KeyFile:
    """Parse a signed key file of format `fmt` and verify both signatures against the keys
    it carries; EnrolmentRefused otherwise. Who the keys belong to is the caller's check."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise EnrolmentRefused(_why(QT_TRANSLATE_NOOP(
            "Exchange", "the file cannot be read ({error})"), error=exc.strerror)) from None
    if len(data) > MAX_FILE_BYTES:
        raise EnrolmentRefused(_why(QT_TRANSLATE_NOOP(
            "Exchange", "the file is too large to be a key file")))
    try:
        doc = json.loads(data.decode("utf-8"))
        body, signatures = doc["body"], base64.b64decode(doc["signatures"], validate=True)
    except (ValueError, UnicodeDecodeError, KeyError, TypeError, binascii.Error):
        raise EnrolmentRefused(_why(QT_TRANSLATE_NOOP(
            "Exchange", "the file is not a key file"))) from None
    if not isinstance(body, dict) or body.get("format") != fmt:
        raise EnrolmentRefused(_why(QT_TRANSLATE_NOOP(
            "Exchange", "the file is not a {format} file"), format=fmt))
    public = _public(body)
    message = _signed_message(fmt, canonical(body))
    if canonical(doc) != data or not all(public.signer.verify(message, signatures)):
        raise EnrolmentRefused(_why(QT_TRANSLATE_NOOP(
            "Exchange", "the signatures do not verify: the file has been changed")))
    return KeyFile(body, public)


def _public(body: dict[str, Any]) -> PublicKeys:
    station_key = "hq" if body.get("format") == ENROLMENT_FORMAT else "station"
    station, generation, k = body.get(station_key), body.get("generation"), body.get("keys")
    if not isinstance(station, str) or type(generation) is not int or not isinstance(k, dict):
        raise EnrolmentRefused(_why(QT_TRANSLATE_NOOP(
            "Exchange", "the file does not name its keys")))
    try:
        recipient = parse_recipient(str(k["age"]))
        signer = SignerKeys(base64.b64decode(str(k["ed25519"]), validate=True),
                            base64.b64decode(str(k["ml-dsa-65"]), validate=True))
    except (KeyError, ValueError, InvalidKey, binascii.Error):
        raise EnrolmentRefused(_why(QT_TRANSLATE_NOOP(
            "Exchange", "the keys in the file cannot be read"))) from None
    if not isinstance(recipient, HybridRecipient):
        raise EnrolmentRefused(_why(QT_TRANSLATE_NOOP(
            "Exchange", "the age key in the file is not post-quantum")))
    return PublicKeys(station, generation, signer, recipient)


def _check_fingerprint(found: KeyFile, typed: str) -> None:
    if not hmac.compare_digest(_normal(typed).encode(), _normal(found.fingerprint).encode()):
        raise EnrolmentRefused(_why(QT_TRANSLATE_NOOP(
            "Exchange", "the fingerprint read out by phone does not match the keys in the "
            "file")))


# -- HQ: prepare a station's enrolment ----------------------------------------------------
def enrol_station(desk: Desk, station_id: str, name: str, out: Path) -> str:
    """Write the enrolment file for `station_id` and expect that station's keys; returns
    HQ's phone fingerprint, to read out."""
    desk.session_or_locked(*KEY_ROLES, action=ACTION)
    station_id, name = station_id.strip().upper(), name.strip()
    if not station_id or not name:
        raise EnrolmentRefused(_why(QT_TRANSLATE_NOOP(
            "Exchange", "name the station by its id and its name")))

    own = keys.own_keys(desk)

    def run(conn: Connection) -> tuple[bytes, str]:
        if not meta.station(conn).is_hq:
            raise EnrolmentRefused(_why(QT_TRANSLATE_NOOP(
                "Exchange", "only headquarters enrols stations")))
        body = {"format": ENROLMENT_FORMAT, "hq": own.station, "generation": own.generation,
                "keys": _keys_json(own.public()), "station": station_id,
                "station_name": name, "created_at": desk.now()}
        meta.put(conn, EXPECTED_PREFIX + station_id, name)
        fp = phone_fingerprint(own.public())
        desk.audit_in(conn, "exchange.enrol.prepare", station_id, f"{name}, {fp}")
        return _document(own, body), fp
    document, fp = desk.mutate(run)
    _write(out, document)
    return fp


# -- station: import HQ's enrolment ---------------------------------------------------------
def import_enrolment(desk: Desk, path: Path, typed_fingerprint: str) -> PublicKeys:
    """Pin HQ from its enrolment file, after the phone check."""
    session = desk.session_or_locked(*KEY_ROLES, action=ACTION)
    found = read_key_file(path, ENROLMENT_FORMAT)
    _check_fingerprint(found, typed_fingerprint)

    def run(conn: Connection) -> PublicKeys:
        here = meta.station(conn).locode
        if found.body.get("station") != here:
            raise EnrolmentRefused(_why(QT_TRANSLATE_NOOP(
                "Exchange", "the file enrols {station}, not this desk ({here})"),
                station=f"{found.body.get('station')!s:.16}", here=here))
        peers.pin_in(conn, "hq", found.keys, desk.now(), session.username)
        desk.audit_in(conn, "exchange.enrol.import", found.keys.station,
                      f"hq, generation {found.keys.generation}, {found.fingerprint}")
        return found.keys
    return desk.mutate(run)


# -- station: its signed key file; HQ: pin it -------------------------------------------------
def export_keys(desk: Desk, out: Path) -> str:
    """Write this desk's signed key file for HQ; returns the phone fingerprint."""
    desk.session_or_locked(*KEY_ROLES, action=ACTION)

    own = keys.own_keys(desk)

    def run(conn: Connection) -> tuple[bytes, str]:
        body = {"format": STATION_KEYS_FORMAT, "station": own.station,
                "station_name": meta.station(conn).name, "generation": own.generation,
                "keys": _keys_json(own.public()), "created_at": desk.now()}
        fp = phone_fingerprint(own.public())
        desk.audit_in(conn, "exchange.keys.export", own.station, fp)
        return _document(own, body), fp
    document, fp = desk.mutate(run)
    _write(out, document)
    return fp


def pin_station(desk: Desk, path: Path, typed_fingerprint: str) -> PublicKeys:
    """Pin a station's keys from its key file, after the phone check, if HQ enrolled it."""
    session = desk.session_or_locked(*KEY_ROLES, action=ACTION)
    found = read_key_file(path, STATION_KEYS_FORMAT)
    _check_fingerprint(found, typed_fingerprint)

    def run(conn: Connection) -> PublicKeys:
        station = found.keys.station
        if not meta.get(conn, EXPECTED_PREFIX + station):
            raise EnrolmentRefused(_why(QT_TRANSLATE_NOOP(
                "Exchange", "{station} has not been enrolled on this desk"),
                station=f"{station:.16}"))
        peers.pin_in(conn, "station", found.keys, desk.now(), session.username)
        desk.audit_in(conn, "exchange.enrol.pin", station,
                      f"station, generation {found.keys.generation}, {found.fingerprint}")
        return found.keys
    return desk.mutate(run)
