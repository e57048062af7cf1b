"""Small widgets every screen uses: inline messages, password fields, a background call."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QWidget

from piu_desk.core.errors import Invalid
from piu_desk.ui.errors import describe

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = ("background: #fff4e5; border: 1px solid #e0a030; border-radius: 4px; "
                 "padding: 8px; color: #5a3a00;")


class InlineMessage(QLabel):
    """A message under a field or a form: hidden while empty, red while an error."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(ERROR_STYLE)
        self.setAccessibleName(name or "message")
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def show_error(self, exc: BaseException) -> None:
        self.show_text(describe(exc))

    def clear_text(self) -> None:
        self.show_text("")


def check(validate: Callable[[], object], message: InlineMessage) -> bool:
    """Run a core validator; show its translated message inline. True when valid."""
    try:
        validate()
    except Invalid as exc:
        message.show_error(exc)
        return False
    message.clear_text()
    return True


def password_edit(name: str, parent: QWidget | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText
                             | Qt.InputMethodHint.ImhNoPredictiveText
                             | Qt.InputMethodHint.ImhSensitiveData)
    return edit


def line_edit(name: str, parent: QWidget | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    return edit


def separator(parent: QWidget | None = None) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


def run_in_thread(fn: Callable[[], Any], parent: QObject, *,
                  on_done: Callable[[Any], None],
                  on_error: Callable[[BaseException], None]) -> threading.Thread:
    """Run `fn` on a plain Python thread (work that needs no open desk: creating or
    restoring a store); the result or error comes back on the GUI thread."""
    relay = _Relay(parent)

    def done(result: object) -> None:
        relay.deleteLater()
        on_done(result)

    def failed(exc: object) -> None:
        relay.deleteLater()
        assert isinstance(exc, BaseException)
        on_error(exc)

    relay.succeeded.connect(done, Qt.ConnectionType.QueuedConnection)
    relay.failed.connect(failed, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        try:
            result = fn()
        except BaseException as exc:  # delivered to the GUI thread, shown or logged there
            relay.failed.emit(exc)
        else:
            relay.succeeded.emit(result)

    thread = threading.Thread(target=work, name="piu-ui-worker", daemon=True)
    thread.start()
    return thread
