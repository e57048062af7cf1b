"""Vulnerability flags drawn as coloured tags, so a minor, a possible victim of
trafficking or someone who needs medical care stands out in a list."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from piu_desk.core.domain.crew import VULNERABILITY_LABELS, Vulnerability
from piu_desk.ui.errors import tr_core

TAGS_ROLE = Qt.ItemDataRole.UserRole + 20
# (background, text) per flag; the order is the order they are shown in.
COLOURS: dict[Vulnerability, tuple[str, str]] = {
    Vulnerability.TRAFFICKING: ("#fbe3e4", "#9b0d1a"),
    Vulnerability.MINOR: ("#e3ecfb", "#0b3d91"),
    Vulnerability.MEDICAL: ("#fff0d9", "#7a4300"),
}
PAD_X, PAD_Y, GAP = 7, 3, 6
Index = QModelIndex | QPersistentModelIndex


def ordered(flags: frozenset[Vulnerability]) -> list[Vulnerability]:
    return [v for v in COLOURS if v in flags]


def label(flag: Vulnerability) -> str:
    return tr_core("Records", VULNERABILITY_LABELS[flag])


def tag_style(flag: Vulnerability) -> str:
    background, text = COLOURS[flag]
    return (f"background: {background}; color: {text}; border: 1px solid {text}; "
            f"border-radius: 8px; padding: 1px {PAD_X}px; font-weight: bold;")


def tag_label(flag: Vulnerability, parent: QWidget | None = None) -> QLabel:
    widget = QLabel(label(flag), parent)
    widget.setObjectName(f"tag_{flag.value}")
    widget.setStyleSheet(tag_style(flag))
    return widget


class TagsDelegate(QStyledItemDelegate):
    """Paints the flags a cell holds under TAGS_ROLE (a frozenset of Vulnerability)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        flags = index.data(TAGS_ROLE)
        if not flags:
            super().paint(painter, option, index)
            return
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""  # the tags are the text
        widget = plain.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        rect: QRect = option.rect
        x = rect.left() + GAP
        height = metrics.height() + 2 * PAD_Y
        top = rect.top() + (rect.height() - height) // 2
        for flag in ordered(flags):
            text = label(flag)
            width = metrics.horizontalAdvance(text) + 2 * PAD_X
            box = QRect(x, top, width, height)
            background, ink = COLOURS[flag]
            painter.setPen(QColor(ink))
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(box, height / 2, height / 2)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            x += width + GAP
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base = super().sizeHint(option, index)
        flags = index.data(TAGS_ROLE)
        if not flags:
            return base
        font = option.font
        font.setBold(True)
        metrics = QFontMetrics(font)
        width = sum(metrics.horizontalAdvance(label(f)) + 2 * PAD_X + GAP for f in flags) + GAP
        return QSize(max(base.width(), width), max(base.height(), metrics.height() + 4 * PAD_Y))
