"""Confirmed watchlist matches marked wherever the person or vessel appears: a red row in
the crew lists and the port calls, a red badge on the person's, vessel's and port call's
page; the tooltip says why.

Only Qt and the core here: the record screens import this module, so it must not import
them (nor anything that does)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QTableWidget, QWidget

from piu_desk.core.desk import Desk
from piu_desk.core.errors import DeskError
from piu_desk.core.intel import alerts
from piu_desk.core.intel.alerts import ConfirmedSubjects
from piu_desk.ui.i18n import Retranslating

MARK_BACKGROUND = "#fbe3e4"
MARK_TEXT = "#8a0016"
MARK_RED = "#c62828"
BADGE_STYLE = (f"QLabel {{ background: {MARK_RED}; color: white; font-weight: bold; "
               "border-radius: 4px; padding: 3px 8px; }")
NOTHING = ConfirmedSubjects(frozenset(), frozenset(), frozenset(), frozenset(), frozenset())
MARK_ROLES = frozenset({Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole})
_icon: list[QIcon] = []


def confirmed_text() -> str:
    return QCoreApplication.translate("Alerts", "Confirmed watchlist match")


def load_confirmed(desk: Desk) -> ConfirmedSubjects:
    """Who and what to mark; nothing when this user may not see alerts or the desk locked
    meanwhile (a mark is a help, never a reason for a screen to fail)."""
    try:
        return alerts.confirmed_subjects(desk)
    except DeskError:
        return NOTHING


def _dot() -> QIcon:
    """A red dot before the first cell of a marked row."""
    if not _icon:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(MARK_RED))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _icon.append(QIcon(pixmap))
    return _icon[0]


def marked_cell(role: int, column: int, base: Any) -> Any:
    """What a cell of a marked row shows for `role` (one of MARK_ROLES), given what it
    would show unmarked (`base`)."""
    if role == Qt.ItemDataRole.BackgroundRole:
        return QBrush(QColor(MARK_BACKGROUND))
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(QColor(MARK_TEXT))
    if role == Qt.ItemDataRole.DecorationRole:
        return _dot() if column == 0 else base
    if role == Qt.ItemDataRole.ToolTipRole:
        return "\n".join(t for t in (str(base or ""), confirmed_text()) if t)
    return base


def mark_row(table: QTableWidget, row: int) -> None:
    """Mark a filled row of a short table (persons found aboard) as a confirmed match."""
    for column in range(table.columnCount()):
        item = table.item(row, column)
        if item is None:
            continue
        for role in MARK_ROLES:
            item.setData(role, marked_cell(role, column, item.data(role)))


class MatchBadge(Retranslating, QLabel):
    """"Confirmed watchlist match" in red, for a record page's header; hidden until set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmedMatch")
        self.setStyleSheet(BADGE_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(confirmed_text())
        self.setToolTip(QCoreApplication.translate(
            "Alerts", "An officer confirmed that this is the person or vessel on the "
            "watchlist. The alert and its note are in Alerts."))
