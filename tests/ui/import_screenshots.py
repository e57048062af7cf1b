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

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QLocale, QTimer, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from piu_desk.core.desk import Desk  # noqa: E402
from piu_desk.ui import fonts  # noqa: E402
from piu_desk.ui.crew_import import CrewImportDialog  # noqa: E402
from piu_desk.ui.crew_import.rows_model import Status  # noqa: E402
from piu_desk.ui.tasks import TaskRunner  # noqa: E402
from tests.conftest import OFFICER, create_store  # noqa: E402
from tests.core import crew_sheets  # noqa: E402
from tests.ui.records_support import arrive, register  # noqa: E402

OUT = ROOT / "screenshots"
SIZE = (1240, 760)


def wait(app: QApplication, done: Callable[[], bool] = lambda: True, seconds: float = 15) -> None:
    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not get there in time")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(10):
        app.processEvents()


def shoot(app: QApplication, widget: QWidget, name: str, suffix: str) -> None:
    wait(app)
    path = OUT / f"import-{name}{suffix}.png"
    widget.grab().save(str(path))
    print("wrote", path)


def use_khmer(app: QApplication, tmp: Path) -> None:
    """The real Khmer catalogue, compiled from i18n/piu_desk_km.ts."""
    lrelease = ROOT / ".venv/bin/pyside6-lrelease"
    qm = tmp / "piu_desk_km.qm"
    subprocess.run([str(lrelease), "-silent", str(ROOT / "i18n/piu_desk_km.ts"), "-qm",
                    str(qm)], check=True)
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        raise RuntimeError(f"cannot load {qm}")
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Khmer, QLocale.Country.Cambodia))
    fonts.scale_for_language("km")


def dialog_on(app: QApplication, desk: Desk, path: Path,
              port_call_id: int | None = None) -> CrewImportDialog:
    dialog = CrewImportDialog(desk, TaskRunner(desk), port_call_id=port_call_id)
    dialog.resize(*SIZE)
    dialog.show()
    dialog.read(path)
    wait(app, lambda: dialog.task is not None and dialog.task.done and not dialog._busy)
    return dialog


def close(app: QApplication, dialog: QWidget) -> None:
    dialog.hide()
    dialog.deleteLater()
    wait(app)


def answer_box(app: QApplication, seen: list[QMessageBox], accept: bool) -> None:
    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen.append(box)
        wait(app)
        box.grab().save(str(OUT / f"import-confirm{SUFFIX[0]}.png"))
        print("wrote", OUT / f"import-confirm{SUFFIX[0]}.png")
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
    wait(app, lambda: dialog.task is not None and dialog.task.done and not dialog._busy)
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
    wait(app, lambda: damaged.outcome is not None)
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
    OUT.mkdir(exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    fonts.install(app)
    QLocale.setDefault(QLocale("en_GB"))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for suffix in ("", "-km"):
            if suffix:
                use_khmer(app, work)
            desk = create_store(work / f"store{suffix}").open()
            try:
                desk.unlock(OFFICER[0], OFFICER[2])
                run(app, desk, work, suffix)
            finally:
                desk.close()


if __name__ == "__main__":
    main()
