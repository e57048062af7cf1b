"""Helpers for the custody, maintenance, verification and incident screen tests: a section
on a real desk with a custodian logged in, the save dialog answered, the text of a saved
PDF, and modal dialogs driven from a timer."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.ui.tasks import TaskRunner
from tests.core.equipment_support import CUSTODIAN, add_items, custodian_desk, sample

__all__ = ["CUSTODIAN", "add_items", "custodian_desk", "sample"]

W = TypeVar("W", bound=QWidget)
TIMEOUT_MS = 20_000


def open_section(qtbot: QtBot, desk: Desk, factory: Callable[[Desk, TaskRunner], W],
                 size: tuple[int, int] = (1200, 760)) -> tuple[W, TaskRunner]:
    """The section as the main window uses it: its runner's changes refresh it."""
    tasks = TaskRunner(desk)
    section = factory(desk, tasks)
    tasks.changed.connect(section.refresh)  # type: ignore[attr-defined]

    def settle(_widget: object, keep: QWidget = section) -> None:
        qtbot.waitUntil(lambda: not tasks.busy(), timeout=TIMEOUT_MS)
    qtbot.addWidget(section, before_close_func=settle)
    section.resize(*size)
    section.show()
    return section, tasks


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The save dialog answers `path`; the not-encrypted warning is answered "Save"."""
    def pick(parent: object, title: str, suggested: str, filters: str) -> tuple[str, str]:
        QTimer.singleShot(0, lambda: answer_box(True))
        return str(path), filters
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(pick))


def answer_box(accept: bool, tries: int = 200) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        if tries:
            QTimer.singleShot(20, lambda: answer_box(accept, tries - 1))
        return
    role = QMessageBox.ButtonRole.AcceptRole if accept else QMessageBox.ButtonRole.RejectRole
    button = next((b for b in box.buttons() if box.buttonRole(b) == role), None)
    if button is None:
        box.accept()
    else:
        button.click()


def pdf_text(path: Path) -> str:
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def when_modal(kind: type[W], act: Callable[[W], None], tries: int = 250) -> list[W]:
    """Call `act(dialog)` on the next modal `kind` shown; the list gets the dialog."""
    seen: list[W] = []

    def look(left: int) -> None:
        found = QApplication.activeModalWidget()
        if isinstance(found, kind):
            seen.append(found)
            act(found)
        elif left:
            QTimer.singleShot(20, lambda: look(left - 1))
    QTimer.singleShot(0, lambda: look(tries))
    return seen
