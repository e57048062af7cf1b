"""The inspections waiting for a supervisor, oldest first, with their vessel and port call."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from piu_desk.core.domain.inspection import Inspection, Risk
from piu_desk.ui.entry_common import PortCallInfo, format_moment
from piu_desk.ui.inspections.labels import outcome_text, risk_text, type_text
from piu_desk.ui.inspections.officers_list import officer_text
from piu_desk.ui.table_models import RowsTableModel

RISK_COLOURS = {Risk.HIGH: "#b00020", Risk.MEDIUM: "#a15c00"}


class Column(IntEnum):
    VESSEL = 0
    ARRIVED = 1
    STARTED = 2
    TYPE = 3
    RISK = 4
    OUTCOME = 5
    OFFICERS = 6
    SUBMITTED = 7


@dataclass(frozen=True)
class QueueRow:
    inspection: Inspection
    info: PortCallInfo | None

    @property
    def vessel_name(self) -> str:
        if self.info is None:
            return ""
        vessel = self.info.vessel
        return vessel.name if vessel else self.info.port_call.vessel_name


class ApprovalQueueModel(RowsTableModel):
    columns = len(Column)
    _rows: list[QueueRow]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] = {}

    def set_rows(self, rows: list[QueueRow], names: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._names = dict(names)
        self.endResetModel()

    def row_at(self, row: int) -> QueueRow:
        return self._rows[row]

    def row_of(self, inspection_id: int) -> int:
        for n, row in enumerate(self._rows):
            if row.inspection.id == inspection_id:
                return n
        return -1

    def headers(self) -> list[str]:
        return [self.tr("Vessel"), self.tr("Arrived"), self.tr("Inspection started"),
                self.tr("Type"), self.tr("Risk"), self.tr("Outcome"),
                self.tr("Boarding officers"), self.tr("Submitted")]

    def cell(self, row: QueueRow, number: int, role: int) -> Any:
        column = Column(number)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.RISK:
            colour = RISK_COLOURS.get(row.inspection.risk)
            return None if colour is None else QBrush(QColor(colour))
        return None

    def _text(self, row: QueueRow, column: Column) -> str:
        i = row.inspection
        if column == Column.VESSEL:
            return row.vessel_name
        if column == Column.ARRIVED:
            return format_moment(row.info.port_call.arrival) if row.info else ""
        if column == Column.STARTED:
            return format_moment(i.started_at)
        if column == Column.TYPE:
            return type_text(i.type)
        if column == Column.RISK:
            return risk_text(i.risk)
        if column == Column.OUTCOME:
            return outcome_text(i.outcome)
        if column == Column.OFFICERS:
            return ", ".join(self._names.get(u, u) for u in i.officers)
        return self.tr("%1, %2").replace("%1", format_moment(i.reviewed_at)).replace(
            "%2", officer_text(i.reviewed_by, self._names.get(i.reviewed_by, "")))
