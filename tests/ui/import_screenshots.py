"""Screenshots of the crew-list import, in English and in Khmer.

    xvfb-run -a -s '-screen 0 1366x800x24' .venv/bin/python tests/ui/import_screenshots.py

The preview of the current FAL Form 5 layout (a new vessel), of the damaged sheet (a
registered vessel; a problem row selected; the confirmation), of a CSV with a column title
the import was not sure of, the port-call picker, the summary, and a file that cannot be read.
PNGs go to ./screenshots/ (git-ignored). The Khmer pass compiles i18n/piu_desk_km.ts into a
temporary folder; the dialog's own strings, until they are in it, get sample Khmer (below)
so that the layout is seen with Khmer text of a realistic length.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import screenshot_kit as kit
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from piu_desk.core.desk import Desk
from piu_desk.ui.crew_import import CrewImportDialog
from piu_desk.ui.crew_import.rows_model import Status
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import OFFICER, create_store
from tests.core import crew_sheets
from tests.ui.records_support import arrive, register

SIZE = (1240, 760)
ROUNDS = 10  # the import's tables take a few more turns of the event loop to lay out
shoot = kit.shooter("import", rounds=ROUNDS)


def wait(done: Callable[[], object] = lambda: True) -> None:
    kit.wait(done, rounds=ROUNDS)


def dialog_on(app: QApplication, desk: Desk, path: Path,
              port_call_id: int | None = None) -> CrewImportDialog:
    dialog = CrewImportDialog(desk, TaskRunner(desk), port_call_id=port_call_id)
    dialog.resize(*SIZE)
    dialog.show()
    dialog.read(path)
    wait(lambda: dialog.task is not None and dialog.task.done and not dialog._busy)
    return dialog


def close(app: QApplication, dialog: QWidget) -> None:
    dialog.hide()
    dialog.deleteLater()
    wait()


def answer_box(app: QApplication, seen: list[QMessageBox], accept: bool) -> None:
    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen.append(box)
        kit.grab(box, f"import-confirm{SUFFIX[0]}", rounds=ROUNDS)
        for button in box.buttons():
            role = box.buttonRole(button)
            if (role == QMessageBox.ButtonRole.AcceptRole) == accept:
                button.click()
                return
    QTimer.singleShot(0, look)


SUFFIX = [""]


def run(app: QApplication, desk: Desk, folder: Path, suffix: str) -> None:
    SUFFIX[0] = suffix
    dialog = CrewImportDialog(desk, TaskRunner(desk))
    dialog.resize(*SIZE)
    dialog.show()
    shoot(app, dialog, "start", suffix)
    bad = folder / "crew list.xlsx"
    bad.write_bytes(b"this is not a workbook")
    dialog.read(bad)
    wait(lambda: dialog.task is not None and dialog.task.done and not dialog._busy)
    shoot(app, dialog, "start-unreadable", suffix)
    close(app, dialog)

    current = dialog_on(app, desk, crew_sheets.current_layout_xlsx(folder))
    shoot(app, current, "current", suffix)
    current.page.table.selectRow(11)
    current.page.table.scrollToBottom()
    shoot(app, current, "current-footer", suffix)
    close(app, current)
    # the damaged sheet's ship is registered, with its arrival: both are matched
    arrive(desk, register(desk, "Sea Star", "KHM", imo="9074729"), "2026-04-28T06:00")
    arrive(desk, register(desk, "Ocean Pearl", "PAN", imo="9176187"), "2026-04-27T10:00")

    damaged = dialog_on(app, desk, crew_sheets.damaged_xlsx(folder))
    picker = damaged.choose_port_call()
    shoot(app, picker, "port-call-picker", suffix)
    picker.reject()
    damaged.page.table.selectRow(1)
    shoot(app, damaged, "damaged", suffix)
    damaged.page.set_filter(Status.PROBLEM)
    damaged.page.table.selectRow(5)
    shoot(app, damaged, "damaged-problems", suffix)
    seen: list[QMessageBox] = []
    answer_box(app, seen, accept=True)
    damaged.import_button.click()
    wait(lambda: damaged.outcome is not None)
    shoot(app, damaged, "done", suffix)
    close(app, damaged)

    guess = folder / "crew.csv"
    guess.write_text("Nr;Surname;Given names;Nationalty;Birth date;Passport No.;Remarks\n"
                     "1;NGUYEN;VAN AN;VNM;12/03/1975;C1234567;\n"
                     "2;TRAN;THI HOA;VIET NAM;25/04/1990;C7654321;cook\n", encoding="utf-8")
    csv = dialog_on(app, desk, guess)
    csv.page.header.combos[4].activated.emit(0)
    shoot(app, csv, "csv-guess", suffix)
    close(app, csv)


def main() -> None:
    app = kit.start()
    QLocale.setDefault(QLocale("en_GB"))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for suffix in ("", "-km"):
            if suffix:
                kit.use_khmer(app, work)
            desk = create_store(work / f"store{suffix}").open()
            try:
                desk.unlock(OFFICER[0], OFFICER[2])
                run(app, desk, work, suffix)
            finally:
                desk.close()


if __name__ == "__main__":
    main()
