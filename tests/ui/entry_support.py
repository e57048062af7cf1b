"""Helpers for the tests of the entry screens (inspections, approvals, crew lists, persons
found aboard): a vessel and port call made through the core services, runners whose work is
waited for, photos drawn with QImage, and answers to the modal questions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.inspection import Inspection, InspectionType, Outcome, Risk
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.records import inspections, port_calls, vessels
from piu_desk.ui.inspections.versions import ReasonDialog
from piu_desk.ui.tasks import Task, TaskRunner

TASK_TIMEOUT_MS = 20_000
FINDINGS = "Hold 2 and the engine room searched. Two persons without papers found in the " \
           "forepeak store."


def a_port_call(desk: Desk, name: str = "Mekong Trader", imo: str | None = "9074729") -> int:
    """A vessel and its arrival, recorded by the user logged in (an officer)."""
    vid, _ = vessels.register(desk, Vessel(None, name, "KHM", imo=imo, call_sign="XUAB3"),
                              despite_duplicates=True)
    pid, _ = port_calls.record_arrival(desk, PortCall(
        None, vid, "2026-11-27T08:30", last_port="VNSGN", berth="B3", voyage_number="V-112",
        crew_count=12))
    return pid


def an_inspection(desk: Desk, port_call_id: int, *, ready: bool = True,
                  officers: tuple[str, ...] = ("vanna",)) -> int:
    """A draft; `ready` gives it the outcome and findings a submission needs."""
    iid, _ = inspections.record(desk, Inspection(
        None, port_call_id, "2026-11-27T10:00", officers, type=InspectionType.TARGETED,
        risk=Risk.HIGH, findings=FINDINGS if ready else "",
        outcome=Outcome.REFERRED if ready else Outcome.PENDING))
    return iid


def submitted(desk: Desk, port_call_id: int, **kwargs: object) -> int:
    iid = an_inspection(desk, port_call_id, **kwargs)  # type: ignore[arg-type]
    inspections.submit(desk, iid)
    return iid


def keep(qtbot: QtBot, widget: QWidget, tasks: TaskRunner) -> None:
    """Close `widget` at the end of the test, once the work it started has reported back."""
    def settle(_widget: object, keep: QWidget = widget) -> None:
        qtbot.waitUntil(lambda: not tasks.busy(), timeout=TASK_TIMEOUT_MS)
    qtbot.addWidget(widget, before_close_func=settle)


def finish(qtbot: QtBot, task: Task) -> None:
    qtbot.waitUntil(lambda: task.done, timeout=TASK_TIMEOUT_MS)


def idle(qtbot: QtBot, tasks: TaskRunner) -> None:
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=TASK_TIMEOUT_MS)


def photo(path: Path, colour: str, size: tuple[int, int] = (1600, 1200),
          fmt: str = "JPG") -> Path:
    """A picture of a coloured hull with a stripe, written as `fmt`."""
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    painter = QPainter(image)
    painter.fillRect(0, size[1] * 2 // 3, size[0], size[1] // 8, QColor("white"))
    painter.end()
    assert image.save(str(path), fmt)  # type: ignore[call-overload]  # str at run time
    return path


def when_modal(act: Callable[[QWidget], None], kind: type[QWidget] = ReasonDialog,
               tries: int = 150) -> None:
    """Run `act` on the next modal dialog of `kind` once it is shown."""
    def look(left: int) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            act(widget)
        elif left:
            QTimer.singleShot(20, lambda: look(left - 1))
    QTimer.singleShot(0, lambda: look(tries))


def give_reason(text: str) -> None:
    """Type `text` into the next reason dialog and press its OK button."""
    def act(widget: QWidget) -> None:
        assert isinstance(widget, ReasonDialog)
        widget.edit.setPlainText(text)
        widget.buttons.accepted.emit()
    when_modal(act)
