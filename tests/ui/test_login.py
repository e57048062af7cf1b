"""The log-in window on a real store: wrong passwords, backoff, roles, the recovery key,
the forced password change and the store warnings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.store.connection import DB_NAME
from tests.conftest import ADMIN, OFFICER, StoreInfo
from tests.ui.shell_support import WAIT_MS, Harness, section_titles


@pytest.fixture
def harness(qtbot: QtBot, store: StoreInfo, tmp_path: Path) -> Iterator[Harness]:
    made = Harness(qtbot, store.folder, tmp_path / "settings.ini", clock=store.clock)
    made.start()
    yield made
    made.close()


def test_wrong_password_is_shown_inline_and_nothing_reaches_stderr(
        harness: Harness, qtbot: QtBot, capfd: pytest.CaptureFixture[str]) -> None:
    form = harness.shell.login_window.form  # type: ignore[union-attr]
    form.fill(ADMIN[0], "not-the-password")
    form.button.click()
    qtbot.waitUntil(lambda: form.message.isVisible(), timeout=WAIT_MS)
    assert "Wrong user name or password" in form.message.text()
    assert form.password.text() == ""
    assert harness.shell.main_window is None
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")


def test_five_failures_disable_the_button_until_the_wait_is_over(
        harness: Harness, qtbot: QtBot, store: StoreInfo) -> None:
    form = harness.shell.login_window.form  # type: ignore[union-attr]
    for attempt in range(5):
        form.fill(OFFICER[0], f"wrong-{attempt}")
        form.button.click()
        qtbot.waitUntil(lambda: not form.busy, timeout=WAIT_MS)
    assert not form.button.isEnabled()
    assert "Too many failed log-ins" in form.message.text()
    form.submit()  # Enter while waiting does nothing
    assert not form.busy
    store.clock.advance(2)
    qtbot.waitUntil(form.button.isEnabled, timeout=3000)
    assert not form.message.isVisible()


def test_administrator_sees_administration_and_settings(harness: Harness) -> None:
    window = harness.login(ADMIN[0], ADMIN[2])
    titles = section_titles(window)
    assert titles[-1] == "Settings"
    assert titles == ["Dashboard", "Port calls", "Vessels", "Tip-offs", "Watchlist", "Alerts",
                      "Sources", "Approvals", "My equipment", "Exchange", "Conflicts",
                      "Administration", "Settings"]
    assert window.status.user_label.text() == "User: " + ADMIN[1]
    assert "Administrator" in window.status.roles_label.text()
    assert window.status.health_label.text() == "Store: OK"
    assert harness.shell.login_window is None


def test_officer_must_change_password_and_sees_no_administration(
        harness: Harness, qtbot: QtBot, store: StoreInfo) -> None:
    login = harness.shell.login_window
    assert login is not None
    login.form.fill(OFFICER[0], OFFICER[2])
    login.form.button.click()
    qtbot.waitUntil(lambda: harness.shell.password_dialog is not None, timeout=WAIT_MS)
    dialog = harness.shell.password_dialog
    assert dialog is not None and harness.shell.main_window is None
    dialog.old.setText(OFFICER[2])
    dialog.new.setText("short")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "at least 10 characters" in dialog.message.text()  # checked before any work
    dialog.new.setText("my-own-password-9")
    dialog.confirm.setText("my-own-password-9")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: harness.shell.main_window is not None, timeout=WAIT_MS)
    window = harness.shell.main_window
    assert window is not None
    # no approvals, sources, equipment register or administration for an officer
    assert section_titles(window) == ["My day", "Port calls", "Vessels", "Tip-offs",
                                      "Watchlist", "Alerts", "My equipment", "Settings"]
    assert window.status.user_label.text() == "User: " + OFFICER[1]
    harness.close()
    with store.open() as desk:  # the new password is the one that opens the store now
        session = desk.unlock(OFFICER[0], "my-own-password-9")
        assert not session.must_change_password


def test_recovery_key_names_the_mistyped_group_then_logs_in(
        harness: Harness, qtbot: QtBot, store: StoreInfo) -> None:
    login = harness.shell.login_window
    assert login is not None
    login.switch_mode.click()
    assert login.pages.currentWidget() is login.recovery
    groups = store.recovery_key.split("-")
    wrong_check = "A" if groups[2][4] != "A" else "B"  # a check character that cannot fit
    typo = "-".join([groups[0], groups[1], groups[2][:4] + wrong_check, *groups[3:]])
    login.recovery.key.setText(typo)
    login.recovery.button.click()
    qtbot.waitUntil(lambda: login.recovery.message.isVisible(), timeout=WAIT_MS)
    assert "group 3" in login.recovery.message.text()
    login.recovery.key.setText(store.recovery_key.lower().replace("-", " "))
    login.recovery.button.click()
    qtbot.waitUntil(lambda: harness.shell.main_window is not None, timeout=WAIT_MS)
    window = harness.shell.main_window
    assert window is not None
    assert window.status.user_label.text() == "User: Recovery key"
    desk: Desk | None = harness.shell.desk
    assert desk is not None and desk.session is not None and desk.session.via_recovery


def test_an_older_database_put_back_is_explained_before_the_main_window(
        qtbot: QtBot, store: StoreInfo, tmp_path: Path) -> None:
    database = store.folder / DB_NAME
    old_copy = database.read_bytes()
    with store.open() as desk:  # a later session moves the counter on
        desk.unlock(ADMIN[0], ADMIN[2])
    database.write_bytes(old_copy)
    harness = Harness(qtbot, store.folder, tmp_path / "settings.ini", clock=store.clock)
    try:
        harness.start()
        login = harness.shell.login_window
        assert login is not None
        login.form.fill(ADMIN[0], ADMIN[2])
        login.form.button.click()
        qtbot.waitUntil(lambda: harness.shell.warning_box is not None, timeout=WAIT_MS)
        box = harness.shell.warning_box
        assert box is not None and harness.shell.main_window is None
        assert "earlier copy may have been put back" in box.text()
        assert "Tell your supervisor" in box.text()
        box.accept()
        qtbot.waitUntil(lambda: harness.shell.main_window is not None, timeout=WAIT_MS)
        window = harness.shell.main_window
        assert window is not None
        assert window.status.health_label.text() == "Store: check needed"
    finally:
        harness.close()
