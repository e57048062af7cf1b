"""The audit trail as a lazily loaded table, newest first, one page at a time."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from piu_desk.core.desk import Desk
from piu_desk.core.domain.audit import AuditEntry
from piu_desk.core.errors import DeskError
from piu_desk.ui.admin import audit_actions
from piu_desk.ui.admin.common import format_time
from piu_desk.ui.table_models import Index, RowsTableModel

PAGE = 200
SYSTEM_ACTOR = "-"
BAD_ROW = QColor("#f8d7da")


class Column(IntEnum):
    SEQ = 0
    TIME = 1
    ACTOR = 2
    ACTION = 3
    TARGET = 4
    DETAIL = 5


class AuditModel(RowsTableModel):
    """Pages through `desk.audit_page`; the view asks for more as it scrolls."""

    columns = len(Column)
    _rows: list[AuditEntry]

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._offset = 0
        self._exhausted = True
        self._total = 0
        self._action_prefix = ""
        self._actor = ""
        self._bad_seq: int | None = None
        self._labels: dict[str, str] | None = None

    # -- loading --------------------------------------------------------------------------
    @property
    def total(self) -> int:
        """How many entries match the filter (counted when the model was reloaded)."""
        return self._total

    @property
    def filtered(self) -> bool:
        return bool(self._action_prefix or self._actor)

    def set_filter(self, action_prefix: str, actor: str) -> None:
        self._action_prefix, self._actor = action_prefix, actor
        self.reload()

    def reload(self) -> None:
        """Start again from the newest entry (after a change, or a new filter)."""
        self.beginResetModel()
        self._rows, self._offset, self._exhausted, self._total = [], 0, True, 0
        if self._desk.is_unlocked:
            try:
                self._total = self._desk.audit_count(self._action_prefix, self._actor)
                self._exhausted = self._total == 0
            except DeskError:
                self._exhausted = True
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._offset, self._exhausted, self._total = [], 0, True, 0
        self.endResetModel()

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        try:
            page = self._desk.audit_page(self._offset, PAGE, self._action_prefix, self._actor)
        except DeskError:  # locked meanwhile: show what is loaded
            self._exhausted = True
            return
        self._offset += len(page)
        self._exhausted = len(page) < PAGE
        if self._rows:  # entries written since the first page shift the offsets
            oldest = self._rows[-1].seq
            page = [entry for entry in page if entry.seq < oldest]
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def row_of_seq(self, seq: int) -> int:
        """The row showing entry `seq`, loading older pages as needed; -1 if not shown."""
        while True:
            for row, entry in enumerate(self._rows):
                if entry.seq == seq:
                    return row
            if self._rows and self._rows[-1].seq < seq:
                return -1
            if not self.canFetchMore(QModelIndex()):
                return -1
            self.fetchMore(QModelIndex())

    def entry_at(self, row: int) -> AuditEntry:
        return self._rows[row]

    def mark_bad(self, seq: int | None) -> None:
        """Shade the entry the verifier named (None clears it)."""
        self._bad_seq = seq
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(Column) - 1),
                                  [Qt.ItemDataRole.BackgroundRole])

    def retranslate(self) -> None:
        self._labels = None
        super().retranslate()

    # -- the table ------------------------------------------------------------------------
    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Time"), self.tr("User"), self.tr("Action"),
                self.tr("Target"), self.tr("Detail")]

    def cell(self, entry: AuditEntry, number: int, role: int) -> Any:
        column = Column(number)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if entry.seq == self._bad_seq:
            return self._bad_row_data(column, role)
        return None

    def _bad_row_data(self, column: Column, role: int) -> Any:
        """Shading, and a warning sign that still shows when the row is selected."""
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(BAD_ROW)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.SEQ:
            return QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxCritical)
        return None

    def _text(self, entry: AuditEntry, column: Column) -> str:
        if column == Column.SEQ:
            return str(entry.seq)
        if column == Column.TIME:
            return format_time(entry.at)
        if column == Column.ACTOR:
            return self.tr("(system)") if entry.actor == SYSTEM_ACTOR else entry.actor
        if column == Column.ACTION:
            return self.action_label(entry.action)
        if column == Column.TARGET:
            return entry.target
        return entry.detail

    def _tooltip(self, entry: AuditEntry, column: Column) -> str:
        if column == Column.ACTION:
            return entry.action
        if column == Column.SEQ:
            return self.tr("Hash %1").replace("%1", entry.hash[:16])
        return self._text(entry, column)

    def action_label(self, action: str) -> str:
        """A readable name for a known action; the raw code otherwise."""
        if self._labels is None:
            self._labels = self.action_labels()
        return self._labels.get(action, action)

    def action_labels(self) -> dict[str, str]:
        return audit_actions.action_labels() | {
            "login": self.tr("Logged in"),
            "login.failed": self.tr("Failed log-in"),
            "lock": self.tr("Desk locked"),
            "user.add": self.tr("Account added"),
            "user.roles": self.tr("Roles changed"),
            "user.edit": self.tr("Account edited"),
            "user.disable": self.tr("Account disabled"),
            "user.enable": self.tr("Account enabled"),
            "user.password": self.tr("Password set"),
            "key.rotate": self.tr("Data key rotated"),
            "recovery.issue": self.tr("Recovery key issued"),
            "recovery.use": self.tr("Recovery key used"),
            "store.create": self.tr("Store created"),
            "store.backup": self.tr("Backup made"),
            "store.restore": self.tr("Backup restored"),
            "store.check": self.tr("Integrity check"),
            "store.warning": self.tr("Store warning"),
            "settings.change": self.tr("Setting changed"),
            "vessel.add": self.tr("Vessel registered"),
            "vessel.edit": self.tr("Vessel edited"),
            "port_call.add": self.tr("Port call recorded"),
            "port_call.edit": self.tr("Port call edited"),
            "inspection.add": self.tr("Inspection recorded"),
            "inspection.edit": self.tr("Inspection edited"),
            "inspection.submitted": self.tr("Inspection submitted"),
            "inspection.approved": self.tr("Inspection approved"),
            "inspection.returned": self.tr("Inspection returned"),
            "inspection.amend": self.tr("Inspection amended"),
            "crew_list.add": self.tr("Crew list entered"),
            "crew_list.import": self.tr("Crew list imported"),
            "person_aboard.add": self.tr("Person found aboard recorded"),
            "person.merge": self.tr("Persons linked"),
            "attachment.add": self.tr("Attachment added"),
            "attachment.remove": self.tr("Attachment removed"),
            "attachment.export": self.tr("Attachment copy saved"),
            "report.export": self.tr("Report saved as PDF"),
        }
