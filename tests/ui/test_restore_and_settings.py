"""Restoring a backup from the log-in window, and the Settings section."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from piu_desk.core import maintenance
from piu_desk.ui.dialogs import RestoreDialog
from piu_desk.ui.settings_view import SettingsView
from tests.conftest import ADMIN, OFFICER, StoreInfo
from tests.ui.shell_support import WAIT_MS, Harness


@pytest.fixture
def harness(qtbot: QtBot, store: StoreInfo, tmp_path: Path) -> Iterator[Harness]:
    made = Harness(qtbot, store.folder, tmp_path / "settings.ini", clock=store.clock)
    yield made
    made.close()


def test_restore_moves_the_store_aside_and_reopens_it(
        harness: Harness, qtbot: QtBot, store: StoreInfo, tmp_path: Path) -> None:
    backup = tmp_path / "desk.piubackup"
    with store.open() as desk:
        desk.unlock(ADMIN[0], ADMIN[2])
        maintenance.backup_to(desk, backup)
    shell = harness.start()
    old_login = shell.login_window
    assert old_login is not None
    old_login.restore_button.click()
    dialog = old_login.findChild(RestoreDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.file.setText(str(backup))
    dialog.username.setText(ADMIN[0])
    dialog.password.setText(ADMIN[2])
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: shell.login_window is not old_login, timeout=WAIT_MS)
    box = shell.login_window.findChild(QMessageBox, "restoredBox")  # type: ignore[union-attr]
    assert box is not None
    aside = [p for p in store.folder.iterdir() if p.name.startswith("replaced-")]
    assert len(aside) == 1 and str(aside[0]) in box.text()
    box.accept()
    harness.login(ADMIN[0], ADMIN[2])  # the restored store opens with the same password


def test_settings_idle_minutes_for_administrators_only(harness: Harness, qtbot: QtBot) -> None:
    harness.start()
    window = harness.login(ADMIN[0], ADMIN[2])
    window.show_section("settings")
    settings = window.sections["settings"]
    assert isinstance(settings, SettingsView)
    assert not settings.minutes.isReadOnly() and settings.minutes.value() == 5
    settings.minutes.setValue(7)
    settings.minutes.editingFinished.emit()
    desk = harness.shell.desk
    assert desk is not None and desk.idle_lock_minutes() == 7
    assert window.idle.interval_ms == 7 * 60_000  # the running timer follows the change
    window.lock()
    form = window.lock_screen.form
    form.fill(OFFICER[0], OFFICER[2])
    form.button.click()
    qtbot.waitUntil(lambda: harness.shell.password_dialog is not None, timeout=WAIT_MS)
    dialog = harness.shell.password_dialog
    assert dialog is not None
    for edit, text in ((dialog.old, OFFICER[2]), (dialog.new, "officer-own-99"),
                       (dialog.confirm, "officer-own-99")):
        edit.setText(text)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not window.locked, timeout=WAIT_MS)
    settings = window.sections["settings"]
    assert isinstance(settings, SettingsView)
    assert settings.minutes.isReadOnly() and settings.minutes.value() == 7
