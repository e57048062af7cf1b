"""Key rotations on the stick (docs/bundle-format.md, 4.4).

A desk that rotated its keys (sync/keys.rotate) writes its rotations, each a statement
signed by the old and the new keys, as one small file beside its bundles. A peer reads the
file before the bundles, so it pins the new keys before it meets a bundle they signed.
Nothing in the file is secret (public keys and signatures), but its name says nothing of
the station: it is the hash of its content, so writing it again changes nothing. A
rotation already pinned is passed over; one signed by keys not pinned here, or revoked, or
whose signatures fail, is refused with nothing pinned.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from piu_desk.core.desk import Desk
from piu_desk.core.exchange.bundle.errors import ExportFailed
from piu_desk.core.exchange.bundle.files import PARTIAL_SUFFIX, remove_quietly
from piu_desk.core.exchange.bundle.manifest import canonical
from piu_desk.core.exchange.sync import peers
from piu_desk.core.exchange.sync.errors import RotationInvalid
from piu_desk.core.exchange.sync.keys import KEY_ROLES, Rotation
from piu_desk.core.store import exchange_keys as repo
from piu_desk.core.store import meta
from piu_desk.core.store.atomic import fsync_dir
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP

FILE_FORMAT = "piu-key-rotations/1"
SUFFIX = ".piukeys"
MAX_FILE_BYTES = 256 * 1024
MAX_ROTATIONS = 32
ACTION = QT_TRANSLATE_NOOP("Actions", "exchange keys")


@dataclass(frozen=True)
class Accepted:
    station: str
    generations: list[int]
    """The generations pinned from this file (empty: all were pinned before)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def document(station: str, rotations: list[Rotation]) -> bytes:
    return canonical({"format": FILE_FORMAT, "station": station, "rotations": [
        {"statement": _b64(r.statement), "old_signatures": _b64(r.old_signatures),
         "new_signatures": _b64(r.new_signatures)} for r in rotations]})


def write_rotations(desk: Desk, folder: Path) -> Path | None:
    """Write this desk's rotations into `folder`; None when its keys were never rotated.
    ExportFailed, with no partial file left, when the drive fails."""
    desk.session_or_locked(*KEY_ROLES, action=ACTION)

    def read(conn: Connection) -> tuple[str, list[Rotation]]:
        station = meta.station(conn).locode
        return station, [Rotation(*r) for r in repo.rotations_of(conn, station)]
    station, rotations = desk.db(read)
    if not rotations:
        return None
    data = document(station, rotations)
    path = Path(folder) / (hashlib.sha256(data).hexdigest()[:26] + SUFFIX)
    partial = path.with_name(path.name + PARTIAL_SUFFIX)
    try:
        if path.is_file() and path.read_bytes() == data:
            return path
        with open(partial, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, path)
        fsync_dir(path.parent)
    except OSError as exc:
        remove_quietly(partial)
        raise ExportFailed(exc.strerror or type(exc).__name__) from exc
    return path


def read_rotations(path: Path) -> tuple[str, list[Rotation]]:
    """The station and its rotations in the file; RotationInvalid when it is not such a
    file. The signatures are checked when the rotations are accepted."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise RotationInvalid(f"the file cannot be read ({exc.strerror})") from None
    if len(data) > MAX_FILE_BYTES:
        raise RotationInvalid("the file is too large to hold key rotations")
    try:
        doc = json.loads(data.decode("utf-8"))
        station, items = doc["station"], doc["rotations"]
        if doc["format"] != FILE_FORMAT or not isinstance(station, str) or \
                not isinstance(items, list) or not 0 < len(items) <= MAX_ROTATIONS:
            raise ValueError("not a rotation file")
        rotations = [Rotation(*(base64.b64decode(str(i[k]), validate=True) for k in
                                ("statement", "old_signatures", "new_signatures")))
                     for i in items]
    except (ValueError, UnicodeDecodeError, KeyError, TypeError, binascii.Error):
        raise RotationInvalid("the file does not hold key rotations") from None
    if canonical(doc) != data:
        raise RotationInvalid("the file is not in canonical form")
    return station, rotations


def accept_file(desk: Desk, path: Path) -> Accepted:
    """Pin the new keys of the rotations in `path`, oldest first, in one transaction."""
    session = desk.session_or_locked(*KEY_ROLES, action=ACTION)
    station, rotations = read_rotations(path)

    def run(conn: Connection) -> Accepted:
        if station == meta.station(conn).locode:
            return Accepted(station, [])  # this desk's own file, still on the stick
        pinned = []
        for rotation in rotations:
            body = peers.statement_of(rotation)
            generation = body.get("new_generation")
            if body.get("station") != station:
                raise RotationInvalid("a rotation in the file is of another station")
            if type(generation) is int and repo.rotation(conn, station, generation):
                continue
            row = peers.accept_rotation_in(conn, rotation, desk.now(), session.username)
            desk.audit_in(conn, "exchange.rotation", row.station,
                          f"generation {row.generation}")
            pinned.append(row.generation)
        return Accepted(station, pinned)
    return desk.mutate(run)
