"""Which window is showing: the first-run wizard, the log-in window or the main window.

The shell holds the open desk and its TaskRunner and walks a log-in through its steps: a
forced password change, the store's warnings, the user's language, then the main window.
Windows it replaces are hidden and deleted; a window the user closes ends the application
(`finished`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from piu_desk.core.desk import Desk
from piu_desk.core.errors import DeskError, StoreInUse
from piu_desk.core.session import Session
from piu_desk.ui import idle_lock
from piu_desk.ui.dialogs import ChangePasswordDialog, RestoreDialog, store_warnings_box
from piu_desk.ui.errors import describe, show_error
from piu_desk.ui.i18n import Translations, save_language
from piu_desk.ui.login import LoginWindow
from piu_desk.ui.main_window import MainWindow
from piu_desk.ui.store_access import StoreAccess
from piu_desk.ui.tasks import TaskRunner
from piu_desk.ui.widgets import run_in_thread
from piu_desk.ui.wizard import FirstRunWizard

EXIT_STORE_IN_USE = 3
EXIT_CANNOT_OPEN = 1


def _dispose(widget: QWidget | None) -> None:
    """Take a window away without it counting as the user closing it."""
    if widget is not None:
        widget.hide()
        widget.deleteLater()


class Shell(QObject):
    finished = Signal()

    def __init__(self, access: StoreAccess, settings: QSettings, translations: Translations,
                 *, idle_interval_ms: int | None = None, watch_screen_lock: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.access, self.settings, self.translations = access, settings, translations
        self.idle_interval_ms = idle_interval_ms
        self.screen_lock = idle_lock.ScreenLockWatcher(self) if watch_screen_lock else None
        self.desk: Desk | None = None
        self.tasks: TaskRunner | None = None
        self.wizard: FirstRunWizard | None = None
        self.login_window: LoginWindow | None = None
        self.main_window: MainWindow | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        self.warning_box: QMessageBox | None = None
        self._language_at_login: str | None = None

    # -- start and end --------------------------------------------------------------------
    def start(self) -> int | None:
        """Show the first window; an exit code when the store cannot be used."""
        if not self.access.exists():
            self._show_wizard()
            return None
        try:
            self._open()
        except StoreInUse as exc:
            _message(QMessageBox.Icon.Warning, describe(exc), "storeInUseBox")
            return EXIT_STORE_IN_USE
        except DeskError as exc:
            _message(QMessageBox.Icon.Critical, describe(exc), "cannotOpenBox")
            return EXIT_CANNOT_OPEN
        self.show_login()
        return None

    def _open(self) -> None:
        self._adopt(self.access.open())

    def _adopt(self, desk: Desk) -> None:
        self.desk = desk
        self.tasks = TaskRunner(desk, self)

    def close_desk(self) -> None:
        """Lock and let go of the store (the instance lock is released)."""
        idle_lock.clear_clipboard()
        if self.desk is not None:
            desk, self.desk = self.desk, None
            desk.close()
        if self.tasks is not None:
            self.tasks.deleteLater()
            self.tasks = None

    def shutdown(self) -> None:
        self.close_desk()

    def _finish(self) -> None:
        self.close_desk()
        self.finished.emit()

    # -- language -------------------------------------------------------------------------
    def language(self) -> str:
        return self.translations.language

    def _switch_language(self, language: str) -> None:
        self.translations.switch(language)
        save_language(self.settings, language)

    def _language_before_login(self, language: str) -> None:
        self._switch_language(language)
        self._language_at_login = language

    def _language_of_user(self, language: str) -> None:
        self._switch_language(language)
        if self.desk is not None and self.tasks is not None and self.desk.is_unlocked:
            desk = self.desk
            self.tasks.call(lambda: desk.set_language(language), self.main_window)

    def _apply_user_language(self, session: Session) -> None:
        """The language picked on the log-in screen becomes the user's; otherwise the
        user's stored language is used."""
        chosen, self._language_at_login = self._language_at_login, None
        if session.via_recovery:
            return
        if chosen is not None and chosen != session.user.language:
            self._language_of_user(chosen)
        elif session.user.language != self.translations.language:
            self._switch_language(session.user.language)

    # -- windows --------------------------------------------------------------------------
    def _show_wizard(self) -> None:
        self.wizard = FirstRunWizard(self.access, self.language(), self._language_before_login)
        self.wizard.accepted.connect(self._wizard_done)
        self.wizard.rejected.connect(self._finish)
        self.wizard.show()

    def _wizard_done(self) -> None:
        wizard, self.wizard = self.wizard, None
        assert wizard is not None and wizard.desk is not None
        self._adopt(wizard.desk)
        self._language_at_login = self.language() if self.language() != "en" else None
        assert self.desk is not None and self.desk.session is not None
        self._enter(self.desk.session)
        _dispose(wizard)

    def show_login(self) -> None:
        assert self.desk is not None and self.tasks is not None
        old = self.login_window
        window = LoginWindow(self.desk, self.tasks, self.language())
        window.logged_in.connect(lambda session: self._logged_in(session, window))
        window.language_chosen.connect(self._language_before_login)
        window.restore_requested.connect(self._ask_restore)
        window.closed.connect(self._finish)
        self.login_window = window
        window.show()
        _dispose(old)

    def _show_main(self) -> None:
        assert self.desk is not None and self.tasks is not None
        window = MainWindow(self.desk, self.tasks, language=self.language,
                            choose_language=self._language_of_user,
                            idle_interval_ms=self.idle_interval_ms,
                            screen_lock=self.screen_lock)
        window.logout_requested.connect(self.logout)
        window.unlocked.connect(lambda session: self._logged_in(session, window))
        window.closing.connect(self._finish)
        self.main_window = window
        window.show_session()
        window.show()
        login, self.login_window = self.login_window, None
        _dispose(login)

    def logout(self) -> None:
        main, self.main_window = self.main_window, None
        if main is None:
            return
        main.lock()
        self.show_login()
        _dispose(main)

    # -- the steps of a log-in ------------------------------------------------------------
    def _logged_in(self, session: Session, parent: QWidget) -> None:
        if not session.must_change_password:
            self._warn(session, parent)
            return
        assert self.desk is not None and self.tasks is not None
        dialog = ChangePasswordDialog(self.desk, self.tasks, forced=True, parent=parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._password_changed(
            result == QDialog.DialogCode.Accepted, session, parent))
        self.password_dialog = dialog
        dialog.open()

    def _password_changed(self, ok: bool, session: Session, parent: QWidget) -> None:
        self.password_dialog = None
        if ok:
            self._warn(session, parent)
        elif self.desk is not None:  # "Log out": the password must be changed first
            self.desk.lock()
            if self.main_window is not None:
                self.main_window.lock_screen.reset("")

    def _warn(self, session: Session, parent: QWidget) -> None:
        if not session.warnings:
            self._enter(session)
            return
        box = store_warnings_box(parent, session.warnings)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._warned(session))
        self.warning_box = box
        box.open()

    def _warned(self, session: Session) -> None:
        self.warning_box = None
        self._enter(session)

    def _enter(self, session: Session) -> None:
        self._apply_user_language(session)
        if self.main_window is None:
            self._show_main()
        else:
            self.main_window.show_session()

    # -- restoring a backup from the log-in window -----------------------------------------
    def _ask_restore(self) -> None:
        dialog = RestoreDialog(self.login_window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._restore(*dialog.values()))
        dialog.open()

    def _restore(self, source: Path, username: str, password: str) -> None:
        parent = self.login_window
        if parent is not None:
            parent.setEnabled(False)
        self.close_desk()
        progress = QProgressDialog(self.tr("Restoring the backup…"), "", 0, 0, parent)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()

        def done(moved: object) -> None:
            progress.close()
            progress.deleteLater()
            self._restored(moved)

        def failed(exc: BaseException) -> None:
            progress.close()
            progress.deleteLater()
            self._restore_failed(exc)
        run_in_thread(lambda: self.access.restore(source, username, password), self,
                      on_done=done, on_error=failed)

    def _restored(self, moved: object) -> None:
        if not self._reopen():
            return
        text = self.tr("The backup was restored. Log in to continue.")
        if isinstance(moved, Path):
            text += "\n\n" + self.tr("The store it replaced was moved to:\n{path}").replace(
                "{path}", str(moved))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Backup restored"), text,
                          QMessageBox.StandardButton.Ok, self.login_window)
        box.setObjectName("restoredBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _restore_failed(self, exc: BaseException) -> None:
        if self._reopen():
            show_error(self.login_window, exc)

    def _reopen(self) -> bool:
        try:
            self._open()
        except DeskError as exc:
            show_error(self.login_window, exc)
            self._finish()
            return False
        self.show_login()
        return True


def _message(icon: QMessageBox.Icon, text: str, name: str) -> None:
    box = QMessageBox(icon, QCoreApplication.translate("Shell", "PIU Desk"), text,
                      QMessageBox.StandardButton.Ok)
    box.setObjectName(name)
    box.exec()
