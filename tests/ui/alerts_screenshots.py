"""Screenshots of the Alerts section (inbox and detail, person and vessel alerts, a decision
refused for want of a note, a decided alert) and of the confirmed-match marks on the record
screens, in English and in Khmer.

    xvfb-run -a -s '-screen 0 1366x800x24' .venv/bin/python tests/ui/alerts_screenshots.py

The main window at 1366x800 on a fresh demo store (piu_desk/core/demo.py: twelve alerts,
one confirmed, one false positive, one waiting for HQ). PNGs go to ./screenshots/.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import screenshot_kit as kit
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from piu_desk.core.demo import create_demo
from piu_desk.core.desk import Desk
from piu_desk.core.intel import alerts
from piu_desk.ui.intel import AlertsSection
from piu_desk.ui.intel.alerts_rows import PORT_CALL, SHOW_ALL, SHOW_OPEN
from piu_desk.ui.main_window import MainWindow
from piu_desk.ui.records.common import PERSON, Target
from piu_desk.ui.records.port_call_page import PortCallPage
from piu_desk.ui.records.section import RecordsSection
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import CHEAP_KDF

SIZE = (1366, 800)
wait = kit.wait
shoot = kit.shooter("alerts")


def run(app: QApplication, desk: Desk, suffix: str) -> None:
    tasks = TaskRunner(desk)
    window = MainWindow(desk, tasks, language=lambda: "en", choose_language=lambda _l: None,
                        idle_interval_ms=3_600_000)
    window.resize(*SIZE)
    window.show_session()
    window.show()
    wait(window.isVisible)
    window.show_section("alerts")
    section = window.sections["alerts"]
    assert isinstance(section, AlertsSection)
    shoot(app, window, "inbox", suffix)
    person = next(n for n, r in enumerate(section.inbox.rows) if r.kind != PORT_CALL)
    section.table.selectRow(person)
    shoot(app, window, "inbox-person", suffix)
    section.detail.decision.decide(alerts.Disposition.FALSE_POSITIVE)  # no note: refused
    wait()  # the detail scrolls to the message
    shoot(app, window, "note-required", suffix)
    section.show_filter(SHOW_ALL)
    confirmed = next(n for n, r in enumerate(section.inbox.rows)
                     if r.alert.status == alerts.Disposition.CONFIRMED.value)
    section.table.selectRow(confirmed)
    shoot(app, window, "decided", suffix)
    row = section.inbox.rows[confirmed]
    marks(app, window, row.person_id or 0, row.port_call.id or 0 if row.port_call else 0,
          suffix)
    section.show_filter(SHOW_OPEN)
    window.hide()
    window.deleteLater()
    wait()


def marks(app: QApplication, window: MainWindow, person_id: int, port_call_id: int,
          suffix: str) -> None:
    """The confirmed match marked on the crew list and on the person's page."""
    window.show_section("port_calls")
    calls = window.sections["port_calls"]
    assert isinstance(calls, RecordsSection)
    page = calls.navigator.open(Target("port_call", port_call_id))
    assert isinstance(page, PortCallPage)
    shoot(app, window, "marked-crew", suffix)
    calls.navigator.open(Target(PERSON, person_id))
    person = calls.navigator.current()
    wait(lambda: not getattr(person, "looking", False))
    shoot(app, window, "marked-person", suffix)
    calls.navigator.home_page()
    window.show_section("alerts")


def main() -> None:
    app = kit.start()
    QLocale.setDefault(QLocale("en_GB"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "demo"
        create_demo(folder, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
        desk = Desk.open(folder, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
        try:
            desk.unlock("vanna", "demo-officer-2026")
            run(app, desk, "")
            kit.use_khmer(app, Path(tmp))
            run(app, desk, "-km")
        finally:
            desk.close()


if __name__ == "__main__":
    main()
