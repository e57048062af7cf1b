"""Screenshots of the Conflicts section, in English and in Khmer.

    xvfb-run -a -s '-screen 0 1366x800x24' .venv/bin/python tests/ui/conflicts_screenshots.py

The main window at 1366x800 on the demo store, whose exchange with a simulated HQ left a
vessel changed at both ends (demo_exchange), logged in as the demo supervisor. Shots: the
list with the two versions side by side, the merge dialog, and the list with settled
conflicts shown after "Keep this desk's". PNGs go to ./screenshots/ (git-ignored).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import screenshot_kit as kit
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from piu_desk.core.demo import DEMO_ACCOUNTS, create_demo
from piu_desk.core.desk import Desk
from piu_desk.ui.conflicts import ConflictsSection
from piu_desk.ui.conflicts.merge_dialog import MergeDialog
from piu_desk.ui.main_window import MainWindow
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import CHEAP_KDF, FakeClock

SIZE = (1366, 800)
ROUNDS = 10
shoot = kit.shooter("conflicts", rounds=ROUNDS)
SUPERVISOR = next(a for a in DEMO_ACCOUNTS if a.username == "sopheap")


def wait(done: Callable[[], object] = lambda: True) -> None:
    kit.wait(done, rounds=ROUNDS)


def run(app: QApplication, desk: Desk, suffix: str) -> None:
    tasks = TaskRunner(desk)
    window = MainWindow(desk, tasks, language=lambda: "en", choose_language=lambda _l: None,
                        idle_interval_ms=3_600_000)
    window.resize(*SIZE)
    window.show_session()
    window.show()
    wait(window.isVisible)
    window.show_section("conflicts")
    section = window.sections["conflicts"]
    assert isinstance(section, ConflictsSection) and section.model.rowCount() >= 1
    shoot(app, window, "list", suffix)
    item = section.current()
    assert item is not None
    merge = MergeDialog(item.conflict, item.summary, section.detail.rows, window)
    merge.show()
    wait(merge.isVisible)
    kit.grab(merge, f"conflicts-merge{suffix}", rounds=ROUNDS)
    merge.close()
    kit.grab_next_box(rounds=ROUNDS, name=f"conflicts-confirm{suffix}")
    assert section.settle("local")
    section.settled.setChecked(True)
    shoot(app, window, "settled", suffix)
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
            create_demo(store, clock=clock, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
            desk = Desk.open(store, clock=clock, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
            try:
                desk.unlock(SUPERVISOR.username, SUPERVISOR.password)
                if suffix:
                    kit.use_khmer(app, folder)
                run(app, desk, suffix)
            finally:
                desk.close()


if __name__ == "__main__":
    main()
