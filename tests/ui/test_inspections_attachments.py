"""Photos and scanned documents in the inspection dialog: thumbnails made in memory, kept
with a new inspection once it is saved, problems named per file, opened in the viewer
inside the application, removed from drafts only, and never written to a temporary file."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.attachment import OwnerKind
from piu_desk.core.records import attachments, inspections
from piu_desk.ui.inspections import InspectionDialog
from piu_desk.ui.inspections.attachments_model import ITEM_ROLE
from piu_desk.ui.inspections.viewer import ImageViewer
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import OFFICER
from tests.ui.entry_support import (
    TASK_TIMEOUT_MS,
    a_port_call,
    an_inspection,
    finish,
    keep,
    photo,
    when_modal,
)

KIND = OwnerKind.INSPECTION
PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


@pytest.fixture
def officer(desk_factory: Callable[[], Desk]) -> Desk:
    desk = desk_factory()
    desk.unlock(OFFICER[0], OFFICER[2])
    return desk


def open_dialog(qtbot: QtBot, desk: Desk, port_call_id: int,
                inspection_id: int | None = None) -> InspectionDialog:
    tasks = TaskRunner(desk)
    dialog = InspectionDialog(desk, tasks, port_call_id=port_call_id,
                              inspection_id=inspection_id)
    keep(qtbot, dialog, tasks)
    dialog.show()
    return dialog


def press(button_role: QMessageBox.ButtonRole) -> None:
    def act(widget: object) -> None:
        assert isinstance(widget, QMessageBox)
        for button in widget.buttons():
            if widget.buttonRole(button) == button_role:
                button.click()
                return
    when_modal(act, QMessageBox)


def test_photos_of_a_new_inspection_are_kept_when_it_is_saved(
        qtbot: QtBot, officer: Desk, tmp_path: Path) -> None:
    pid = a_port_call(officer)
    dialog = open_dialog(qtbot, officer, pid)
    panel = dialog.attachments
    files = [photo(tmp_path / "forepeak.jpg", "#8d6e63"),
             photo(tmp_path / "bridge.png", "#1565c0", (400, 900), "PNG")]
    finish(qtbot, panel.add_files(files))
    items = panel.pending_items()
    assert [(i.file_name, i.mime_type) for i in items] == [
        ("forepeak.jpg", "image/jpeg"), ("bridge.png", "image/png")]
    sizes = [QImage.fromData(i.thumbnail or b"").size() for i in items]
    assert [(s.width(), s.height()) for s in sizes] == [(256, 192), (113, 256)]
    assert dialog.tabs.tabText(0) == "Photos and documents (2)"
    assert inspections.of_port_call(officer, pid) == []  # nothing stored yet

    dialog.form.findings.setPlainText("Photos of the forepeak store and the bridge.")
    with qtbot.waitSignal(dialog.accepted, timeout=TASK_TIMEOUT_MS):
        dialog.save_button.click()
    [saved] = inspections.of_port_call(officer, pid)
    stored = attachments.of_owner(officer, KIND, saved.id or 0)
    assert [a.file_name for a in stored] == ["forepeak.jpg", "bridge.png"]
    assert stored[0].thumbnail == items[0].thumbnail
    assert attachments.content(officer, stored[0].id or 0) == files[0].read_bytes()

    again = open_dialog(qtbot, officer, pid, saved.id)
    model = again.attachments.model
    assert model.rowCount() == 2 and not any(i.pending for i in model.items())
    icon = model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert "added by vanna" in model.index(0).data(Qt.ItemDataRole.ToolTipRole)


def test_a_draft_stores_each_good_file_and_names_each_bad_one(
        qtbot: QtBot, officer: Desk, tmp_path: Path) -> None:
    pid = a_port_call(officer)
    iid = an_inspection(officer, pid)
    dialog = open_dialog(qtbot, officer, pid, iid)
    panel = dialog.attachments
    fake = tmp_path / "not-a-photo.jpg"
    fake.write_text("a text file calling itself a photo")
    (tmp_path / "manifest.pdf").write_bytes(PDF)
    finish(qtbot, panel.add_files([photo(tmp_path / "hold.jpg", "#2e7d32"), fake,
                                   tmp_path / "manifest.pdf", tmp_path / "gone.jpg"]))
    assert [a.file_name for a in attachments.of_owner(officer, KIND, iid)] == [
        "hold.jpg", "manifest.pdf"]
    assert panel.problems.isVisible()
    problems = panel.problems.text().splitlines()
    assert len(problems) == 2
    assert problems[0].startswith("not-a-photo.jpg is not a photo or scanned document")
    assert "gone.jpg" in problems[1]
    pdf = panel.model.item_at(1)
    assert pdf.thumbnail is None  # drawn as a page, not an image
    icon = panel.model.index(1).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()

    panel.view.setCurrentIndex(panel.model.index(0))
    press(QMessageBox.ButtonRole.AcceptRole)
    panel.remove_button.click()
    assert [a.file_name for a in attachments.of_owner(officer, KIND, iid)] == ["manifest.pdf"]
    assert panel.model.rowCount() == 1


def test_a_photo_opens_in_the_viewer_and_nothing_reaches_a_temp_file(
        qtbot: QtBot, officer: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "tmp"
    empty.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(empty))
    monkeypatch.setenv("TMPDIR", str(empty))
    pid = a_port_call(officer)
    iid = an_inspection(officer, pid)
    dialog = open_dialog(qtbot, officer, pid, iid)
    panel = dialog.attachments
    finish(qtbot, panel.add_files([photo(tmp_path / "deck.jpg", "#ef6c00", (1200, 900))]))
    panel.view.setCurrentIndex(panel.model.index(0))
    panel.open_button.click()
    qtbot.waitUntil(lambda: any(isinstance(w, ImageViewer) and w.isVisible()
                                for w in QApplication.topLevelWidgets()),
                    timeout=TASK_TIMEOUT_MS)
    [viewer] = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, ImageViewer) and w.isVisible()]
    assert "1200 × 900 pixels" in viewer.info.text()
    assert viewer.picture.pixmap().width() <= viewer.area.viewport().width()  # fitted
    viewer.fit_button.click()
    assert viewer.picture.pixmap().width() == 1200
    viewer.close()
    target = tmp_path / "copies" / "deck-copy.jpg"
    target.parent.mkdir()
    finish(qtbot, panel.save_copy_to(panel.model.item_at(0), target))
    assert target.read_bytes() == (tmp_path / "deck.jpg").read_bytes()
    assert list(empty.iterdir()) == []


def test_a_submitted_inspection_keeps_its_attachments(qtbot: QtBot, officer: Desk,
                                                      tmp_path: Path) -> None:
    pid = a_port_call(officer)
    iid = an_inspection(officer, pid)
    data = photo(tmp_path / "hold.jpg", "#6a1b9a").read_bytes()
    attachments.add(officer, KIND, iid, "hold.jpg", data)
    inspections.submit(officer, iid)
    dialog = open_dialog(qtbot, officer, pid, iid)
    panel = dialog.attachments
    assert panel.add_button.isHidden() and panel.remove_button.isHidden()
    panel.view.setCurrentIndex(panel.model.index(0))
    assert panel.open_button.isEnabled() and panel.copy_button.isEnabled()
    panel.remove_selected()  # not offered, and refused if called
    assert len(attachments.of_owner(officer, KIND, iid)) == 1
    item = panel.model.index(0).data(ITEM_ROLE)
    assert item.file_name == "hold.jpg" and not item.pending


def test_submitting_a_new_inspection_stores_its_photos_first(
        qtbot: QtBot, officer: Desk, tmp_path: Path) -> None:
    """Submitting a new inspection with photos stores them before it goes for approval."""
    pid = a_port_call(officer)
    dialog = open_dialog(qtbot, officer, pid)
    finish(qtbot, dialog.attachments.add_files([photo(tmp_path / "a.jpg", "#455a64")]))
    dialog.form.outcome_box.setCurrentIndex(dialog.form.outcome_box.findData("cleared"))
    dialog.form.findings.setPlainText("Nothing found.")
    with qtbot.waitSignal(dialog.accepted, timeout=TASK_TIMEOUT_MS):
        dialog.submit_button.click()
    [saved] = inspections.of_port_call(officer, pid)
    assert saved.status.value == "submitted"
    assert len(attachments.of_owner(officer, KIND, saved.id or 0)) == 1


def test_a_pdf_is_not_shown_but_offered_as_a_copy_with_a_warning(
        qtbot: QtBot, officer: Desk, tmp_path: Path) -> None:
    pid = a_port_call(officer)
    iid = an_inspection(officer, pid)
    attachments.add(officer, KIND, iid, "manifest.pdf", PDF)
    dialog = open_dialog(qtbot, officer, pid, iid)
    panel = dialog.attachments
    seen: list[str] = []

    def read_and_cancel(widget: object) -> None:
        assert isinstance(widget, QMessageBox)
        seen.append(widget.text())
        seen.append(widget.informativeText())
        widget.reject()
    when_modal(read_and_cancel, QMessageBox)
    panel.open_item(0)
    assert seen[0].startswith("PIU Desk does not show this kind of document itself.")
    assert "written to the disk unencrypted" in seen[0]
    assert "recorded in the audit trail" in seen[1]
    assert not any(isinstance(w, ImageViewer) for w in QApplication.topLevelWidgets()
                   if w.isVisible())
    assert [p.name for p in tmp_path.iterdir()] == ["store"]  # no copy anywhere
