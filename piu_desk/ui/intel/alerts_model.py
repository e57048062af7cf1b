"""The alert inbox as a table: when, what was screened and at which port call, the
watchlist entry it matched, the score, why in short, its status, and (at HQ) the station
it concerns."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from piu_desk.ui.intel.alerts_rows import AlertRow
from piu_desk.ui.intel.alerts_texts import (
    STATUS_COLOURS,
    entry_text,
    port_call_text,
    reasons_text,
    score_text,
    screened_text,
    status_text,
    when_text,
)
from piu_desk.ui.table_models import RowsTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class Column(IntEnum):
    WHEN = 0
    SCREENED = 1
    PORT_CALL = 2
    ENTRY = 3
    SCORE = 4
    WHY = 5
    STATUS = 6


STATION = len(Column)  # the station it concerns: a column at HQ only (StationFilter.fit)


class AlertsModel(RowsTableModel):
    columns = len(Column)
    _rows: list[AlertRow]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bold = QFont()
        self._bold.setBold(True)
        self.station_label: Callable[[str], str] = str  # a station's name, for its tooltip

    def set_rows(self, rows: list[AlertRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> AlertRow:
        return self._rows[row]

    def row_of(self, alert_id: int) -> int:
        for n, row in enumerate(self._rows):
            if row.alert.id == alert_id:
                return n
        return -1

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("What was screened"), self.tr("Port call"),
                self.tr("Watchlist entry"), self.tr("Score"), self.tr("Why"),
                self.tr("Status"), self.tr("Station")]

    def text(self, row: AlertRow, column: Column) -> str:
        if column == Column.WHEN:
            return when_text(row.alert.created_at)
        if column == Column.SCORE:
            return score_text(row.alert.score)
        if column == Column.STATUS:
            return status_text(row.alert.status)
        texts: dict[Column, Callable[[AlertRow], str]] = {
            Column.SCREENED: screened_text, Column.PORT_CALL: port_call_text,
            Column.ENTRY: entry_text, Column.WHY: reasons_text}
        return texts[column](row)

    def cell(self, row: AlertRow, number: int, role: int) -> Any:
        if number == STATION:
            return self._station_cell(row, role)
        column = Column(number)
        if role == Qt.ItemDataRole.DisplayRole and column == Column.PORT_CALL:
            return port_call_text(row, short=True)
        if role == Qt.ItemDataRole.DisplayRole and column == Column.SCREENED:
            return screened_text(row, short=True)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.FontRole and row.is_open:
            return self._bold  # open alerts stand out: they wait for a decision
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS:
            colour = STATUS_COLOURS.get(row.alert.status)
            return None if colour is None else QBrush(QColor(colour))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.SCORE:
            return int(RIGHT)
        return None

    def _station_cell(self, row: AlertRow, role: int) -> Any:
        """The station of the port call it concerns; raised elsewhere (HQ screens the crew
        lists stations send), the tooltip says where."""
        a = row.alert
        if role == Qt.ItemDataRole.DisplayRole:
            return a.station
        if role == Qt.ItemDataRole.ToolTipRole:
            if a.origin == a.station:
                return self.station_label(a.station)
            return self.tr("%1, raised at %2").replace("%1", self.station_label(a.station)) \
                .replace("%2", self.station_label(a.origin))
        return self._bold if role == Qt.ItemDataRole.FontRole and row.is_open else None
