"""The key-slot file beside the database (SECURITY.md, "one data key, one key slot per user").

The file is untrusted: everything read from it is either bound into an AEAD tag or checked
with a MAC keyed from the data key once the store is open. It holds no readable names: a
slot is addressed by `who` = SHA-256(database id || user name).

A slot wraps, under the user's KEK, a small JSON secret: the data key and its generation,
the user's X25519 private key (to receive grants) and, for supervisors, the supervisor key.
A *grant* seals a secret to a user's public key (public keys are kept in the encrypted
database, not here), so a new data key or the supervisor key can reach a user whose password
the granter does not know.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from piu_desk.core.errors import SlotTampered, StoreDamaged, WrongPassword
from piu_desk.core.store import keys
from piu_desk.core.store.atomic import write_atomic

FORMAT = "piu-keyslots/1"
FILE_NAME = "keyslots.json"
BACKOFF_FREE_FAILURES = 5
BACKOFF_MAX_SECONDS = 15 * 60


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


@dataclass
class Secrets:
    """What a slot or grant yields: enough to open the store as that user."""

    data_key: bytes
    generation: int
    agreement_private: bytes
    supervisor_key: bytes | None = None

    def to_bytes(self) -> bytes:
        obj: dict[str, Any] = {"dk": self.data_key.hex(), "gen": self.generation,
                               "xsk": self.agreement_private.hex()}
        if self.supervisor_key is not None:
            obj["sk"] = self.supervisor_key.hex()
        return canonical(obj)

    @classmethod
    def from_bytes(cls, raw: bytes) -> Secrets:
        obj = json.loads(raw)
        sk = obj.get("sk")
        return cls(bytes.fromhex(obj["dk"]), int(obj["gen"]), bytes.fromhex(obj["xsk"]),
                   bytes.fromhex(sk) if sk else None)


@dataclass
class Vault:
    path: Path
    db_id: str
    demo: bool = False
    slots: list[dict[str, Any]] = field(default_factory=list)
    grants: list[dict[str, Any]] = field(default_factory=list)
    failures: dict[str, dict[str, Any]] = field(default_factory=dict)
    state: dict[str, Any] = field(default_factory=dict)
    mac: str = ""

    # -- file ---------------------------------------------------------------------------
    @classmethod
    def new(cls, folder: Path, demo: bool = False) -> Vault:
        return cls(path=folder / FILE_NAME, db_id=os.urandom(16).hex(), demo=demo)

    @classmethod
    def load(cls, folder: Path) -> Vault:
        path = folder / FILE_NAME
        try:
            obj = json.loads(path.read_bytes())
        except FileNotFoundError:
            raise
        except (OSError, ValueError) as exc:
            raise StoreDamaged(f"key-slot file unreadable: {exc}") from exc
        return cls.from_dict(path, obj)

    @classmethod
    def from_dict(cls, path: Path, obj: Any) -> Vault:
        try:
            if not isinstance(obj, dict) or obj.get("format") != FORMAT:
                raise ValueError("unknown format")
            vault = cls(path=path, db_id=str(obj["db_id"]), demo=bool(obj.get("demo", False)),
                        slots=list(obj.get("slots", [])), grants=list(obj.get("grants", [])),
                        failures=dict(obj.get("failures", {})), state=dict(obj.get("state", {})),
                        mac=str(obj.get("mac", "")))
            bytes.fromhex(vault.db_id)
            # Slots and grants are found by these fields; other fields are checked on use.
            if not (all(_typed(s, who=str, kind=str, gen=int) for s in vault.slots)
                    and all(_typed(g, to=str, kind=str, gen=int) for g in vault.grants)
                    and all(isinstance(f, dict) for f in vault.failures.values())):
                raise ValueError("an entry is malformed")
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise StoreDamaged(f"key-slot file unreadable: {exc}") from exc
        return vault

    def save(self) -> None:
        obj = {"format": FORMAT, "db_id": self.db_id, "demo": self.demo, "slots": self.slots,
               "grants": self.grants, "failures": self.failures, "state": self.state,
               "mac": self.mac}
        write_atomic(self.path, json.dumps(obj, indent=1, sort_keys=True).encode())

    def who(self, username: str) -> str:
        return hashlib.sha256(f"{self.db_id}:{username}".encode()).hexdigest()

    # -- slots --------------------------------------------------------------------------
    def _slot_ad(self, slot: dict[str, Any]) -> bytes:
        bound = {k: slot[k] for k in ("id", "kind", "who", "gen", "kdf")}
        return canonical({"format": FORMAT, "db_id": self.db_id, **bound})

    def _store_slot(self, kind: str, who: str, kdf: dict[str, Any], kek: bytes,
                    secrets: Secrets) -> None:
        slot: dict[str, Any] = {"id": os.urandom(8).hex(), "kind": kind, "who": who,
                                "gen": secrets.generation, "kdf": kdf}
        nonce, ct = keys.seal(kek, secrets.to_bytes(), self._slot_ad(slot))
        slot.update(kcv=b64(keys.key_check_value(kek)), nonce=b64(nonce), ct=b64(ct))
        self.slots = [s for s in self.slots
                      if not (s.get("who") == who and s.get("gen") == secrets.generation)]
        self.slots.append(slot)

    def put_user_slot(self, username: str, password: str, secrets: Secrets,
                      kdf: keys.KdfParams) -> None:
        salt = os.urandom(16)
        kek = keys.derive_password_kek(password, salt, kdf)
        self._store_slot("user", self.who(username),
                         {"alg": "argon2id", **kdf.as_dict(), "salt": b64(salt)}, kek, secrets)

    def put_recovery_slot(self, recovery_key: bytes, secrets: Secrets) -> None:
        salt = os.urandom(16)
        kek = keys.derive_recovery_kek(recovery_key, salt)
        self._store_slot("recovery", "recovery", {"alg": "hkdf-sha256", "salt": b64(salt)},
                         kek, secrets)

    def slots_of(self, who: str) -> list[dict[str, Any]]:
        mine = [s for s in self.slots if isinstance(s, dict) and s.get("who") == who]
        return sorted(mine, key=lambda s: s.get("gen", 0) if isinstance(s.get("gen"), int)
                      else 0, reverse=True)

    def has_slot(self, who: str) -> bool:
        return bool(self.slots_of(who))

    def unlock_user(self, username: str, password: str,
                    floor: keys.KdfParams = keys.MINIMUM_KDF) -> list[Secrets]:
        """Every generation this password opens, newest first.

        WrongPassword when the password is wrong; SlotTampered when the password is right
        (or the slot asks for absurd work) but the slot's bytes were changed.
        """
        who = self.who(username)
        found = self.slots_of(who)
        if not found:
            raise WrongPassword()

        def kek_for(slot: dict[str, Any]) -> bytes:
            kdf = slot.get("kdf")
            if not isinstance(kdf, dict) or kdf.get("alg") != "argon2id":
                raise SlotTampered()
            try:
                params = keys.KdfParams(int(kdf["m"]), int(kdf["t"]), int(kdf["p"]))
                salt = unb64(kdf["salt"])
            except (KeyError, ValueError, TypeError, OverflowError) as exc:
                raise SlotTampered() from exc
            if not keys.kdf_within_bounds(params, floor) or len(salt) < 16:
                raise SlotTampered()
            return keys.derive_password_kek(password, salt, params)

        return self._open_slots(found, kek_for)

    def unlock_recovery(self, recovery_key: bytes) -> list[Secrets]:
        found = self.slots_of("recovery")
        if not found:
            raise WrongPassword()

        def kek_for(slot: dict[str, Any]) -> bytes:
            kdf = slot.get("kdf")
            if not isinstance(kdf, dict) or kdf.get("alg") != "hkdf-sha256":
                raise SlotTampered()
            try:
                return keys.derive_recovery_kek(recovery_key, unb64(kdf["salt"]))
            except (KeyError, ValueError) as exc:
                raise SlotTampered() from exc

        return self._open_slots(found, kek_for)

    def _open_slots(self, found: list[dict[str, Any]], kek_for: Any) -> list[Secrets]:
        opened: list[Secrets] = []
        right_key_bad_slot = False
        for slot in found:
            kek = kek_for(slot)
            try:
                kcv, nonce, ct = unb64(slot["kcv"]), unb64(slot["nonce"]), unb64(slot["ct"])
                ad = self._slot_ad(slot)
            except (KeyError, ValueError) as exc:
                raise SlotTampered() from exc
            kcv_ok = hmac.compare_digest(kcv, keys.key_check_value(kek))
            plain = keys.unseal(kek, nonce, ct, ad)
            if plain is None or not kcv_ok:
                # Right key (check value matches) but the tag fails, or the tag holds but
                # the check value was changed: the slot was altered either way.
                right_key_bad_slot = right_key_bad_slot or kcv_ok or plain is not None
                continue
            try:
                secrets = Secrets.from_bytes(plain)
            except (ValueError, KeyError, TypeError) as exc:
                raise SlotTampered() from exc
            if secrets.generation != slot["gen"]:
                raise SlotTampered()
            opened.append(secrets)
        if opened:
            return opened
        if right_key_bad_slot:
            raise SlotTampered()
        raise WrongPassword()

    def drop_who(self, who: str) -> None:
        self.slots = [s for s in self.slots if s.get("who") != who]
        self.grants = [g for g in self.grants if g.get("to") != who]
        self.failures.pop(who, None)

    def prune_generations(self, current: int) -> None:
        """After a confirmed rotation: drop grants for older generations, and a user's older
        slot once the same user holds a slot of the current generation."""
        holders = {s.get("who") for s in self.slots if s.get("gen") == current}
        self.slots = [s for s in self.slots
                      if s.get("gen") == current or s.get("who") not in holders]
        self.grants = [g for g in self.grants
                       if g.get("kind") == "sup" or g.get("gen") == current]

    def drop_generation(self, gen: int) -> None:
        """Undo a rotation that never reached the database."""
        self.slots = [s for s in self.slots if s.get("gen") != gen]
        self.grants = [g for g in self.grants if g.get("gen") != gen]

    # -- grants -------------------------------------------------------------------------
    def _grant_ad(self, to: str, kind: str, gen: int) -> bytes:
        return canonical({"format": FORMAT, "db_id": self.db_id, "grant": kind, "to": to,
                          "gen": gen})

    def put_grant(self, to: str, recipient_public: bytes, kind: str, gen: int,
                  secret: bytes) -> None:
        epk, nonce, ct = keys.seal_to(recipient_public, secret, self._grant_ad(to, kind, gen))
        self.grants = [g for g in self.grants
                       if not (g.get("to") == to and g.get("kind") == kind
                               and g.get("gen") == gen)]
        self.grants.append({"to": to, "kind": kind, "gen": gen, "epk": b64(epk),
                            "nonce": b64(nonce), "ct": b64(ct)})

    def open_grants(self, who: str, private: bytes) -> list[tuple[str, int, bytes]]:
        """(kind, generation, secret) for every grant to `who` that opens."""
        out = []
        for grant in self.grants:
            if grant.get("to") != who:
                continue
            try:
                kind, gen = str(grant["kind"]), int(grant["gen"])
                secret = keys.open_sealed(private, unb64(grant["epk"]), unb64(grant["nonce"]),
                                          unb64(grant["ct"]), self._grant_ad(who, kind, gen))
            except (KeyError, ValueError, TypeError):
                continue
            if secret is not None:
                out.append((kind, gen, secret))
        return out

    def drop_grants(self, who: str, kind: str) -> None:
        self.grants = [g for g in self.grants if not (g.get("to") == who
                                                      and g.get("kind") == kind)]

    # -- failed log-ins and backoff -----------------------------------------------------
    def record_failure(self, who: str, now: datetime) -> None:
        entry = self.failures.setdefault(who, {})
        entry["count"] = _failure_count(entry) + 1
        entry["times"] = [*_failure_times(entry)[-49:], now.isoformat()]
        entry["last"] = now.isoformat()

    def backoff_remaining(self, who: str, now: datetime) -> int:
        entry = self.failures.get(who)
        if not entry:
            return 0
        count = _failure_count(entry)
        if count < BACKOFF_FREE_FAILURES:
            return 0
        wait = min(1 << min(count - BACKOFF_FREE_FAILURES, 20), BACKOFF_MAX_SECONDS)
        try:
            since = (now - datetime.fromisoformat(str(entry["last"]))).total_seconds()
        except (KeyError, ValueError, TypeError):
            return 0
        if since < 0:
            return 0  # recorded under a clock set ahead, since put right: no lock-out for years
        return max(0, int(wait - since + 0.999))

    def take_failures(self, who: str) -> list[str]:
        """The times of failed log-ins since the last success, cleared."""
        entry = self.failures.pop(who, None)
        return _failure_times(entry) if entry else []

    # -- state copied from the database, and the file's MAC -----------------------------
    def _mac_key(self, data_key: bytes) -> bytes:
        return keys.subkey(data_key, b"vault mac v1")

    def _signed_part(self) -> bytes:
        return canonical({"format": FORMAT, "db_id": self.db_id, "demo": self.demo,
                          "slots": self.slots, "grants": self.grants, "state": self.state})

    def sign(self, data_key: bytes, counter: int, audit_head: str) -> None:
        self.state = {"counter": counter, "audit_head": audit_head}
        self.mac = hmac.new(self._mac_key(data_key), self._signed_part(),
                            hashlib.sha256).hexdigest()

    def signature_valid(self, data_key: bytes) -> bool:
        expect = hmac.new(self._mac_key(data_key), self._signed_part(),
                          hashlib.sha256).hexdigest()
        return hmac.compare_digest(expect.encode(), self.mac.encode("utf-8", "replace"))

    @property
    def counter(self) -> int:
        value = self.state.get("counter", 0)
        return value if isinstance(value, int) else 0

    @property
    def audit_head(self) -> str:
        return str(self.state.get("audit_head", ""))


def _failure_count(entry: dict[str, Any]) -> int:
    """The failure count of an entry read from the untrusted file; 0 when unreadable."""
    try:
        return max(0, int(entry.get("count", 0)))
    except (ValueError, TypeError, OverflowError):
        return 0


def _failure_times(entry: dict[str, Any]) -> list[str]:
    """The failure times of an entry; only ISO 8601 times go on into the audit trail."""
    times = entry.get("times")
    out = []
    for at in times if isinstance(times, list) else []:
        try:
            datetime.fromisoformat(at)
        except (TypeError, ValueError):
            continue
        out.append(at)
    return out


def _typed(entry: Any, **fields: type) -> bool:
    return isinstance(entry, dict) and all(isinstance(entry.get(k), t) for k, t in fields.items())
