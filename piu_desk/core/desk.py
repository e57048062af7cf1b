"""The façade the UI and the command line call. Mutators return `Changes`.

A `Desk` is one store folder held by this process (the instance lock). It is *locked*
until `unlock` opens the database with the data key from the user's slot; `lock` drops the
key and closes the connection. Every database call runs on the owner thread; every service
checks the session's role, whatever the UI shows.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from piu_desk.core.domain.accounts import (
    NewUser,
    Role,
    User,
    validate_full_name,
    validate_password,
    validate_username,
)
from piu_desk.core.domain.audit import AuditEntry, AuditVerdict
from piu_desk.core.domain.station import Station
from piu_desk.core.errors import (
    AccountDisabled,
    Invalid,
    Locked,
    LoginBackoff,
    RecoveryKeyInvalid,
    StoreExists,
    StoreNotFound,
    WrongPassword,
)
from piu_desk.core.session import Changes, Clock, Session, iso, utc_now
from piu_desk.core.store import (
    audit,
    database,
    first_rows,
    keyring,
    keys,
    meta,
    recovery,
    upgrade_backup,
)
from piu_desk.core.store import users as users_repo
from piu_desk.core.store.atomic import remove_partials
from piu_desk.core.store.connection import Connection, errors_translated, transaction
from piu_desk.core.store.instance_lock import InstanceLock
from piu_desk.core.store.owner import DbOwner
from piu_desk.core.store.vault import FILE_NAME as SLOT_FILE
from piu_desk.core.store.vault import Secrets, Vault
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message

T = TypeVar("T")
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

DEFAULT_IDLE_MINUTES = 5
EXCHANGE_STAGING = "exchange-staging"
"""The folder inside the store where an import stages a bundle's entries."""
RECOVERY_USER = User(id=0, username="recovery", full_name="Recovery key",
                     roles=frozenset({Role.ADMIN}), disabled=False, created_at="")


def store_exists(folder: Path) -> bool:
    return (folder / SLOT_FILE).exists() and database.db_path(folder).exists()


@dataclass(frozen=True)
class CheckReport:
    problems: list[str]
    audit: AuditVerdict
    warnings: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems and self.audit.ok


