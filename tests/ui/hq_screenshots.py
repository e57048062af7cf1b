"""Screenshots of the HQ screens and of a station's watchlist line, in English and in Khmer.

    xvfb-run -a -s '-screen 0 1366x800x24' .venv/bin/python tests/ui/hq_screenshots.py

The main window at 1366x800 on the stores of tests/ui/hq_support.py: HQ with Koh Kong
enrolled, Sihanoukville and Kampot pinned (one of Kampot's bundles lost), a week later.
Shots: the Stations section as HQ's administrator-supervisor with Kampot chosen, the publish
dialog, HQ's watchlist with its line on the version sent, and Sihanoukville's watchlist with
the version from HQ valid, then expired; Kampot's with none yet; and the demo HQ store's
Stations as its supervisor sees them. PNGs go to ./screenshots/ (git-ignored).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import screenshot_kit as kit
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from piu_desk.core.demo import DEMO_ACCOUNTS
from piu_desk.core.demo_hq import create_hq_demo
from piu_desk.core.desk import Desk
from piu_desk.ui.hq.publish_dialog import PublishDialog
from piu_desk.ui.hq.stations_section import StationsSection
from piu_desk.ui.main_window import MainWindow
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import CHEAP_KDF, FakeClock
from tests.ui.hq_support import DAY, Network, as_admin, build

SIZE = (1366, 800)
ROUNDS = 10
shoot = kit.shooter("hq", rounds=ROUNDS)
SUPERVISOR = next(a for a in DEMO_ACCOUNTS if a.username == "sopheap")


def window(desk: Desk) -> MainWindow:
    tasks = TaskRunner(desk)
    main = MainWindow(desk, tasks, language=lambda: "en", choose_language=lambda _l: None,
                      idle_interval_ms=3_600_000)
    main.resize(*SIZE)
    main.show_session()
    main.show()
    kit.wait(main.isVisible, rounds=ROUNDS)
    return main


def close(main: MainWindow) -> None:
    main.hide()
    main.deleteLater()
    kit.wait(rounds=ROUNDS)


def hq_shots(app: QApplication, network: Network, suffix: str) -> None:
    main = window(as_admin(network.hq))
    main.show_section("stations")
    section = main.sections["stations"]
    assert isinstance(section, StationsSection)
    section.table.selectRow(1)  # Kampot: a bundle missing, a week without exchange
    shoot(app, main, "stations", suffix)
    dialog = section.open_publish()
    dialog.note.setText("Two persons added after the November tip-offs")
    kit.wait(dialog.isVisible, rounds=ROUNDS)
    kit.grab(dialog, f"hq-publish{suffix}", rounds=ROUNDS)
    assert isinstance(dialog, PublishDialog)
    dialog.reject()
    main.show_section("watchlist")
    shoot(app, main, "watchlist", suffix)
    close(main)


def station_shots(app: QApplication, network: Network, suffix: str) -> None:
    main = window(network.kos)
    main.show_section("watchlist")
    shoot(app, main, "banner-valid", suffix)
    close(main)
    main = window(network.kmt)
    main.show_section("watchlist")
    shoot(app, main, "banner-none", suffix)
    close(main)
    network.clock.advance(90 * DAY)  # past 26 Feb 2027
    main = window(network.kos)
    main.show_section("watchlist")
    shoot(app, main, "banner-expired", suffix)
    close(main)


def demo_shot(app: QApplication, folder: Path, suffix: str) -> None:
    """The demo HQ store (`piu-desk demo --hq`) as its supervisor sees the stations."""
    clock = FakeClock()
    create_hq_demo(folder, clock=clock, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    desk = Desk.open(folder, clock=clock, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
    try:
        desk.unlock(SUPERVISOR.username, SUPERVISOR.password)
        main = window(desk)
        main.show_section("stations")
        section = main.sections["stations"]
        assert isinstance(section, StationsSection)
        section.table.selectRow(0)
        shoot(app, main, "demo-stations", suffix)
        close(main)
    finally:
        desk.close()


def main() -> None:
    app = kit.start()
    QLocale.setDefault(QLocale("en_GB"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for suffix in ("", "-km"):
            if suffix:
                kit.use_khmer(app, folder)
            demo_shot(app, folder / f"demo{suffix}", suffix)
            network = build(folder / f"network{suffix}")
            try:
                network.clock.advance(6 * DAY + DAY // 2)
                hq_shots(app, network, suffix)
                station_shots(app, network, suffix)
            finally:
                network.close()


if __name__ == "__main__":
    main()
