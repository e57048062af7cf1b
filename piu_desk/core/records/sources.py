"""The restricted source register: supervisors only, identities sealed a second time.

Officers see the codes (to pick one when logging a tip-off) and nothing else. A source's
identity, contact and notes are sealed with AES-256-GCM under a subkey of the supervisor
key, which only supervisors' slots hold (desk.supervisor_key); the associated data binds
each ciphertext to the source's id, code and field, so a sealed identity moved to another
row or field no longer opens. Every read of an identity is audited by code; no identity is
written to the audit trail, the search index or a log.
"""

from __future__ import annotations

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.source import (
    Reliability,
    Source,
    SourceSecret,
    validate_code,
    validate_secret,
)
from piu_desk.core.errors import Invalid
from piu_desk.core.records.common import new_uid, reader
from piu_desk.core.session import Changes
from piu_desk.core.store import keys
from piu_desk.core.store import sources as repo
from piu_desk.core.store import tipoffs as tipoffs_repo
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

PURPOSE = b"source register v1"
CHANGED = Changes.of("sources", "audit")


def _ad(source_id: int, code: str, field: str) -> bytes:
    return b"\x00".join((b"piu-desk source v1", str(source_id).encode(), code.encode(),
                         field.encode()))


def _key(desk: Desk, action: str) -> bytes:
    """The register's key; NotAllowed for anyone but a supervisor holding the key."""
    desk.session_or_locked(Role.SUPERVISOR, action=action)
    return keys.subkey(desk.supervisor_key(), PURPOSE)


def _seal(key: bytes, source_id: int, code: str, secret: SourceSecret) -> repo.Sealed:
    values = {"identity": secret.identity, "contact": secret.contact, "notes": secret.notes}
    return {name: keys.seal(key, values[name].encode("utf-8"), _ad(source_id, code, name))
            for name in repo.FIELDS}


def _invalid(field: str, text: str) -> Invalid:
    return Invalid(field, Message("Validation", text))


def _existing(conn: Connection, code: str) -> Source:
    found = repo.by_code(conn, validate_code(code))
    if found is None:
        raise _invalid("source_code", QT_TRANSLATE_NOOP(
            "Validation", "There is no source with this code in the register."))
    return found


def codes(desk: Desk, active_only: bool = True) -> list[Source]:
    """The sources by code, for choosing one on a tip-off: no identity in them."""
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view tip-offs"))
    return desk.db(lambda c: repo.all_sources(c, active_only))


def add(desk: Desk, code: str, secret: SourceSecret) -> tuple[int, Changes]:
    key = _key(desk, QT_TRANSLATE_NOOP("Actions", "source register"))
    clean_code, clean = validate_code(code), validate_secret(secret)
    session = desk.session_or_locked(action="")

    def run(conn: Connection) -> int:
        if repo.by_code(conn, clean_code) is not None:
            raise _invalid("source_code", QT_TRANSLATE_NOOP(
                "Validation", "The register already has a source with this code."))
        sid = repo.insert(conn, clean_code, new_uid(), desk.now(), session.username)
        repo.put_sealed(conn, sid, _seal(key, sid, clean_code, clean), desk.now())
        desk.audit_in(conn, "source.add", clean_code)
        return sid
    return desk.mutate(run), CHANGED


def identity(desk: Desk, code: str) -> SourceSecret:
    """Who the source is, with contact and notes: supervisors only, and audited."""
    key = _key(desk, QT_TRANSLATE_NOOP("Actions", "source register"))

    def run(conn: Connection) -> SourceSecret:
        source = _existing(conn, code)
        sealed = repo.sealed(conn, source.id or 0)
        opened = {} if sealed is None else {
            name: keys.unseal(key, nonce, ct, _ad(source.id or 0, source.code, name))
            for name, (nonce, ct) in sealed.items()}
        if sealed is None or any(v is None for v in opened.values()):
            raise _invalid("identity", QT_TRANSLATE_NOOP(
                "Validation", "This source's sealed details cannot be opened: they were "
                "altered or sealed under another key."))
        desk.audit_in(conn, "source.view", source.code)
        return SourceSecret(*(bytes(opened[name] or b"").decode("utf-8")
                              for name in repo.FIELDS))
    return desk.mutate(run)


def update(desk: Desk, code: str, secret: SourceSecret) -> Changes:
    """New identity, contact or notes, sealed afresh. The code never changes: it is bound
    into the ciphertexts and written on every tip-off from the source."""
    key = _key(desk, QT_TRANSLATE_NOOP("Actions", "source register"))
    clean = validate_secret(secret)

    def run(conn: Connection) -> None:
        source = _existing(conn, code)
        repo.put_sealed(conn, source.id or 0, _seal(key, source.id or 0, source.code, clean),
                        desk.now())
        desk.audit_in(conn, "source.edit", source.code)
    desk.mutate(run)
    return CHANGED


def set_active(desk: Desk, code: str, active: bool) -> Changes:
    """A source no longer used stays in the register (its tip-offs name it)."""
    desk.session_or_locked(Role.SUPERVISOR,
                           action=QT_TRANSLATE_NOOP("Actions", "source register"))

    def run(conn: Connection) -> None:
        source = _existing(conn, code)
        repo.set_active(conn, source.id or 0, active, desk.now())
        desk.audit_in(conn, "source.activate" if active else "source.deactivate", source.code)
    desk.mutate(run)
    return CHANGED


def reliability(desk: Desk, code: str) -> Reliability:
    """How often the source's reports were graded and confirmed (from its tip-offs)."""
    desk.session_or_locked(Role.SUPERVISOR,
                           action=QT_TRANSLATE_NOOP("Actions", "source register"))
    return desk.db(lambda c: tipoffs_repo.reliability(c, _existing(c, code).code))
