"""Screenshots of the supervisor's dashboard (as sopheap), an officer's My day (as vanna),
the daily report dialog with its preview, and the verify dialog, on a demo store, in English
and in Khmer.

    xvfb-run -a -s '-screen 0 1366x800x24' .venv/bin/python tests/ui/dashboard_screenshots.py

PNGs go to ./screenshots/ (git-ignored). The Khmer pass compiles the current catalogue
i18n/piu_desk_km.ts into a temporary folder; strings not translated yet stay in English.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import screenshot_kit as kit
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from piu_desk.core.demo import DEMO_ACCOUNTS, create_demo
from piu_desk.core.desk import Desk
from piu_desk.ui.dashboard import DashboardSection
from piu_desk.ui.main_window import MainWindow
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import CHEAP_KDF

SIZE = (1366, 800)
shoot = kit.shooter("dashboard")
PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}


def window_for(desk: Desk, tasks: TaskRunner) -> MainWindow:
    window = MainWindow(desk, tasks, language=lambda: "en", choose_language=lambda _l: None,
                        idle_interval_ms=3_600_000)
    window.resize(*SIZE)
    window.show_session()
    window.show()
    kit.wait(window.isVisible)
    return window


def supervisor(app: QApplication, desk: Desk, suffix: str) -> None:
    desk.unlock("sopheap", PASSWORDS["sopheap"])
    tasks = TaskRunner(desk)
    window = window_for(desk, tasks)
    board = window.sections["dashboard"]
    assert isinstance(board, DashboardSection)
    shoot(app, window, "supervisor", suffix)
    dialog = board.open_report_dialog()
    kit.wait(lambda: dialog.preview.page_count() > 0 and dialog.preview.area.isVisible(), 60)
    shoot(app, dialog, "report-dialog", suffix)
    dialog.preview.show_page(1)
    dialog.preview.zoom_in.click()
    shoot(app, dialog, "report-dialog-zoomed", suffix)
    dialog.picker.set_kind("shift")
    kit.wait(lambda: dialog.preview.page_count() > 0 and dialog.preview.area.isVisible(), 60,
             pause=0.5)
    shoot(app, dialog, "report-dialog-shift", suffix)
    dialog.reject()
    verify = board.open_verify_dialog()
    verify.number.setText("KHKOS-DR-2026-0001")
    verify.code.setText("ABCD-EFGH")
    verify.check()
    shoot(app, verify, "verify-dialog", suffix)
    verify.reject()
    window.hide()
    window.deleteLater()
    kit.wait()


def officer(app: QApplication, desk: Desk, suffix: str) -> None:
    desk.unlock("vanna", PASSWORDS["vanna"])
    window = window_for(desk, TaskRunner(desk))
    shoot(app, window, "my-day", suffix)
    window.hide()
    window.deleteLater()
    kit.wait()


def main() -> None:
    app = kit.start()
    QLocale.setDefault(QLocale("en_GB"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "store"
        create_demo(folder, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
        desk = Desk.open(folder, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
        try:
            supervisor(app, desk, "")
            officer(app, desk, "")
            kit.use_khmer(app, Path(tmp))
            supervisor(app, desk, "-km")
            officer(app, desk, "-km")
        finally:
            desk.close()


if __name__ == "__main__":
    main()
