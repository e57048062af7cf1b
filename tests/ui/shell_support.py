"""Helpers for the shell tests: a Shell on a real store with cheap key derivation, and
log-ins that wait for the work on the database thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from piu_desk.ui.i18n import ENGLISH, Translations
from piu_desk.ui.main_window import MainWindow
from piu_desk.ui.shell import Shell
from piu_desk.ui.store_access import StoreAccess
from tests.conftest import CHEAP_KDF, FakeClock

WAIT_MS = 10_000


class Harness:
    """One shell per test; `close` lets go of the store and every window."""

    def __init__(self, qtbot: QtBot, folder: Path, settings_file: Path,
                 clock: FakeClock | None = None, idle_interval_ms: int | None = None) -> None:
        self.qtbot = qtbot
        self.settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        self.translations = Translations()
        access = StoreAccess(folder, CHEAP_KDF, CHEAP_KDF, clock or FakeClock())
        self.shell = Shell(access, self.settings, self.translations,
                           idle_interval_ms=idle_interval_ms, watch_screen_lock=False)

    def start(self) -> Shell:
        assert self.shell.start() is None
        return self.shell

    def login(self, username: str, password: str) -> MainWindow:
        window = self.shell.login_window
        assert window is not None
        window.form.fill(username, password)
        window.form.button.click()
        self.qtbot.waitUntil(lambda: self.shell.main_window is not None
                             and self.shell.main_window.isVisible(), timeout=WAIT_MS)
        assert self.shell.main_window is not None
        return self.shell.main_window

    def idle(self) -> None:
        tasks = self.shell.tasks
        if tasks is not None:
            self.qtbot.waitUntil(lambda: not tasks.busy(), timeout=WAIT_MS)

    def close(self) -> None:
        self.idle()
        self.shell.shutdown()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.hide()
        for window in (self.shell.main_window, self.shell.login_window, self.shell.wizard):
            if window is not None:
                window.deleteLater()
        self.translations.switch(ENGLISH)
        QApplication.processEvents()


def section_titles(window: MainWindow) -> list[str]:
    sidebar = window.sidebar
    assert sidebar is not None
    return [sidebar.item(row).text() for row in range(sidebar.count())]
