"""The idle lock fires while the Exchange section imports a bundle: the window locks at
once, the desk after the import (one thread owns the database), which completes whole; the
section thrown away meanwhile is not called back, and after logging in again the records
are there, the store checks clean and nothing is left in staging."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from piu_desk.core import maintenance
from piu_desk.core.desk import EXCHANGE_STAGING, Desk
from piu_desk.core.exchange import export
from piu_desk.core.records import vessels
from piu_desk.ui.exchange import ExchangeSection
from piu_desk.ui.main_window import MainWindow
from tests.conftest import SUPERVISOR, FakeClock
from tests.core.exchange_support import enrolled
from tests.core.sync_support import EXCHANGE, shared
from tests.core.test_records import a_vessel, arrive
from tests.ui.shell_support import WAIT_MS, Harness

NEW_PASSWORD = "exchange-own-pass-9"
IMOS = ("9000003", "9000015", "9000027", "9000039", "9000041")


def _station_bundle(tmp_path: Path, clock: FakeClock) -> tuple[Desk, Path, Path]:
    port, hq = enrolled(tmp_path, clock)
    for n in range(5):
        vid, _ = vessels.register(port, a_vessel(imo=IMOS[n], name=f"Ship {n}",
                                                 mmsi=f"35712300{n}", call_sign=f"3EAB{n}"))
        arrive(port, vid)
    folder = tmp_path / "shared"
    folder.mkdir()
    export.export(port, None, folder)
    hq_folder = hq.folder
    hq.close()
    return port, hq_folder, folder


def _first_login(qtbot: QtBot, harness: Harness) -> MainWindow:
    """The exchange officer's first log-in, with the change of password it asks for."""
    login = harness.shell.login_window
    assert login is not None
    login.form.fill(EXCHANGE[0], EXCHANGE[2])
    login.form.button.click()
    qtbot.waitUntil(lambda: harness.shell.password_dialog is not None, timeout=WAIT_MS)
    dialog = harness.shell.password_dialog
    assert dialog is not None
    for edit, text in ((dialog.old, EXCHANGE[2]), (dialog.new, NEW_PASSWORD),
                       (dialog.confirm, NEW_PASSWORD)):
        edit.setText(text)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: harness.shell.main_window is not None
                    and harness.shell.main_window.isVisible(), timeout=WAIT_MS)
    assert harness.shell.main_window is not None
    return harness.shell.main_window


def test_the_idle_lock_during_an_import_waits_for_it(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock()
    port, hq_folder, folder = _station_bundle(tmp_path, clock)
    harness = Harness(qtbot, hq_folder, tmp_path / "settings.ini", clock=clock)
    try:
        harness.start()
        window = _first_login(qtbot, harness)
        window.show_section("exchange")
        section = window.sections["exchange"]
        assert isinstance(section, ExchangeSection)
        section.set_shared_folder(str(folder))
        section.exchange_button.click()
        task = section.task
        assert task is not None and window.tasks.busy()
        window.lock()  # what the idle timer calls
        assert window.locked and window.sections == {}
        qtbot.waitUntil(lambda: task.done and not window.tasks.busy(), timeout=WAIT_MS)
        desk = harness.shell.desk
        assert desk is not None
        qtbot.waitUntil(lambda: not desk.is_unlocked, timeout=WAIT_MS)
        desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
        assert shared(desk) == shared(port) and len(shared(desk)) == 10
        report = maintenance.check(desk)
        assert report.problems == [] and report.audit.ok
        officer = desk.db(lambda c: [str(r[0]) for r in c.execute(
            "SELECT action FROM audit WHERE actor = ? ORDER BY seq", (EXCHANGE[0],))])
        last_login = len(officer) - 1 - officer[::-1].index("login")
        session = officer[last_login:]
        assert session.index("exchange.import") < session.index("lock")  # lock waited
        assert not any((desk.folder / EXCHANGE_STAGING).glob("**/*"))
        desk.lock()
    finally:
        harness.close()
        port.close()
