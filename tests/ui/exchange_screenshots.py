"""Screenshots of the Exchange section, in English and in Khmer.

    xvfb-run -a -s '-screen 0 1366x800x24' .venv/bin/python tests/ui/exchange_screenshots.py

The main window at 1366x800 on the demo store (Sihanoukville), which has pinned an HQ store
and HQ it, logged in as the demo exchange officer; the shared folder holds HQ's bundle and a
damaged copy. Shots: the section before the exchange, the error shown for the damaged
bundle, and the summary after it; then the enrolment dialogs, at the station (its key file
written with its fingerprint; HQ's enrolment file with a mistyped fingerprint) and at HQ
(a station enrolled with HQ's fingerprint; a station's key file about to be pinned).
PNGs go to ./screenshots/ (git-ignored).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import screenshot_kit as kit
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialog

from piu_desk.core.demo import DEMO_ACCOUNTS, DEMO_ADMIN, create_demo
from piu_desk.core.desk import Desk
from piu_desk.core.exchange import enrolment, export
from piu_desk.core.exchange.sync import keys, peers
from piu_desk.ui.exchange import ExchangeSection
from piu_desk.ui.exchange.enrolment_dialogs import (
    ENROL,
    EXPORT,
    FROM_HQ,
    FROM_STATION,
    WriteKeysDialog,
)
from piu_desk.ui.exchange.pin_dialog import PinKeysDialog
from piu_desk.ui.main_window import MainWindow
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import CHEAP_KDF, FakeClock
from tests.core.exchange_support import as_exchange_officer
from tests.core.sync_support import HQ, make_store

SIZE = (1366, 800)
ROUNDS = 10
shoot = kit.shooter("exchange", rounds=ROUNDS)
OFFICER = next(a for a in DEMO_ACCOUNTS if a.username == "rithy")


def wait(done: Callable[[], object] = lambda: True) -> None:
    kit.wait(done, rounds=ROUNDS)


def enrol(desk: Desk, folder: Path, clock: FakeClock) -> tuple[Path, Desk]:
    """An HQ store pinned both ways, whose bundle waits in the shared folder with a damaged
    copy beside it; HQ stays open for the enrolment dialogs."""
    hq = as_exchange_officer(make_store(folder / "hq", HQ, clock))
    desk.unlock(DEMO_ADMIN.username, DEMO_ADMIN.password)
    peers.pin(hq, "station", keys.own_public(desk))
    peers.pin(desk, "hq", keys.own_public(hq))
    desk.lock()
    shared = folder / "PIU-exchange"
    shared.mkdir()
    written = export.export(hq, None, shared).path
    data = bytearray(written.read_bytes())
    data[len(data) // 2] ^= 0x01
    (shared / "copy-of-last-week.piu").write_bytes(bytes(data))
    return shared, hq


def show_dialog(dialog: QDialog, name: str) -> None:
    dialog.show()
    wait(dialog.isVisible)
    kit.grab(dialog, name, rounds=ROUNDS)
    dialog.close()
    dialog.deleteLater()


def shoot_enrolment(desk: Desk, hq: Desk, folder: Path, suffix: str) -> None:
    """The four enrolment dialogs, each at the moment that matters."""
    stick = folder / f"stick{suffix}"
    stick.mkdir()
    station = desk.station()
    enrolment.enrol_station(hq, station.locode, station.name, stick / "enrolment.json")
    export = WriteKeysDialog(desk, TaskRunner(desk), EXPORT, stick)
    assert export.write()
    show_dialog(export, f"exchange-enrol-station-keys{suffix}")
    wrong = PinKeysDialog(desk, TaskRunner(desk), FROM_HQ)
    wrong.set_file(stick / "enrolment.json")
    wrong.typed.setText("K7QX-3MDA-PL2W-9RTE-XB4N-H6JC")
    assert not wrong.pin()
    show_dialog(wrong, f"exchange-enrol-import-refused{suffix}")
    enrol = WriteKeysDialog(hq, TaskRunner(hq), ENROL, stick)
    enrol.station_id.setText("KHKMT")
    enrol.station_name.setText("Kampot PIU")
    show_dialog(enrol, f"exchange-enrol-hq-form{suffix}")
    enrol = WriteKeysDialog(hq, TaskRunner(hq), ENROL, stick)
    enrol.station_id.setText("KHKMT")
    enrol.station_name.setText("Kampot PIU")
    assert enrol.write()
    show_dialog(enrol, f"exchange-enrol-hq-fingerprint{suffix}")
    pin = PinKeysDialog(hq, TaskRunner(hq), FROM_STATION)
    pin.set_file(export.written or stick)
    pin.typed.setText(export.fingerprint.lower())
    show_dialog(pin, f"exchange-enrol-hq-pin{suffix}")


def run(app: QApplication, desk: Desk, shared: Path, suffix: str) -> None:
    tasks = TaskRunner(desk)
    window = MainWindow(desk, tasks, language=lambda: "en", choose_language=lambda _l: None,
                        idle_interval_ms=3_600_000)
    window.resize(*SIZE)
    window.show_session()
    window.show()
    wait(window.isVisible)
    window.show_section("exchange")
    section = window.sections["exchange"]
    assert isinstance(section, ExchangeSection)
    section.set_shared_folder(str(shared))
    shoot(app, window, "before", suffix)
    kit.grab_next_box(rounds=ROUNDS, name=f"exchange-refused{suffix}")
    task = section.exchange_now()
    assert task is not None
    wait(lambda: task.done and section.task is None and section.summary_box.isVisible())
    shoot(app, window, "after", suffix)
    window.hide()
    window.deleteLater()
    wait()


def main() -> None:
    app = kit.start()
    QLocale.setDefault(QLocale("en_GB"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                          str(folder / "settings"))
        for suffix in ("", "-km"):
            clock = FakeClock()
            store = folder / f"store{suffix}"
            create_demo(store, clock=clock, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF, exchange=False)
            desk = Desk.open(store, clock=clock, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
            try:
                shared, hq = enrol(desk, folder / f"peers{suffix}", clock)
                desk.unlock(OFFICER.username, OFFICER.password)
                if suffix:
                    kit.use_khmer(app, folder)
                run(app, desk, shared, suffix)
                shoot_enrolment(desk, hq, folder, suffix)
                hq.close()
            finally:
                desk.close()


if __name__ == "__main__":
    main()
