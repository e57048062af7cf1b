"""The accounts as a table: user name, full name, roles, status, created."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QPalette

from piu_desk.core.domain.accounts import User
from piu_desk.ui.admin.common import format_time, roles_text
from piu_desk.ui.table_models import RowsTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
USER_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    USERNAME = 0
    FULL_NAME = 1
    ROLES = 2
    STATUS = 3
    CREATED = 4


class UsersModel(RowsTableModel):
    """Disabled accounts stay in the list, greyed: accounts are never deleted."""

    columns = len(Column)
    _rows: list[User]

    def set_users(self, users: list[User]) -> None:
        self.beginResetModel()
        self._rows = list(users)
        self.endResetModel()

    def clear(self) -> None:
        self.set_users([])

    def user_at(self, row: int) -> User:
        return self._rows[row]

    def usernames(self) -> list[str]:
        return [user.username for user in self._rows]

    def row_of(self, username: str) -> int:
        for row, user in enumerate(self._rows):
            if user.username == username:
                return row
        return -1

    def headers(self) -> list[str]:
        return [self.tr("User name"), self.tr("Full name"), self.tr("Roles"),
                self.tr("Status"), self.tr("Created")]

    def cell(self, user: User, number: int, role: int) -> Any:
        column = Column(number)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(user, column)
        if role == SORT_ROLE:
            return self._sort_key(user, column)
        if role == USER_ROLE:
            return user
        if role == Qt.ItemDataRole.ForegroundRole and user.disabled:
            return QBrush(QGuiApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                          QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.FontRole and user.disabled:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _text(self, user: User, column: Column) -> str:
        if column == Column.USERNAME:
            return user.username
        if column == Column.FULL_NAME:
            return user.full_name
        if column == Column.ROLES:
            return roles_text(user.roles)
        if column == Column.STATUS:
            return self.tr("Disabled") if user.disabled else self.tr("Enabled")
        return format_time(user.created_at, with_seconds=False)

    def _sort_key(self, user: User, column: Column) -> Any:
        if column == Column.CREATED:
            return user.created_at  # ISO 8601 UTC sorts as text
        if column == Column.STATUS:
            return int(user.disabled)
        return self._text(user, column).casefold()


class UsersFilter(QSortFilterProxyModel):
    """Sorts on the raw values and keeps rows whose shown text contains the filter."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
