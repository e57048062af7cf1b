"""Screenshots of HQ's lists and search filtered by station, in English and in Khmer.

    xvfb-run -a -s '-screen 0 1366x800x24' .venv/bin/python tests/ui/hq_lists_screenshots.py

The main window at 1366x800 on HQ's store holding the records of Sihanoukville and Kampot
(tests/core/origin_support.py): the port calls of every station, then of one; the search
kept to one station; the tip-offs, alerts and watchlist with their Station column. PNGs go
to ./screenshots/ (git-ignored); the Khmer pass compiles the current catalogue, so strings
not translated yet stay in English.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import screenshot_kit as kit
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from piu_desk.core.desk import Desk
from piu_desk.ui.intel import AlertsSection, TipOffsSection, WatchlistSection
from piu_desk.ui.main_window import MainWindow
from piu_desk.ui.records.port_calls_view import PortCallsView
from piu_desk.ui.records.section import RecordsSection
from piu_desk.ui.station_filter import StationFilter
from piu_desk.ui.tasks import TaskRunner
from tests.core.origin_support import KMT, KOS, Recorded, hq_of_two

SIZE = (1366, 800)
wait = kit.wait
shoot = kit.shooter("hq-lists")
RECORDED = {
    KOS: Recorded("OCEAN STAR", "9074729", 3, ("SEA PRINCESS", "TONLE SAP", "ANGKOR SPIRIT",
                                               "KOH RONG STAR", "BLUE MEKONG", "SIAM PETRO 3")),
    KMT: Recorded("MEKONG STAR", "9176187", 2, ("KAMPOT PEPPER", "BOKOR", "RIVER STAR")),
}


def choose(chooser: StationFilter, station: str) -> None:
    chooser.combo.setCurrentIndex(chooser.combo.findData(station))


def run(app: QApplication, desk: Desk, suffix: str) -> None:
    tasks = TaskRunner(desk)
    window = MainWindow(desk, tasks, language=lambda: "en", choose_language=lambda _l: None,
                        idle_interval_ms=3_600_000)
    window.resize(*SIZE)
    window.show_session()
    window.show()
    wait(window.isVisible)
    window.show_section("port_calls")
    calls = window.sections["port_calls"]
    assert isinstance(calls, RecordsSection) and isinstance(calls.home, PortCallsView)
    shoot(app, window, "port-calls-all", suffix)
    choose(calls.home.station_filter, KOS)
    shoot(app, window, "port-calls-station", suffix)
    combo = calls.home.station_filter.combo
    combo.showPopup()  # a window of its own, which the main window's picture leaves out
    wait(combo.view().isVisible)
    shoot(app, combo.view().window(), "station-choices", suffix)
    combo.hidePopup()
    calls.search("star")
    choose(calls.results.station_filter, KMT)
    calls.search_box.setFocus()
    shoot(app, window, "search-station", suffix)
    calls.navigator.home_page()
    calls.search_box.clear()
    for key, kind in (("tipoffs", TipOffsSection), ("alerts", AlertsSection),
                      ("watchlist", WatchlistSection)):
        window.show_section(key)
        assert isinstance(window.sections[key], kind)
        shoot(app, window, key, suffix)
    window.hide()
    window.deleteLater()
    wait()


def main() -> None:
    app = kit.start()
    QLocale.setDefault(QLocale("en_GB"))
    with tempfile.TemporaryDirectory() as tmp:
        desk = hq_of_two(Path(tmp), recorded=RECORDED)
        try:
            run(app, desk, "")
            kit.use_khmer(app, Path(tmp))
            run(app, desk, "-km")
        finally:
            desk.close()


if __name__ == "__main__":
    main()
