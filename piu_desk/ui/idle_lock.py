"""Locking the desk when nobody is at it (SECURITY.md, "auto-locks after idle time").

`IdleLock` watches keyboard and mouse input anywhere in the application and calls back
after the idle interval. `ScreenLockWatcher` reports when the operating system locks the
screen: the screen saver's `ActiveChanged` signal on the D-Bus session bus on Linux, and
`WM_WTSSESSION_CHANGE` / `WTS_SESSION_LOCK` on Windows (fed in by the main window's
`nativeEvent`). The clipboard is cleared with every lock.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    SLOT,
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QClipboard, QGuiApplication

log = logging.getLogger(__name__)

ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress, QEvent.Type.InputMethod,
})
SCREEN_SAVERS = (("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
                 ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"))
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0


class IdleLock(QObject):
    """Calls `on_idle` after `interval_ms` without keyboard or mouse input."""

    def __init__(self, on_idle: Callable[[], None], interval_ms: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(interval_ms, 1))
        self._timer.timeout.connect(on_idle)
        self._watching = False

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(max(interval_ms, 1))
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
        self._watching = False

    def is_running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self._timer.isActive():
            self._timer.start()  # restarts the countdown
        return False


def clear_clipboard() -> None:
    """Nothing copied from the desk stays behind a lock."""
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)


def minutes_to_ms(minutes: int) -> int:
    return max(1, minutes) * 60_000


# -- the operating system's screen lock --------------------------------------------------
def _session_bus_reachable() -> bool:
    """Only a running session bus; never let libdbus start one of its own."""
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    return bool(runtime) and Path(runtime, "bus").exists()


class ScreenLockWatcher(QObject):
    """Emits `screen_locked` when the operating system locks the screen."""

    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening = False
        if sys.platform.startswith("linux") and _session_bus_reachable():
            self._listen_dbus()

    def _listen_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a build without QtDBus: idle locking still works
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for path, interface in SCREEN_SAVERS:
            slot = SLOT("on_screen_saver(bool)")  # the stubs say bytes; PySide6 wants str
            if bus.connect("", path, interface, "ActiveChanged", self,  # type: ignore[call-overload]
                           slot):
                self.listening = True
        if not self.listening:
            log.info("no screen-saver signal on the session bus; idle locking only")

    @Slot(bool)
    def on_screen_saver(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    def native_event(self, event_type: QByteArray | bytes, message: int) -> None:
        """Feed in a window's native event (Windows session notifications)."""
        if is_windows_session_lock(event_type, message):
            self.screen_locked.emit()


def register_windows_session(window_id: int) -> None:
    """Ask Windows to send WM_WTSSESSION_CHANGE to this window."""
    if sys.platform != "win32":
        return
    import ctypes

    try:
        ctypes.windll.wtsapi32.WTSRegisterSessionNotification(
            ctypes.c_void_p(window_id), NOTIFY_FOR_THIS_SESSION)
    except OSError:
        log.warning("cannot watch for the Windows session lock", exc_info=True)


def unregister_windows_session(window_id: int) -> None:
    if sys.platform != "win32":
        return
    import ctypes

    try:
        ctypes.windll.wtsapi32.WTSUnRegisterSessionNotification(ctypes.c_void_p(window_id))
    except OSError:
        log.warning("cannot stop watching the Windows session lock", exc_info=True)


def is_windows_session_lock(event_type: QByteArray | bytes, message: int) -> bool:
    if sys.platform != "win32":
        return False
    import ctypes.wintypes

    kind = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
    if kind != b"windows_generic_MSG" or not message:
        return False
    msg = ctypes.wintypes.MSG.from_address(int(message))
    return bool(msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK)
