"""Dialogs around logging in: changing one's password, store warnings, restoring a backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import validate_password
from piu_desk.core.errors import WrongPassword
from piu_desk.core.session import WARNING_OLDER_DATABASE, WARNING_SLOT_FILE_ALTERED
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.tasks import TaskRunner
from piu_desk.ui.widgets import InlineMessage, check, line_edit, password_edit


class ChangePasswordDialog(Retranslating, QDialog):
    """The user's own password. When `forced` (first log-in), cancelling logs out."""

    def __init__(self, desk: Desk, tasks: TaskRunner, *, forced: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.desk, self.tasks, self.forced = desk, tasks, forced
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.old = password_edit("oldPassword", self)
        self.new = password_edit("newPassword", self)
        self.confirm = password_edit("confirmPassword", self)
        self.labels = [QLabel(self) for _ in range(3)]
        self.message = InlineMessage(self, name="changePasswordMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        for label, edit in zip(self.labels, (self.old, self.new, self.confirm), strict=True):
            form.addRow(label, edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change your password"))
        self.intro.setText(self.tr(
            "An administrator set your password. Choose your own now; you cannot continue "
            "without it.") if self.forced else self.tr("Choose a new password of at least "
                                                       "10 characters."))
        for label, text in zip(self.labels, (self.tr("Current password:"),
                                             self.tr("New password:"),
                                             self.tr("New password again:")), strict=True):
            label.setText(text)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        ok.setText(self.tr("Change password"))
        cancel.setText(self.tr("Log out") if self.forced else self.tr("Cancel"))

    def _submit(self) -> None:
        if not check(lambda: validate_password(self.new.text()), self.message):
            return
        if self.new.text() != self.confirm.text():
            self.message.show_text(self.tr("The two new passwords are not the same."))
            return
        old, new = self.old.text(), self.new.text()
        self.setEnabled(False)
        self.tasks.run(lambda _p, _c: self.desk.change_password(old, new), parent=self,
                       title=self.tr("Changing the password…"), on_done=self._done,
                       on_error=self._failed)

    def _done(self, _result: object) -> None:
        self.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        if isinstance(exc, WrongPassword):
            self.message.show_text(self.tr("The current password is not right."))
            self.old.selectAll()
            self.old.setFocus()
        else:
            self.message.show_error(exc)


def warning_texts(warning: str) -> tuple[str, str]:
    """What a log-in warning means, and what to do about it."""
    if warning == WARNING_SLOT_FILE_ALTERED:
        return (QCoreApplication.translate(
                    "StoreWarnings", "The key-slot file (the file that holds each account's "
                    "locked key) was changed outside PIU Desk, or replaced by another copy, "
                    "since this desk last used it. Someone may have tried to tamper with the "
                    "accounts."),
                QCoreApplication.translate(
                    "StoreWarnings", "Tell your supervisor now. Do not add or change accounts "
                    "until they have looked at it, and compare the store with the last "
                    "backup."))
    if warning == WARNING_OLDER_DATABASE:
        return (QCoreApplication.translate(
                    "StoreWarnings", "The database is older than the one this desk last used: "
                    "an earlier copy may have been put back. Records added since then may be "
                    "missing."),
                QCoreApplication.translate(
                    "StoreWarnings", "Tell your supervisor before you change anything, and "
                    "compare the store with the last backup."))
    return (QCoreApplication.translate("StoreWarnings",
                                       "The store reported a problem at log-in."),
            QCoreApplication.translate("StoreWarnings", "Tell your supervisor and compare "
                                       "the store with the last backup."))


def store_warnings_box(parent: QWidget | None, warnings: list[str]) -> QMessageBox:
    """One clear box for whatever the store noticed at log-in; the caller opens it."""
    todo_label = QCoreApplication.translate("StoreWarnings", "What to do:")
    parts = [meaning + "\n\n" + todo_label + " " + todo
             for meaning, todo in map(warning_texts, warnings)]
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("StoreWarnings", "Check this store"),
                      "\n\n".join(parts), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("storeWarningBox")
    box.setWindowModality(Qt.WindowModality.WindowModal)
    return box


class RestoreDialog(Retranslating, QDialog):
    """Which backup to put back, and an administrator of that backup."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.file = line_edit("backupFile", self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        self.username = line_edit("restoreUsername", self)
        self.password = password_edit("restorePassword", self)
        self.labels = [QLabel(self) for _ in range(3)]
        self.message = InlineMessage(self, name="restoreMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.labels[0], row)
        form.addRow(self.labels[1], self.username)
        form.addRow(self.labels[2], self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from backup"))
        self.intro.setText(self.tr(
            "The backup replaces the store on this computer. The current store is not "
            "deleted: it is moved to a folder beside it. Log in as an administrator of the "
            "backup."))
        for label, text in zip(self.labels, (self.tr("Backup file:"), self.tr("User name:"),
                                             self.tr("Password:")), strict=True):
            label.setText(text)
        self.browse.setText(self.tr("Choose…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup file"),
                                              self.file.text())
        if name:
            self.file.setText(name)

    def _submit(self) -> None:
        if not Path(self.file.text()).is_file():
            self.message.show_text(self.tr("Choose an existing backup file."))
        elif not self.username.text().strip() or not self.password.text():
            self.message.show_text(self.tr("Enter an administrator's user name and "
                                           "password."))
        else:
            self.accept()

    def values(self) -> tuple[Path, str, str]:
        return Path(self.file.text()), self.username.text(), self.password.text()
