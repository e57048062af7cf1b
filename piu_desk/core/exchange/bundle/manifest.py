"""The manifest: canonical JSON describing a bundle, signed by its sender (spec 2.3).

Canonical means what `json.dumps(value, sort_keys=True, separators=(",", ":"),
ensure_ascii=False)` gives, in UTF-8, with integers only. A reader parses strictly (no
duplicate keys, no fractions or constants), re-encodes, and refuses a manifest whose bytes
differ from the re-encoding, then checks that it has exactly the keys and types of version 1.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from piu_desk.core.exchange.bundle.entries import KINDS, entry_id_problem
from piu_desk.core.exchange.bundle.errors import BundleInvalid, UnsupportedVersion
from piu_desk.core.exchange.bundle.records import FORMAT
from piu_desk.core.exchange.bundle.signing import ED25519, MLDSA65

STATION_TO_HQ = "station-to-hq"
HQ_TO_STATION = "hq-to-station"
ARCHIVE = "archive"
BUNDLE_KINDS = (STATION_TO_HQ, HQ_TO_STATION, ARCHIVE)
KEYS = frozenset({
    "format", "bundle_id", "kind", "sender", "recipient", "sender_keys", "recipient_keys",
    "sequence", "created_at", "reference_expires_at", "reference_version",
    "age_header_sha256", "entries", "audit_head", "app_version"})
ENTRY_KEYS = frozenset({"id", "kind", "size", "sha256"})
MAX_INT = (1 << 63) - 1
_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_NAME = re.compile(r"[^\x00-\x1f\x7f]{1,128}")


def timestamp(moment: datetime) -> str:
    """`moment` as the manifest writes times: UTC, whole seconds, `Z`."""
    if moment.tzinfo is None:
        raise ValueError("a manifest time must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class ManifestEntry:
    id: str
    kind: str
    size: int
    sha256: str


@dataclass(frozen=True)
class AuditHead:
    """The head of the sender's audit chain: its last sequence number and hash (hex)."""

    sequence: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    kind: str
    sender: str
    recipient: str
    sender_keys: dict[str, str]
    recipient_keys: tuple[str, ...]
    sequence: int
    created_at: str
    reference_expires_at: str | None
    reference_version: int | None
    age_header_sha256: str
    entries: tuple[ManifestEntry, ...]
    audit_head: AuditHead
    app_version: str

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "bundle_id": self.bundle_id, "kind": self.kind,
            "sender": self.sender, "recipient": self.recipient,
            "sender_keys": dict(self.sender_keys),
            "recipient_keys": list(self.recipient_keys), "sequence": self.sequence,
            "created_at": self.created_at,
            "reference_expires_at": self.reference_expires_at,
            "reference_version": self.reference_version,
            "age_header_sha256": self.age_header_sha256,
            "entries": [{"id": e.id, "kind": e.kind, "size": e.size, "sha256": e.sha256}
                        for e in self.entries],
            "audit_head": {"sequence": self.audit_head.sequence,
                           "sha256": self.audit_head.sha256},
            "app_version": self.app_version,
        }

    def encode(self) -> bytes:
        """The canonical bytes; a manifest that does not validate is a programming error."""
        value = self.to_json()
        validate(value)
        return canonical(value)


def canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise BundleInvalid("the manifest repeats a key")
    return out


def _no_float(text: str) -> Any:
    raise BundleInvalid(f"the manifest holds a non-integer number {text[:40]!r}")


def decode(data: bytes) -> Manifest:
    """Parse, check canonical form, keys and types; BundleInvalid (or UnsupportedVersion)."""
    try:
        value = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates,
                           parse_float=_no_float, parse_constant=_no_float)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BundleInvalid(f"the manifest is not JSON: {str(exc)[:120]}") from None
    try:
        again = canonical(value)
    except UnicodeEncodeError:
        raise BundleInvalid("the manifest holds a lone surrogate") from None
    if again != data:
        raise BundleInvalid("the manifest is not in canonical form")
    validate(value)
    return _from_json(value)


