"""Screenshots of the Port calls and Vessels sections, in English and in Khmer.

    xvfb-run -a -s '-screen 0 1366x800x24' .venv/bin/python tests/ui/records_screenshots.py

The main window at 1366x800 on a store with a month of arrivals (tests/ui/records_fleet.py).
PNGs go to ./screenshots/ (git-ignored). The Khmer pass compiles the current catalogue
i18n/piu_desk_km.ts into a temporary folder; strings not translated yet stay in English.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QLocale, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from piu_desk.core.desk import Desk  # noqa: E402
from piu_desk.ui import fonts  # noqa: E402
from piu_desk.ui.main_window import MainWindow  # noqa: E402
from piu_desk.ui.records.common import PORT_CALL, VESSEL, Target  # noqa: E402
from piu_desk.ui.records.port_call_page import PortCallPage  # noqa: E402
from piu_desk.ui.records.section import RecordsSection  # noqa: E402
from piu_desk.ui.tasks import TaskRunner  # noqa: E402
from tests.conftest import OFFICER, create_store  # noqa: E402
from tests.ui.records_fleet import seed  # noqa: E402

OUT = ROOT / "screenshots"
SIZE = (1366, 800)


def wait(app: QApplication, done: Callable[[], bool] = lambda: True, seconds: float = 10) -> None:
    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not get there in time")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def shoot(app: QApplication, widget: QWidget, name: str, suffix: str) -> None:
    wait(app)
    path = OUT / f"records-{name}{suffix}.png"
    widget.grab().save(str(path))
    print("wrote", path)


def use_khmer(app: QApplication, tmp: Path) -> None:
    qm = tmp / "piu_desk_km.qm"
    subprocess.run([str(ROOT / ".venv/bin/pyside6-lrelease"), "-silent",
                    str(ROOT / "i18n/piu_desk_km.ts"), "-qm", str(qm)], check=True)
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        raise RuntimeError(f"cannot load {qm}")
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Khmer, QLocale.Country.Cambodia))
    fonts.scale_for_language("km")


def run(app: QApplication, desk: Desk, ids: dict[str, int], suffix: str) -> None:
    tasks = TaskRunner(desk)
    window = MainWindow(desk, tasks, language=lambda: "en", choose_language=lambda _l: None,
                        idle_interval_ms=3_600_000)
    window.resize(*SIZE)
    window.show_session()
    window.show()
    wait(app, window.isVisible)
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
    wait(app)


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
    wait(app, vessel.duplicates.isVisible)
    shoot(app, vessel, "vessel-duplicates", suffix)
    for dialog in (vessel, arrival):
        dialog.reject()
    wait(app, lambda: not any(isinstance(w, QDialog) and w.isVisible()
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
    wait(app, lambda: not getattr(person, "looking", False))
    shoot(app, window, "person", suffix)
    calls.navigator.home_page()
    calls.search_box.clear()


def main() -> None:
    OUT.mkdir(exist_ok=True)
    app = QApplication(sys.argv)
    fonts.install(app)
    QLocale.setDefault(QLocale("en_GB"))
    with tempfile.TemporaryDirectory() as tmp:
        info = create_store(Path(tmp) / "store")
        desk = info.open()
        try:
            desk.unlock(OFFICER[0], OFFICER[2])
            ids = seed(desk)
            run(app, desk, ids, "")
            use_khmer(app, Path(tmp))
            run(app, desk, ids, "-km")
        finally:
            desk.close()


if __name__ == "__main__":
    main()
