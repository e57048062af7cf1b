"""Save as PDF: the file dialog, the warning that the PDF is not encrypted (before anything is
written, and Cancel writes nothing), the atomic write, the audit, and rendering off the GUI
thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import CrewList, Direction
from piu_desk.core.records import crew, port_calls, vessels
from piu_desk.core.reports.printouts import crew_list_printout
from piu_desk.ui import pdf_output
from piu_desk.ui.pdf_output import render_and_save, save_pdf
from piu_desk.ui.tasks import TaskRunner
from tests.conftest import ADMIN, OFFICER
from tests.core.reports_records_support import crew_rows, sample_port_call, sample_vessel

PDF = b"%PDF-1.4\n" + b"x" * 500 + b"\n%%EOF\n"


def choose(monkeypatch: pytest.MonkeyPatch, answer: Path | None) -> list[str]:
    """The save dialog answers `answer` (None: Cancel); the list gets the suggested path."""
    asked: list[str] = []

    def pick(parent: object, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return ("" if answer is None else str(answer)), filters
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(pick))
    return asked


def answer_boxes(*accept: bool, watch: Path | None = None) -> list[tuple[str, str, bool]]:
    """Answer the next message boxes in turn (go ahead, or Cancel); for each the list gets
    its object name, its text, and whether `watch` existed while it was shown."""
    seen: list[tuple[str, str, bool]] = []
    answered: list[QMessageBox] = []

    def answer(left: int) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box in answered:
            if left:
                QTimer.singleShot(20, lambda: answer(left - 1))
            return
        answered.append(box)
        seen.append((box.objectName(), box.text() + "\n" + box.informativeText(),
                     bool(watch and watch.exists())))
        go = accept[len(answered) - 1]
        role = QMessageBox.ButtonRole.AcceptRole if go else QMessageBox.ButtonRole.RejectRole
        button = next((b for b in box.buttons() if box.buttonRole(b) == role), None)
        if button is not None:
            button.click()
        else:
            box.reject()
        if len(answered) < len(accept):
            QTimer.singleShot(20, lambda: answer(250))
    QTimer.singleShot(0, lambda: answer(250))
    return seen


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_asks_where_warns_before_writing_then_writes(
        parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = choose(monkeypatch, tmp_path / "inspection")
    seen = answer_boxes(True, watch=tmp_path / "inspection.pdf")
    written = save_pdf(parent, PDF, "inspection-OCEAN-STAR.pdf", folder=tmp_path)
    assert written == tmp_path / "inspection.pdf" and written.read_bytes() == PDF
    assert asked == [str(tmp_path / "inspection-OCEAN-STAR.pdf")]
    assert len(seen) == 1
    name, text, existed = seen[0]
    assert name == "unencryptedPdfBox" and "not encrypted" in text
    assert str(tmp_path / "inspection.pdf") in text
    assert existed is False  # the warning came first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inspection.pdf"]


def test_cancel_at_the_warning_writes_nothing(
        parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    choose(monkeypatch, tmp_path / "crew.pdf")
    seen = answer_boxes(False)
    assert save_pdf(parent, PDF, "crew.pdf", folder=tmp_path) is None
    assert [s[0] for s in seen] == ["unencryptedPdfBox"]
    assert list(tmp_path.iterdir()) == []


def test_cancel_in_the_file_dialog_asks_nothing_more(
        parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    choose(monkeypatch, None)
    shown: list[object] = []
    monkeypatch.setattr(pdf_output, "confirm_unencrypted", lambda *a: shown.append(a))
    assert save_pdf(parent, PDF, "crew.pdf", folder=tmp_path) is None
    assert shown == [] and list(tmp_path.iterdir()) == []


def test_a_failed_write_is_shown_and_leaves_nothing(
        parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    choose(monkeypatch, tmp_path / "pulled-stick" / "crew.pdf")  # the folder is gone
    seen = answer_boxes(True, True)
    assert save_pdf(parent, PDF, "crew.pdf", folder=tmp_path) is None
    assert [s[0] for s in seen] == ["unencryptedPdfBox", "errorBox"]
    assert "pulled-stick" in seen[1][1]
    assert list(tmp_path.iterdir()) == []


def test_given_the_desk_the_export_is_audited(
        parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        desk_factory: Callable[[], Desk]) -> None:
    desk = desk_factory()
    desk.unlock(OFFICER[0], OFFICER[2])
    choose(monkeypatch, tmp_path / "report.pdf")
    answer_boxes(True)
    assert save_pdf(parent, PDF, "r.pdf", desk=desk, reference="KHKOS-CL-1") is not None
    desk.lock()
    desk.unlock(ADMIN[0], ADMIN[2])
    assert [(e.actor, e.target, e.detail) for e in desk.audit_page(0, 5, "report.export")] \
        == [("vanna", "KHKOS-CL-1", "report.pdf")]


def test_render_and_save_renders_off_the_gui_thread_then_saves(
        qtbot: QtBot, parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        desk_factory: Callable[[], Desk]) -> None:
    desk = desk_factory()
    desk.unlock(OFFICER[0], OFFICER[2])
    v, pc = sample_vessel(), sample_port_call()
    vid, _ = vessels.register(desk, v.__class__(**{**v.__dict__, "id": None, "uid": ""}))
    pid, _ = port_calls.record_arrival(desk, pc.__class__(**{**pc.__dict__, "id": None,
                                                             "vessel_id": vid, "uid": ""}))
    list_id, _ = crew.save_list(desk, CrewList(None, pid, Direction.ARRIVAL, "manual",
                                               crew_rows(12)), date(2026, 11, 28))
    asked = choose(monkeypatch, tmp_path / "crew-list.pdf")
    answer_boxes(True)
    saved: list[Path] = []
    tasks = TaskRunner(desk)
    task = render_and_save(
        tasks, parent, "Preparing the crew list…",
        lambda: crew_list_printout(desk, list_id, "Chan Vanna", datetime(2026, 11, 28, 9)),
        desk=desk, saved=saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=30_000)
    assert task.done and saved == [tmp_path / "crew-list.pdf"]
    assert saved[0].read_bytes().startswith(b"%PDF-")
    assert Path(asked[0]).name == "crew-list-OCEAN-STAR-arrival-2026-11-27.pdf"
