"""A record's page: a Back button, the record's title and a line under it, buttons on the
right, and the body. Pages ask for other records by emitting `open_record(Target)`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import named
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.records.common import MUTED_STYLE, RECORD_ROLE, TITLE_STYLE, configured
from piu_desk.ui.tasks import TaskRunner


class RecordPage(Retranslating, QWidget):
    open_record = Signal(object)  # a Target
    go_back = Signal()
    topics: frozenset[str] = frozenset()  # the Changes that make this page read again

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk, self._tasks = desk, tasks
        self.back_button = named(QPushButton(), "backButton")
        self.back_button.clicked.connect(self.go_back.emit)
        self.title = named(QLabel(), "pageTitle")
        self.title.setStyleSheet(TITLE_STYLE)
        self.title.setIndent(0)  # the style's padding would indent it otherwise
        self.title.setWordWrap(True)
        self.subtitle = named(QLabel(), "pageSubtitle")
        self.subtitle.setStyleSheet(MUTED_STYLE)
        self.subtitle.setWordWrap(True)
        self.action_row = QHBoxLayout()
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        header.addLayout(heading, 1)
        header.addLayout(self.action_row)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(self.body, 1)
        self._stale = False

    def load(self) -> bool:
        """Read the record again and show it; False when it cannot be read."""
        raise NotImplementedError

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back"))
        self.back_button.setToolTip(self.tr("Back to the previous page (Alt+Left)"))

    def refresh(self, changes: Changes) -> None:
        """Read again when `changes` touch this page's records; later if it is hidden."""
        if not any(changes.touches(t) for t in self.topics):
            return
        if self.isVisible():
            self.load()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.load()
        super().showEvent(event)

    def focus_widget(self) -> QWidget:
        """Where the keyboard goes when the page opens."""
        return self.back_button

    def action_button(self, name: str) -> QPushButton:
        button = named(QPushButton(), name)
        self.action_row.addWidget(button)
        return button


def small_table(name: str, columns: int) -> QTableWidget:
    """A read-only table for a short list (a vessel's port calls, a person's appearances)."""
    table = configured(QTableWidget(0, columns))
    table.setObjectName(name)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def fill_row(table: QTableWidget, row: int, texts: list[str], record: object) -> None:
    """Put `texts` in row `row`; the first cell carries `record` under RECORD_ROLE."""
    for column, text in enumerate(texts):
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if column == 0:
            item.setData(RECORD_ROLE, record)
        table.setItem(row, column, item)


def fit_rows(table: QTableWidget, most: int = 5) -> None:
    """As tall as its rows (up to `most`, then it scrolls), for a short list."""
    rows = min(max(table.rowCount(), 1), most)
    header = table.horizontalHeader().sizeHint().height()
    height = header + rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()
    table.setFixedHeight(height + 2)


def record_in(table: QTableWidget, row: int) -> Any:
    """The record `fill_row` put in row `row`, or None."""
    item = table.item(row, 0)
    return None if item is None else item.data(RECORD_ROLE)