class Desk:
    """One store, held by this process. Use `Desk.open` or `Desk.create`."""

    def __init__(self, folder: Path, vault: Vault, lock: InstanceLock, clock: Clock,
                 kdf: keys.KdfParams, kdf_floor: keys.KdfParams) -> None:
        self.folder = folder
        self._vault = vault
        self._lock = lock
        self._clock = clock
        self._kdf = kdf
        self._kdf_floor = kdf_floor
        self._owner = DbOwner()
        self._conn: Connection | None = None
        self._secrets: Secrets | None = None
        self.session: Session | None = None

    # -- opening, creating, closing -----------------------------------------------------
    @classmethod
    def open(cls, folder: Path, *, clock: Clock = utc_now,
             kdf: keys.KdfParams = keys.DEFAULT_KDF,
             kdf_floor: keys.KdfParams = keys.MINIMUM_KDF) -> Desk:
        """Hold the store (one app per store); it stays locked until `unlock`."""
        folder = Path(folder)
        if not store_exists(folder):
            raise StoreNotFound(str(folder))
        lock = InstanceLock(folder)
        lock.acquire()
        try:
            remove_partials(folder)
            shutil.rmtree(folder / EXCHANGE_STAGING, ignore_errors=True)
            vault = Vault.load(folder)
        except BaseException:
            lock.release()
            raise
        return cls(folder, vault, lock, clock, kdf, kdf_floor)

    @classmethod
    def create(cls, folder: Path, station: Station, admin: NewUser, *,
               clock: Clock = utc_now, kdf: keys.KdfParams = keys.DEFAULT_KDF,
               kdf_floor: keys.KdfParams = keys.MINIMUM_KDF,
               demo: bool = False) -> tuple[Desk, str]:
        """A new store with its first account (administrator and supervisor), unlocked.

        Returns the desk and the recovery key text, which is shown once and never stored."""
        folder = Path(folder)
        if store_exists(folder) or (folder / SLOT_FILE).exists():
            raise StoreExists(str(folder))
        username = validate_username(admin.username)
        full_name = validate_full_name(admin.full_name)
        validate_password(admin.password)
        folder.mkdir(parents=True, exist_ok=True)
        lock = InstanceLock(folder)
        lock.acquire()
        desk = cls(folder, Vault.new(folder, demo=demo), lock, clock, kdf, kdf_floor)
        try:
            recovery_text = desk._owner.call(
                lambda: desk._create(station, username, full_name, admin.password))
        except BaseException:
            desk.close()
            raise
        return desk, recovery_text

    def _create(self, station: Station, username: str, full_name: str, password: str) -> str:
        data_key, sup_key = keys.random_key(), keys.random_key()
        conn = database.create(self.folder, data_key)
        x_private, x_public = keys.new_agreement_key()
        r_private, r_public = keys.new_agreement_key()
        recovery_key = os.urandom(32)
        now = self._now()
        user = first_rows.write(
            conn, database.db_path(self.folder), db_id=self._vault.db_id,
            demo=self._vault.demo, now=now, recovery_public=r_public, station=station,
            username=username, full_name=full_name, agreement_public=x_public)
        secrets_ = Secrets(data_key, 1, x_private, sup_key)
        self._vault.put_user_slot(username, password, secrets_, self._kdf)
        self._vault.put_recovery_slot(recovery_key,
                                      Secrets(data_key, 1, r_private, None))
        keyring.seal_state(conn, self._vault, data_key)
        self._conn, self._secrets = conn, secrets_
        self.session = Session(user)
        with self._tx() as c:
            audit.append(c, now, username, "login", username, "")
        return recovery.encode(recovery_key)

    def close(self) -> None:
        """Lock and let go of the store, even when the last audit entry cannot be written."""
        try:
            if self._conn is not None:
                self.lock()
        finally:
            self._owner.shutdown()
            self._lock.release()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing -------------------------------------------------------------------------
    def _now(self) -> str:
        return iso(self._clock())

    def _db(self, fn: Callable[[Connection], T]) -> T:
        """Run `fn(connection)` on the owner thread; Locked when the desk is locked."""
        def run() -> T:
            if self._conn is None:
                raise Locked()
            return fn(self._conn)
        return self._owner.call(run)

    def _tx(self) -> AbstractContextManager[Connection]:
        assert self._conn is not None
        return transaction(self._conn, database.db_path(self.folder))

    def _mutate(self, fn: Callable[[Connection], T]) -> T:
        def run(conn: Connection) -> T:
            with transaction(conn, database.db_path(self.folder)):
                return fn(conn)
        return self._db(run)

    def _audit(self, conn: Connection, action: str, target: str = "", detail: str = "") -> None:
        actor = self.session.username if self.session else "-"
        audit.append(conn, self._now(), actor, action, target, detail)

    def _session(self, *roles: Role, action: str) -> Session:
        if self.session is None or self._conn is None:
            raise Locked()
        if roles:
            self.session.require(*roles, action=action)
        return self.session

    @property
    def is_demo(self) -> bool:
        return self._vault.demo

    @property
    def is_unlocked(self) -> bool:
        return self._conn is not None and self.session is not None

    def run_on_owner(self, fn: Callable[[], T]) -> T:
        """For long tasks the UI starts: run `fn` on the owner thread and wait."""
        return self._owner.call(fn)

    def submit(self, fn: Callable[[], T]) -> object:
        """A concurrent.futures.Future of `fn()` run on the owner thread."""
        return self._owner.submit(fn)

    # -- log in, lock ---------------------------------------------------------------------
    def backoff_seconds(self, username: str) -> int:
        return self._vault.backoff_remaining(self._vault.who(username.strip().lower()),
                                             self._clock())

    def unlock(self, username: str, password: str) -> Session:
        """Check the password against the slot before SQLCipher is touched, then open."""
        name = username.strip().lower()
        if self._conn is not None:
            self.lock()  # another user takes the desk: the first session ends properly
        who = self._vault.who(name)
        wait = self._vault.backoff_remaining(who, self._clock())
        if wait:
            raise LoginBackoff(wait)
        try:
            opened = self._vault.unlock_user(name, password, self._kdf_floor)
        except WrongPassword:
            self._vault.record_failure(who, self._clock())
            self._vault.save()
            raise
        return self._owner.call(lambda: self._start_session(
            lambda: self._finish_unlock(who, name, opened, password)))

    def unlock_with_recovery(self, text: str) -> Session:
        key = recovery.decode(text)  # a typo fails here, before any key derivation
        if self._conn is not None:
            self.lock()
        try:
            opened = self._vault.unlock_recovery(key)
        except WrongPassword:
            raise RecoveryKeyInvalid.not_this_store() from None
        return self._owner.call(lambda: self._start_session(
            lambda: self._finish_recovery(opened, key)))

    def _start_session(self, finish: Callable[[], Session]) -> Session:
        """Run the rest of a log-in; if it fails (a damaged page, a full disk) the desk is
        left locked with its connection closed, and the fault is a typed error."""
        try:
            with errors_translated(database.db_path(self.folder)):
                return finish()
        except BaseException:
            if self._conn is not None:
                self._conn.close()
            self._conn, self._secrets, self.session = None, None, None
            raise

    def _finish_unlock(self, who: str, name: str, opened: list[Secrets],
                       password: str) -> Session:
        result = keyring.open_store(self.folder, self._vault, who, opened)
        conn = result.conn
        try:
            self._upgrade(conn, result.secrets.data_key)
            user = users_repo.by_name(conn, name)
            if user is None:
                raise WrongPassword()
            if user.disabled:
                raise AccountDisabled(name)
        except BaseException:
            conn.close()
            raise
        secrets_ = result.secrets
        if not user.has(Role.SUPERVISOR):
            secrets_.supervisor_key = None  # a former supervisor's slot forgets the key
        if secrets_.generation != opened[0].generation or secrets_.supervisor_key != \
                opened[0].supervisor_key or len(opened) > 1:
            self._vault.put_user_slot(name, password, secrets_, self._kdf)
            self._vault.prune_generations(secrets_.generation)
        self._vault.drop_grants(who, "data")
        self._vault.drop_grants(who, "sup")
        failures = self._vault.take_failures(who)
        self._conn, self._secrets = conn, secrets_
        self.session = Session(user, must_change_password=users_repo.flag(
            conn, user.id, "must_change_password"), warnings=result.warnings)
        self._after_login(conn, name, failures, result.warnings)
        return self.session

    def _finish_recovery(self, opened: list[Secrets], key: bytes) -> Session:
        result = keyring.open_store(self.folder, self._vault, keyring.RECOVERY, opened)
        try:
            self._upgrade(result.conn, result.secrets.data_key)
        except BaseException:
            result.conn.close()
            raise
        if result.secrets.generation != opened[0].generation or len(opened) > 1:
            self._vault.put_recovery_slot(key, result.secrets)
            self._vault.prune_generations(result.secrets.generation)
        self._vault.drop_grants(keyring.RECOVERY, "data")
        self._conn, self._secrets = result.conn, result.secrets
        self.session = Session(RECOVERY_USER, via_recovery=True, warnings=result.warnings)
        self._after_login(result.conn, "recovery", [], result.warnings)
        return self.session

    def _upgrade(self, conn: Connection, data_key: bytes) -> None:
        upgrade_backup.upgrade(conn, self.folder, data_key, self._clock(), self._now())

    def _after_login(self, conn: Connection, name: str, failures: list[str],
                     warnings: list[str]) -> None:
        assert self._secrets is not None
        with transaction(conn, database.db_path(self.folder)):
            for at in failures:
                audit.append(conn, at, "-", "login.failed", name, "wrong password")
            for warning in warnings:
                self._audit(conn, "store.warning", "", warning)
            meta.bump_counter(conn)
            self._audit(conn, "recovery.use" if name == "recovery" else "login", name)
        self._hand_out_supervisor_key(conn)
        keyring.seal_state(conn, self._vault, self._secrets.data_key)

    def _hand_out_supervisor_key(self, conn: Connection) -> None:
        """A supervisor's log-in passes the supervisor key to supervisors still without it."""
        if self._secrets is None or self._secrets.supervisor_key is None:
            return
        with transaction(conn, database.db_path(self.folder)):
            for uid, name, public in users_repo.supervisors_without_key(conn):
                self._vault.put_grant(self._vault.who(name), public, "sup", 0,
                                      self._secrets.supervisor_key)
                users_repo.set_flag(conn, uid, "sup_key_granted", True)

    def lock(self) -> Changes:
        """Drop the key and close the connection; unlocking needs the password again."""
        def run() -> None:
            if self._conn is None:
                return
            try:
                if self._secrets is not None:
                    with errors_translated(database.db_path(self.folder)), \
                            transaction(self._conn, database.db_path(self.folder)):
                        self._audit(self._conn, "lock", self.session.username
                                    if self.session else "")
                    with errors_translated(database.db_path(self.folder)):
                        keyring.seal_state(self._conn, self._vault, self._secrets.data_key)
            finally:
                self._conn.close()
                self._conn, self._secrets, self.session = None, None, None
        self._owner.call(run)
        return Changes.of("session")

    # -- what the desk is -----------------------------------------------------------------
    def station(self) -> Station:
        return self._db(meta.station)

    def supervisor_key(self) -> bytes:
        """The key of the restricted source register: supervisors only."""
        self._session(Role.SUPERVISOR, action=QT_TRANSLATE_NOOP("Actions", "source register"))
        if self._secrets is None or self._secrets.supervisor_key is None:
            raise Invalid("supervisor_key", Message("Errors", QT_TRANSLATE_NOOP(
                "Errors", "The supervisor key has not reached this account yet; it arrives "
                "when another supervisor next logs in.")))
        return self._secrets.supervisor_key

    # -- settings -------------------------------------------------------------------------
    def idle_lock_minutes(self) -> int:
        return int(self._db(lambda c: meta.setting(c, "idle_lock_minutes",
                                                   str(DEFAULT_IDLE_MINUTES))))

    def set_idle_lock_minutes(self, minutes: int) -> Changes:
        self._session(Role.ADMIN, action=QT_TRANSLATE_NOOP("Actions", "settings"))
        if not 1 <= minutes <= 60:
            raise Invalid("idle_lock_minutes", Message("Validation", QT_TRANSLATE_NOOP(
                "Validation", "Choose between 1 and 60 minutes.")))

        def run(conn: Connection) -> None:
            meta.put_setting(conn, "idle_lock_minutes", str(minutes))
            self._audit(conn, "settings.change", "idle_lock_minutes", str(minutes))
        self._mutate(run)
        return Changes.of("settings")

    def set_language(self, language: str) -> Changes:
        """The logged-in user's language (en or km)."""
        session = self._session(action=QT_TRANSLATE_NOOP("Actions", "settings"))
        if language not in ("en", "km"):
            raise Invalid("language", Message("Validation", QT_TRANSLATE_NOOP(
                "Validation", "Choose English or Khmer.")))
        if session.via_recovery:
            return Changes.of("settings")
        self._mutate(lambda c: users_repo.set_language(c, session.user.id, language))
        session.user = replace(session.user, language=language)
        return Changes.of("settings")

    # -- audit ----------------------------------------------------------------------------
    def audit_count(self, action_prefix: str = "", actor: str = "") -> int:
        self._session(Role.ADMIN, Role.SUPERVISOR,
            action=QT_TRANSLATE_NOOP("Actions", "audit trail"))
        return self._db(lambda c: audit.count(c, action_prefix, actor))

    def audit_page(self, offset: int, limit: int, action_prefix: str = "",
                   actor: str = "") -> list[AuditEntry]:
        self._session(Role.ADMIN, Role.SUPERVISOR,
            action=QT_TRANSLATE_NOOP("Actions", "audit trail"))
        return self._db(lambda c: audit.page(c, offset, limit, action_prefix, actor))

    def verify_audit(self, progress: Progress | None = None,
                     cancel: Cancel | None = None) -> AuditVerdict:
        self._session(Role.ADMIN, Role.SUPERVISOR,
            action=QT_TRANSLATE_NOOP("Actions", "audit trail"))
        def run(conn: Connection) -> AuditVerdict:
            with errors_translated(database.db_path(self.folder)):
                return audit.verify(conn, progress, cancel)
        return self._db(run)

    # -- accounts (the administrator's services are in piu_desk.core.accounts) -----------
    def users(self) -> list[User]:
        self._session(Role.ADMIN, Role.SUPERVISOR, action=QT_TRANSLATE_NOOP("Actions", "accounts"))
        return self._db(users_repo.all_users)

    def change_password(self, old: str, new: str) -> Changes:
        """The logged-in user's own password: rewraps one slot."""
        session = self._session(action=QT_TRANSLATE_NOOP("Actions", "password"))
        if session.via_recovery:
            raise Invalid("password", Message("Errors", QT_TRANSLATE_NOOP(
                "Errors", "The recovery key has no password to change.")))
        validate_password(new)
        name = session.username
        self._vault.unlock_user(name, old, self._kdf_floor)  # WrongPassword if not theirs
        assert self._secrets is not None
        self._vault.put_user_slot(name, new, self._secrets, self._kdf)

        def run(conn: Connection) -> None:
            users_repo.set_flag(conn, session.user.id, "must_change_password", False)
            self._audit(conn, "user.password", name, "changed by the user")
        self._mutate(run)
        self._db(lambda c: keyring.seal_state(c, self._vault, self._data_key()))
        session.must_change_password = False
        return Changes.of("users", "audit")

    def _data_key(self) -> bytes:
        assert self._secrets is not None
        return self._secrets.data_key

    # -- the service context used by piu_desk.core.accounts and .maintenance ------------
    def new_slot_for(self, username: str, password: str, public_out: list[bytes]) -> None:
        """Give `username` a slot with a fresh agreement key; its public key is appended."""
        assert self._secrets is not None
        private, public = keys.new_agreement_key()
        self._vault.put_user_slot(username, password,
                                  Secrets(self._secrets.data_key, self._secrets.generation,
                                          private, None), self._kdf)
        public_out.append(public)

    def vault(self) -> Vault:
        return self._vault

    def secrets(self) -> Secrets:
        if self._secrets is None:
            raise Locked()
        return self._secrets

    def set_secrets(self, value: Secrets) -> None:
        self._secrets = value

    def session_or_locked(self, *roles: Role, action: str) -> Session:
        return self._session(*roles, action=action)

    def mutate(self, fn: Callable[[Connection], T]) -> T:
        return self._mutate(fn)

    def db(self, fn: Callable[[Connection], T]) -> T:
        return self._db(fn)

    def audit_in(self, conn: Connection, action: str, target: str = "",
                 detail: str = "") -> None:
        self._audit(conn, action, target, detail)

    def now(self) -> str:
        return self._now()
