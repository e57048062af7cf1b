"""Screenshots of the officer's entry screens and the supervisor's Approvals section, in
English and in Khmer.

    xvfb-run -a -s '-screen 0 1366x800x24' .venv/bin/python tests/ui/entry_screenshots.py

The inspection dialog (a draft with two photos, returned with a comment, approved with an
amendment), the photo viewer, the Approvals section in the main window, the crew-list dialog
(a passport scanned, another failing a check digit, a wrong cell) and the person-aboard
dialog. PNGs go to ./screenshots/ (git-ignored). The Khmer pass compiles the current
catalogue i18n/piu_desk_km.ts; strings not translated yet stay in English.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import screenshot_kit as kit
from PySide6.QtCore import QBuffer, QIODevice, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QApplication

from piu_desk.core.desk import Desk
from piu_desk.core.domain.attachment import OwnerKind
from piu_desk.core.domain.inspection import Inspection
from piu_desk.core.records import attachments, inspections
from piu_desk.ui.crew_entry import CrewListDialog, PersonAboardDialog
from piu_desk.ui.inspections import InspectionDialog
from piu_desk.ui.inspections.thumbnails import make_thumbnail
from piu_desk.ui.inspections.viewer import ImageViewer
from piu_desk.ui.main_window import MainWindow
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import OFFICER, SUPERVISOR, create_store
from tests.ui.entry_support import FINDINGS, a_port_call, an_inspection, submitted

wait = kit.wait
shoot = kit.shooter("entry")
LINE_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
LINE_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
BAD_2 = LINE_2.replace("7408122", "7408132")


def scene(sky: str, hull: str, width: int = 1600, height: int = 1200) -> bytes:
    """A photo-like JPEG: sky, sea and a hull with a stripe."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(0, height))
    gradient.setColorAt(0, QColor(sky))
    gradient.setColorAt(1, QColor("#e0e6ea"))
    painter.fillRect(0, 0, width, height // 2, gradient)
    painter.fillRect(0, height // 2, width, height // 2, QColor("#2f5d73"))
    painter.fillRect(width // 8, height // 3, width * 3 // 4, height // 4, QColor(hull))
    painter.fillRect(width // 8, height // 3 + height // 12, width * 3 // 4, height // 40,
                     QColor("white"))
    painter.fillRect(width // 3, height // 6, width // 5, height // 6, QColor("#f5f5f5"))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPG", 85)  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def with_photos(desk: Desk, iid: int) -> None:
    for name, sky, hull in (("forepeak-store.jpg", "#87a8c3", "#8d3b2f"),
                            ("bridge-logbook.jpg", "#b7c9d9", "#1f3b57")):
        data = scene(sky, hull)
        attachments.add(desk, OwnerKind.INSPECTION, iid, name, data, make_thumbnail(data))


def seed(desk: Desk) -> dict[str, int]:
    """As the officer: a draft with photos, and inspections to return, approve, review."""
    ids: dict[str, int] = {}
    ids["port_call"] = pid = a_port_call(desk)
    ids["draft"] = an_inspection(desk, pid, ready=False, officers=("vanna", "sopheap"))
    with_photos(desk, ids["draft"])
    ids["returned"] = submitted(desk, pid)
    ids["approved"] = submitted(desk, pid)
    for name in ("Sea Pearl", "Ocean Star", "Kampot Spirit"):
        submitted(desk, a_port_call(desk, name, imo=None))
    desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
    inspections.return_for_changes(desk, ids["returned"], (
        "Name the two persons found in the forepeak store and give their nationality. "
        "Add the photos of the hiding place."))
    inspections.approve(desk, ids["approved"])
    desk.unlock(OFFICER[0], OFFICER[2])
    approved = inspections.get(desk, ids["approved"])
    inspections.amend(desk, Inspection(**{**approved.__dict__, "findings": FINDINGS + (
        "\nImmigration confirmed both are nationals of Myanmar (MMR).")}),
        "Nationality confirmed by the immigration police after the inspection.")
    return ids


def open_inspection(app: QApplication, desk: Desk, pid: int, iid: int | None,
                    ) -> InspectionDialog:
    dialog = InspectionDialog(desk, TaskRunner(desk), port_call_id=pid, inspection_id=iid)
    dialog.show()
    wait(dialog.isVisible)
    return dialog


def shoot_inspections(app: QApplication, desk: Desk, ids: dict[str, int], suffix: str) -> None:
    pid = ids["port_call"]
    dialog = open_inspection(app, desk, pid, ids["draft"])
    dialog.form.findings.setPlainText(FINDINGS)
    shoot(app, dialog, "inspection-draft", suffix)
    dialog.submit()  # no outcome yet: said next to the field
    shoot(app, dialog, "inspection-submit-errors", suffix)
    dialog.attachments.view.setCurrentIndex(dialog.attachments.model.index(0))
    dialog.attachments.open_selected()
    wait(lambda: any(isinstance(w, ImageViewer) and w.isVisible()
                          for w in app.topLevelWidgets()))
    viewer = next(w for w in app.topLevelWidgets() if isinstance(w, ImageViewer))
    shoot(app, viewer, "photo-viewer", suffix)
    viewer.close()
    dialog.close()
    dialog = open_inspection(app, desk, pid, ids["returned"])
    shoot(app, dialog, "inspection-returned", suffix)
    dialog.close()
    dialog = open_inspection(app, desk, pid, ids["approved"])
    dialog.tabs.setCurrentIndex(1)
    shoot(app, dialog, "inspection-approved", suffix)
    dialog.start_amendment("The outcome was written before the referral was made.")
    shoot(app, dialog, "inspection-amending", suffix)
    dialog.close()
    dialog = open_inspection(app, desk, pid, None)
    shoot(app, dialog, "inspection-new", suffix)
    dialog.close()


def shoot_crew(app: QApplication, desk: Desk, pid: int, suffix: str) -> None:
    dialog = CrewListDialog(desk, TaskRunner(desk), pid)
    dialog.show()
    wait(dialog.isVisible)
    dialog.mrz.check(f"{LINE_1}\n{LINE_2}")
    index = dialog.model.index(0, 3)
    dialog.model.setData(index, "Master")
    row = dialog.model.insert_row(1)
    for column, value in ((1, "Nguyen"), (2, "Van An"), (3, "Cook"), (4, "VNN"),
                          (5, "1988-02-30"), (7, "M")):
        dialog.model.setData(dialog.model.index(row, column), value)
    dialog.mrz.check(f"{LINE_1}\n{BAD_2}")
    shoot(app, dialog, "crew-list", suffix)
    dialog.mrz.accept_anyway()
    shoot(app, dialog, "crew-list-accepted", suffix)
    dialog.close()
    person = PersonAboardDialog(desk, TaskRunner(desk), pid)
    person.family_name.setText("Unknown")
    person.given_names.setText("")
    person.nationality.setText("MMR")
    person.date_of_birth.setText("2010-03-14")
    person.gender.setCurrentIndex(1)
    person.circumstances.setPlainText("Found by the bosun hiding in the forepeak store, "
                                      "dehydrated; says he boarded at Ranong.")
    person.vulnerable[list(person.vulnerable)[2]].setChecked(True)
    person.show()
    wait(person.isVisible)
    shoot(app, person, "person-aboard", suffix)
    person.close()


def shoot_approvals(app: QApplication, desk: Desk, suffix: str) -> None:
    desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
    tasks = TaskRunner(desk)
    window = MainWindow(desk, tasks, language=lambda: "en", choose_language=lambda _l: None,
                        idle_interval_ms=3_600_000)
    window.resize(1366, 800)
    window.show_session()
    window.show()
    window.show_section("approvals")
    wait(window.isVisible)
    shoot(app, window, "approvals", suffix)
    section = window.sections["approvals"]
    section.return_chosen()  # type: ignore[attr-defined]  # no comment: said inline
    shoot(app, window, "approvals-comment-required", suffix)
    window.close()
    desk.unlock(OFFICER[0], OFFICER[2])


def run(app: QApplication, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        info = create_store(Path(tmp) / "store")
        desk = info.open()
        try:
            desk.unlock(OFFICER[0], OFFICER[2])
            ids = seed(desk)
            shoot_inspections(app, desk, ids, suffix)
            shoot_crew(app, desk, ids["port_call"], suffix)
            shoot_approvals(app, desk, suffix)
        finally:
            desk.close()


def main() -> None:
    app = kit.start()
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    run(app, "")
    with tempfile.TemporaryDirectory() as tmp:
        kit.use_khmer(app, Path(tmp))
        run(app, "-km")


if __name__ == "__main__":
    main()
