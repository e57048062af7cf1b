"""Switching the language live, and where the choice is kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot

from piu_desk.ui.i18n import catalogue_dirs, catalogue_path, saved_language
from tests.conftest import ADMIN, StoreInfo
from tests.ui.shell_support import WAIT_MS, Harness


@pytest.fixture
def harness(qtbot: QtBot, store: StoreInfo, tmp_path: Path) -> Iterator[Harness]:
    made = Harness(qtbot, store.folder, tmp_path / "settings.ini", clock=store.clock)
    made.start()
    yield made
    made.close()


def test_khmer_on_the_login_screen_switches_live_and_follows_the_user(
        harness: Harness, qtbot: QtBot) -> None:
    login = harness.shell.login_window
    assert login is not None
    login.form.button.setText("stale")
    login.picker.activated.emit(login.picker.findData("km"))
    qtbot.waitUntil(lambda: login.form.button.text() != "stale", timeout=WAIT_MS)
    assert QLocale().name() == "km_KH"
    assert harness.translations.language == "km"
    assert harness.translations.installed == (catalogue_path("km") is not None)
    assert saved_language(harness.settings) == "km"
    window = harness.login(ADMIN[0], ADMIN[2])
    desk = harness.shell.desk
    assert desk is not None and desk.session is not None
    assert desk.session.user.language == "km"  # chosen before log-in: kept for the user
    settings = window.sections["settings"]
    assert settings.picker.language() == "km"  # type: ignore[attr-defined]
    settings.picker.activated.emit(settings.picker.findData("en"))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: QLocale().name() == "en_GB", timeout=WAIT_MS)
    assert desk.session.user.language == "en"
    assert saved_language(harness.settings) == "en"


def test_khmer_catalogue_translates_log_in(harness: Harness) -> None:
    path = catalogue_path("km")
    if path is None:
        pytest.skip("piu_desk_km.qm is missing from " + ", ".join(map(str, catalogue_dirs()))
                    + " (run `make i18n` once i18n/piu_desk_km.ts exists)")
    harness.translations.switch("km")
    assert harness.translations.installed
    assert QCoreApplication.translate("LoginForm", "Log in") != "Log in"
