"""The main window: a sidebar of the sections this user's roles may use, and a lock screen.

Locking drops the data key (desk.lock), clears the clipboard and throws the sections away;
unlocking, by the same or another user, builds them again for that user's roles.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
    QToolBar,
    QWidget,
)

import piu_desk
from piu_desk.core.desk import Desk
from piu_desk.core.session import Changes
from piu_desk.ui import idle_lock
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.lock_screen import LockScreen
from piu_desk.ui.sections import SECTIONS, SETTINGS_TITLE
from piu_desk.ui.settings_view import SettingsView
from piu_desk.ui.status_bar import DeskStatusBar
from piu_desk.ui.tasks import TaskRunner

SETTINGS = "settings"
SIDEBAR_STYLE = "QListWidget::item { padding: 10px 8px; }"


class MainWindow(Retranslating, QMainWindow):
    logout_requested = Signal()
    unlocked = Signal(object)  # a Session from the lock screen; the shell finishes the log-in
    closing = Signal()

    def __init__(self, desk: Desk, tasks: TaskRunner, *, language: Callable[[], str],
                 choose_language: Callable[[str], None], idle_interval_ms: int | None = None,
                 screen_lock: idle_lock.ScreenLockWatcher | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.desk, self.tasks = desk, tasks
        self._language, self._choose_language = language, choose_language
        self._fixed_idle_ms = idle_interval_ms
        self.locked = True
        self._session_watched = False
        self.sections: dict[str, QWidget] = {}
        self.sidebar: QListWidget | None = None
        self.content: QWidget | None = None
        self.central = QStackedWidget(self)
        self.lock_screen = LockScreen(desk, tasks, self.central)
        self.lock_screen.form.logged_in.connect(self.unlocked.emit)
        self.central.addWidget(self.lock_screen)
        self.setCentralWidget(self.central)
        self.status = DeskStatusBar(self)
        self.setStatusBar(self.status)
        self.idle = idle_lock.IdleLock(self.lock, idle_interval_ms or 60_000, self)
        self.screen_lock = screen_lock
        if screen_lock is not None:
            screen_lock.screen_locked.connect(self.lock)
        self._make_actions()
        tasks.changed.connect(self._on_changed)
        self.resize(1200, 760)
        self.retranslate()

    # -- actions and text ----------------------------------------------------------------
    def _make_actions(self) -> None:
        self.lock_action = QAction(self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.logout_action = QAction(self)
        self.logout_action.setObjectName("logoutAction")
        self.logout_action.triggered.connect(self.logout_requested.emit)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.desk_menu = self.menuBar().addMenu("")
        self.desk_menu.addActions([self.lock_action, self.logout_action])
        self.desk_menu.addSeparator()
        self.desk_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.lock_action, self.logout_action])
        self.addToolBar(self.toolbar)

    def retranslate(self) -> None:
        station = self.status.station
        self.setWindowTitle(self.tr("PIU Desk — {station}").replace("{station}", station.name)
                            if station else self.tr("PIU Desk"))
        self.desk_menu.setTitle(self.tr("&Desk"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Desk"))
        self.lock_action.setText(self.tr("&Lock"))
        self.lock_action.setToolTip(self.tr("Lock the desk now (Ctrl+L)"))
        self.logout_action.setText(self.tr("Log &out"))
        self.about_action.setText(self.tr("&About PIU Desk"))
        self.quit_action.setText(self.tr("&Quit"))
        self._retitle_sidebar()

    def _retitle_sidebar(self) -> None:
        """Each section's title, or what it says of itself ("Approvals (3)")."""
        if self.sidebar is None:
            return
        titles = {spec.key: spec.translated_title() for spec in SECTIONS}
        titles[SETTINGS] = QCoreApplication.translate("Sections", SETTINGS_TITLE)
        for row, (key, widget) in enumerate(self.sections.items()):
            item = self.sidebar.item(row)
            own = getattr(widget, "sidebar_title", None)
            if item is not None:
                item.setText(str(own()) if callable(own) else titles[key])

    def _show_open_alerts(self) -> None:
        """The status bar's count, from the Alerts section (none: not for these roles)."""
        own = getattr(self.sections.get("alerts"), "open_count", None)
        self.status.show_open_alerts(own() if callable(own) else None)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About PIU Desk"), self.tr(
            "PIU Desk {version}\n\nThe desk of a Port Intelligence Unit: records kept "
            "encrypted on this computer, shared with headquarters by sealed bundles.")
            .replace("{version}", piu_desk.__version__))

    # -- unlocked: the sections of this user's roles -------------------------------------
    def show_session(self) -> None:
        """Build the sections for the logged-in user and show them."""
        session = self.desk.session
        assert session is not None
        self._drop_content()
        self.content = self._build_content()
        self.central.addWidget(self.content)
        self.central.setCurrentWidget(self.content)
        self.status.show_session(self.desk.station(), session)
        self._show_open_alerts()
        self.locked = False
        self.lock_action.setEnabled(True)
        self.idle.set_interval(self._fixed_idle_ms
                               or idle_lock.minutes_to_ms(self.desk.idle_lock_minutes()))
        self.idle.start()
        self.retranslate()

    def _section_widgets(self) -> dict[str, QWidget]:
        session = self.desk.session
        assert session is not None
        out: dict[str, QWidget] = {}
        at_hq = self.desk.station().is_hq
        for spec in SECTIONS:
            if spec.visible_to(session.has, at_hq):
                out[spec.key] = spec.factory()(self.desk, self.tasks)
        out[SETTINGS] = SettingsView(self.desk, self.tasks, self._language,
                                     self._choose_language)
        return out

    def _build_content(self) -> QWidget:
        self.sections = self._section_widgets()
        content = QWidget(self.central)
        content.setObjectName("mainContent")
        sidebar = QListWidget(content)
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(220)
        sidebar.setStyleSheet(SIDEBAR_STYLE)
        stack = QStackedWidget(content)
        stack.setObjectName("sectionStack")
        for widget in self.sections.values():
            QListWidgetItem(sidebar)
            stack.addWidget(widget)
        sidebar.currentRowChanged.connect(stack.setCurrentIndex)
        sidebar.setCurrentRow(0)
        layout = QHBoxLayout(content)
        layout.addWidget(sidebar)
        layout.addWidget(stack, 1)
        self.sidebar = sidebar
        return content

    def show_section(self, key: str) -> None:
        if self.sidebar is not None and key in self.sections:
            self.sidebar.setCurrentRow(list(self.sections).index(key))

    def _on_changed(self, changes: Changes) -> None:
        if self.locked:
            return
        for widget in self.sections.values():
            refresh = getattr(widget, "refresh", None)
            if refresh is not None:
                refresh(changes)
        self._retitle_sidebar()
        self._show_open_alerts()
        if changes.touches("settings") and self._fixed_idle_ms is None:
            self.idle.set_interval(idle_lock.minutes_to_ms(self.desk.idle_lock_minutes()))
        if changes.touches("users") and self.desk.session is not None:
            station = self.status.station
            if station is not None:
                self.status.show_session(station, self.desk.session)

    # -- locked ---------------------------------------------------------------------------
    def lock(self) -> None:
        """Drop the key, clear the clipboard and show only the lock screen."""
        if self.locked:
            return
        session = self.desk.session
        username = session.username if session and not session.via_recovery else ""
        self.locked = True
        self.idle.stop()
        _close_dialogs()
        idle_lock.clear_clipboard()
        self.central.setCurrentWidget(self.lock_screen)
        self._drop_content()
        self.status.set_locked()
        self.lock_action.setEnabled(False)  # Log out stays: it leads to the recovery key
        self.lock_screen.reset(username)
        self.lock_desk()

    def lock_desk(self) -> None:
        """Lock the core; while a task runs, after it (one thread owns the database)."""
        if self.tasks.busy():
            self.desk.submit(self.desk.lock)
        else:
            self.desk.lock()

    def _drop_content(self) -> None:
        if self.content is not None:
            self.central.removeWidget(self.content)
            self.content.deleteLater()
        self.content, self.sidebar, self.sections = None, None, {}

    # -- the window itself ----------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._session_watched:
            idle_lock.register_windows_session(int(self.winId()))
            self._session_watched = True

    def nativeEvent(self, event_type: QByteArray | bytes | bytearray | memoryview,
                    message: int) -> object:
        if self.screen_lock is not None and isinstance(event_type, QByteArray | bytes):
            self.screen_lock.native_event(event_type, message)
        return super().nativeEvent(event_type, message)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.stop()
        if self._session_watched:
            idle_lock.unregister_windows_session(int(self.winId()))
            self._session_watched = False
        self.closing.emit()
        super().closeEvent(event)


def _close_dialogs() -> None:
    """Close what a section had open; a task's progress stays until the task ends."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible() \
                and not isinstance(widget, QProgressDialog):
            widget.reject()
