"""My equipment (everyone): what the logged-in officer holds today, since when, and until
when; an item issued and not yet accepted can be accepted here ("I have received it")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import CONDITION_LABELS
from piu_desk.core.equipment import custody
from piu_desk.core.equipment.custody import Holding
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import named
from piu_desk.ui.errors import show_error, tr_core
from piu_desk.ui.records.common import (
    MUTED_STYLE,
    RECORD_ROLE,
    TITLE_STYLE,
    format_date,
    format_moment,
    record_table,
)
from piu_desk.ui.table_models import RowsTableModel
from piu_desk.ui.tasks import TaskRunner

AWAITING = "#9c6500"


class HoldingsModel(RowsTableModel):
    columns = 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def set_rows(self, rows: list[Holding]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[Holding]:
        return list(self._rows)

    def headers(self) -> list[str]:
        return [self.tr("Tag"), self.tr("Description"), self.tr("Serial number"),
                self.tr("Condition"), self.tr("Since"), self.tr("Expected back"),
                self.tr("Receipt")]

    def cell(self, item: Holding, column: int, role: int) -> Any:
        a, c = item.asset, item.custody
        if role == RECORD_ROLE:
            return item
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and not c.accepted_at:
            return QColor(AWAITING)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 6:
            return (self.tr("Accepted %1").replace("%1", format_moment(c.accepted_at[:16]))
                    if c.accepted_at else self.tr("Awaiting your acceptance"))
        return [a.tag, " ".join(x for x in (a.description, a.make, a.model) if x),
                a.serial_number, tr_core("Equipment", CONDITION_LABELS[a.condition]),
                format_date(c.issued_on), format_date(c.expected_return)][column]


class MyEquipmentSection(QWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myEquipmentSection")
        self._desk, self._tasks = desk, tasks
        self.title = named(QLabel(), "myEquipmentTitle")
        self.title.setStyleSheet(TITLE_STYLE)
        self.title.setIndent(0)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(MUTED_STYLE)
        self.empty = named(QLabel(), "myEquipmentEmpty")
        self.model = HoldingsModel(self)
        self.table = record_table("myEquipmentTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.accept_button = named(QPushButton(), "acceptReceipt")
        self.accept_button.clicked.connect(self.accept_selected)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self._enable())
        self.table.activated.connect(lambda _index: self.accept_selected())
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.title.setText(self.tr("My equipment"))
        self.intro.setText(self.tr(
            "The unit's equipment you hold today. Check each item you were issued, then "
            "accept it: you answer for it until you return it to the custodian."))
        self.empty.setText(self.tr("You hold no equipment of the unit."))
        self.accept_button.setText(self.tr("I have received it"))
        self.accept_button.setToolTip(self.tr("Accept the selected item you were issued"))
        self.model.retranslate()

    def reload(self) -> None:
        try:
            rows = custody.holdings(self._desk, self._desk.session.username
                                    if self._desk.session else "")
        except Exception as exc:  # a locked desk: nothing shown, said
            show_error(self, exc)
            rows = []
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        if rows:
            first_waiting = next((i for i, h in enumerate(rows) if not h.custody.accepted_at), 0)
            self.table.selectRow(first_waiting)
        self._enable()

    def selected(self) -> Holding | None:
        index: QModelIndex = self.table.currentIndex()
        return index.siblingAtColumn(0).data(RECORD_ROLE) if index.isValid() else None

    def _enable(self) -> None:
        held = self.selected()
        self.accept_button.setEnabled(held is not None and not held.custody.accepted_at)

    def accept_selected(self) -> None:
        held = self.selected()
        if held is None or held.custody.accepted_at:
            return
        self._tasks.call(lambda: custody.accept(self._desk, held.asset.id or 0), self)

    def refresh(self, changes: Changes) -> None:
        if changes.touches("session") and not self._desk.is_unlocked:
            return
        if changes.touches("assets"):
            self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
