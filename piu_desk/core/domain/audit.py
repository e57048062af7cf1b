"""Audit-trail entries and the hash chain rule h_i = SHA-256(h_{i-1} || entry)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from piu_desk.core.text import Message, Translate, identity_translate

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str  # ISO 8601 UTC
    actor: str  # username, or "-" for the system
    action: str  # e.g. "login", "user.add"
    target: str  # which record, never its content
    detail: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class AuditVerdict:
    ok: bool
    entries: int
    head: str
    first_bad_seq: int | None = None
    reason: str = ""  # in English, for the command line and the log
    complete: bool = True  # False when the check was cancelled before the end
    why: Message | None = None  # the reason as a translatable message, for the UI

    def reason_text(self, translate: Translate = identity_translate) -> str:
        return self.why.render(translate) if self.why is not None else self.reason


def entry_bytes(seq: int, at: str, actor: str, action: str, target: str, detail: str) -> bytes:
    return json.dumps([seq, at, actor, action, target, detail], ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def chain_hash(prev_hash: str, seq: int, at: str, actor: str, action: str, target: str,
               detail: str) -> str:
    h = hashlib.sha256(bytes.fromhex(prev_hash))
    h.update(entry_bytes(seq, at, actor, action, target, detail))
    return h.hexdigest()
