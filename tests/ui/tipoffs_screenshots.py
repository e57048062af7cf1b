"""Screenshots of the Tip-offs and Sources sections, in English and in Khmer.

    xvfb-run -a -s '-screen 0 1366x800x24' .venv/bin/python tests/ui/tipoffs_screenshots.py

The main window at 1366x800 on the demo store (its tip-offs across grades and statuses, its
three fictional sources): the list as an officer sees it, the form of a new tip-off with the
Admiralty matrix and with the UK 3x5x2 one, an assessed tip-off with its history, and the
supervisor's source register with an identity shown. PNGs go to ./screenshots/.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import screenshot_kit as kit
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog

from piu_desk.core.demo import create_demo
from piu_desk.core.desk import Desk
from piu_desk.core.domain.grading import Scheme
from piu_desk.core.domain.tipoff import Channel, Status, SubjectKind
from piu_desk.core.records import tipoffs
from piu_desk.ui.intel import SourcesSection, TipOffsSection
from piu_desk.ui.main_window import MainWindow
from piu_desk.ui.records.common import VESSEL, Target
from piu_desk.ui.records.section import RecordsSection
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import CHEAP_KDF, FakeClock

SIZE = (1366, 800)
OFFICER = ("vanna", "demo-officer-2026")
SUPERVISOR = ("admin", "demo-admin-2026")  # administrator and supervisor
wait = kit.wait
shoot = kit.shooter("tipoffs")


def window_for(desk: Desk) -> MainWindow:
    tasks = TaskRunner(desk)
    window = MainWindow(desk, tasks, language=lambda: "en", choose_language=lambda _l: None,
                        idle_interval_ms=3_600_000)
    window.resize(*SIZE)
    window.show_session()
    window.show()
    wait(window.isVisible)
    return window


def close_dialogs() -> None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog) and w.isVisible():
            w.reject()
    wait(lambda: not any(isinstance(w, QDialog) and w.isVisible()
                         for w in QApplication.topLevelWidgets()))


def officer_pass(app: QApplication, desk: Desk, suffix: str) -> None:
    desk.unlock(*OFFICER)
    window = window_for(desk)
    window.show_section("tipoffs")
    section = window.sections["tipoffs"]
    assert isinstance(section, TipOffsSection)
    shoot(app, window, "list", suffix)
    dialog = section.new_tipoff()
    form = dialog.form
    form.channel.setCurrentIndex(form.channel.findData(Channel.HUMAN_SOURCE))
    form.source.setCurrentIndex(form.source.findData("PIU-KOS-S02"))
    form.subjects.free_kind.setCurrentIndex(1)
    form.subjects.free_text.setText("CSQU3054383")
    form.subjects.add_free()
    form.subjects.free_text.setText("MSKU 123456-4")
    form.text.setPlainText("Two containers will be moved to a private yard before customs "
                           "inspection; the driver was told to expect cash.")
    dialog.matrix.pick("B2")
    shoot(app, dialog, "form-admiralty", suffix)
    close_dialogs()
    [assessed] = [t for t in tipoffs.page(desk, 0, 50, Status.ASSESSED)
                  if t.inspection_ids or t.channel == Channel.HUMAN_SOURCE][:1]
    opened = section.open_tipoff(assessed.id or 0)
    assert opened is not None
    shoot(app, opened, "open-assessed", suffix)
    close_dialogs()
    [new] = tipoffs.page(desk, 0, 1, Status.NEW)
    opened = section.open_tipoff(new.id or 0)
    assert opened is not None
    opened.progress.move_to(Status.ASSESSED)
    shoot(app, opened, "grade-first", suffix)
    close_dialogs()
    vessel = next(s.ref for t in tipoffs.page(desk, 0, 50) for s in t.subjects
                  if s.kind == SubjectKind.VESSEL and len(tipoffs.about(
                      desk, SubjectKind.VESSEL, s.ref or 0)) > 1)
    window.show_section("vessels")
    vessels = window.sections["vessels"]
    assert isinstance(vessels, RecordsSection)
    vessels.navigator.open(Target(VESSEL, vessel or 0))
    shoot(app, window, "vessel-page", suffix)
    window.hide()
    window.deleteLater()
    wait()


def supervisor_pass(app: QApplication, desk: Desk, suffix: str) -> None:
    desk.unlock(*SUPERVISOR)
    tipoffs.set_grading_scheme(desk, Scheme.UK_3X5X2)
    window = window_for(desk)
    window.show_section("tipoffs")
    section = window.sections["tipoffs"]
    assert isinstance(section, TipOffsSection)
    dialog = section.new_tipoff()
    dialog.matrix.pick("2BC")
    shoot(app, dialog, "form-uk", suffix)
    close_dialogs()
    tipoffs.set_grading_scheme(desk, Scheme.ADMIRALTY)
    window.show_section("sources")
    sources = window.sections["sources"]
    assert isinstance(sources, SourcesSection)
    sources.select("PIU-KOS-S01")
    shoot(app, window, "sources", suffix)
    sources.show_identity()
    shoot(app, window, "sources-identity", suffix)
    window.hide()
    window.deleteLater()
    wait()


def main() -> None:
    app = kit.start()
    QLocale.setDefault(QLocale("en_GB"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "store"
        create_demo(folder, clock=FakeClock(), kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
        desk = Desk.open(folder, clock=FakeClock(), kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
        try:
            officer_pass(app, desk, "")
            supervisor_pass(app, desk, "")
            kit.use_khmer(app, Path(tmp))
            officer_pass(app, desk, "-km")
            supervisor_pass(app, desk, "-km")
        finally:
            desk.close()


if __name__ == "__main__":
    main()
