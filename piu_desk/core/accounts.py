"""The administrator's services: accounts, roles, passwords, data-key rotation.

Accounts are disabled, never deleted: the audit trail names them. Disabling an account
rotates the data key, so the disabled user's old slot opens nothing any more.
"""

from __future__ import annotations

from piu_desk.core.desk import Desk, Progress
from piu_desk.core.domain.accounts import (
    NewUser,
    Role,
    User,
    validate_full_name,
    validate_password,
    validate_roles,
    validate_username,
)
from piu_desk.core.errors import Invalid
from piu_desk.core.session import Changes
from piu_desk.core.store import keyring, keys, meta, recovery
from piu_desk.core.store import users as users_repo
from piu_desk.core.store.connection import Connection
from piu_desk.core.store.vault import Secrets
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message


def _invalid(field: str, text: str, **args: object) -> Invalid:
    return Invalid(field, Message("Validation", text, dict(args)))


def _existing(conn: Connection, username: str) -> User:
    user = users_repo.by_name(conn, username)
    if user is None:
        raise _invalid("username", QT_TRANSLATE_NOOP("Validation", "There is no account {user}."),
                       user=username)
    return user


def add_user(desk: Desk, new: NewUser) -> Changes:
    """A new account with a password the user must change at first log-in."""
    desk.session_or_locked(Role.ADMIN, action=QT_TRANSLATE_NOOP("Actions", "add account"))
    name = validate_username(new.username)
    full_name = validate_full_name(new.full_name)
    validate_password(new.password)
    roles = validate_roles(new.roles)
    if desk.db(lambda c: users_repo.by_name(c, name)) is not None:
        raise _invalid("username", QT_TRANSLATE_NOOP(
            "Validation", "The user name {user} is taken (accounts are never deleted)."),
            user=name)
    publics: list[bytes] = []
    desk.new_slot_for(name, new.password, publics)

    def run(conn: Connection) -> None:
        user = users_repo.insert(conn, name, full_name, roles, desk.now(), publics[0])
        users_repo.set_flag(conn, user.id, "must_change_password", True)
        desk.audit_in(conn, "user.add", name, ", ".join(sorted(r.value for r in roles)))
    try:
        desk.mutate(run)
    except BaseException:
        desk.vault().drop_who(desk.vault().who(name))  # no slot for an account never added
        raise
    _pass_supervisor_key(desk)
    desk.db(lambda c: keyring.seal_state(c, desk.vault(), desk.secrets().data_key))
    return Changes.of("users", "audit")


def set_roles(desk: Desk, username: str, roles: frozenset[Role]) -> Changes:
    session = desk.session_or_locked(Role.ADMIN,
        action=QT_TRANSLATE_NOOP("Actions", "change roles"))
    roles = validate_roles(roles)

    def run(conn: Connection) -> None:
        user = _existing(conn, username)
        if Role.ADMIN in user.roles and Role.ADMIN not in roles:
            _keep_an_administrator(conn, user)
        if user.username == session.username and Role.ADMIN not in roles:
            raise _invalid("roles", QT_TRANSLATE_NOOP(
                "Validation", "You cannot remove your own administrator role."))
        users_repo.set_roles(conn, user.id, roles)
        if Role.SUPERVISOR not in roles:
            users_repo.set_flag(conn, user.id, "sup_key_granted", False)
        desk.audit_in(conn, "user.roles", username, ", ".join(sorted(r.value for r in roles)))
    desk.mutate(run)
    _pass_supervisor_key(desk)
    desk.db(lambda c: keyring.seal_state(c, desk.vault(), desk.secrets().data_key))
    return Changes.of("users", "audit")


def _keep_an_administrator(conn: Connection, user: User) -> None:
    if users_repo.count_with_role(conn, Role.ADMIN) <= 1 and not user.disabled:
        raise _invalid("roles", QT_TRANSLATE_NOOP(
            "Validation", "{user} is the last administrator; appoint another first."),
            user=user.username)


def set_full_name(desk: Desk, username: str, full_name: str) -> Changes:
    desk.session_or_locked(Role.ADMIN, action=QT_TRANSLATE_NOOP("Actions", "edit account"))
    clean = validate_full_name(full_name)

    def run(conn: Connection) -> None:
        user = _existing(conn, username)
        users_repo.set_full_name(conn, user.id, clean)
        desk.audit_in(conn, "user.edit", username, "full name")
    desk.mutate(run)
    return Changes.of("users", "audit")


