"""Logging in: the password is checked on the key slot before SQLCipher is opened, a wrong
one prints nothing, and repeated failures back off and are audited at the next log-in."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser
from piu_desk.core.errors import LoginBackoff, WrongPassword
from piu_desk.core.session import iso
from piu_desk.core.store import database, keys
from tests.conftest import ADMIN, OFFICER, STATION, SUPERVISOR, StoreInfo
from tests.core.support import data_key, run_python, spy


def test_wrong_password_never_reaches_sqlcipher_and_prints_nothing(
        store: StoreInfo, monkeypatch: pytest.MonkeyPatch,
        capfd: pytest.CaptureFixture[str]) -> None:
    connect = spy(monkeypatch, sqlcipher3, "connect")
    with store.open() as desk:
        for name, _full, password in (ADMIN, OFFICER, SUPERVISOR):
            with pytest.raises(WrongPassword):
                desk.unlock(name, password + "x")
            with pytest.raises(WrongPassword):
                desk.unlock(name, password.upper())
        with pytest.raises(WrongPassword):
            desk.unlock("nobody", "whatever-password")
        assert connect.calls == 0
        assert not desk.is_unlocked
        assert capfd.readouterr() == ("", "")
        session = desk.unlock(ADMIN[0], ADMIN[2])  # the spy sees the real open
        assert connect.calls >= 1
        assert session.warnings == []
    assert capfd.readouterr() == ("", "")


def test_a_wrong_key_reaching_sqlcipher_is_silent_too(admin_desk: Desk,
                                                      capfd: pytest.CaptureFixture[str]
                                                      ) -> None:
    right = data_key(admin_desk)
    admin_desk.lock()
    wrong = os.urandom(32)
    assert not database.can_open(admin_desk.folder, wrong)
    conn, key = database.open_with(admin_desk.folder, [wrong, right])
    conn.close()
    assert key == right
    assert capfd.readouterr() == ("", "")


PRODUCTION_WRONG_PASSWORD = """
import sys
from piu_desk.core.desk import Desk
from piu_desk.core.errors import WrongPassword
desk = Desk.open(sys.argv[1])
try:
    desk.unlock("admin", "not-the-admin-password")
except WrongPassword:
    print("refused")
desk.close()
"""

RAW_WRONG_KEY = """
import sys, sqlcipher3
conn = sqlcipher3.connect(sys.argv[1])
conn.execute("PRAGMA key = \\"x'" + "00" * 32 + "'\\"")
try:
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
except sqlcipher3.DatabaseError:
    print("refused")
"""


@pytest.mark.slow
def test_production_path_wrong_password_leaves_stderr_empty(tmp_path: Path) -> None:
    """A store with production-grade slots, opened the way the app opens it."""
    folder = tmp_path / "store"
    desk, _ = Desk.create(folder, STATION, NewUser(ADMIN[0], ADMIN[1], ADMIN[2], frozenset()),
                          kdf=keys.MINIMUM_KDF)
    desk.close()
    result = run_python(["-c", PRODUCTION_WRONG_PASSWORD, str(folder)])
    assert (result.returncode, result.stdout, result.stderr) == (0, "refused\n", "")
    # Control: SQLCipher left to itself does complain on stderr, so the check above can fail.
    control = run_python(["-c", RAW_WRONG_KEY, str(database.db_path(folder))])
    assert control.stdout == "refused\n"
    assert "hmac check failed" in control.stderr


def _expected_wait(failures: int) -> int:
    return 0 if failures < 5 else min(2 ** (failures - 5), 15 * 60)


def test_backoff_five_free_then_doubling_to_fifteen_minutes(store: StoreInfo) -> None:
    clock = store.clock
    failed_at: list[str] = []
    desk = store.open()
    try:
        for _ in range(5):
            assert desk.backoff_seconds(ADMIN[0]) == 0
            with pytest.raises(WrongPassword):
                desk.unlock(ADMIN[0], "wrong-password-1")
            failed_at.append(iso(clock()))
        waits = []
        for failures in range(5, 17):
            wait = _expected_wait(failures)
            waits.append(wait)
            assert desk.backoff_seconds(ADMIN[0]) == wait
            # Even the right password is refused while the wait runs.
            with pytest.raises(LoginBackoff) as exc:
                desk.unlock(ADMIN[0], ADMIN[2])
            assert exc.value.seconds == wait
            assert str(wait) in str(exc.value)
            clock.advance(wait - 0.5)
            with pytest.raises(LoginBackoff) as exc:
                desk.unlock(ADMIN[0], "wrong-password-1")
            assert exc.value.seconds == 1
            clock.advance(0.5)
            if failures == 10:  # the count survives closing the app
                desk.close()
                desk = store.open()
            with pytest.raises(WrongPassword):
                desk.unlock(ADMIN[0], "wrong-password-1")
            failed_at.append(iso(clock()))
        assert waits == [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]
        # Other accounts are not held up.
        assert desk.backoff_seconds(OFFICER[0]) == 0
        clock.advance(900)
        desk.unlock(ADMIN[0], ADMIN[2])
        assert desk.backoff_seconds(ADMIN[0]) == 0
        entries = [e for e in reversed(desk.audit_page(0, 100))
                   if e.action == "login.failed"]
        assert [e.at for e in entries] == failed_at
        assert {(e.actor, e.target) for e in entries} == {("-", "admin")}
        latest = desk.audit_page(0, 1)[0]
        assert (latest.action, latest.target) == ("login", "admin")
        assert desk.verify_audit().ok
    finally:
        desk.close()


def test_failed_logins_are_audited_at_that_users_next_login(
        desk_factory: Callable[[], Desk], store: StoreInfo) -> None:
    desk = desk_factory()
    for _ in range(3):
        with pytest.raises(WrongPassword):
            desk.unlock(OFFICER[0], "not-vanna-password")
        store.clock.advance(10)
    with pytest.raises(WrongPassword):
        desk.unlock(SUPERVISOR[0], "not-sopheap-pass")
    desk.unlock(OFFICER[0], OFFICER[2])
    desk.unlock(ADMIN[0], ADMIN[2])  # takes the desk over; vanna's session is locked
    failed = desk.audit_page(0, 50, action_prefix="login.failed")
    assert [e.target for e in failed] == ["vanna"] * 3
    # sopheap's failure waits for sopheap's own next log-in.
    desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
    failed = desk.audit_page(0, 50, action_prefix="login.failed")
    assert sorted(e.target for e in failed) == ["sopheap", "vanna", "vanna", "vanna"]