def _fail(detail: str) -> BundleInvalid:
    return BundleInvalid(f"manifest: {detail}")


def _int(value: object, what: str, least: int = 0) -> int:
    if type(value) is not int or not least <= value <= MAX_INT:
        raise _fail(f"{what} is not an integer >= {least}")
    return value


def _match(pattern: re.Pattern[str], value: object, what: str) -> str:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise _fail(f"{what} is malformed")
    return value


def _object(value: object, keys: frozenset[str], what: str) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != keys:
        raise _fail(f"{what} does not have exactly the keys {sorted(keys)}")
    return value


def validate(value: object) -> None:
    """Exactly the keys and value types of a version 1 manifest, or BundleInvalid."""
    if isinstance(value, dict) and value.get("format") != FORMAT and "format" in value:
        raise UnsupportedVersion(str(value["format"])[:40])
    v = _object(value, KEYS, "the manifest")
    _match(_HEX32, v["bundle_id"], "bundle_id")
    if v["kind"] not in BUNDLE_KINDS:
        raise _fail("kind is unknown")
    _match(_NAME, v["sender"], "sender")
    _match(_NAME, v["recipient"], "recipient")
    keys = _object(v["sender_keys"], frozenset({ED25519, MLDSA65}), "sender_keys")
    for name, fp in keys.items():
        _match(_HEX64, fp, f"sender_keys.{name}")
    fps = v["recipient_keys"]
    if not isinstance(fps, list) or not fps or fps != sorted(set(fps)):
        raise _fail("recipient_keys is not a sorted list of distinct fingerprints")
    for fp in fps:
        _match(_HEX64, fp, "recipient_keys")
    _int(v["sequence"], "sequence", 1)
    _time(v["created_at"], "created_at")
    if v["reference_expires_at"] is not None:
        _time(v["reference_expires_at"], "reference_expires_at")
    if v["reference_version"] is not None:
        _int(v["reference_version"], "reference_version")
    _match(_HEX64, v["age_header_sha256"], "age_header_sha256")
    _entries(v["entries"])
    head = _object(v["audit_head"], frozenset({"sequence", "sha256"}), "audit_head")
    _int(head["sequence"], "audit_head.sequence")
    _match(_HEX64, head["sha256"], "audit_head.sha256")
    _match(_NAME, v["app_version"], "app_version")


def _time(value: object, what: str) -> None:
    text = _match(_TIME, value, what)
    try:
        datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        raise _fail(f"{what} is not a valid time") from None


def _entries(value: object) -> None:
    if not isinstance(value, list):
        raise _fail("entries is not a list")
    seen: set[str] = set()
    for item in value:
        entry = _object(item, ENTRY_KEYS, "an entry")
        problem = entry_id_problem(entry["id"])
        if problem is not None:
            raise _fail(problem)
        if entry["id"] in seen:
            raise _fail(f"entry id {entry['id']!r} is listed twice")
        seen.add(entry["id"])
        if entry["kind"] not in KINDS:
            raise _fail(f"entry {entry['id']!r} is of an unknown kind")
        _int(entry["size"], "an entry size")
        _match(_HEX64, entry["sha256"], "an entry sha256")


def _from_json(v: dict[str, Any]) -> Manifest:
    return Manifest(
        bundle_id=v["bundle_id"], kind=v["kind"], sender=v["sender"],
        recipient=v["recipient"], sender_keys=dict(v["sender_keys"]),
        recipient_keys=tuple(v["recipient_keys"]), sequence=v["sequence"],
        created_at=v["created_at"], reference_expires_at=v["reference_expires_at"],
        reference_version=v["reference_version"],
        age_header_sha256=v["age_header_sha256"],
        entries=tuple(ManifestEntry(e["id"], e["kind"], e["size"], e["sha256"])
                      for e in v["entries"]),
        audit_head=AuditHead(v["audit_head"]["sequence"], v["audit_head"]["sha256"]),
        app_version=v["app_version"])
