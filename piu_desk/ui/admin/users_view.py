"""The Users tab: every account with its roles and status; administrators add, edit,
reset passwords, disable and enable. Supervisors see the list only."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core import accounts
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import User
from piu_desk.ui.admin.common import confirm, named, read_only
from piu_desk.ui.admin.user_dialog import PasswordDialog, UserDialog
from piu_desk.ui.admin.users_model import Column, UsersFilter, UsersModel
from piu_desk.ui.tasks import Task, TaskRunner

STRETCH = QHeaderView.ResizeMode.Stretch
FIT = QHeaderView.ResizeMode.ResizeToContents


class UsersView(QWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersView")
        self._desk = desk
        self._tasks = tasks
        self._can_change = False
        self.model = UsersModel(self)
        self.proxy = UsersFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter = named(QLineEdit(), "usersFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = self._make_table()
        self.add_button = named(QPushButton(), "addUser")
        self.edit_button = named(QPushButton(), "editUser")
        self.reset_button = named(QPushButton(), "resetPassword")
        self.disable_button = named(QPushButton(), "disableUser")
        self.enable_button = named(QPushButton(), "enableUser")
        self.notice = named(QLabel(), "usersNotice")
        self.notice.setWordWrap(True)
        self._connect()
        self._lay_out()
        self.retranslate()
        self.set_can_change(False)

    def _make_table(self) -> QTableView:
        table = read_only(named(QTableView(), "usersTable"))
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.USERNAME, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        for column in Column:
            stretch = column in (Column.FULL_NAME, Column.ROLES)
            header.setSectionResizeMode(column, STRETCH if stretch else FIT)
        return table

    def _connect(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self._can_change and self.edit_user())
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.disable_button.clicked.connect(self.ask_disable)
        self.enable_button.clicked.connect(self.enable_user)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.reset_button,
                       self.disable_button, self.enable_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by user name, full name, role or "
                                               "status"))
        self.add_button.setText(self.tr("Add user…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.reset_button.setText(self.tr("Reset password…"))
        self.disable_button.setText(self.tr("Disable…"))
        self.enable_button.setText(self.tr("Enable…"))
        self.disable_button.setToolTip(self.tr(
            "The user can no longer log in; the data key is rotated."))
        self.model.retranslate()

    # -- state ----------------------------------------------------------------------------
    def set_can_change(self, allowed: bool) -> None:
        """Administrators get the buttons; the core refuses the others regardless."""
        self._can_change = allowed
        for button in (self.add_button, self.edit_button, self.reset_button,
                       self.disable_button, self.enable_button):
            button.setVisible(allowed)
        self._update_buttons()

    def reload(self) -> None:
        if not self._desk.is_unlocked:
            self.model.clear()
            return
        users = self._tasks.call(self._desk.users, self)
        if users is None:
            return
        chosen = self.selected_user()
        self.model.set_users(users)
        if chosen is not None:
            self.select(chosen.username)
        self._update_buttons()

    def selected_user(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.user_at(self.proxy.mapToSource(rows[0]).row())

    def select(self, username: str) -> None:
        row = self.model.row_of(username)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        user = self.selected_user()
        me = self._desk.session.username if self._desk.session else ""
        active = user is not None and not user.disabled
        self.edit_button.setEnabled(user is not None)
        self.reset_button.setEnabled(active)
        self.disable_button.setEnabled(active and user is not None and user.username != me)
        self.enable_button.setEnabled(user is not None and user.disabled)

    # -- actions --------------------------------------------------------------------------
    def _open(self, dialog: QDialog, done: str) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.notice.setText(done))
        dialog.open()
        return dialog

    def add_user(self) -> UserDialog:
        dialog = UserDialog(self._desk, self._tasks, None, self)
        self._open(dialog, self.tr("The account was added."))
        return dialog

    def edit_user(self) -> UserDialog | None:
        user = self.selected_user()
        if user is None:
            return None
        dialog = UserDialog(self._desk, self._tasks, user, self)
        self._open(dialog, self.tr("The account %1 was saved.").replace("%1", user.username))
        return dialog

    def reset_password(self) -> PasswordDialog | None:
        user = self.selected_user()
        if user is None:
            return None
        dialog = PasswordDialog(self._desk, self._tasks, user, enable=False, parent=self)
        self._open(dialog, self.tr("A new password was set for %1.").replace(
            "%1", user.username))
        return dialog

    def enable_user(self) -> PasswordDialog | None:
        user = self.selected_user()
        if user is None:
            return None
        dialog = PasswordDialog(self._desk, self._tasks, user, enable=True, parent=self)
        self._open(dialog, self.tr("The account %1 is enabled again.").replace(
            "%1", user.username))
        return dialog

    def ask_disable(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        title = self.tr("Disable %1?").replace("%1", user.username)
        text = self.tr("%1 will no longer be able to log in. The account stays in the list "
                       "and in the audit trail, and can be enabled again later with a new "
                       "password.").replace("%1", user.username)
        details = self.tr("Disabling rotates the data key: the whole database is encrypted "
                          "again under a new key, so the old key slot of this account opens "
                          "nothing. On a large store this takes a while; keep the computer "
                          "on until it is done.")
        if confirm(self, title, text, self.tr("Disable and rotate the key"), details):
            self.disable(user.username)

    def disable(self, username: str) -> Task:
        """Disable `username` and rotate the data key, with progress."""
        desk = self._desk

        def done(_result: object) -> None:
            self.notice.setText(self.tr("The account %1 is disabled and the data key was "
                                        "rotated.").replace("%1", username))
        return self._tasks.run(
            lambda progress, cancel: accounts.disable_user(desk, username, progress),
            parent=self, title=self.tr("Disabling %1 and rotating the data key…").replace(
                "%1", username), on_done=done)
