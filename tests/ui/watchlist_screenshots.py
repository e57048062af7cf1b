"""Screenshots of the Watchlist section, in English and in Khmer.

    xvfb-run -a -s '-screen 0 1366x800x24' .venv/bin/python tests/ui/watchlist_screenshots.py

The main window at 1366x800 on the demo store (its watchlist: HQ and local entries, one
expired), logged in as the demo administrator (a supervisor, so the index rebuild shows);
the list filtered; the entry dialog for a new person with wrong fields, for a vessel, and an
HQ entry read-only; the import's preview of a list with bad rows, its summary, and a damaged
file refused. PNGs go to ./screenshots/ (git-ignored). The Khmer pass compiles
i18n/piu_desk_km.ts into a temporary folder; strings not translated yet stay in English.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import screenshot_kit as kit
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from piu_desk.core.demo import DEMO_ADMIN, create_demo
from piu_desk.core.desk import Desk
from piu_desk.core.domain.watchlist import EntryKind, Origin
from piu_desk.core.intel import watchlist
from piu_desk.ui.intel import WatchlistSection
from piu_desk.ui.intel.watchlist_import import WatchlistImportDialog
from piu_desk.ui.intel.watchlist_import_rows import Status
from piu_desk.ui.main_window import MainWindow
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import CHEAP_KDF, FakeClock

SIZE = (1366, 800)
ROUNDS = 10
shoot = kit.shooter("watchlist", rounds=ROUNDS)
LIST = ("Watchlist of the PIU — HQ circular 14/2026\n\n"
        "Type,Names,DOB,Nationality,Documents,IMO,MMSI,Call sign,Flag,Reason,Issuer,"
        "Issued,Expires,Handling\n"
        "person,Ivanov Yuriy; Iouri Ivanov,1970-08-21,RUS,7512345,,,,,Arms brokering,GDI,"
        "2026-01-01,,hq\n"
        "vessel,Sea Pearl; Ocean Pearl,,,,9074729,,,KHM,Fuel smuggling,GDI,01/02/2026,,"
        "desk only\n"
        "robot,Nobody,,,,,,,,x,GDI,,,\n"
        "person,Nguyen Thi Mai,1985,VNM,,,,,,,GDI,,,\n"
        "person,Pham Van Duc,31/02/1980,VNM,B2233445,,,,,Forged seafarer's books,GDI,,,\n"
        "person,Somchai Keaw,1979,THA,,,,,,Narcotics courier,GDI,,,secret\n"
        "vessel,Lucky Star 8,,,,9074728,,,PAN,Illegal fishing,GDI,2026-03-01,,hq\n")


def wait(done: Callable[[], object] = lambda: True) -> None:
    kit.wait(done, rounds=ROUNDS)


def run(app: QApplication, desk: Desk, folder: Path, suffix: str) -> None:
    tasks = TaskRunner(desk)
    window = MainWindow(desk, tasks, language=lambda: "en", choose_language=lambda _l: None,
                        idle_interval_ms=3_600_000)
    window.resize(*SIZE)
    window.show_session()
    window.show()
    wait(window.isVisible)
    window.show_section("watchlist")
    section = window.sections["watchlist"]
    assert isinstance(section, WatchlistSection)
    section.table.selectRow(2)
    shoot(app, window, "list", suffix)
    section.kind.setCurrentIndex(section.kind.findData(EntryKind.PERSON.value))
    section.text_filter.setText("van")
    section.apply_filter()
    shoot(app, window, "list-filtered", suffix)
    section.kind.setCurrentIndex(0)
    section.text_filter.clear()
    section.apply_filter()
    task = section.rebuild_index()
    wait(lambda: task.done and section.index_note.isVisible())
    shoot(app, window, "list-rebuilt", suffix)
    shoot_dialogs(app, desk, section, suffix)
    shoot_import(app, section, folder, suffix)
    window.hide()
    window.deleteLater()
    wait()


def shoot_dialogs(app: QApplication, desk: Desk, section: WatchlistSection,
                  suffix: str) -> None:
    person = section.add(EntryKind.PERSON)
    f = person.fields
    f.edits["name"].setText("Lam Thi Huong")
    f.edits_multi["aliases"].setPlainText("Lam Huong\nHuong Lam Thi")
    f.edits["date_of_birth"].setText("2099")
    f.codes["nationality"].setText("VNM")
    f.edits_multi["documents"].setPlainText("C 123-4567")
    f.edits["expires"].setText("2025-01-01")
    person.submit()
    shoot(app, person, "entry-person-invalid", suffix)
    person.reject()
    vessel = section.add(EntryKind.VESSEL)
    f = vessel.fields
    f.edits["name"].setText("Mekong Star")
    f.edits_multi["aliases"].setPlainText("Star of Mekong\nMekong 3")
    f.edits["imo"].setText("9074729")
    f.edits["mmsi"].setText("514123456")
    f.edits["call_sign"].setText("XUAB7")
    f.codes["flag"].setText("KHM")
    f.edits_multi["reason"].setPlainText("Transhipment of fuel at sea off Koh Tang; "
                                         "inspect on arrival and tell HQ.")
    shoot(app, vessel, "entry-vessel", suffix)
    vessel.reject()
    hq = next(e for e in watchlist.page(desk) if e.origin is Origin.HQ and len(e.names) > 1)
    dialog = section.open_entry(hq)
    assert dialog is not None
    shoot(app, dialog, "entry-hq", suffix)
    dialog.reject()
    wait()


def answer_box(accept: bool) -> None:
    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        kit.grab(box, f"watchlist-import-confirm{SUFFIX[0]}", rounds=ROUNDS)
        for button in box.buttons():
            if (box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole) == accept:
                button.click()
                return
    QTimer.singleShot(0, look)


SUFFIX = [""]


def shoot_import(app: QApplication, section: WatchlistSection, folder: Path,
                 suffix: str) -> None:
    SUFFIX[0] = suffix
    damaged = folder / "hq-list.xlsx"
    damaged.write_bytes(b"PK\x03\x04 cut short in the e-mail")
    dialog = section.import_list()
    dialog.resize(1240, 740)
    dialog.read(damaged)
    wait(lambda: dialog.task is not None and dialog.task.done and not dialog._busy)
    shoot(app, dialog, "import-damaged", suffix)
    sheet = folder / "hq-circular-14.csv"
    sheet.write_text(LIST, encoding="utf-8")
    dialog.read(sheet)
    wait(lambda: dialog.task is not None and dialog.task.done and not dialog._busy)
    dialog.page.table.selectRow(3)
    shoot(app, dialog, "import-preview", suffix)
    dialog.page.set_filter(Status.PROBLEM)
    dialog.page.table.selectRow(0)
    shoot(app, dialog, "import-problems", suffix)
    dialog.page.set_filter(None)
    answer_box(accept=True)
    dialog.import_entries()
    wait(lambda: dialog.task is not None and dialog.task.done and not dialog._busy)
    shoot(app, dialog, "import-done", suffix)
    dialog.reject()
    wait()
    assert isinstance(dialog, WatchlistImportDialog)


def main() -> None:
    app = kit.start()
    QLocale.setDefault(QLocale("en_GB"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for suffix in ("", "-km"):
            store = folder / f"store{suffix}"  # each pass imports the list once
            clock = FakeClock()
            create_demo(store, clock=clock, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
            desk = Desk.open(store, clock=clock, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
            try:
                desk.unlock(DEMO_ADMIN.username, DEMO_ADMIN.password)
                if suffix:
                    kit.use_khmer(app, folder)
                run(app, desk, folder, suffix)
            finally:
                desk.close()


if __name__ == "__main__":
    main()
