"""Long work off the GUI thread (ARCHITECTURE.md, rule 3).

Core functions that take long accept `progress(done, total)` and `cancel() -> bool`; the
runner calls them on the desk's database owner thread and delivers progress, results and
errors to the GUI thread as signals. A progress dialog appears when work takes longer than a
moment; its Cancel button is shown only where cancelling is safe.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from piu_desk.core.desk import Desk
from piu_desk.core.session import Changes
from piu_desk.ui.errors import show_error

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]
SHOW_AFTER_MS = 300


class Task(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.done = False

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class TaskRunner(QObject):
    """Runs desk work; emits `changed` with the `Changes` a mutating call returns."""

    changed = Signal(object)

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._running: set[Task] = set()

    def run(self, work: Work, *, parent: QWidget | None, title: str, cancellable: bool = False,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> Task:
        """Start `work(progress, cancel)` on the owner thread; results come back as signals.

        Errors are shown to the user unless `on_error` takes them. The task object has no Qt
        parent (the runner's set keeps it alive), so the worker never signals a deleted
        object; when `parent` was deleted meanwhile (the desk locked and its screens were
        thrown away), the callbacks are skipped and only `changed` is emitted."""
        task = Task()
        dialog = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        dialog.setObjectName("taskProgress")
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(task.cancel)

        def show_progress(done: int, total: int) -> None:
            if not isValid(dialog):  # its parent was thrown away (the desk locked)
                return
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
        task.progress.connect(show_progress)

        def finish() -> bool:
            """Close the dialog; True while the requesting widget still exists."""
            task.done = True
            if isValid(dialog):
                dialog.reset()
                dialog.close()
                dialog.deleteLater()
            self._running.discard(task)
            return parent is None or isValid(parent)

        def ok(result: object) -> None:
            alive = finish()
            if isinstance(result, Changes):
                self.changed.emit(result)
            if on_done and alive:
                on_done(result)

        def bad(exc: object) -> None:
            alive = finish()
            assert isinstance(exc, BaseException)
            if on_error and alive:
                on_error(exc)
            else:
                show_error(parent if alive else None, exc)

        task.succeeded.connect(ok, Qt.ConnectionType.QueuedConnection)
        task.failed.connect(bad, Qt.ConnectionType.QueuedConnection)
        self._running.add(task)
        future: Future[Any] = self.desk.submit(  # type: ignore[assignment]
            lambda: work(lambda d, t: task.progress.emit(d, t), task.cancelled))

        def settle(fut: Future[Any]) -> None:
            exc = fut.exception()
            if exc is None:
                task.succeeded.emit(fut.result())
            else:
                task.failed.emit(exc)
        future.add_done_callback(settle)
        QTimer.singleShot(SHOW_AFTER_MS,
                          lambda: None if task.done or not isValid(dialog) else dialog.show())
        return task

    def call(self, fn: Callable[[], Any], parent: QWidget | None) -> Any:
        """A quick call on the GUI thread; errors shown, `changed` emitted. None on error."""
        try:
            result = fn()
        except Exception as exc:  # every error reaches the user or the log
            show_error(parent, exc)
            return None
        if isinstance(result, Changes):
            self.changed.emit(result)
        return result

    def busy(self) -> bool:
        return bool(self._running)
