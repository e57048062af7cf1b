"""Small pieces shared by the administration tabs: labels, formats, confirmations and
inline field messages."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.domain.accounts import Role
from piu_desk.core.session import Changes
from piu_desk.ui.errors import tr_core

W = TypeVar("W", bound=QWidget)
T = TypeVar("T", bound=QTableView)
TIME_FORMAT = "d MMM yyyy HH:mm:ss"
DATE_FORMAT = "d MMM yyyy"
# Most powerful first, as the status bar lists them.
ROLE_ORDER = (Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.EXCHANGE, Role.CUSTODIAN)
OK_COLOUR = "#1b6e20"
BAD_COLOUR = "#b00020"


def named(widget: W, name: str) -> W:
    """`widget` with its object name set (tests and style sheets find it by that name)."""
    widget.setObjectName(name)
    return widget


def read_only(table: T) -> T:
    """`table` made a read-only list: whole rows selected, one at a time, no row numbers."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    return table


def role_label(role: Role) -> str:
    """The role's name in the UI language (the core marks it in context "Roles")."""
    return tr_core("Roles", role.label)


def roles_text(roles: Iterable[Role]) -> str:
    """Roles in their fixed order, most powerful first, translated."""
    chosen = set(roles)
    return ", ".join(role_label(r) for r in ROLE_ORDER if r in chosen)


def local_time(iso: str) -> QDateTime:
    return QDateTime.fromString(iso, Qt.DateFormat.ISODate).toLocalTime()


def format_time(iso: str, with_seconds: bool = True) -> str:
    """An ISO 8601 UTC time as local time, in the current UI language."""
    moment = local_time(iso)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment, TIME_FORMAT if with_seconds else DATE_FORMAT)


def format_size(size: int) -> str:
    return QLocale().formattedDataSize(size)


def merged(*changes: Changes) -> Changes:
    topics: set[str] = set()
    for change in changes:
        topics |= change.topics
    return Changes(frozenset(topics))


def confirm(parent: QWidget | None, title: str, text: str, go: str,
            details: str = "") -> bool:
    """Ask before an action that cannot be undone; Cancel is the default answer."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setObjectName("confirmBox")
    if details:
        box.setInformativeText(details)
    go_button = box.addButton(go, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go_button


def tell(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("infoBox")
    box.exec()


def status_style(ok: bool) -> str:
    colour = OK_COLOUR if ok else BAD_COLOUR
    return f"QLabel {{ color: {colour}; font-weight: bold; }}"


def error_label(parent: QWidget | None = None) -> QLabel:
    """A red line under a field, hidden until there is something to say."""
    label = QLabel(parent)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(BAD_COLOUR))
    label.setPalette(palette)
    label.hide()
    return label


def with_error(field: QWidget) -> tuple[QWidget, QLabel]:
    """The field with a red message line under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    label = error_label()
    layout.addWidget(label)
    return box, label


class FieldErrors:
    """Inline messages keyed by the core's `Invalid.field`; unknown fields go to `general`."""

    def __init__(self, labels: dict[str, QLabel], general: QLabel) -> None:
        self._labels = labels
        self._general = general

    def clear(self) -> None:
        for label in (*self._labels.values(), self._general):
            label.clear()
            label.hide()

    def show(self, field: str, text: str) -> QLabel:
        label = self._labels.get(field, self._general)
        label.setText(text)
        label.show()
        return label

    def text(self, field: str) -> str:
        """What the field's line says now ("" when it is hidden)."""
        label = self._labels.get(field, self._general)
        return "" if label.isHidden() else label.text()
