"""Screenshots of the Port calls and Vessels sections, in English and in Khmer.

    xvfb-run -a -s '-screen 0 1366x800x24' .venv/bin/python tests/ui/records_screenshots.py

The main window at 1366x800 on a store with a month of arrivals (tests/ui/records_fleet.py).
PNGs go to ./screenshots/ (git-ignored). The Khmer pass compiles the current catalogue
i18n/piu_desk_km.ts into a temporary folder; strings not translated yet stay in English.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import screenshot_kit as kit
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog

from piu_desk.core.desk import Desk
from piu_desk.ui.main_window import MainWindow
from piu_desk.ui.records.common import PORT_CALL, VESSEL, Target
from piu_desk.ui.records.port_call_page import PortCallPage
from piu_desk.ui.records.section import RecordsSection
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import OFFICER, create_store
from tests.ui.records_fleet import seed

SIZE = (1366, 800)
wait = kit.wait
shoot = kit.shooter("records")


def run(app: QApplication, desk: Desk, ids: dict[str, int], suffix: str) -> None:
    tasks = TaskRunner(desk)
    window = MainWindow(desk, tasks, language=lambda: "en", choose_language=lambda _l: None,
                        idle_interval_ms=3_600_000)
    window.resize(*SIZE)
    window.show_session()
    window.show()
    wait(window.isVisible)
    calls = window.sections["port_calls"]
    assert isinstance(calls, RecordsSection)
    shoot(app, window, "port-calls", suffix)
    calls.home.set_period("7")  # type: ignore[union-attr]
    calls.home.table.selectRow(1)  # type: ignore[union-attr]
    shoot(app, window, "port-calls-week", suffix)
    calls.home.set_period("all")  # type: ignore[union-attr]
    shoot_dialogs(app, calls, suffix)
    shoot_pages(app, window, calls, ids, suffix)
    window.show_section("vessels")
    vessels = window.sections["vessels"]
    assert isinstance(vessels, RecordsSection)
    shoot(app, window, "vessels", suffix)
    vessels.navigator.open(Target(VESSEL, ids["blue_mekong"]))
    shoot(app, window, "vessel-page", suffix)
    window.hide()
    window.deleteLater()
    wait()


def shoot_dialogs(app: QApplication, calls: RecordsSection, suffix: str) -> None:
    arrival = calls.home.new_arrival()  # type: ignore[union-attr]
    arrival.vessel_search.setText("pearl")
    arrival.find_vessels("pearl")
    arrival.results.setCurrentRow(0)
    arrival.form.last_port.setText("SGSIN")
    arrival.form.next_port.setText("VNCMT")
    arrival.form.crew_count.setText("17")
    shoot(app, arrival, "new-arrival", suffix)
    vessel = arrival.new_vessel()
    for key, text in (("name", "Ocean Pearl"), ("imo", "9354128"), ("mmsi", "574123999"),
                      ("call_sign", "3EAB7"), ("gross_tonnage", "12,500")):
        vessel.edits[key].setText(text)
    vessel.flag.setText("PAN")
    vessel.submit()
    shoot(app, vessel, "vessel-invalid", suffix)
    vessel.edits["imo"].setText("")
    vessel.submit()
    wait(vessel.duplicates.isVisible)
    shoot(app, vessel, "vessel-duplicates", suffix)
    for dialog in (vessel, arrival):
        dialog.reject()
    wait(lambda: not any(isinstance(w, QDialog) and w.isVisible()
                              for w in QApplication.topLevelWidgets()))


def shoot_pages(app: QApplication, window: MainWindow, calls: RecordsSection,
                ids: dict[str, int], suffix: str) -> None:
    page = calls.navigator.open(Target(PORT_CALL, ids["call_1"]))
    assert isinstance(page, PortCallPage)
    shoot(app, window, "port-call-crew", suffix)
    page.show_tab("aboard")
    shoot(app, window, "port-call-aboard", suffix)
    page.show_tab("inspections")
    shoot(app, window, "port-call-inspections", suffix)
    calls.navigator.open(Target(VESSEL, ids["hai_phong"]))
    shoot(app, window, "vessel-history", suffix)
    calls.search("nguyen hung")
    calls.search_box.setFocus()
    shoot(app, window, "search", suffix)
    items = calls.results.hit_items()
    calls.results.open_item(items[0])
    person = calls.navigator.current()
    wait(lambda: not getattr(person, "looking", False))
    shoot(app, window, "person", suffix)
    calls.navigator.home_page()
    calls.search_box.clear()


def main() -> None:
    app = kit.start()
    QLocale.setDefault(QLocale("en_GB"))
    with tempfile.TemporaryDirectory() as tmp:
        info = create_store(Path(tmp) / "store")
        desk = info.open()
        try:
            desk.unlock(OFFICER[0], OFFICER[2])
            ids = seed(desk)
            run(app, desk, ids, "")
            kit.use_khmer(app, Path(tmp))
            run(app, desk, ids, "-km")
        finally:
            desk.close()


if __name__ == "__main__":
    main()
