"""Helpers for the Administration tests: a section on a real desk, finished tasks, and
answers to the confirmation boxes that would otherwise block."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.ui.admin import AdminSection
from piu_desk.ui.tasks import Task, TaskRunner

D = TypeVar("D", bound=QDialog)

TASK_TIMEOUT_MS = 20_000


def open_section(qtbot: QtBot, desk: Desk, show: bool = True) -> AdminSection:
    """The section as the main window uses it: its runner's changes refresh it."""
    tasks = TaskRunner(desk)
    section = AdminSection(desk, tasks)
    tasks.changed.connect(section.refresh)
    # pytest-qt holds widgets weakly: this closure keeps the section (and the progress
    # dialogs inside it) alive until work still running at the end of a test reports back.
    def settle(_widget: object, keep: AdminSection = section) -> None:
        qtbot.waitUntil(lambda: not tasks.busy(), timeout=TASK_TIMEOUT_MS)
    qtbot.addWidget(section, before_close_func=settle)
    section.resize(1100, 700)
    if show:
        section.show()
    return section


def finish(qtbot: QtBot, task: Task) -> None:
    qtbot.waitUntil(lambda: task.done, timeout=TASK_TIMEOUT_MS)


def answer_next_box(accept: bool = True, tries: int = 100) -> list[str]:
    """Click the go-ahead (or Cancel) button of the next modal message box; the list
    returned receives the box's text and informative text."""
    seen: list[str] = []
    role = QMessageBox.ButtonRole.AcceptRole if accept else QMessageBox.ButtonRole.RejectRole

    def answer(left: int) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if left:
                QTimer.singleShot(20, lambda: answer(left - 1))
            return
        seen.extend([box.text(), box.informativeText()])
        for button in box.buttons():
            if box.buttonRole(button) == role:
                button.click()
                return
        box.reject()
    QTimer.singleShot(0, lambda: answer(tries))
    return seen


def on_next_dialog(kind: type[D], act: Callable[[D], None], tries: int = 100) -> list[D]:
    """When a modal dialog of `kind` comes up, keep it in the list returned and run `act` on
    it (which accepts or rejects it); gives up after `tries` looks 20 ms apart."""
    seen: list[D] = []

    def look(left: int = tries) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            if left:
                QTimer.singleShot(20, lambda: look(left - 1))
            return
        seen.append(dialog)
        act(dialog)
    QTimer.singleShot(0, look)
    return seen
