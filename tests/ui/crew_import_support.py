"""Helpers for the crew-list import tests: the dialog on a real desk, a file "chosen" in the
file dialog, and the read or save waited for."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.ui.crew_import import CrewImportDialog
from piu_desk.ui.crew_import.dialog import PREVIEW
from piu_desk.ui.tasks import TaskRunner

WAIT_MS = 15_000


def open_dialog(qtbot: QtBot, desk: Desk, port_call_id: int | None = None
                ) -> CrewImportDialog:
    tasks = TaskRunner(desk)
    dialog = CrewImportDialog(desk, tasks, port_call_id=port_call_id)

    # pytest-qt holds widgets weakly: the closure keeps the dialog (and its runner) alive
    # until work still running at the end of a test reports back.
    def settle(_widget: object, keep: CrewImportDialog = dialog) -> None:
        qtbot.waitUntil(lambda: not tasks.busy(), timeout=WAIT_MS)
    qtbot.addWidget(dialog, before_close_func=settle)
    dialog.show()
    return dialog


def pick_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The file dialog answers `path`; the list receives the filter it was asked with."""
    asked: list[str] = []

    def answer(*args: object, **_kw: object) -> tuple[str, str]:
        asked.append(str(args[3]) if len(args) > 3 else "")
        return str(path), ""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
    return asked


def wait_idle(qtbot: QtBot, dialog: CrewImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not dialog._busy, timeout=WAIT_MS)


def read(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dialog: CrewImportDialog,
         path: Path) -> None:
    """Step 1 as the officer does it: the button, the file dialog, the preview."""
    pick_file(monkeypatch, path)
    dialog.start.choose_button.click()
    wait_idle(qtbot, dialog)
    assert dialog.pages.currentIndex() == PREVIEW, dialog.start.error.text()
