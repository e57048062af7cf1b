"""From a password (or the recovery key) to an open database, and data-key rotation.

Runs on the database owner thread. Rotation survives a crash at any point: the new key is
granted to every user before the database is re-keyed, and old slots stay until the new
key is seen to open the database, so whichever key the file ends up under is held.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from piu_desk.core.errors import StoreDamaged
from piu_desk.core.store import audit, database, keys, meta
from piu_desk.core.store import users as users_repo
from piu_desk.core.store.connection import Connection, errors_translated
from piu_desk.core.store.vault import Secrets, Vault

RECOVERY = "recovery"


@dataclass
class Opened:
    conn: Connection
    secrets: Secrets
    warnings: list[str] = field(default_factory=list)


def candidates(vault: Vault, who: str, opened: list[Secrets]) -> list[Secrets]:
    """Slot secrets plus whatever newer data keys were granted to this holder."""
    out = [replace(s) for s in opened]  # never alter the caller's view of its slots
    base = opened[0]
    grants = vault.open_grants(who, base.agreement_private)  # one X25519 opening each
    for kind, gen, secret in grants:
        if kind == "data" and all(s.generation != gen for s in out):
            out.append(Secrets(secret, gen, base.agreement_private, base.supervisor_key))
    for kind, _gen, secret in grants:
        if kind == "sup":
            for s in out:
                s.supervisor_key = secret
    return sorted(out, key=lambda s: s.generation, reverse=True)


def open_store(folder: Path, vault: Vault, who: str, opened: list[Secrets]) -> Opened:
    """Open the database with the newest key held, and settle any interrupted rotation."""
    held = candidates(vault, who, opened)
    conn, key = database.open_with(folder, [s.data_key for s in held])
    secrets = next(s for s in held if s.data_key == key)
    try:
        with errors_translated(database.db_path(folder)):  # a damaged page is read here
            warnings = check_rollback(conn, vault, [s.data_key for s in held])
    except BaseException:
        conn.close()
        raise
    newest = max(s.generation for s in held)
    if secrets.generation < newest:
        vault.drop_generation(newest)  # a rotation that never reached the database
    return Opened(conn, secrets, warnings)


def check_rollback(conn: Connection, vault: Vault, held_keys: list[bytes]) -> list[str]:
    """Warnings when the slot file or the database is not the copy seen last time.

    During an interrupted rotation the file may be signed under the old or the new key."""
    warnings: list[str] = []
    if not vault.mac:
        return warnings
    if not any(vault.signature_valid(k) for k in held_keys):
        warnings.append("slot-file-altered")
        return warnings
    db_counter = meta.get_int(conn, "counter")
    if db_counter < vault.counter or (
            vault.audit_head and not audit.contains_hash(conn, vault.audit_head)):
        warnings.append("older-database")
    return warnings


def seal_state(conn: Connection, vault: Vault, data_key: bytes) -> None:
    """Copy the counter and audit head into the slot file, signed, and save it."""
    vault.sign(data_key, meta.get_int(conn, "counter"), audit.head(conn)[1])
    vault.save()


def rotate(conn: Connection, folder: Path, vault: Vault, current: Secrets,
           removed_whos: list[str], progress: Callable[[int, int], None] | None = None
           ) -> Secrets:
    """Re-key the database under a fresh data key; returns the new secrets."""
    new = Secrets(keys.random_key(), current.generation + 1, current.agreement_private,
                  current.supervisor_key)
    for who in removed_whos:
        vault.drop_who(who)
    for username, public in users_repo.agreement_publics(conn).items():
        if vault.who(username) not in removed_whos:
            vault.put_grant(vault.who(username), public, "data", new.generation, new.data_key)
    recovery_public = meta.get(conn, "recovery_public")
    if recovery_public:
        vault.put_grant(RECOVERY, bytes.fromhex(recovery_public), "data", new.generation,
                        new.data_key)
    seal_state(conn, vault, current.data_key)  # step 1: new key held by all, old slots kept
    if progress:
        progress(1, 3)
    database.rekey(conn, folder, new.data_key)  # step 2: the file changes key
    if progress:
        progress(2, 3)
    if not database.can_open(folder, new.data_key):  # step 3: confirm, then drop the old
        raise StoreDamaged("the database did not open under its new key")
    vault.prune_generations(new.generation)
    seal_state(conn, vault, new.data_key)
    if progress:
        progress(3, 3)
    return new
