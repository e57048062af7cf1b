"""Accounts and their roles."""

from __future__ import annotations

from piu_desk.core.domain.accounts import Role, User
from piu_desk.core.store.connection import Connection

_COLUMNS = "id, username, full_name, disabled, created_at, language"


def _roles(conn: Connection, user_id: int) -> frozenset[Role]:
    rows = conn.execute("SELECT role FROM user_roles WHERE user_id = ?", (user_id,))
    return frozenset(Role(r[0]) for r in rows)


def _user(conn: Connection, row: tuple[object, ...]) -> User:
    uid = int(str(row[0]))
    return User(id=uid, username=str(row[1]), full_name=str(row[2]), disabled=bool(row[3]),
                created_at=str(row[4]), language=str(row[5]), roles=_roles(conn, uid))


def by_name(conn: Connection, username: str) -> User | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM users WHERE username = ?",
                       (username,)).fetchone()
    return _user(conn, row) if row else None


def all_users(conn: Connection) -> list[User]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM users ORDER BY username").fetchall()
    return [_user(conn, r) for r in rows]


def insert(conn: Connection, username: str, full_name: str, roles: frozenset[Role],
           created_at: str, agreement_public: bytes, language: str = "en") -> User:
    cur = conn.execute(
        "INSERT INTO users(username, full_name, created_at, language, agreement_public) "
        "VALUES (?, ?, ?, ?, ?)", (username, full_name, created_at, language, agreement_public))
    uid = int(cur.lastrowid or 0)
    set_roles(conn, uid, roles)
    user = by_name(conn, username)
    assert user is not None
    return user


def set_roles(conn: Connection, user_id: int, roles: frozenset[Role]) -> None:
    conn.execute("DELETE FROM user_roles WHERE user_id = ?", (user_id,))
    conn.executemany("INSERT INTO user_roles(user_id, role) VALUES (?, ?)",
                     [(user_id, r.value) for r in sorted(roles, key=lambda r: r.value)])


def set_disabled(conn: Connection, user_id: int, disabled: bool) -> None:
    conn.execute("UPDATE users SET disabled = ? WHERE id = ?", (int(disabled), user_id))


def set_full_name(conn: Connection, user_id: int, full_name: str) -> None:
    conn.execute("UPDATE users SET full_name = ? WHERE id = ?", (full_name, user_id))


def set_language(conn: Connection, user_id: int, language: str) -> None:
    conn.execute("UPDATE users SET language = ? WHERE id = ?", (language, user_id))


def set_agreement_public(conn: Connection, user_id: int, public: bytes) -> None:
    conn.execute("UPDATE users SET agreement_public = ? WHERE id = ?", (public, user_id))


def set_flag(conn: Connection, user_id: int, flag: str, value: bool) -> None:
    if flag not in ("sup_key_granted", "must_change_password"):
        raise ValueError(flag)
    conn.execute(f"UPDATE users SET {flag} = ? WHERE id = ?", (int(value), user_id))


def flag(conn: Connection, user_id: int, name: str) -> bool:
    if name not in ("sup_key_granted", "must_change_password"):
        raise ValueError(name)
    row = conn.execute(f"SELECT {name} FROM users WHERE id = ?", (user_id,)).fetchone()
    return bool(row[0]) if row else False


def supervisors_without_key(conn: Connection) -> list[tuple[int, str, bytes]]:
    rows = conn.execute(
        "SELECT u.id, u.username, u.agreement_public FROM users u JOIN user_roles r "
        "ON r.user_id = u.id WHERE r.role = 'supervisor' AND u.disabled = 0 "
        "AND u.sup_key_granted = 0")
    return [(int(r[0]), str(r[1]), bytes(r[2])) for r in rows]


def agreement_publics(conn: Connection) -> dict[str, bytes]:
    """username -> X25519 public key, for every enabled account."""
    rows = conn.execute("SELECT username, agreement_public FROM users WHERE disabled = 0")
    return {str(r[0]): bytes(r[1]) for r in rows}


def count_with_role(conn: Connection, role: Role) -> int:
    row = conn.execute("SELECT count(*) FROM users u JOIN user_roles r ON r.user_id = u.id "
                       "WHERE r.role = ? AND u.disabled = 0", (role.value,)).fetchone()
    return int(row[0])


def boarding_officers(conn: Connection) -> list[tuple[str, str]]:
    """(username, full name) of every enabled account that may board: officers and
    supervisors, by full name."""
    rows = conn.execute(
        "SELECT DISTINCT u.username, u.full_name FROM users u JOIN user_roles r "
        "ON r.user_id = u.id WHERE u.disabled = 0 AND r.role IN (?, ?) "
        "ORDER BY u.full_name COLLATE NOCASE, u.username",
        (Role.OFFICER.value, Role.SUPERVISOR.value))
    return [(str(r[0]), str(r[1])) for r in rows]