def disable_user(desk: Desk, username: str, progress: Progress | None = None) -> Changes:
    """Disable the account and rotate the data key so its slot opens nothing."""
    session = desk.session_or_locked(Role.ADMIN,
        action=QT_TRANSLATE_NOOP("Actions", "disable account"))
    if username == session.username:
        raise _invalid("username", QT_TRANSLATE_NOOP(
            "Validation", "You cannot disable your own account."))

    def allowed(conn: Connection) -> User:
        user = _existing(conn, username)
        if Role.ADMIN in user.roles:
            _keep_an_administrator(conn, user)
        return user

    def run(conn: Connection) -> None:
        user = allowed(conn)
        users_repo.set_disabled(conn, user.id, True)
        users_repo.set_flag(conn, user.id, "sup_key_granted", False)
        desk.audit_in(conn, "user.disable", username, "")
    desk.db(allowed)
    # The key goes first: an account shown as disabled never still holds one that opens the
    # store. A crash in between leaves it enabled but without a slot; disabling again ends it.
    rotate_data_key(desk, "account disabled: " + username, progress,
                    removed=[desk.vault().who(username)])
    desk.mutate(run)
    return Changes.of("users", "audit", "store")


def enable_user(desk: Desk, username: str, new_password: str) -> Changes:
    """Enable again with a new password (the old slot went with the last rotation)."""
    desk.session_or_locked(Role.ADMIN, action=QT_TRANSLATE_NOOP("Actions", "enable account"))
    return _reset(desk, username, new_password, enable=True)


def reset_password(desk: Desk, username: str, new_password: str) -> Changes:
    """A forgotten password: a new slot the user must change at first log-in."""
    desk.session_or_locked(Role.ADMIN, action=QT_TRANSLATE_NOOP("Actions", "reset password"))
    return _reset(desk, username, new_password, enable=False)


def _reset(desk: Desk, username: str, new_password: str, enable: bool) -> Changes:
    validate_password(new_password)
    user = desk.db(lambda c: _existing(c, username))
    who = desk.vault().who(username)
    desk.vault().drop_who(who)
    publics: list[bytes] = []
    desk.new_slot_for(username, new_password, publics)

    def run(conn: Connection) -> None:
        users_repo.set_agreement_public(conn, user.id, publics[0])
        users_repo.set_flag(conn, user.id, "must_change_password", True)
        users_repo.set_flag(conn, user.id, "sup_key_granted", False)
        if enable:
            users_repo.set_disabled(conn, user.id, False)
        desk.audit_in(conn, "user.enable" if enable else "user.password", username,
                      "new password set by an administrator")
    desk.mutate(run)
    _pass_supervisor_key(desk)
    desk.db(lambda c: keyring.seal_state(c, desk.vault(), desk.secrets().data_key))
    return Changes.of("users", "audit")


def _pass_supervisor_key(desk: Desk) -> None:
    secrets = desk.secrets()
    if secrets.supervisor_key is None:
        return  # the next supervisor to log in hands it on

    def run(conn: Connection) -> None:
        for uid, name, public in users_repo.supervisors_without_key(conn):
            desk.vault().put_grant(desk.vault().who(name), public, "sup", 0,
                                   secrets.supervisor_key or b"")
            users_repo.set_flag(conn, uid, "sup_key_granted", True)
    desk.mutate(run)


def rotate_data_key(desk: Desk, reason: str, progress: Progress | None = None,
                    removed: list[str] | None = None) -> Changes:
    """A fresh data key for the whole store; every enabled user keeps access."""
    desk.session_or_locked(Role.ADMIN, action=QT_TRANSLATE_NOOP("Actions", "rotate data key"))
    current = desk.secrets()

    def run(conn: Connection) -> Secrets:
        new = keyring.rotate(conn, desk.folder, desk.vault(), current, removed or [], progress)
        desk.set_secrets(new)
        with_tx = desk.mutate
        with_tx(lambda c: desk.audit_in(c, "key.rotate", f"generation {new.generation}",
                                        reason))
        keyring.seal_state(conn, desk.vault(), new.data_key)
        return new
    desk.db(run)
    return Changes.of("store", "audit")


def new_recovery_key(desk: Desk) -> str:
    """Replace the recovery key; the old one stops working. Shown once."""
    desk.session_or_locked(Role.ADMIN, action=QT_TRANSLATE_NOOP("Actions", "recovery key"))
    secrets = desk.secrets()
    key = keys.random_key()
    private, public = keys.new_agreement_key()
    vault = desk.vault()
    vault.drop_who(keyring.RECOVERY)
    vault.put_recovery_slot(key, Secrets(secrets.data_key, secrets.generation, private, None))

    def run(conn: Connection) -> None:
        meta.put(conn, "recovery_public", public.hex())
        desk.audit_in(conn, "recovery.issue", "", "new recovery key printed")
    desk.mutate(run)
    desk.db(lambda c: keyring.seal_state(c, vault, secrets.data_key))
    return recovery.encode(key)


def clear_password_change(desk: Desk, usernames: list[str]) -> Changes:
    """Waive the first-log-in password change (demo stores only)."""
    desk.session_or_locked(Role.ADMIN, action=QT_TRANSLATE_NOOP("Actions", "edit account"))
    if not desk.is_demo:
        raise Invalid("username", Message("Validation", QT_TRANSLATE_NOOP(
            "Validation", "Only a demo store keeps the passwords an administrator set.")))

    def run(conn: Connection) -> None:
        for name in usernames:
            users_repo.set_flag(conn, _existing(conn, name).id, "must_change_password", False)
    desk.mutate(run)
    return Changes.of("users")
