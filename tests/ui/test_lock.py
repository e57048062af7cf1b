"""Locking: on demand, when idle, on the screen lock; unlocking by the same or another user."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from piu_desk.ui.idle_lock import ScreenLockWatcher
from piu_desk.ui.main_window import MainWindow
from tests.conftest import ADMIN, SUPERVISOR, StoreInfo
from tests.ui.shell_support import WAIT_MS, Harness, section_titles


@pytest.fixture
def harness(qtbot: QtBot, store: StoreInfo, tmp_path: Path,
            request: pytest.FixtureRequest) -> Iterator[Harness]:
    idle_ms = getattr(request, "param", None)
    made = Harness(qtbot, store.folder, tmp_path / "settings.ini", clock=store.clock,
                   idle_interval_ms=idle_ms)
    made.start()
    yield made
    made.close()


def assert_locked(harness: Harness, window: MainWindow) -> None:
    desk = harness.shell.desk
    assert desk is not None and not desk.is_unlocked
    assert window.central.currentWidget() is window.lock_screen
    assert window.content is None and window.sections == {}
    assert window.status.lock_label.text() == "Locked"
    assert not window.status.user_label.isVisible()


def test_ctrl_l_locks_clears_the_clipboard_and_needs_the_password(
        harness: Harness, qtbot: QtBot) -> None:
    window = harness.login(ADMIN[0], ADMIN[2])
    QGuiApplication.clipboard().setText("MV Example, IMO 9074729")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.locked, timeout=WAIT_MS)
    assert_locked(harness, window)
    assert QGuiApplication.clipboard().text() == ""
    form = window.lock_screen.form
    assert form.username.text() == ADMIN[0]
    form.password.setText("wrong-password-1")
    form.button.click()
    qtbot.waitUntil(lambda: form.message.isVisible(), timeout=WAIT_MS)
    assert window.locked
    form.password.setText(ADMIN[2])
    form.button.click()
    qtbot.waitUntil(lambda: not window.locked, timeout=WAIT_MS)
    assert window.central.currentWidget() is window.content
    assert section_titles(window)[-1] == "Settings"
    assert harness.shell.desk is not None and harness.shell.desk.is_unlocked


@pytest.mark.parametrize("harness", [150], indirect=True)
def test_idle_time_locks_the_desk(harness: Harness, qtbot: QtBot) -> None:
    window = harness.login(ADMIN[0], ADMIN[2])
    assert window.idle.interval_ms == 150
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert_locked(harness, window)
    assert not window.idle.is_running()


def test_screen_lock_locks_and_another_user_gets_their_own_sections(
        harness: Harness, qtbot: QtBot) -> None:
    window = harness.login(ADMIN[0], ADMIN[2])
    assert window.idle.interval_ms == 5 * 60_000  # the store's default
    watcher = ScreenLockWatcher()  # no session bus here: fed as if the screen saver spoke
    watcher.screen_locked.connect(window.lock)
    watcher.on_screen_saver(True)
    assert_locked(harness, window)
    form = window.lock_screen.form
    form.fill(SUPERVISOR[0], SUPERVISOR[2])
    form.button.click()
    qtbot.waitUntil(lambda: harness.shell.password_dialog is not None, timeout=WAIT_MS)
    dialog = harness.shell.password_dialog
    assert dialog is not None
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()  # "Log out"
    qtbot.waitUntil(lambda: harness.shell.password_dialog is None, timeout=WAIT_MS)
    assert_locked(harness, window)
    form.fill(SUPERVISOR[0], SUPERVISOR[2])
    form.button.click()
    qtbot.waitUntil(lambda: harness.shell.password_dialog is not None, timeout=WAIT_MS)
    dialog = harness.shell.password_dialog
    assert dialog is not None
    for edit, text in ((dialog.old, SUPERVISOR[2]), (dialog.new, "supervisor-own-9"),
                       (dialog.confirm, "supervisor-own-9")):
        edit.setText(text)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not window.locked, timeout=WAIT_MS)
    assert window.status.user_label.text() == "User: " + SUPERVISOR[1]
    assert "Administrator" not in window.status.roles_label.text()


def test_log_out_returns_to_the_login_window(harness: Harness, qtbot: QtBot) -> None:
    window = harness.login(ADMIN[0], ADMIN[2])
    window.lock()
    assert window.logout_action.isEnabled()  # the log-in window offers the recovery key
    window.logout_action.trigger()
    login = harness.shell.login_window
    assert login is not None and login.isVisible()
    assert harness.shell.main_window is None
    assert harness.shell.desk is not None and not harness.shell.desk.is_unlocked
    harness.login(ADMIN[0], ADMIN[2])
