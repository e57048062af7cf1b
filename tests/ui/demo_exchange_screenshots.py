"""Screenshots of what the demo stores show of the exchange, in English and in Khmer.

    xvfb-run -a -s '-screen 0 1366x800x24' .venv/bin/python tests/ui/demo_exchange_screenshots.py

The main window at 1366x800, logged in as the demo administrator, on the demo station
(`piu-desk demo`: Exchange, Conflicts, Watchlist, Alerts) and on the HQ demo
(`piu-desk demo --hq`: Stations, Exchange, Conflicts, Watchlist, Vessels). PNGs go to
./screenshots/ (git-ignored).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import screenshot_kit as kit
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from piu_desk.core.demo import DEMO_ADMIN, create_demo
from piu_desk.core.demo_hq import create_hq_demo
from piu_desk.core.desk import Desk
from piu_desk.ui.main_window import MainWindow
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import CHEAP_KDF

SIZE = (1366, 800)
SHOTS = {"station": ("exchange", "conflicts", "watchlist", "alerts"),
         "hq": ("stations", "exchange", "conflicts", "watchlist", "vessels")}


def run(app: QApplication, desk: Desk, kind: str, suffix: str) -> None:
    tasks = TaskRunner(desk)
    window = MainWindow(desk, tasks, language=lambda: "en", choose_language=lambda _l: None,
                        idle_interval_ms=3_600_000)
    window.resize(*SIZE)
    window.show_session()
    window.show()
    kit.wait(window.isVisible)
    for name in SHOTS[kind]:
        if name not in window.sections:
            print(f"no {name} section on the {kind} demo")
            continue
        window.show_section(name)
        kit.wait(lambda: not tasks.busy(), rounds=10, pause=0.05)
        kit.grab(window, f"demo-{kind}-{name}{suffix}", rounds=20, pause=0.05)
    window.hide()
    window.deleteLater()
    kit.wait()


def main() -> None:
    app = kit.start()
    QLocale.setDefault(QLocale("en_GB"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                          str(folder / "settings"))
        stores = {"station": folder / "station", "hq": folder / "hq"}
        create_demo(stores["station"], kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
        create_hq_demo(stores["hq"], kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
        for suffix in ("", "-km"):
            if suffix:
                kit.use_khmer(app, folder)
            for kind, store in stores.items():
                desk = Desk.open(store, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
                try:
                    desk.unlock(DEMO_ADMIN.username, DEMO_ADMIN.password)
                    run(app, desk, kind, suffix)
                finally:
                    desk.close()


if __name__ == "__main__":
    main()
